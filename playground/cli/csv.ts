/**
 * Reads an ads export: UTF-8 with or without BOM, comma or semicolon separated. Semicolon files
 * are how French tools export, with decimal commas ("12,5") and spaced thousands ("1 234,5").
 */
import Papa from "papaparse";
import type { RawCell } from "../runtime/contract";

export interface CsvTable {
  rows: RawCell[][];
  /** True for a semicolon file, read with French number conventions. */
  semicolons: boolean;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const FRENCH_NUMBER = /^[+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?$/;

function numberOf(text: string, semicolons: boolean): RawCell {
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const digits = percent ? trimmed.slice(0, -1).trim() : trimmed;
  let value: number | null = null;
  if (semicolons && FRENCH_NUMBER.test(digits)) value = Number(digits.replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
  else if (!semicolons && PLAIN_NUMBER.test(digits)) value = Number(digits);
  if (value === null) return trimmed;
  return percent ? value / 100 : value;
}

/** The file's text; the decoder drops a BOM. Excel's plain "CSV" is Windows-1252, which fails here. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error("it is not UTF-8 text: export it as CSV UTF-8");
  }
}

export function readCsv(bytes: Uint8Array): CsvTable {
  const content = decodeUtf8(bytes);
  const firstLine = content.split(/\r?\n/, 1)[0] ?? "";
  if (firstLine.trim() === "") throw new Error("the file is empty: an export starts with a header row");
  const semicolons = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length;
  const parsed = Papa.parse<string[]>(content, { delimiter: semicolons ? ";" : ",", skipEmptyLines: "greedy" });
  const fatal = parsed.errors.find((error) => error.type !== "FieldMismatch");
  if (fatal) throw new Error(`it is not a readable CSV file (${fatal.message.toLowerCase()} at row ${(fatal.row ?? 0) + 1})`);
  if (parsed.data.length < 2) throw new Error("there is a header row but no data rows");
  const width = parsed.data[0].length;
  if (width < 2) throw new Error("the header row has a single column: separate the columns with commas or semicolons");
  const rows = parsed.data.map((cells, r) =>
    Array.from({ length: width }, (_, c) => (r === 0 ? (cells[c] ?? "").trim() : numberOf(cells[c] ?? "", semicolons))),
  );
  return { rows, semicolons };
}
