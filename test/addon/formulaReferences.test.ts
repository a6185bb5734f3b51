// Every formula the add-on writes reads only rows and columns the sheets it reads have, as Google
// Sheets requires (a reference past a sheet's grid is #REF! there): scorecards linked to sources of
// several sizes, with breakdowns, and budget plans from each source of rates.
import { describe, expect, it } from "vitest";
import { emulate, workbookFile } from "../emulation/emulate";
import { buildPlan, selectedData } from "../planner/planSession";
import { formulaReferences, referencesOutsideTheGrid } from "../support/formulaReferences";
import type { ScorecardOptions, SelectionData } from "../../src/scorecard/request";
import { createSession, requestFrom, workbookWith } from "./scorecardSession";

const HEADERS = ["Network", "Campaign name", "Amount spent (EUR)", "Impressions", "Link clicks", "Leads", "Bounce rate", "Results", "Purchases conversion value"];
const NETWORKS = ["Facebook", "Instagram", "LinkedIn", "TikTok", "Pinterest"];

/** A Meta export by network of `rows` data rows under its header, on a sheet of at least 1,000 rows, as Sheets makes them. */
function channelExport(rows: number) {
  const data = Array.from({ length: rows }, (_, r) => [NETWORKS[r % 5], `Campaign ${r % 3}`, 20 + (r % 17), 3000 + (r % 11) * 90, 40 + (r % 23), 12 + (r % 7), 0.3 + (r % 5) / 100, 1 + (r % 4), 60 + (r % 31)]);
  return workbookWith("Channel data", [HEADERS, ...data]);
}

function linkedBuild(rows: number, options: Partial<ScorecardOptions> = {}, breakdown = false) {
  const session = createSession({ workbook: channelExport(rows) });
  session.select("Channel data", `A1:I${rows + 1}`);
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  session.runServerFunction("buildScorecard", [{ ...requestFrom(selection, { linkToSource: true, ...options }), breakdown: breakdown ? selection.breakdown : [] }]);
  return session;
}

describe("the references a formula reads", () => {
  it("are parsed with their sheet, rows and columns; text in quotes is no reference", () => {
    const references = formulaReferences(`=SUMIFS('Channel data'!$D$2:$D$1000, 'Social ROI keys'!$A$2:$A$1000, "k"&LOWER($A4)) + SUM(Data!B2:B) + LOG10(C3) + "A1"`, "Channel scorecard");
    expect(references.map(({ sheet, firstRow, lastRow, firstColumn, lastColumn }) => [sheet, firstRow, lastRow, firstColumn, lastColumn])).toEqual([
      ["Channel data", 2, 1000, 4, 4],
      ["Social ROI keys", 2, 1000, 1, 1],
      ["Channel scorecard", 4, 4, 1, 1],
      ["Data", 2, null, 2, 2],
      ["Channel scorecard", 3, 3, 3, 3],
    ]);
  });

  it("are found past a sheet's grid", () => {
    const { workbook, spreadsheet } = emulate(workbookFile({ Data: [[1]], Sums: [] }));
    spreadsheet.getSheetByName("Sums")!.getRange("A1:B1").setFormulas([["=SUM(Data!A1:A1005)", "=SUM(Data!A:AB)"]]);
    expect(referencesOutsideTheGrid(workbook)).toEqual([
      "Sums, row 1, column 1: Data!A1:A1005 reads row 1005 of Data, which has 1000",
      "Sums, row 1, column 2: Data!A:AB reads column 28 of Data, which has 26",
    ]);
  });
});

describe("what the add-on writes stays within the grid", () => {
  it.each([5, 999])("a scorecard linked to %i source rows on a 1,000-row sheet", (rows) => {
    const session = linkedBuild(rows);
    expect(referencesOutsideTheGrid(session.workbook)).toEqual([]);
    // It reads the rows the source sheet has, all of them: rows added there are counted.
    expect(session.spreadsheet.getSheetByName("Social ROI keys")!.getMaxRows()).toBe(1000);
  });

  it("a scorecard linked to a source longer than a new sheet, broken down by campaign", () => {
    const session = linkedBuild(1500, {}, true);
    expect(session.workbook.sheet("Channel data")!.maxRows).toBe(1501);
    expect(referencesOutsideTheGrid(session.workbook)).toEqual([]);
  });

  it("a scorecard of typed values and its breakdown", () => {
    const session = linkedBuild(40, { linkToSource: false }, true);
    expect(referencesOutsideTheGrid(session.workbook)).toEqual([]);
  });

  it("budget plans from typed rates, from the selected data and from the scorecard", () => {
    const session = linkedBuild(60);
    buildPlan(session, { rates: "scorecard", split: "optimized" });
    expect(referencesOutsideTheGrid(session.workbook)).toEqual([]);
    buildPlan(session, { rates: "data", data: selectedData(session, "Channel data", "A1:I61"), split: "mix" });
    expect(referencesOutsideTheGrid(session.workbook)).toEqual([]);
    buildPlan(session, { rates: "typed", typed: [{ channel: "Facebook", ctr: 0.02, conversionRate: 0.02, cpm: 2, share: 1 }], split: "typed" });
    expect(referencesOutsideTheGrid(session.workbook)).toEqual([]);
  });
});
