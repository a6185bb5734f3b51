// Column widths and frozen columns, as a script sets them and Sheets reports them.
import { describe, expect, it } from "vitest";
import { emulate, workbookFile } from "./emulate";

describe("column widths", () => {
  it("are 100 px until set, then as set, one column or a run of them", () => {
    const { sheet, workbook } = emulate();
    expect(sheet().getColumnWidth(3)).toBe(100);
    sheet().setColumnWidth(1, 160).setColumnWidths(2, 3, 120);
    expect([1, 2, 3, 4, 5].map((column) => sheet().getColumnWidth(column))).toEqual([160, 120, 120, 120, 100]);
    expect(workbook.sheets[0].columnWidths).toEqual({ 1: 160, 2: 120, 3: 120, 4: 120 });
  });

  it("refuse columns outside the sheet and negative widths", () => {
    const { sheet } = emulate();
    expect(() => sheet().setColumnWidths(25, 3, 120)).toThrow("Those columns are out of bounds.");
    expect(() => sheet().setColumnWidth(0, 120)).toThrow("Those columns are out of bounds.");
    expect(() => sheet().setColumnWidth(2, -5)).toThrow("A column width cannot be negative.");
  });

  it("are each one service call, whatever the number of columns", () => {
    const { sheet, context } = emulate();
    sheet().setColumnWidths(1, 20, 90);
    expect(context.calls.summary().byName).toEqual({ "Spreadsheet.getSheetByName": 1, "Sheet.setColumnWidths": 1 });
  });
});

describe("frozen columns", () => {
  it("are none until set, and stay apart from frozen rows", () => {
    const { sheet } = emulate(workbookFile({ Data: [["Channel", "Budget"]] }));
    expect(sheet().getFrozenColumns()).toBe(0);
    sheet().setFrozenColumns(1);
    sheet().setFrozenRows(3);
    expect([sheet().getFrozenColumns(), sheet().getFrozenRows()]).toEqual([1, 3]);
    expect(() => sheet().setFrozenColumns(-1)).toThrow("Those columns are out of bounds.");
  });
});
