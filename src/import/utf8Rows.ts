/**
 * The rows of a UTF-8 export split from its bytes, cell for cell as papaparse splits its text (a
 * field quoted from its first character, "" for a quote inside, the line end papaparse guessed),
 * without making the file's text: a cell repeated down a column (a day, a campaign, a platform) is
 * recognized by its bytes and made into a string once. On a large export that is a string per
 * distinct cell instead of the file's text plus a string per cell. Quoting this reader does not
 * split as papaparse would (a quote closed before other text, or never closed) is left to
 * papaparse, which reports it. The bytes are checked to be UTF-8 cell by cell, each distinct cell
 * once, as it is made into text.
 */
import { byteText, isUtf8From } from "./utf8Bytes";

export type Newline = "\n" | "\r\n" | "\r";

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

const UTF8 = new TextDecoder("utf-8");

/** Bytes read a character each, without a view of them made for a short cell (most cells of an export). */
function asciiText(bytes: Uint8Array, start: number, end: number): string {
  const b = bytes;
  const s = start;
  switch (end - start) {
    case 0: return "";
    case 1: return String.fromCharCode(b[s]);
    case 2: return String.fromCharCode(b[s], b[s + 1]);
    case 3: return String.fromCharCode(b[s], b[s + 1], b[s + 2]);
    case 4: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3]);
    case 5: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
    case 6: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
    case 7: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
    case 8: return String.fromCharCode(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
    default: return byteText(bytes.subarray(start, end));
  }
}

/** The trimmed text of a cell's bytes (quotes taken off), its doubled quotes made single when it was quoted; null when they are not UTF-8. */
function cellText(bytes: Uint8Array, start: number, end: number, ascii: boolean, quoted: boolean): string | null {
  let text: string;
  if (ascii) text = asciiText(bytes, start, end);
  else {
    const raw = bytes.subarray(start, end);
    if (!isUtf8From(raw, 0)) return null;
    text = UTF8.decode(raw);
  }
  return (quoted ? text.replace(/""/g, '"') : text).trim();
}

/** A column's distinct cells by their bytes (an open-addressing table), until it holds `limit` of them. */
class ColumnCells {
  private readonly hashes: Int32Array;
  private readonly starts: Int32Array;
  /** A cell's byte length plus one: 0 is a free slot. */
  private readonly lengths: Int32Array;
  private readonly texts: string[];
  private size = 0;

  constructor(private readonly bytes: Uint8Array, readonly limit: number) {
    let capacity = 16;
    while (capacity < limit * 2) capacity *= 2;
    this.hashes = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.texts = new Array<string>(capacity);
  }

  get full(): boolean {
    return this.size >= this.limit;
  }

  private slotOf(start: number, length: number, hash: number): number {
    const { bytes, hashes, starts, lengths } = this;
    const mask = hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      if (lengths[slot] === 0) return slot;
      if (hashes[slot] === hash && lengths[slot] === length + 1) {
        const at = starts[slot];
        let same = true;
        for (let i = 0; i < length && same; i++) same = bytes[at + i] === bytes[start + i];
        if (same) return slot;
      }
    }
  }

  /** The text of the cell of `length` bytes at `start`, when one with the same bytes was kept. */
  known(start: number, length: number, hash: number): string | undefined {
    return this.texts[this.slotOf(start, length, hash)];
  }

  keep(start: number, length: number, hash: number, text: string): void {
    const slot = this.slotOf(start, length, hash);
    this.hashes[slot] = hash;
    this.starts[slot] = start;
    this.lengths[slot] = length + 1;
    this.texts[slot] = text;
    this.size++;
  }
}

// FNV-1a, kept to 32-bit integers (as the table stores them, an empty cell's hash included).
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Why the bytes were not split: a quote only papaparse reads (and reports), or bytes that are not UTF-8. */
export type NotSplit = "quotes" | "not UTF-8";

/**
 * The rows of the bytes split by the delimiter and line end, each cell trimmed, a column's first
 * `sharedPerColumn` distinct cells shared down it; "quotes" when a quote is not closed right before
 * a delimiter, the line end or the end of the file; "not UTF-8" when a cell's bytes are not.
 */
export function utf8Rows(bytes: Uint8Array, delimiter: string, newline: Newline, sharedPerColumn: number): string[][] | NotSplit {
  const separator = delimiter.charCodeAt(0);
  const length = bytes.length;
  // A line ends at this byte (followed by LF for "\r\n").
  const lineByte = newline === "\n" ? LF : CR;
  const crlf = newline === "\r\n";
  const lineEndAt = (i: number) => (bytes[i] !== lineByte ? 0 : !crlf ? 1 : bytes[i + 1] === LF ? 2 : 0);
  const columns: (ColumnCells | null)[] = [];
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  for (;;) {
    const quoted = bytes[at] === QUOTE;
    // The cell's bytes are [start, end), hashed, with the bits of all of them (past ASCII when
    // high >= 0x80); the line ends after it when lineEnd (its length) is not 0.
    let start = at;
    let end: number;
    let lineEnd = 0;
    let hash = FNV_OFFSET;
    let high = 0;
    if (quoted) {
      let close = at + 1;
      for (;;) {
        while (close < length && bytes[close] !== QUOTE) close++;
        if (close >= length) return "quotes";
        if (bytes[close + 1] !== QUOTE) break;
        close += 2;
      }
      start = at + 1;
      end = close;
      at = close + 1;
      if (at < length && bytes[at] !== separator) {
        lineEnd = lineEndAt(at);
        if (lineEnd === 0) return "quotes";
      }
      // With its opening quote: apart from the same bytes unquoted.
      hash = Math.imul(hash ^ QUOTE, FNV_PRIME);
      for (let i = start; i < end; i++) {
        hash = Math.imul(hash ^ bytes[i], FNV_PRIME);
        high |= bytes[i];
      }
    } else {
      while (at < length) {
        const byte = bytes[at];
        if (byte === separator) break;
        if (byte === lineByte) {
          lineEnd = lineEndAt(at);
          if (lineEnd > 0) break;
        }
        hash = Math.imul(hash ^ byte, FNV_PRIME);
        high |= byte;
        at++;
      }
      end = at;
    }
    const column = row.length;
    let cells = columns[column];
    if (cells === undefined) cells = columns[column] = new ColumnCells(bytes, sharedPerColumn);
    let text: string | null | undefined;
    if (cells === null) text = cellText(bytes, start, end, high < 0x80, quoted);
    else {
      const keyStart = quoted ? start - 1 : start;
      text = cells.known(keyStart, end - keyStart, hash);
      if (text === undefined) {
        text = cellText(bytes, start, end, high < 0x80, quoted);
        if (text !== null) cells.keep(keyStart, end - keyStart, hash, text);
        if (cells.full) columns[column] = null;
      }
    }
    if (text === null) return "not UTF-8";
    row.push(text);
    if (at >= length) {
      rows.push(row);
      return rows;
    }
    if (lineEnd > 0) {
      rows.push(row);
      row = [];
      at += lineEnd;
    } else at++;
  }
}
