import { describe, expect, it } from "vitest";
import { parseTargetRoi } from "../../src/scorecard/targetRoi";
import { canLinkToSource, firstRowNumber, scorecardRequest } from "../../src/sidebar/scorecard/request";
import { addRow, setBreakdown, setCell, tableFromSelection, typedTable } from "../../src/sidebar/scorecard/table";

const selection = (hasHeader = true) =>
  tableFromSelection({
    sheetName: "Channel data", rangeA1: "B3:D5", firstRow: 3, firstColumn: 2, hasHeader,
    headers: ["Channel", "Spend", "Notes"],
    rows: [["Facebook", 10, "a"], ["X", 20, "b"]],
    mapping: { channel: 0, budget: 1 },
    breakdown: [],
    convention: ".", report: { headerRow: 0, linesAbove: 0, decisions: [], derived: [], numbers: [], empty: [], currency: { kind: "none" }, dates: [], repeated: [] },
  });

const OPTIONS = { targetRoi: 0.2, chart: false, linkToSource: true };
const MARKS: ("." | "," | null)[] = [".", ".", "."];

describe("the target ROI as typed", () => {
  it("reads a percentage with or without its sign and space", () => {
    expect(["20", "20%", "20 %", " 20% ", "-5%", "0", "12,5", "12.5 %"].map(parseTargetRoi)).toEqual([0.2, 0.2, 0.2, 0.2, -0.05, 0, 0.125, 0.125]);
  });

  it("reads nothing else", () => {
    expect(["", "twenty", "20%%", "2 0", "%"].map(parseTargetRoi)).toEqual([null, null, null, null, null]);
  });
});

describe("the request the sidebar sends", () => {
  it("carries the rows, the mapping, the columns to break down by, the source and the options", () => {
    const table = setBreakdown(selection(), 0, 2);
    expect(scorecardRequest(table, OPTIONS, MARKS)).toEqual({
      headers: ["Channel", "Spend", "Notes"],
      rows: [["Facebook", 10, "a"], ["X", 20, "b"]],
      mapping: { channel: 0, budget: 1 },
      breakdown: [2],
      decimalMarks: MARKS,
      source: { sheetName: "Channel data", rangeA1: "B3:D5", firstRow: 3, firstColumn: 2, hasHeader: true },
      options: OPTIONS,
    });
  });

  it("keeps the link for edited cells, whose figures then come from the source", () => {
    expect(scorecardRequest(setCell(selection(), 0, 1, "99"), OPTIONS, MARKS).options.linkToSource).toBe(true);
    expect(scorecardRequest(selection(), { ...OPTIONS, linkToSource: false }, MARKS).options.linkToSource).toBe(false);
  });

  it("never links typed rows, nor rows added or deleted since the selection was read", () => {
    const typed = typedTable((field) => field);
    expect(canLinkToSource(typed)).toBe(false);
    expect(scorecardRequest(typed, OPTIONS, MARKS)).toMatchObject({ source: null, options: { linkToSource: false } });
    expect(canLinkToSource(addRow(selection()))).toBe(false);
    expect(scorecardRequest(addRow(selection()), OPTIONS, MARKS).options.linkToSource).toBe(false);
  });

  it("is plain JSON, as google.script.run requires", () => {
    const request = scorecardRequest(selection(), OPTIONS, MARKS);
    expect(JSON.parse(JSON.stringify(request))).toEqual(request);
  });

  it("numbers the first data row as the sheet does", () => {
    expect(firstRowNumber(selection())).toBe(4);
    expect(firstRowNumber(selection(false))).toBe(3);
    expect(firstRowNumber(typedTable((field) => field))).toBe(1);
  });
});
