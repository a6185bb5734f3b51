/**
 * The rows and columns a sheet needs for a grid the add-on writes: its cells, and each chart whole,
 * at the size Sheets gives an embedded chart whose script sets none, over the grid's column widths.
 */
import type { SheetGrid } from "./plan";

const CHART_WIDTH = 600;
const CHART_HEIGHT = 371;
// Sheets' defaults until a script sets them.
const ROW_HEIGHT = 21;
const COLUMN_WIDTH = 100;

export function gridSize(grid: SheetGrid): { rows: number; columns: number } {
  let rows = grid.cells.length;
  let columns = grid.cells[0]?.length ?? 0;
  const width = (column: number) => grid.columnWidths[column - 1] ?? COLUMN_WIDTH;
  for (const { anchorRow, anchorColumn } of grid.charts) {
    rows = Math.max(rows, anchorRow + Math.ceil(CHART_HEIGHT / ROW_HEIGHT) - 1);
    let lastColumn = anchorColumn - 1;
    for (let covered = 0; covered < CHART_WIDTH; covered += width(lastColumn)) lastColumn++;
    columns = Math.max(columns, lastColumn);
  }
  return { rows, columns };
}
