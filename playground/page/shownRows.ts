/**
 * The rows of a sheet the page has received: a window of them (and the frozen rows above it), so
 * that a long sheet is sent a screen at a time. Rows outside it are still on their way.
 */
import type { CellView, SheetView, ViewWindow } from "../runtime/contract";

/** Rows asked for above and below those on screen, so that scrolling a little shows them at once. */
export const WINDOW_MARGIN = 200;

const EMPTY: CellView = { value: "", display: "", input: "", numeric: false };

/** The rows with content: the grid is this tall (plus a few), whatever part of it was sent. */
export function usedRows(sheet: SheetView): number {
  return sheet.usedSize?.rows ?? (sheet.firstRow ?? 0) + sheet.cells.length;
}

/** The cell at a 0-based position, empty past the used area, or undefined while its row has not arrived. */
export function shownCell(sheet: SheetView, row: number, column: number): CellView | undefined {
  const firstRow = sheet.firstRow ?? 0;
  if (row < firstRow && sheet.frozenCells && row < sheet.frozenCells.length) return sheet.frozenCells[row][column] ?? EMPTY;
  if (row >= firstRow && row < firstRow + sheet.cells.length) return sheet.cells[row - firstRow][column] ?? EMPTY;
  return row >= usedRows(sheet) ? EMPTY : undefined;
}

/** Every row received: the frozen ones sent apart, then the window's. */
export function receivedRows(sheet: SheetView): CellView[][] {
  return [...(sheet.frozenCells ?? []), ...sheet.cells];
}

/** Whether every row from first to last (exclusive) has arrived, or lies past the used area. */
export function rowsArrived(sheet: SheetView, first: number, last: number): boolean {
  const firstRow = sheet.firstRow ?? 0;
  const end = Math.min(last, usedRows(sheet));
  return first >= end || (first >= firstRow && end <= firstRow + sheet.cells.length);
}

/** What the page asks for while loading, before it knows the sheet: the active sheet's first rows. */
export const FIRST_WINDOW: ViewWindow = { row: 0, rows: 2 * WINDOW_MARGIN };

/** The window to ask for when rows first to last are on screen: them and a margin either side. */
export function windowAround(sheet: string, first: number, last: number): ViewWindow {
  const row = Math.max(0, first - WINDOW_MARGIN);
  return { sheet, row, rows: last + WINDOW_MARGIN - row };
}
