/**
 * The rows and columns a sheet needs for a grid the add-on writes: its cells, and each chart whole,
 * at its size (Sheets' default when the plan sets none), over the grid's column widths.
 */
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./chartLayout";
import type { SheetGrid } from "./plan";

// The size Sheets gives an embedded chart whose script sets none.
export const SHEETS_CHART_SIZE = { width: 600, height: 371 };

export function gridSize(grid: SheetGrid): { rows: number; columns: number } {
  let rows = grid.cells.length;
  let columns = grid.cells[0]?.length ?? 0;
  const width = (column: number) => grid.columnWidths[column - 1] ?? DEFAULT_COLUMN_WIDTH;
  for (const { anchorRow, anchorColumn, size = SHEETS_CHART_SIZE } of grid.charts) {
    rows = Math.max(rows, anchorRow + Math.ceil(size.height / DEFAULT_ROW_HEIGHT) - 1);
    let lastColumn = anchorColumn - 1;
    for (let covered = 0; covered < size.width; covered += width(lastColumn)) lastColumn++;
    columns = Math.max(columns, lastColumn);
  }
  return { rows, columns };
}
