/** A1 notation for the grid: zero-based positions to "B3", and selections (anchor first) to "B3:C9". */
import { columnLetters as sheetColumnLetters, parseA1 } from "../emulation/a1";

export interface CellPosition {
  row: number;
  column: number;
}

export function columnLetters(column: number): string {
  return sheetColumnLetters(column + 1);
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
  const [first, second, extra] = text.trim().split(":");
  const cell = (a1: string): CellPosition | null => {
    const parsed = /^[A-Z]+\d+$/i.test(a1) ? parseA1(a1)?.area(Infinity, Infinity) : null;
    return parsed ? { row: parsed.row - 1, column: parsed.column - 1 } : null;
  };
  const anchor = cell(first);
  const focus = second === undefined ? anchor : cell(second);
  return anchor && focus && extra === undefined ? { anchor, focus } : null;
}

export function isInside(cell: CellPosition, anchor: CellPosition, focus: CellPosition): boolean {
  return (
    cell.row >= Math.min(anchor.row, focus.row) && cell.row <= Math.max(anchor.row, focus.row) &&
    cell.column >= Math.min(anchor.column, focus.column) && cell.column <= Math.max(anchor.column, focus.column)
  );
}
