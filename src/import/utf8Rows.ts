/**
 * The rows of a UTF-8 export split from its bytes, cell for cell as papaparse splits its text (a
 * field quoted from its first character, "" for a quote inside, the line end papaparse guessed),
 * without making the file's text: a cell repeated down a column (a day, a campaign, a platform) is
 * recognized by its bytes and made into a string once. On a large export that is a string per
 * distinct cell instead of the file's text plus a string per cell. Quoting this reader does not
 * split as papaparse would (a quote closed before other text, or never closed) is left to
 * papaparse, which reports it.
 */

export type Newline = "\n" | "\r\n" | "\r";

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
// Cells shorter than this are made in one call; longer ones a chunk of arguments at a time.
const ARGUMENTS_PER_CALL = 0x2000;

const UTF8 = new TextDecoder("utf-8");

/** Each byte as the character of that code (Latin-1), in calls of a bounded number of arguments. */
export function byteText(bytes: Uint8Array): string {
  if (bytes.length <= ARGUMENTS_PER_CALL) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += ARGUMENTS_PER_CALL) parts.push(String.fromCharCode.apply(null, bytes.subarray(at, at + ARGUMENTS_PER_CALL) as unknown as number[]));
  return parts.join("");
}

/** The trimmed text of a cell's bytes (quotes taken off), its doubled quotes made single when it was quoted. */
function cellText(bytes: Uint8Array, start: number, end: number, ascii: boolean, quoted: boolean): string {
  const raw = bytes.subarray(start, end);
  const text = ascii ? byteText(raw) : UTF8.decode(raw);
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

/**
 * The rows of the bytes split by the delimiter and line end, each cell trimmed, a column's first
 * `sharedPerColumn` distinct cells shared down it; null when a quote is not closed right before a
 * delimiter, the line end or the end of the file.
 */
export function utf8Rows(bytes: Uint8Array, delimiter: string, newline: Newline, sharedPerColumn: number): string[][] | null {
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
    // The cell's bytes are [start, end); the line ends after it when lineEnd (its length) is not 0.
    let start = at;
    let end: number;
    let lineEnd = 0;
    if (quoted) {
      let close = at + 1;
      for (;;) {
        while (close < length && bytes[close] !== QUOTE) close++;
        if (close >= length) return null;
        if (bytes[close + 1] !== QUOTE) break;
        close += 2;
      }
      start = at + 1;
      end = close;
      at = close + 1;
      if (at < length && bytes[at] !== separator) {
        lineEnd = lineEndAt(at);
        if (lineEnd === 0) return null;
      }
    } else {
      while (at < length) {
        const byte = bytes[at];
        if (byte === separator) break;
        if (byte === lineByte) {
          lineEnd = lineEndAt(at);
          if (lineEnd > 0) break;
        }
        at++;
      }
      end = at;
    }
    let hash = quoted ? 0x811c9dc5 ^ QUOTE : 0x811c9dc5;
    let high = 0;
    for (let i = start; i < end; i++) {
      hash = Math.imul(hash ^ bytes[i], 0x01000193);
      high |= bytes[i];
    }
    const column = row.length;
    let cells = columns[column];
    if (cells === undefined) cells = columns[column] = new ColumnCells(bytes, sharedPerColumn);
    if (cells === null) row.push(cellText(bytes, start, end, high < 0x80, quoted));
    else {
      // A quoted cell is looked up with its opening quote: apart from the same bytes unquoted.
      const keyStart = quoted ? start - 1 : start;
      const keyLength = end - keyStart;
      let text = cells.known(keyStart, keyLength, hash);
      if (text === undefined) {
        text = cellText(bytes, start, end, high < 0x80, quoted);
        cells.keep(keyStart, keyLength, hash, text);
        if (cells.full) columns[column] = null;
      }
      row.push(text);
    }
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
