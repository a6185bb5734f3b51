// Range values as Sheets reads and writes them: setValues behaves like typing into each cell.
import { describe, expect, it } from "vitest";
import { emulate, workbookFile } from "./emulate";

describe("setValues and getValues", () => {
  it("round-trips numbers, text and booleans, and reads blanks as empty strings", () => {
    const range = emulate().sheet().getRange("A1:C2");
    range.setValues([[1500, "Facebook", true], [0.25, null, ""]]);
    expect(range.getValues()).toEqual([[1500, "Facebook", true], [0.25, "", ""]]);
  });

  it("makes a string starting with = a formula", () => {
    const sheet = emulate().sheet();
    sheet.getRange("A1:B1").setValues([[20, "=A1*2"]]);
    expect(sheet.getRange("B1").getValue()).toBe(40);
    expect(sheet.getRange("A1:B1").getFormulas()).toEqual([["", "=A1*2"]]);
  });

  it("keeps text after a leading apostrophe as literal text", () => {
    const range = emulate().sheet().getRange("A1:C1");
    range.setValues([["'=A1*2", "'2%", "'-abc"]]);
    expect(range.getValues()).toEqual([["=A1*2", "2%", "-abc"]]);
    expect(range.getFormulas()).toEqual([["", "", ""]]);
  });

  it("makes text starting with + or - a formula, as Sheets does, unless it is a number", () => {
    const range = emulate(workbookFile({ Sheet1: [[], [7]] })).sheet().getRange("A1:D1");
    range.setValues([["-abc", "+A2", "-5", "+5"]]);
    expect(range.getFormulas()).toEqual([["=-abc", "=+A2", "", ""]]);
    expect(range.getValues()).toEqual([["#NAME?", 7, -5, 5]]);
  });

  it("reads numeric text as numbers, and percent text as a fraction shown as a percent", () => {
    const range = emulate().sheet().getRange("A1:D1");
    range.setValues([["1500", "2%", "2.5%", "$1500"]]);
    expect(range.getValues()).toEqual([[1500, 0.02, 0.025, 1500]]);
    expect(range.getNumberFormats()).toEqual([["0.###############", "0%", "0.00%", '"$"#,##0.00']]);
    expect(range.getDisplayValues()).toEqual([["1500", "2%", "2.50%", "$1,500.00"]]);
  });

  it("keeps a percent format the cell already has", () => {
    const cell = emulate().sheet().getRange("A1");
    cell.setNumberFormat("0.0%").setValue("2%");
    expect(cell.getNumberFormat()).toBe("0.0%");
    expect(cell.getDisplayValue()).toBe("2.0%");
  });

  it("reads an error cell as its code", () => {
    const range = emulate().sheet().getRange("A1:C1");
    range.setValues([["=1/0", "=NOPE()", '=CPA(100, "abc")']]);
    expect(range.getValues()).toEqual([["#DIV/0!", "#NAME?", "#ERROR!"]]);
    expect(range.getDisplayValues()).toEqual([["#DIV/0!", "#NAME?", "#ERROR!"]]);
  });

  it("clears a cell given an empty string, keeping its format", () => {
    const cell = emulate().sheet().getRange("A1");
    cell.setValue("2%").setValue("");
    expect(cell.getValue()).toBe("");
    expect(cell.getNumberFormat()).toBe("0%");
  });

  it("refuses data whose shape differs from the range's, with Apps Script's messages", () => {
    const range = emulate().sheet().getRange("A1:B2");
    expect(() => range.setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  it("refuses Dates, which the playground does not emulate", () => {
    expect(() => emulate().sheet().getRange("A1").setValues([[new Date()]])).toThrow(/a Date \(dates are not emulated\)/);
  });
});

describe("formulas", () => {
  it("fills one formula over a range, its relative references moving with each row", () => {
    const sheet = emulate(workbookFile({ Sheet1: [[100, 10], [200, 0], [300, 30]] })).sheet();
    sheet.getRange("C1:C3").setFormula('=IFERROR(A1/B1, "")');
    expect(sheet.getRange("C1:C3").getFormulas()).toEqual([['=IFERROR(A1/B1, "")'], ['=IFERROR(A2/B2, "")'], ['=IFERROR(A3/B3, "")']]);
    expect(sheet.getRange("C1:C3").getValues()).toEqual([[10], [""], [10]]);
  });

  it("sets formulas cell by cell with setFormulas", () => {
    const sheet = emulate(workbookFile({ Sheet1: [[1, 2]] })).sheet();
    sheet.getRange("A2:B2").setFormulas([["=A1+B1", "=A1*B1"]]);
    expect(sheet.getRange("A2:B2").getValues()).toEqual([[3, 2]]);
  });

  it("spills a custom function over a range, one result per row, blank where undefined", () => {
    const rows = [
      ["Channel", "Budget", "Leads", "Bounce rate", "Conversions"],
      ["Facebook", 1200, 3400, 0.42, 48],
      ["Instagram", 800, 2100, 0.38, 32],
      ["LinkedIn", 1500, 900, 0.51, 12],
      [null, null, null, null, null],
      ["TikTok", 600, 4000, 0.6, 0],
      ["X", 300, 700, 0.55, 4],
      ["YouTube", 2000, 5000, 0.35, 80],
      ["Pinterest", 250, 400, 0.47, 10],
    ];
    const sheet = emulate(workbookFile({ Sheet1: rows })).sheet();
    sheet.getRange("G2").setFormula("=CPA(B2:B9, E2:E9)");
    expect(sheet.getRange("G2:G9").getValues().flat()).toEqual([25, 25, 125, "", "", 75, 25, 25]);
    // Only the first cell holds the formula; the others hold its results.
    expect(sheet.getRange("G2:G3").getFormulas()).toEqual([["=CPA(B2:B9, E2:E9)"], [""]]);
  });

  it("shows a result blocked by a cell in the way as #REF!", () => {
    const sheet = emulate(workbookFile({ Sheet1: [[1], [2], [3]] })).sheet();
    sheet.getRange("B3").setValue("in the way");
    sheet.getRange("B1").setFormula("=CPA(A1:A3, 1)");
    expect(sheet.getRange("B1").getValue()).toBe("#REF!");
  });
});

describe("formats and styles", () => {
  it("stores number formats, font weights and backgrounds per cell", () => {
    const range = emulate().sheet().getRange("A1:B1");
    range.setValues([[0.4, 1234.5]]).setNumberFormats([["0%", "#,##0.00"]]).setFontWeight("bold").setBackgrounds([["#eeeeee", null]]);
    expect(range.getDisplayValues()).toEqual([["40%", "1,234.50"]]);
    expect(range.getFontWeights()).toEqual([["bold", "bold"]]);
    expect(range.getBackgrounds()).toEqual([["#eeeeee", "#ffffff"]]);
    range.clear();
    expect([range.getValues(), range.getNumberFormats(), range.getFontWeights()]).toEqual([[["", ""]], [["0.###############", "0.###############"]], [["normal", "normal"]]]);
  });

  it("displays with the spreadsheet's locale", () => {
    const sheet = emulate(workbookFile({ Feuille: [[1234.5]] }, "fr_FR")).sheet();
    sheet.getRange("A1").setNumberFormat("#,##0.00 [$€]");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("1\u202F234,50 €");
  });
});
