/** A1 notation for the grid: zero-based positions to "B3" and ranges to "B3:C9". */

export interface CellPosition {
  row: number;
  column: number;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellA1({ row, column }: CellPosition): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rangeA1(anchor: CellPosition, focus: CellPosition): string {
  const top = Math.min(anchor.row, focus.row);
  const left = Math.min(anchor.column, focus.column);
  const bottom = Math.max(anchor.row, focus.row);
  const right = Math.max(anchor.column, focus.column);
  const start = cellA1({ row: top, column: left });
  return top === bottom && left === right ? start : `${start}:${cellA1({ row: bottom, column: right })}`;
}

/** Parses "B3" or "B3:C9" (the first cell is the anchor); null for anything else. */
export function parseRangeA1(text: string): { anchor: CellPosition; focus: CellPosition } | null {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(text.trim());
  if (!match) return null;
  const position = (letters: string, digits: string): CellPosition => ({
    row: Number(digits) - 1,
    column: [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1,
  });
  const anchor = position(match[1], match[2]);
  return { anchor, focus: match[3] ? position(match[3], match[4]) : anchor };
}

export function isInside(cell: CellPosition, anchor: CellPosition, focus: CellPosition): boolean {
  return (
    cell.row >= Math.min(anchor.row, focus.row) && cell.row <= Math.max(anchor.row, focus.row) &&
    cell.column >= Math.min(anchor.column, focus.column) && cell.column <= Math.max(anchor.column, focus.column)
  );
}
