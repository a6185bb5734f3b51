// A sheet's size, visibility and protection, and copies of a sheet, as Google Sheets has them.
import { describe, expect, it } from "vitest";
import type { WorkbookFile } from "../../playground/runtime/contract";
import { emulate, workbookFile } from "./emulate";

const OUTSIDE = "The coordinates of the range are outside the dimensions of the sheet.";

describe("a sheet's size", () => {
  it("is 1,000 x 26 when new, and a range past it throws until the sheet grows", () => {
    const { spreadsheet } = emulate();
    const sheet = spreadsheet.insertSheet("Plan");
    expect(() => sheet.getRange(1001, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange("A1:AA1")).toThrow(OUTSIDE);
    sheet.insertRowsAfter(1000, 5).insertColumnsAfter(26, 2);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getRange(1005, 28).getA1Notation()]).toEqual([1005, 28, "AB1005"]);
    expect(() => sheet.getRange(1006, 1)).toThrow(OUTSIDE);
  });

  it("freezes only rows and columns it has", () => {
    const sheet = emulate().spreadsheet.insertSheet("Plan");
    expect(() => sheet.setFrozenRows(1001)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.setFrozenColumns(27)).toThrow("Those columns are out of bounds.");
    sheet.setFrozenRows(3);
    expect(sheet.getFrozenRows()).toBe(3);
  });

  it("open ranges stop at the sheet's last row and column", () => {
    const { spreadsheet } = emulate();
    const sheet = spreadsheet.insertSheet("Plan");
    sheet.insertRowsAfter(1000, 200);
    expect(sheet.getRange("B2:B").getA1Notation()).toBe("B2:B1200");
    expect(sheet.getRange("3:3").getNumColumns()).toBe(26);
  });

  it("shrinks by deleting empty columns at its right edge, but never to no column", () => {
    const { spreadsheet } = emulate();
    const sheet = spreadsheet.insertSheet("Keys");
    sheet.getRange("A1:C1").setValues([["k", "k", "k"]]);
    sheet.deleteColumns(4, 23);
    expect(sheet.getMaxColumns()).toBe(3);
    expect(() => sheet.getRange("D1")).toThrow(OUTSIDE);
    expect(() => sheet.deleteColumns(1, 3)).toThrow("Sorry, it is not possible to delete all non-frozen columns.");
    expect(() => sheet.deleteColumns(3, 2)).toThrow("Those columns are out of bounds.");
  });

  it("anchors a chart only inside the grid", () => {
    const { spreadsheet } = emulate();
    const sheet = spreadsheet.insertSheet("Chart");
    const chartAt = (column: number) => sheet.newChart().addRange(sheet.getRange("A1:B3")).setPosition(1, column, 0, 0).build();
    expect(() => sheet.insertChart(chartAt(27))).toThrow("outside the dimensions of the sheet");
    sheet.insertChart(chartAt(26));
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it("is saved in the workbook file; a file without one opens at the size holding its cells, at least 1,000 x 26", () => {
    const { workbook, spreadsheet } = emulate(workbookFile({ Data: [[1, 2]] }));
    const grown = spreadsheet.insertSheet("Grown");
    grown.insertRowsAfter(1000, 500);
    const small = spreadsheet.insertSheet("Small");
    small.deleteColumns(6, 21);
    const saved = workbook.toFile();
    const sizes = saved.sheets.map(({ name, maxRows, maxColumns }) => ({ name, maxRows, maxColumns }));
    expect(sizes).toEqual([
      { name: "Data", maxRows: undefined, maxColumns: undefined },
      { name: "Grown", maxRows: 1500, maxColumns: undefined },
      { name: "Small", maxRows: undefined, maxColumns: 5 },
    ]);
    const reopened = emulate(saved).spreadsheet;
    expect(reopened.getSheets().map((sheet) => [sheet.getMaxRows(), sheet.getMaxColumns()])).toEqual([[1000, 26], [1500, 26], [1000, 5]]);

    const tall: WorkbookFile = workbookFile({ Long: Array.from({ length: 1200 }, (_, r) => [r]) });
    expect(emulate(tall).sheet().getMaxRows()).toBe(1200);
  });
});

describe("sheet ids", () => {
  it("are kept in the workbook file, so that what names a sheet by id still finds it", () => {
    const { spreadsheet, workbook } = emulate(workbookFile({ Data: [], Old: [] }));
    spreadsheet.deleteSheet(spreadsheet.getSheetByName("Old")!);
    spreadsheet.insertSheet("Scorecard", 0);
    const ids = spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet.getSheetId()]);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(2);
    expect(emulate(workbook.toFile()).spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet.getSheetId()])).toEqual(ids);
  });
});

