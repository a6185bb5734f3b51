/**
 * Reads an ads export as text cells: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's
 * "Unicode text", the ad platforms' "Excel CSV"), or Windows-1252 when the bytes are not UTF-8;
 * comma, semicolon or tab separated. The import reads the numbers, column by column.
 */
import Papa from "papaparse";
import { requestMessages } from "../i18n/requestMessages";
import type { DecimalMark } from "./numbers";
import { byteText, firstNonAscii, isUtf8From } from "./utf8Bytes";
import { utf8Rows, type Newline } from "./utf8Rows";

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

interface Decoded {
  text: string;
  encoding: Encoding;
  /** The text's cells as written, trimmed. */
  cellOf: (cell: string) => string;
}

const trimmed = (cell: string) => cell.trim();
const NOT_ASCII = /[\u0080-\u00ff]/;
const UTF8 = new TextDecoder("utf-8");
/** A cell of UTF-8 read a byte per character, whole again. */
const utf8Cell = (cell: string) => (NOT_ASCII.test(cell) ? UTF8.decode(Uint8Array.from(cell, (c) => c.charCodeAt(0))) : cell).trim();

const hasUtf16Bom = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
const withoutUtf8Bom = (bytes: Uint8Array) => bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);

function isUtf8(body: Uint8Array): boolean {
  const pastAscii = firstNonAscii(body);
  return pastAscii < 0 || isUtf8From(body, pastAscii);
}

/** The file's text; utf8: the bytes (without a UTF-16 BOM) are UTF-8. */
function decode(bytes: Uint8Array, utf8: boolean): Decoded {
  // The decoders drop the BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "UTF-16LE", cellOf: trimmed };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "UTF-16BE", cellOf: trimmed };
  // Excel's plain "CSV" and older French tools: each byte is a character.
  if (!utf8) return { text: decodeWindows1252(bytes), encoding: "Windows-1252", cellOf: trimmed };
  const body = withoutUtf8Bom(bytes);
  if (firstNonAscii(body) < 0) return { text: UTF8.decode(body), encoding: "UTF-8", cellOf: trimmed };
  // Read a byte per character, and each cell made whole once split (separators, quotes and line
  // ends are ASCII, never a byte of a longer character): a large file's text is then half what a
  // decoder makes of it once one character (an en dash) is past Latin-1, and quicker to split.
  return { text: byteText(body), encoding: "UTF-8", cellOf: utf8Cell };
}

const EMPTY_FILE = "the file is empty: an export has a header row and data rows";

/** True when the text holds nothing but spaces: a cell of UTF-8 read a byte per character is looked at whole. */
function isBlankText(text: string, cellOf: Decoded["cellOf"]): boolean {
  const first = /[^\t\n\v\f\r ]/.exec(text);
  return first === null || (first[0].charCodeAt(0) > 127 && cellOf(text) === "");
}

interface Detected {
  delimiter: Delimiter;
  /** The line end papaparse splits the text at, guessed from its first megabyte. */
  newline: Newline;
  /** True when the sample rows were all read before the text's end: a longer text has the same. */
  sampled: boolean;
}

/** The separator that splits the most rows into the same number (2 or more) of columns. */
function detectDelimiter(text: string): Detected {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ",", score: -1 };
  // Guessed by papaparse from the text, whatever the separator: guessed once, then given.
  let newline: Newline | undefined;
  let sampled = true;
  for (const delimiter of DELIMITERS) {
    const { data: sample, meta } = Papa.parse<string[]>(text, { delimiter, newline, preview: SAMPLE_ROWS, skipEmptyLines: "greedy" });
    newline = meta.linebreak as Newline;
    sampled &&= meta.truncated;
    const widths = new Map<number, number>();
    for (const row of sample) if (row.length >= 2) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    const score = Math.max(0, ...widths.values());
    if (score > best.score) best = { delimiter, score };
  }
  return { delimiter: best.delimiter, newline: newline!, sampled };
}

// A column of figures has nearly as many texts as rows: past this many, its texts are not shared.
const SHARED_PER_COLUMN = 1_000;

/**
 * An export repeats its days, campaigns and platforms on every row: each column keeps one string
 * per distinct text, so that a large file holds each once rather than once per row (and a cell's
 * text is made once per distinct text, by cellOf).
 */
