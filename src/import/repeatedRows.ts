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

/** FNV-1a over each cell's trimmed text, cells apart: a large export's rows are hashed, never joined into one text each. */
function hashOf(cells: readonly unknown[]): number {
  let hash = 0x811c9dc5;
  for (const cell of cells) {
    const text = typeof cell === "string" ? cell : String(cell ?? "");
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 32) start++;
    while (end > start && text.charCodeAt(end - 1) <= 32) end--;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  }
  // 30 bits: a small integer V8 keeps unboxed as a Map key.
  return hash & 0x3fffffff;
}

/** Rows by their cells (trimmed text, cell for cell), each with the number it was added under. */
export class RowIndex {
  // Rows whose cells hash alike are chained: a large export's rows cost a number each, not an object.
  private readonly firstOfHash = new Map<number, number>();
  private readonly rows: (readonly unknown[])[] = [];
  private readonly ids: number[] = [];
  private readonly next: number[] = [];

  /** The number of an earlier row with the same cells; undefined when there is none, and the row is kept under id. */
  findOrAdd(cells: readonly unknown[], id: number): number | undefined {
    const hash = hashOf(cells);
    let last = -1;
    for (let slot = this.firstOfHash.get(hash) ?? -1; slot >= 0; slot = this.next[slot]) {
      if (sameRow(this.rows[slot], cells)) return this.ids[slot];
      last = slot;
    }
    const added = this.rows.length;
    this.rows.push(cells);
    this.ids.push(id);
    this.next.push(-1);
    if (last >= 0) this.next[last] = added;
    else this.firstOfHash.set(hash, added);
    return undefined;
  }

  /** The number of a row added with the same cells, or undefined. */
  find(cells: readonly unknown[]): number | undefined {
    for (let slot = this.firstOfHash.get(hashOf(cells)) ?? -1; slot >= 0; slot = this.next[slot]) if (sameRow(this.rows[slot], cells)) return this.ids[slot];
    return undefined;
  }
}

export interface RepeatedRow {
  /** Index of the repeat among the data rows, and of the row it repeats. */
  row: number;
  of: number;
}

const NONZERO_DIGIT = /[1-9]/;

/** True when the spend cell is neither blank nor zero. */
const spends = (cell: unknown) => (typeof cell === "number" ? cell !== 0 && Number.isFinite(cell) : typeof cell === "string" && NONZERO_DIGIT.test(cell));

export function repeatedRows(rows: readonly (readonly unknown[])[], spendColumn: number | undefined): RepeatedRow[] {
  if (spendColumn === undefined) return [];
  const index = new RowIndex();
  const repeated: RepeatedRow[] = [];
  rows.forEach((cells, row) => {
    if (!spends(cells[spendColumn])) return;
    const of = index.findOrAdd(cells, row);
    if (of !== undefined) repeated.push({ row, of });
  });
  return repeated;
}
