// Every call the add-on makes to a service is counted, so tests can hold it to a call budget.
import { describe, expect, it } from "vitest";
import { emulate } from "./emulate";

describe("service call counting", () => {
  it("counts each method call by service and method, chained calls included", () => {
    const { app, context } = emulate();
    const sheet = app.getActiveSpreadsheet().getSheetByName("Sheet1")!;
    sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4]]).setNumberFormat("0.00");
    sheet.getRange("A1:B2").getValues();
    expect(context.calls.summary()).toEqual({
      total: 7,
      byName: {
        "Range.getValues": 1,
        "Range.setNumberFormat": 1,
        "Range.setValues": 1,
        "Sheet.getRange": 2,
        "Spreadsheet.getSheetByName": 1,
        "SpreadsheetApp.getActiveSpreadsheet": 1,
      },
    });
  });

  it("counts what the script calls, not the calls the emulation makes internally", () => {
    const { app, context } = emulate();
    app.getActiveSheet().getRange("A1:C3").setValue(1);
    // setValue fills the range through the same code as setValues: still one call.
    expect(context.calls.summary().byName).toEqual({ "Range.setValue": 1, "Sheet.getRange": 1, "SpreadsheetApp.getActiveSheet": 1 });
  });

  it("counts builder calls under the builder's name", () => {
    const { app, context } = emulate();
    app.newConditionalFormatRule().whenNumberLessThan(0).setBackground("#f00").build();
    expect(context.calls.summary().byName).toEqual({
      "ConditionalFormatRuleBuilder.build": 1,
      "ConditionalFormatRuleBuilder.setBackground": 1,
      "ConditionalFormatRuleBuilder.whenNumberLessThan": 1,
      "SpreadsheetApp.newConditionalFormatRule": 1,
    });
  });

  it("says so when the script calls a method the playground does not emulate", () => {
    const sheet = emulate().sheet() as unknown as { autoResizeColumns(start: number, count: number): void };
    expect(() => sheet.autoResizeColumns(1, 3)).toThrow("The playground does not emulate Sheet.autoResizeColumns yet");
  });
});
