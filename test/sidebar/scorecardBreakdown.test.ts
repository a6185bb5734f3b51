// The sidebar's "Break down by" choices, as edits of the table the sidebar sends.
import { describe, expect, it } from "vitest";
import { mapColumn, setBreakdown, tableFromSelection } from "../../src/sidebar/scorecard/table";

const selection = () =>
  tableFromSelection({
    sheetName: "Campaign data", rangeA1: "A1:F3", firstRow: 1, firstColumn: 1, hasHeader: true,
    headers: ["Network", "Campaign", "Owner", "Region", "Spend", "Conversions"],
    rows: [["Facebook", "Spring sale", "Camille", "North", 1800, 96], ["Instagram", "Spring sale", "Inès", "South", 1600, 62]],
    mapping: { channel: 0, budget: 4, conversions: 5 },
    breakdown: [1, 2],
    convention: ".", report: { headerRow: 0, linesAbove: 0, decisions: [], derived: [], numbers: [], empty: [], currency: { kind: "none" }, dates: [], repeated: [] },
  });

describe("the columns to break down by", () => {
  it("start as suggested from the selection's headers", () => {
    expect(selection().breakdown).toEqual([1, 2]);
  });

  it("are changed, added and removed by position, each column once", () => {
    expect(setBreakdown(selection(), 0, 3).breakdown).toEqual([3, 2]);
    expect(setBreakdown(selection(), 2, 3).breakdown).toEqual([1, 2, 3]);
    expect(setBreakdown(selection(), 0, null).breakdown).toEqual([2]);
    // Choosing a column already chosen later moves it up.
    expect(setBreakdown(selection(), 0, 2).breakdown).toEqual([2]);
  });

  it("lose a column the user maps to a field, which can no longer be a breakdown", () => {
    expect(mapColumn(selection(), 2, "leads").breakdown).toEqual([1]);
    expect(mapColumn(selection(), 3, null).breakdown).toEqual([1, 2]);
  });
});