describe("hidden sheets", () => {
  it("hide and show; the last visible sheet cannot be hidden", () => {
    const { spreadsheet, app, workbook } = emulate(workbookFile({ Data: [], Keys: [] }));
    const keys = spreadsheet.getSheetByName("Keys")!;
    keys.activate();
    keys.hideSheet();
    expect(keys.isSheetHidden()).toBe(true);
    // A hidden sheet is not the one shown.
    expect(app.getActiveSheet().getName()).toBe("Data");
    expect(() => spreadsheet.getSheetByName("Data")!.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    expect(emulate(workbook.toFile()).sheet("Keys").isSheetHidden()).toBe(true);
    keys.showSheet();
    expect(keys.isSheetHidden()).toBe(false);
  });
});

describe("protection", () => {
  it("protects a sheet once, with a description, warning only; saved with the workbook", () => {
    const { spreadsheet, app, workbook } = emulate(workbookFile({ Data: [], Scorecard: [] }));
    const sheet = spreadsheet.getSheetByName("Scorecard")!;
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    const protection = sheet.protect().setDescription("Built by Social ROI").setWarningOnly(true);
    expect([protection.getDescription(), protection.isWarningOnly(), String(protection.getProtectionType())]).toEqual(["Built by Social ROI", true, "SHEET"]);
    // Protecting again gives the same protection, not a second one.
    expect(sheet.protect().isWarningOnly()).toBe(true);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
    expect(emulate(workbook.toFile()).sheet("Scorecard").protect().getDescription()).toBe("Built by Social ROI");
    protection.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });
});

describe("copies of a sheet", () => {
  it("duplicate the active sheet after it, with its cells, formats and developer metadata, under a new id", () => {
    const { spreadsheet, app } = emulate(workbookFile({ Data: [], Scorecard: [] }));
    const original = spreadsheet.getSheetByName("Scorecard")!;
    original.getRange("A1:B1").setValues([["Spend", "=3*4"]]);
    original.getRange("B1").setNumberFormat("0.0");
    original.addDeveloperMetadata("socialRoi.scorecard", "mark");
    original.activate();
    const copy = spreadsheet.duplicateActiveSheet();
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Data", "Scorecard", "Copy of Scorecard"]);
    expect(app.getActiveSheet().getName()).toBe("Copy of Scorecard");
    expect([copy.getRange("A1:B1").getDisplayValues(), copy.getRange("B1").getFormula()]).toEqual([[["Spend", "12.0"]], "=3*4"]);
    expect(copy.getSheetId()).not.toBe(original.getSheetId());
    const marks = spreadsheet.createDeveloperMetadataFinder().withKey("socialRoi.scorecard").find();
    expect(marks.map((mark) => [mark.getLocation().getSheet()!.getName(), mark.getValue()])).toEqual([
      ["Scorecard", "mark"],
      ["Copy of Scorecard", "mark"],
    ]);
  });

  it("copyTo puts the copy last, and a second copy gets a name of its own", () => {
    const { spreadsheet } = emulate(workbookFile({ Plan: [["Goal"]], Notes: [] }));
    const plan = spreadsheet.getSheetByName("Plan")!;
    plan.copyTo(spreadsheet);
    plan.copyTo(spreadsheet);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Plan", "Notes", "Copy of Plan", "Copy 2 of Plan"]);
  });
});

describe("Utilities and the document lock", () => {
  it("formats a date in the time zone given", () => {
    const { services } = emulate();
    // 23:30 UTC on 31 March is already 1 April in Paris (UTC+2 in summer).
    const date = new Date(Date.UTC(2026, 2, 31, 23, 30));
    expect(services.Utilities.formatDate(date, "Europe/Paris", "yyyy-MM-dd HH:mm")).toBe("2026-04-01 01:30");
    expect(services.Utilities.formatDate(date, "America/Los_Angeles", "yyyy-MM-dd")).toBe("2026-03-31");
  });

  it("may give no document lock", () => {
    const { services, context } = emulate();
    expect(services.LockService.getDocumentLock()).not.toBeNull();
    (context.lock as { unavailable?: boolean }).unavailable = true;
    expect(services.LockService.getDocumentLock()).toBeNull();
  });
});
