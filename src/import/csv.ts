/**
 * Reads an ads export as text cells: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's
 * "Unicode text", the ad platforms' "Excel CSV"), or Windows-1252 when the bytes are not UTF-8;
 * comma, semicolon or tab separated. The import reads the numbers, column by column.
 */
import Papa from "papaparse";
import { requestMessages } from "../i18n/requestMessages";
import type { DecimalMark } from "./numbers";

export type Encoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "Windows-1252";
export type Delimiter = "," | ";" | "\t";

export interface CsvTable {
  /** Every record of the file, blank lines included, so rows keep their numbers. */
  rows: string[][];
  encoding: Encoding;
  delimiter: Delimiter;
  /** The decimal mark the separator suggests: French semicolon files write 1 234,50. */
  convention: DecimalMark | null;
}

const DELIMITERS: readonly Delimiter[] = [",", ";", "\t"];
const SAMPLE_ROWS = 50;

// Windows-1252's letters at 0x80-0x9F (€, Œ, œ, ’, …), in byte order; undefined bytes stay as they are.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Node 20's TextDecoder("windows-1252") decodes as Latin-1, which has control characters where
 * Windows-1252 has €, œ and ’: those 32 characters are put back as the WHATWG encoding defines them.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  // The decoders drop the BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    // Excel's plain "CSV" and older French tools: each byte is a character.
    return { text: decodeWindows1252(bytes), encoding: "Windows-1252" };
  }
}

/** The separator that splits the most rows into the same number (2 or more) of columns. */
function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ",", score: -1 };
  for (const delimiter of DELIMITERS) {
    const sample = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS, skipEmptyLines: "greedy" }).data;
    const widths = new Map<number, number>();
    for (const row of sample) if (row.length >= 2) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    const score = Math.max(0, ...widths.values());
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** A report's title line: words without figures, or "Report Start: 12/1/2026"; a row of a table in one cell has figures. */
const isTitleLine = (line: string) => !/\d/.test(line) || /^[^:\d]+:\s/.test(line);

export function readCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decode(bytes);
  if (text.trim() === "") throw new Error("the file is empty: an export has a header row and data rows");
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter });
  const fatal = parsed.errors.find((error) => error.type !== "FieldMismatch");
  if (fatal) throw new Error(`it is not a readable CSV file (${fatal.message.toLowerCase()} at row ${(fatal.row ?? 0) + 1})`);
  // Trimmed in place: a copy would be another million strings on a large export.
  const rows = parsed.data;
  for (const cells of rows) cells.forEach((cell, c) => (cells[c] = cell.trim()));
  // Title lines alone, as LinkedIn reports a period without data: no table, whatever the separator.
  if (rows.every((row) => row.length < 2 && isTitleLine(row[0] ?? ""))) throw new Error(requestMessages("en").noDataRows);
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === "")) rows.pop();
  if (rows.every((row) => row.length < 2)) {
    throw new Error("no line has two columns: separate the columns with commas, semicolons or tabs");
  }
  return { rows, encoding, delimiter, convention: delimiter === ";" ? "," : delimiter === "," ? "." : null };
}
