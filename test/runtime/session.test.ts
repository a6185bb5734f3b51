// A session runs the built add-on as Sheets does: onOpen builds the menu, menu items run, sidebars open.
import { afterAll, describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { channelWorkbook, writeTestBundle } from "./testBundle";

const bundle = writeTestBundle();
afterAll(() => bundle.remove());

const session = (userLocale?: string) => createSession({ workbook: channelWorkbook(), codePath: bundle.codePath, userLocale });

describe("opening the workbook", () => {
  it("runs onOpen once, which builds the add-on menu", () => {
    const opened = session();
    expect(opened.openError).toBeNull();
    expect(opened.view().menu).toEqual({
      title: "Social ROI",
      items: [
        { caption: "Function reference", functionName: "showFunctionReference" },
        { caption: "Build a scorecard", functionName: "buildScorecardThenFail" },
      ],
    });
    expect(opened.serviceCalls()).toEqual({
      total: 5,
      byName: { "Menu.addItem": 2, "Menu.addToUi": 1, "SpreadsheetApp.getUi": 1, "Ui.createAddonMenu": 1 },
    });
  });

  it("shows each sheet's used area, computed and formatted", () => {
    const { sheets, activeSheet, selection, sidebar } = session().view();
    expect([activeSheet, selection, sidebar]).toEqual(["Channel data", "A1:F4", null]);
    expect(sheets[0].frozenRows).toBe(1);
    expect(sheets[0].cells[1].map((cell) => cell.display)).toEqual(["Facebook", "€1,200", "3,400", "42%", "48", "€6,000"]);
    expect(sheets[0].cells[1][3]).toEqual({ value: 0.42, display: "42%", input: "42%", numeric: true });
  });

  it("saves the workbook it opened unchanged", () => {
    expect(session().serialize()).toEqual(channelWorkbook());
  });
});

describe("the user at the grid", () => {
  it("types formulas, percents, text, and clears cells", () => {
    const opened = session();
    opened.editCell("Channel data", "G2", "=CPA(B2:B4, E2:E4)");
    opened.editCell("Channel data", "H2", "2%");
    opened.editCell("Channel data", "H3", "Organic");
    opened.editCell("Channel data", "A4", "");
    opened.editCell("Channel data", "H4", '=CPA(1, "abc")');
    const cells = opened.view().sheets[0].cells;
    expect(cells.slice(1).map((row) => row[6].value)).toEqual([25, 25, 125]);
    expect(cells[1][6].input).toBe("=CPA(B2:B4, E2:E4)");
    expect(cells[1][7]).toEqual({ value: 0.02, display: "2%", input: "2%", numeric: true });
    expect(cells[2][7]).toMatchObject({ value: "Organic", numeric: false });
    expect(cells[3][0]).toMatchObject({ value: "", display: "", input: "" });
    expect(cells[3][7]).toMatchObject({ value: "#ERROR!", display: "#ERROR!", error: "CPA: conversions is the text 'abc'; enter a number." });
    // The user's typing is not the add-on's: only onOpen's 5 calls are counted.
    expect(opened.serviceCalls().total).toBe(5);
  });

  it("selects a range that the add-on then reads", () => {
    const opened = session();
    opened.select("Channel data", "A2:B3");
    expect(opened.view().selection).toBe("A2:B3");
    expect(opened.runServerFunction("readSelection", [])).toEqual([["Facebook", 1200], ["Instagram", 800]]);
  });
});

describe("menu items and the sidebar", () => {
  it("opens the sidebar from a template, in the user's language", () => {
    const opened = session("fr");
    opened.runMenuItem("showFunctionReference");
    expect(opened.view().sidebar).toEqual({ title: "Social ROI" });
    expect(opened.sidebarHtml()).toContain('<body data-view="reference" data-locale="fr"><h1>Functions</h1>');
    opened.closeSidebar();
    expect([opened.view().sidebar, opened.sidebarHtml()]).toEqual([null, null]);
  });

  it("runs only the functions the menu offers", () => {
    expect(() => session().runMenuItem("getFunctionCatalog")).toThrow("The add-on menu has no item that runs getFunctionCatalog.");
  });

  it("rolls back everything a failing menu item wrote", () => {
    const opened = session();
    const before = opened.serialize();
    expect(() => opened.runMenuItem("buildScorecardThenFail")).toThrow("The scorecard could not be built.");
    expect(opened.serialize()).toEqual(before);
    expect(opened.workbook.sheets.map((sheet) => [sheet.name, sheet.metadata.length])).toEqual([["Channel data", 0]]);
  });
});

describe("executions", () => {
  it("run the script's global code afresh each time, as Apps Script does", () => {
    const opened = session();
    expect([opened.runServerFunction("countExecutions", []), opened.runServerFunction("countExecutions", [])]).toEqual([1, 1]);
  });

  it("count their service calls until reset", () => {
    const opened = session();
    opened.resetServiceCalls();
    opened.runServerFunction("insertFormula", ["=ROI(10000, 1000)"]);
    expect(opened.serviceCalls()).toEqual({
      total: 3,
      byName: { "Range.getDisplayValue": 1, "Range.setFormula": 1, "SpreadsheetApp.getCurrentCell": 1 },
    });
  });

  it("let tests read the spreadsheet back without counting", () => {
    const opened = session();
    opened.resetServiceCalls();
    expect(opened.spreadsheet.getSheetByName("Channel data")!.getRange("D2").getNumberFormat()).toBe("0%");
    expect(opened.serviceCalls().total).toBe(0);
  });
});
