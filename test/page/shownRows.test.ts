// Which rows of a long sheet the page has, and which it asks for, from the window a view carries.
import { describe, expect, it } from "vitest";
import { rowsArrived, shownCell, usedRows, windowAround, WINDOW_MARGIN } from "../../playground/page/shownRows";
import type { CellView, SheetView } from "../../playground/runtime/contract";

const cell = (text: string): CellView => ({ value: text, display: text, input: text, numeric: false });

// Rows 5,001 to 5,003 (0-based 5,000 to 5,002) of an 8,000-row sheet with a frozen header.
const windowed: SheetView = {
  name: "Ads",
  maxRows: 8_000,
  maxColumns: 26,
  hidden: false,
  frozenRows: 1,
  frozenColumns: 0,
  columnWidths: {},
  rowHeights: {},
  merges: [],
  cells: [[cell("ad 5000")], [cell("ad 5001")], [cell("ad 5002")]],
  firstRow: 5_000,
  frozenCells: [[cell("ad_id")]],
  usedSize: { rows: 8_000, columns: 1 },
  charts: [],
};

// A short sheet sent whole, from A1.
const whole: SheetView = { ...windowed, cells: [[cell("ad_id")], [cell("ad 1")]], firstRow: undefined, frozenCells: undefined, usedSize: undefined };

describe("the rows a page has received", () => {
  it("finds a cell by its sheet row in the window, the frozen rows, or none while it is on its way", () => {
    expect(shownCell(windowed, 5_001, 0)?.display).toBe("ad 5001");
    expect(shownCell(windowed, 0, 0)?.display).toBe("ad_id");
    expect(shownCell(windowed, 4_999, 0)).toBeUndefined();
    expect(shownCell(windowed, 5_003, 0)).toBeUndefined();
    // Past the used rows, and past the row's cells, a cell is known to be empty.
    expect(shownCell(windowed, 8_000, 0)?.display).toBe("");
    expect(shownCell(windowed, 5_000, 3)?.display).toBe("");
  });

  it("sizes the grid by the sheet's used rows, not the rows received", () => {
    expect(usedRows(windowed)).toBe(8_000);
    expect(usedRows(whole)).toBe(2);
  });

  it("says rows have arrived only when all of them are in the window or past the used rows", () => {
    expect(rowsArrived(windowed, 5_000, 5_003)).toBe(true);
    expect(rowsArrived(windowed, 5_001, 5_004)).toBe(false);
    expect(rowsArrived(windowed, 10, 40)).toBe(false);
    expect(rowsArrived(windowed, 8_000, 8_040)).toBe(true);
    expect(rowsArrived(whole, 1, 50)).toBe(true);
  });

  it("asks for the rows on screen and a margin either side, never above the first row", () => {
    expect(windowAround("Ads", 5_000, 5_040)).toEqual({ sheet: "Ads", row: 5_000 - WINDOW_MARGIN, rows: 40 + 2 * WINDOW_MARGIN });
    expect(windowAround("Ads", 1, 41)).toEqual({ sheet: "Ads", row: 0, rows: 41 + WINDOW_MARGIN });
  });
});
