/** Where a sheet's charts sit over its grid, as Sheets lays them out at its default row height (21 px). */
import { expect } from "vitest";
import type { SheetView } from "../../playground/runtime/contract";

export const columnName = (column: number) => (column > 26 ? String.fromCharCode(64 + Math.floor((column - 1) / 26)) : "") + String.fromCharCode(65 + ((column - 1) % 26));

/** Every chart of the sheet anchored inside its grid, and whole within it at its width, over the sheet's column widths. */
export function expectChartsInsideGrid(view: SheetView) {
  expect(view.charts.length).toBeGreaterThan(0);
  for (const chart of view.charts) {
    expect(chart.anchor.row).toBeLessThan(view.maxRows);
    expect(chart.anchor.column).toBeLessThan(view.maxColumns);
    let room = 0;
    for (let column = chart.anchor.column; column < view.maxColumns; column++) room += view.columnWidths[column] ?? 100;
    expect(room).toBeGreaterThanOrEqual(chart.width);
  }
}

/** The cells (0-based, inclusive) a chart covers at Sheets' default row height (21 px), over the sheet's column widths. */
export function chartArea(view: SheetView, chart: SheetView["charts"][number]) {
  let right = chart.anchor.column;
  for (let covered = view.columnWidths[right] ?? 100; covered < chart.width; covered += view.columnWidths[right] ?? 100) right++;
  return { top: chart.anchor.row, bottom: chart.anchor.row + Math.ceil(chart.height / 21) - 1, left: chart.anchor.column, right };
}

/** No chart covers a cell the add-on wrote (a value or a formula), nor another chart. */
export function expectChartsClearOfCells(view: SheetView) {
  const areas = view.charts.map((chart) => chartArea(view, chart));
  for (const area of areas) {
    const covered = view.cells.slice(area.top, area.bottom + 1).flatMap((row, r) =>
      row.slice(area.left, area.right + 1).flatMap((cell, c) => (cell.input === "" ? [] : [`${columnName(area.left + c + 1)}${area.top + r + 1}`])),
    );
    expect(covered).toEqual([]);
  }
  areas.forEach((a, i) => areas.slice(i + 1).forEach((b) => expect(a.right < b.left || b.right < a.left || a.bottom < b.top || b.bottom < a.top).toBe(true)));
}

