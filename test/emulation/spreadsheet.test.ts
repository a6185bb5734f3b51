// Sheets, ranges and the selection, with Apps Script's errors.
import { describe, expect, it } from "vitest";
import { emulate, workbookFile } from "./emulate";

describe("sheets", () => {
  it("inserts a sheet after the active one and makes it active", () => {
    const { spreadsheet, app } = emulate(workbookFile({ Data: [], Notes: [] }));
    const sheet = spreadsheet.insertSheet("Channel scorecard");
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Data", "Channel scorecard", "Notes"]);
    expect(app.getActiveSheet().getName()).toBe("Channel scorecard");
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getIndex()]).toEqual([1000, 26, 2]);
  });

  it("inserts at an index, or with a default name", () => {
    const { spreadsheet } = emulate(workbookFile({ Sheet1: [] }));
    spreadsheet.insertSheet("First", 0);
    spreadsheet.insertSheet(); // after "First", now the active sheet
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["First", "Sheet3", "Sheet1"]);
  });

  it("refuses a name already taken, whatever its case, with Apps Script's message", () => {
    const { spreadsheet } = emulate(workbookFile({ "Channel scorecard": [] }));
    expect(() => spreadsheet.insertSheet("CHANNEL SCORECARD")).toThrow(
      'A sheet with the name "CHANNEL SCORECARD" already exists. Please enter another name.',
    );
  });

  it("throws errors named Exception, as Apps Script's services do", () => {
    const { spreadsheet } = emulate(workbookFile({ Sheet1: [] }));
    let thrown: unknown;
    try {
      spreadsheet.insertSheet("Sheet1");
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).toBe('Exception: A sheet with the name "Sheet1" already exists. Please enter another name.');
  });

  it("deletes a sheet, but not the last one", () => {
    const { spreadsheet } = emulate(workbookFile({ Data: [], Old: [] }));
    spreadsheet.deleteSheet(spreadsheet.getSheetByName("Old")!);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Data"]);
    expect(() => spreadsheet.deleteSheet(spreadsheet.getSheetByName("Data")!)).toThrow("You can't remove all the sheets in a document.");
  });

  it("finds sheets by name regardless of case, and gives null for a missing one", () => {
    const { spreadsheet } = emulate(workbookFile({ "Channel data": [] }));
    expect(spreadsheet.getSheetByName("channel DATA")?.getName()).toBe("Channel data");
    expect(spreadsheet.getSheetByName("Nope")).toBeNull();
  });

  it("tells its locale, time zone and frozen rows", () => {
    const { spreadsheet, sheet } = emulate(workbookFile({ Feuille: [] }, "fr_FR"));
    sheet().setFrozenRows(1);
    expect([spreadsheet.getSpreadsheetLocale(), spreadsheet.getSpreadsheetTimeZone(), sheet().getFrozenRows()]).toEqual(["fr_FR", "Europe/Paris", 1]);
  });
});

describe("ranges", () => {
  it("fails outside the sheet with Apps Script's messages", () => {
    const sheet = emulate().sheet();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange("AA1")).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange("not a range")).toThrow("Range not found");
  });

  it("reads a sheet-qualified range from the spreadsheet", () => {
    const { spreadsheet } = emulate(workbookFile({ Data: [], "Channel data": [["Channel", "Budget"]] }));
    const range = spreadsheet.getRange("'Channel data'!A1:B1");
    expect([range.getSheet().getName(), range.getA1Notation(), range.getValues()]).toEqual(["Channel data", "A1:B1", [["Channel", "Budget"]]]);
    expect(() => spreadsheet.getRange("Nope!A1")).toThrow("Range not found");
  });

  it("knows the used area", () => {
    const sheet = emulate(workbookFile({ Sheet1: [[1, 2, 3], [4]] })).sheet();
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([2, 3, "A1:C2"]);
  });
});

describe("the selection", () => {
  it("gives the active range and the current cell, and follows activate()", () => {
    const file = workbookFile({ Data: [[1, 2], [3, 4]], Other: [] });
    file.active = { sheet: "Data", range: "A1:B2" };
    const { app, sheet } = emulate(file);
    expect(app.getActiveRange().getValues()).toEqual([[1, 2], [3, 4]]);
    expect(app.getCurrentCell().getA1Notation()).toBe("A1");
    sheet("Other").getRange("C3:D4").activate();
    expect([app.getActiveSheet().getName(), app.getActiveRange().getA1Notation()]).toEqual(["Other", "C3:D4"]);
  });
});
