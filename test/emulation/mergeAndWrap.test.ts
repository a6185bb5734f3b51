// Merged cells, wrapped text and row heights, as Google Sheets has them: what the scorecard's
// verdict note needs, with Sheets' refusals, kept in the saved workbook.
import { describe, expect, it } from "vitest";
import { Workbook } from "../../playground/emulation";
import { functionTableFromBundle } from "../../playground/engine";
import { loadBundle } from "../../scripts/loadBundle";
import { emulate, workbookFile } from "./emulate";

describe("merging, wrapping and row heights", () => {
  it("merges a block into its top-left cell, whose content stays while the others' go", () => {
    const { spreadsheet } = emulate(workbookFile({ Notes: [["Kept", "dropped", "dropped too"]] }));
    const sheet = spreadsheet.getSheetByName("Notes")!;
    sheet.getRange("A1:C1").merge().setWrap(true);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["Kept", "", ""]]);
    expect([sheet.getRange("A1").getWrap(), sheet.getRange("D1").getWrap()]).toEqual([true, false]);
  });

  it("refuses a merge across the frozen rows' or columns' edge, or over part of another merge", () => {
    const sheet = emulate().spreadsheet.insertSheet("Scorecard");
    sheet.setFrozenRows(3);
    sheet.setFrozenColumns(2);
    expect(() => sheet.getRange("D3:D4").merge()).toThrow("You can't merge frozen and non-frozen rows.");
    expect(() => sheet.getRange("B2:C2").merge()).toThrow("You can't merge frozen and non-frozen columns.");
    sheet.getRange("D2:F2").merge();
    expect(() => sheet.getRange("E2:H2").merge()).toThrow("You must select all cells in a merged range to merge or unmerge them.");
    // A merge wholly inside a new one is part of it.
    sheet.getRange("C2:H2").merge();
    expect(() => sheet.getRange("C2:D2").merge()).toThrow("You must select all cells in a merged range to merge or unmerge them.");
  });

  it("sets a row's height (21 px until set), and clears merges with the sheet's formats", () => {
    const sheet = emulate().spreadsheet.insertSheet("Scorecard");
    expect(sheet.getRowHeight(2)).toBe(21);
    sheet.setRowHeight(2, 56);
    expect(sheet.getRowHeight(2)).toBe(56);
    expect(() => sheet.setRowHeight(1001, 30)).toThrow("Those rows are out of bounds.");
    sheet.getRange("D2:F2").merge();
    sheet.clear();
    // Cleared, the block can be merged again otherwise.
    expect(() => sheet.getRange("E2:H2").merge()).not.toThrow();
  });

  it("keeps merges, wraps and heights in the saved workbook", () => {
    const { spreadsheet, workbook } = emulate(workbookFile({ Notes: [["A long note"]] }));
    const sheet = spreadsheet.getSheetByName("Notes")!;
    sheet.getRange("A1:D1").merge().setWrap(true);
    sheet.setRowHeight(1, 40);
    const file = workbook.toFile();
    const reopened = Workbook.fromFile(file, functionTableFromBundle(loadBundle())).toFile();
    const notes = reopened.sheets.find((s) => s.name === "Notes")!;
    expect([notes.merges, notes.wraps, notes.rowHeights]).toEqual([[{ row: 1, column: 1, numRows: 1, numColumns: 4 }], [[true, true, true, true]], [40]]);
  });
});
