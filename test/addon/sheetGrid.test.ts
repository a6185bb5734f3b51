// What the add-on builds fits Google Sheets' grid: charts anchored inside the sheet, its own sheets
// grown first, the key sheet hidden, trimmed and protected, the built sheets warning-protected.
import { describe, expect, it } from "vitest";
import { ProtectionType } from "../../playground/emulation/enums";
import { buildPlan, selectedData } from "../planner/planSession";
import type { ScorecardOptions, SelectionData } from "../../src/scorecard/request";
import { columnName, expectChartsClearOfCells, expectChartsInsideGrid } from "./chartAreas";
import { createSession, requestFrom, workbookWith } from "./scorecardSession";

// A Meta Ads Manager export with every column the import reads, its network's own header names.
const META_HEADERS = [
  "Campaign name", "Amount spent (EUR)", "Results", "Impressions", "Link clicks", "Reach", "Post reactions", "Post comments",
  "Post shares", "Purchases conversion value", "Leads", "Bounce rate", "Campaign budget", "Other costs", "Hours", "Target ROI",
  "Ad set name", "Placement",
];
const CAMPAIGNS = ["Spring sale", "Retargeting - Cart", "Lookalike 1%", "Brand awareness", "Black Friday - Prospecting"];

function metaExport(columns: number) {
  const headers = META_HEADERS.slice(0, columns);
  const rows = CAMPAIGNS.map((campaign, r) =>
    headers.map((header, c) => (c === 0 ? campaign : c >= 16 ? `${header} ${r % 2}` : header === "Bounce rate" ? 0.35 + r / 100 : header === "Target ROI" ? 0.5 : 40 + 13 * r + 7 * c)),
  );
  return workbookWith("Meta export", [headers, ...rows]);
}

function scorecardOf(columns: number, linkToSource: boolean) {
  const session = createSession({ workbook: metaExport(columns) });
  session.select("Meta export", `A1:${columnName(columns)}${CAMPAIGNS.length + 1}`);
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  const options: Partial<ScorecardOptions> = { linkToSource, hourlyRate: 45 };
  // Broken down by the columns the import offers (ad set, placement), as a user ticking them would.
  const request = { ...requestFrom(selection, options), breakdown: selection.breakdown };
  const build = () => session.runServerFunction("buildScorecard", [request]);
  build();
  const view = session.view().sheets.find((sheet) => sheet.name === "Channel scorecard")!;
  // The channel table's width: its header runs to the blank column before the funnel and the charts' data.
  const header = view.cells[2].map((cell) => cell.value);
  return { session, view, tableWidth: header.indexOf(""), usedWidth: view.usedSize?.columns ?? view.cells[0].length, build };
}

describe("charts inside the grid", () => {
  it("on scorecards from a 5-column table to 39 columns written and more (every column the import reads, broken down twice), the add-on's sheet growing to hold them, clear of its cells", () => {
    const widths = [3, 5, 8, 11, 13, 16, 18].map((columns) => {
      const { view, tableWidth, usedWidth } = scorecardOf(columns, false);
      expectChartsInsideGrid(view);
      expectChartsClearOfCells(view);
      return { tableWidth, usedWidth };
    });
    expect(Math.min(...widths.map((width) => width.tableWidth))).toBeLessThanOrEqual(5);
    expect(Math.max(...widths.map((width) => width.usedWidth))).toBeGreaterThanOrEqual(39);
  }, 120_000);

  it("on a budget plan", () => {
    const session = createSession({ workbook: metaExport(5) });
    buildPlan(session, { rates: "data", data: selectedData(session, "Meta export", `A1:E${CAMPAIGNS.length + 1}`) });
    expectChartsInsideGrid(session.view().sheets.find((sheet) => sheet.name === "Budget plan")!);
  });
});

describe("the sheets the add-on owns", () => {
  it("hides the key sheet of a linked build, trims it to its columns, and warning-protects it with the scorecard", () => {
    const { session } = scorecardOf(5, true);
    const { spreadsheet } = session;
    const keys = spreadsheet.getSheetByName("Social ROI keys")!;
    expect(keys.isSheetHidden()).toBe(true);
    // One key column: the channel's.
    expect(keys.getMaxColumns()).toBe(1);
    const tabs = session.view().sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
    expect(tabs).toEqual(["Meta export", "Channel scorecard"]);
    for (const name of ["Social ROI keys", "Channel scorecard"]) {
      const [protection] = spreadsheet.getSheetByName(name)!.getProtections(ProtectionType.SHEET);
      expect([name, protection.isWarningOnly(), protection.getDescription()]).toEqual([name, true, expect.stringContaining("Social ROI")]);
    }
    // The source is the user's: neither protected nor hidden.
    expect(spreadsheet.getSheetByName("Meta export")!.getProtections(ProtectionType.SHEET)).toEqual([]);
  });

  it("keeps one protection over rebuilds, and the key sheet hidden", () => {
    const { session, build } = scorecardOf(5, true);
    build();
    const { spreadsheet } = session;
    expect(spreadsheet.getSheetByName("Channel scorecard")!.getProtections(ProtectionType.SHEET)).toHaveLength(1);
    expect(spreadsheet.getSheetByName("Social ROI keys")!.isSheetHidden()).toBe(true);
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["Meta export", "Social ROI keys", "Channel scorecard"]);
  });

  it("warning-protects the budget plan", () => {
    const session = createSession({ workbook: metaExport(5) });
    buildPlan(session, { rates: "data", data: selectedData(session, "Meta export", `A1:E${CAMPAIGNS.length + 1}`) });
    const [protection] = session.spreadsheet.getSheetByName("Budget plan")!.getProtections(ProtectionType.SHEET);
    expect(protection.isWarningOnly()).toBe(true);
  });

  it("never takes a copy of its scorecard for its own: a rebuild leaves the copy as it is", () => {
    const { session, build } = scorecardOf(5, false);
    const { spreadsheet } = session;
    spreadsheet.getSheetByName("Channel scorecard")!.activate();
    const copy = spreadsheet.duplicateActiveSheet();
    const before = copy.getDataRange().getValues();
    // The original goes: the copy carries the same developer metadata, but not its sheet id.
    spreadsheet.deleteSheet(spreadsheet.getSheetByName("Channel scorecard")!);
    build();
    expect(spreadsheet.getSheetByName("Copy of Channel scorecard")!.getDataRange().getValues()).toEqual(before);
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["Meta export", "Copy of Channel scorecard", "Channel scorecard"]);
  });
});