function sharedTexts(cellOf: Decoded["cellOf"]): (column: number, text: string) => string {
  const columns: (Map<string, string> | null)[] = [];
  return (column, text) => {
    let seen = columns[column];
    if (seen === undefined) columns[column] = seen = new Map();
    if (seen === null) return cellOf(text);
    const known = seen.get(text);
    if (known !== undefined) return known;
    const cell = cellOf(text);
    if (seen.size === SHARED_PER_COLUMN) columns[column] = null;
    else seen.set(text, cell);
    return cell;
  };
}

/** A report's title line: words without figures, or "Report Start: 12/1/2026"; a row of a table in one cell has figures. */
const isTitleLine = (line: string) => !/\d/.test(line) || /^[^:\d]+:\s/.test(line);

interface Split {
  rows: string[][];
  delimiter: Delimiter;
  encoding: Encoding;
}

/** The text split by papaparse, each cell made by cellOf and shared down its column. */
function splitText({ text, cellOf, encoding }: Decoded): Split {
  if (isBlankText(text, cellOf)) throw new Error(EMPTY_FILE);
  const { delimiter, newline } = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline });
  const fatal = parsed.errors.find((error) => error.type !== "FieldMismatch");
  if (fatal) throw new Error(`it is not a readable CSV file (${fatal.message.toLowerCase()} at row ${(fatal.row ?? 0) + 1})`);
  // Trimmed and shared in place: a copy would be another million strings on a large export.
  const rows = parsed.data;
  const shared = sharedTexts(cellOf);
  for (const cells of rows) for (let c = 0; c < cells.length; c++) cells[c] = shared(c, cells[c]);
  return { rows, delimiter, encoding };
}

// papaparse guesses the line end from the first megabyte of the text; the separator's sample rows are in it too.
const SAMPLE_BYTES = 1024 * 1024;
const SPACE_BYTES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);
const WHOLE_UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * A file without a UTF-16 BOM split from its bytes (utf8Rows) as papaparse would split its text,
 * the separator and line end read from its first megabyte; "not UTF-8" when a cell is not; null
 * where the split could differ (papaparse's sample rows run past the first megabyte, a quote only
 * papaparse reads, spaces past ASCII at the start).
 */
function splitUtf8(body: Uint8Array): Split | "not UTF-8" | null {
  let first = 0;
  while (first < body.length && SPACE_BYTES.has(body[first])) first++;
  if (first === body.length) throw new Error(EMPTY_FILE);
  if (body[first] > 0x7f && /^\s/.test(WHOLE_UTF8.decode(body.subarray(first, first + 4)))) return null;
  const sample = byteText(body.subarray(0, SAMPLE_BYTES));
  const { delimiter, newline, sampled } = detectDelimiter(sample);
  if (!sampled && sample.length < body.length) return null;
  const rows = utf8Rows(body, delimiter, newline, SHARED_PER_COLUMN);
  if (rows === "not UTF-8") return rows;
  return rows === "quotes" ? null : { rows, delimiter, encoding: "UTF-8" };
}

function split(bytes: Uint8Array): Split {
  if (hasUtf16Bom(bytes)) return splitText(decode(bytes, false));
  const body = withoutUtf8Bom(bytes);
  const fromBytes = splitUtf8(body);
  if (fromBytes !== null && fromBytes !== "not UTF-8") return fromBytes;
  return splitText(decode(bytes, fromBytes === null && isUtf8(body)));
}

export function readCsv(input: Uint8Array): CsvTable {
  // A plain view of the bytes: a Node Buffer's views are Buffers, slower to make.
  const { rows, delimiter, encoding } = split(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
  // Title lines alone, as LinkedIn reports a period without data: no table, whatever the separator.
  if (rows.every((row) => row.length < 2 && isTitleLine(row[0] ?? ""))) throw new Error(requestMessages("en").noDataRows);
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === "")) rows.pop();
  if (rows.every((row) => row.length < 2)) {
    throw new Error("no line has two columns: separate the columns with commas, semicolons or tabs");
  }
  return { rows, encoding, delimiter, convention: delimiter === ";" ? "," : delimiter === "," ? "." : null };
}
