// A breakdown adds rows to the scorecard, never service calls: its sections are written with the channel table.
import { describe, expect, it } from "vitest";
import type { SelectionData } from "../../src/scorecard/request";
import { createSession, requestFrom, workbookWith } from "./scorecardSession";

function callsToBuild(channels: number, breakdown: number[], linkToSource = false): Record<string, number> {
  const rows = Array.from({ length: channels }, (_, i) => [`Channel ${i + 1}`, `Campaign ${i % 13}`, `Owner ${i % 5}`, 100 + i, 10 + (i % 7), 500 + 3 * i]);
  const session = createSession({ workbook: workbookWith("Export", [["Channel", "Campaign", "Owner", "Spend", "Conversions", "Revenue"], ...rows]) });
  const range = `A1:F${channels + 1}`;
  session.select("Export", range);
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  session.resetServiceCalls();
  session.runServerFunction("buildScorecard", [{ ...requestFrom(selection, { linkToSource }), breakdown }]);
  return session.serviceCalls().byName;
}

describe("the service-call budget of a build with a breakdown", () => {
  it("is the same for 5 channels as for 400 (with their sections, past the sheet's first 1,000 rows), one write per kind of cell data", () => {
    const five = callsToBuild(5, [1, 2]);
    // 400 channels: the channel table, 400 subtotals and 400 sub-rows, 13 campaigns and 5 owners.
    expect(callsToBuild(400, [1, 2])).toEqual({ ...five, "Sheet.insertRowsAfter": 1 });
    expect([five["Range.setValues"], five["Range.setNumberFormats"], five["Range.setFontWeights"]]).toEqual([1, 1, 1]);
    // The share columns' widths aside, as many calls as without a breakdown.
    const { "Sheet.setColumnWidths": _, ...others } = five;
    const { "Sheet.setColumnWidths": __, ...plain } = callsToBuild(5, []);
    expect(others).toEqual(plain);
  }, 120_000);

  it("is the same for a linked build", () => {
    expect(callsToBuild(100, [1, 2], true)).toEqual(callsToBuild(5, [1, 2], true));
  }, 120_000);
});
