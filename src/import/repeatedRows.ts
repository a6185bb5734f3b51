/**
 * Data rows that repeat an earlier row cell for cell: an export pasted twice, or two exports of
 * overlapping periods pasted one below the other, would count them twice. A row of an export names
 * its day, campaign, ad set and figures: the same row again is that row again. Rows without spend
 * (blank or zero) are let be: the empty days of paused ads are alike and add nothing.
 */

const textOf = (cell: unknown) => (typeof cell === "string" ? cell : String(cell ?? "")).trim();
const sameRow = (a: readonly unknown[], b: readonly unknown[]) => {
  const width = Math.max(a.length, b.length);
  for (let column = 0; column < width; column++) if (textOf(a[column]) !== textOf(b[column])) return false;
  return true;
};

// A cell's hash is its length and its last characters (a day, an amount's cents, a name's end):
// cheap on a large export's rows, and rows whose hashes meet are compared cell for cell.
const HASHED_CHARACTERS = 6;

function hashOf(cells: readonly unknown[]): number {
  let hash = 0x811c9dc5;
  for (let column = 0; column < cells.length; column++) {
    const cell = cells[column];
    const text = typeof cell === "string" ? cell : String(cell ?? "");
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
    hash = Math.imul(hash ^ end, 0x01000193);
    for (let i = Math.max(0, end - HASHED_CHARACTERS); i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  // 30 bits: a small integer V8 keeps unboxed as a Map key.
  return hash & 0x3fffffff;
}

/** A table's rows by their cells (trimmed text, cell for cell): the rows added are found again, by their index. */
export class RowIndex {
  private readonly firstOfHash = new Map<number, number>();
  // Rows whose cells hash alike are chained by index: a large export's rows cost a number each.
  private readonly next: Int32Array;

  constructor(private readonly rows: readonly (readonly unknown[])[]) {
    this.next = new Int32Array(rows.length).fill(-1);
  }

  /** The index of an added row with these cells, or -1. */
  find(cells: readonly unknown[]): number {
    return this.inChain(this.firstOfHash.get(hashOf(cells)) ?? -1, cells);
  }

  /** The index of an added row with the same cells as the row at index; -1 when there is none, and the row is added. */
  findOrAdd(index: number): number {
    const cells = this.rows[index];
    const hash = hashOf(cells);
    const first = this.firstOfHash.get(hash) ?? -1;
    const found = this.inChain(first, cells);
    if (found < 0) {
      this.next[index] = first;
      this.firstOfHash.set(hash, index);
    }
    return found;
  }

  private inChain(first: number, cells: readonly unknown[]): number {
    for (let slot = first; slot >= 0; slot = this.next[slot]) if (sameRow(this.rows[slot], cells)) return slot;
    return -1;
  }
}

export interface RepeatedRow {
  /** Index of the repeat among the data rows, and of the row it repeats. */
  row: number;
  of: number;
}

/** True when the spend cell is neither blank nor zero: a number other than 0, or text with a digit from 1 to 9. */
function spends(cell: unknown): boolean {
  if (typeof cell === "number") return cell !== 0 && Number.isFinite(cell);
  if (typeof cell !== "string") return false;
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code >= 49 && code <= 57) return true;
  }
  return false;
}

export function repeatedRows(rows: readonly (readonly unknown[])[], spendColumn: number | undefined): RepeatedRow[] {
  if (spendColumn === undefined) return [];
  const index = new RowIndex(rows);
  const repeated: RepeatedRow[] = [];
  for (let row = 0; row < rows.length; row++) {
    if (!spends(rows[row][spendColumn])) continue;
    const of = index.findOrAdd(row);
    if (of >= 0) repeated.push({ row, of });
  }
  return repeated;
}
