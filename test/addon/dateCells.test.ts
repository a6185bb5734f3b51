// A data sheet whose days are date cells, as Sheets holds a typed or imported date: getValues gives
// the add-on Dates, never day numbers, and everything that reads them agrees with the days shown.
import { describe, expect, it } from "vitest";
import type { WorkbookFile } from "../../playground/runtime/contract";
import type { ScorecardResult, SelectionData } from "../../src/scorecard/request";
import { buildPlan, readPlan } from "../planner/planSession";
import { createSession, requestFrom, sheetValues } from "./scorecardSession";

/** Day numbers counted from 30 December 1899: 26 January 2026 is a Monday. */
const DAY = { jan26: 46_048, jan28: 46_050, jan31: 46_053, feb2: 46_055, feb4: 46_057 };
const ROWS: [number, string, number, number, number, number][] = [
  [DAY.jan26, "Meta", 120.5, 4, 18_200, 310],
  [DAY.jan28, "Google Ads", 80, 2, 4_100, 150],
  [DAY.jan31, "Meta", 60, 1, 9_800, 140],
  [DAY.feb2, "Meta", 100, 5, 15_600, 290],
  [DAY.feb4, "Google Ads", 90.25, 3, 5_050, 170],
];

function dailyExport(timeZone: string) {
  const cells = [["Day", "Channel", "Cost", "Conversions", "Impressions", "Clicks"], ...ROWS];
  const formats = cells.map((_, r) => (r === 0 ? [] : ["yyyy-mm-dd"]));
  const workbook: WorkbookFile = {
    version: 1,
    locale: "en_US",
    sheets: [{ name: "Daily", cells, formats, frozenRows: 1, metadata: [] }],
    active: { sheet: "Daily", range: "A1" },
  };
  const session = createSession({ workbook });
  session.workbook.settings.timeZone = timeZone;
  session.select("Daily", "A1:F6");
  return { session, selection: session.runServerFunction("readSelection", []) as SelectionData };
}

describe("a data sheet of date cells", () => {
  for (const timeZone of ["America/Los_Angeles", "Asia/Tokyo"]) {
    it(`reads as the days the sheet shows, in ${timeZone}`, () => {
      const { selection } = dailyExport(timeZone);
      expect(selection.rows.map((row) => row[0])).toEqual(["2026-01-26", "2026-01-28", "2026-01-31", "2026-02-02", "2026-02-04"]);
    });
  }

  it("builds a linked scorecard by week whose weeks hold their own days' figures", () => {
    const { session, selection } = dailyExport("America/Los_Angeles");
    const result = session.runServerFunction("buildScorecard", [requestFrom(selection, { targetRoi: null, byPeriod: "week" })]) as ScorecardResult;
    expect(result.periods).toMatchObject({ unit: "week", count: 2, first: "2026-01-26" });
    const values = sheetValues(session, result.sheetName);
    const { headerRow, firstRow, lastRow } = result.periods!.layout;
    const header = values[headerRow - 1].map(String);
    const totals = values.slice(firstRow - 1, lastRow).filter((row) => typeof row[0] === "number");
    const inWeek = (from: number, to: number) => ROWS.filter(([day]) => day >= from && day <= to);
    const sum = (rows: typeof ROWS, column: 2 | 3) => rows.reduce((total, row) => total + row[column], 0);
    const [first, second] = [inWeek(DAY.jan26, DAY.jan26 + 6), inWeek(DAY.feb2, DAY.feb2 + 6)];
    expect(totals.map((row) => row[header.indexOf("Spend")])).toEqual([sum(first, 2), sum(second, 2)]);
    expect(totals.map((row) => row[header.indexOf("Conversions")])).toEqual([sum(first, 3), sum(second, 3)]);
  });

  it("leaves a budget plan on that scorecard's rates its two channels, the weeks' first days not taken for channels", () => {
    const { session, selection } = dailyExport("America/Los_Angeles");
    session.runServerFunction("buildScorecard", [requestFrom(selection, { targetRoi: null, byPeriod: "week" })]);
    buildPlan(session, { goal: { kind: "sales", value: 100 }, rates: "scorecard", split: "mix" });
    const plan = readPlan(session);
    expect(plan.channels.map((row) => row.Channel).sort()).toEqual(["Google Ads", "Meta"]);
    expect(plan.labelled("Check against the scorecard")).toBe("Same channels as the scorecard");
  });
});
