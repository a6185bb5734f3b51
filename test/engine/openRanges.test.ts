// Open-ended ("H2:H") and whole-column ("B:B") ranges, typed as in Sheets: computed over the data,
// following rows added below, shown back as typed, and never a million blank rows.
import { describe, expect, it } from "vitest";
import { fromEngineFormula, toEngineFormula } from "../../playground/engine/openRanges";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import type { CellView, WorkbookFile } from "../../playground/runtime/contract";

const SAMPLE_ROWS = sampleWorkbook().sheets[0].cells.slice(1) as (string | number)[][];

function opened(workbook: WorkbookFile = sampleWorkbook()) {
  const session = createSession({ workbook });
  const sheet = (name: string) => session.view().sheets.find((s) => s.name === name)!;
  const column = (name: string, index: number): CellView[] => sheet(name).cells.map((row) => row[index]);
  return { session, sheet, column };
}

describe("typed formulas with open-ended ranges", () => {
  it.each([
    ["=ROI(H2:H, B2:B)", "=ROI(OPEN.RANGE(H2, H:H), OPEN.RANGE(B2, B:B))"],
    ["=SUM('Channel data'!$B$2:$B)", "=SUM(OPEN.RANGE('Channel data'!$B$2, 'Channel data'!$B:$B))"],
    ["=CPA(B2:C, 5)", "=CPA(OPEN.RANGE(B2, B:C), 5)"],
    ['=IF(A2="B2:B", 1, 0)', '=IF(A2="B2:B", 1, 0)'],
    ["=CPA(B:B, G:G)", "=CPA(B:B, G:G)"],
    ["=SUM(A1:B2)", "=SUM(A1:B2)"],
    ["B2:B", "B2:B"],
  ])("%s reaches the engine as %s, and reads back as typed", (typed, engine) => {
    expect(toEngineFormula(typed)).toBe(engine);
    expect(fromEngineFormula(engine)).toBe(typed);
  });
});

describe("open-ended ranges on the sample's channel data", () => {
  it("=ROI(H2:H, B2:B) fills the column, one net ROI per channel, and stops at the data", () => {
    const { session, sheet, column } = opened();
    session.editCell("Channel data", "I2", "=ROI(H2:H, B2:B)");
    const expected = SAMPLE_ROWS.map((row) => ((row[7] as number) - (row[1] as number)) / (row[1] as number));
    const shown = column("Channel data", 8).slice(1);
    expect(shown.map((cell) => cell.value)).toHaveLength(expected.length);
    shown.forEach((cell, i) => expect(cell.value).toBeCloseTo(expected[i], 12));
    expect(sheet("Channel data").cells).toHaveLength(SAMPLE_ROWS.length + 1);
    expect(shown.map((cell) => cell.input)).toEqual(["=ROI(H2:H, B2:B)", ...expected.slice(1).map(() => "")]);
    expect(session.serialize().sheets[0].cells[1][8]).toBe("=ROI(H2:H, B2:B)");
  });

  it("follows a channel added below the data, and leaves blank rows blank", () => {
    const { session, column } = opened();
    session.editCell("Channel data", "I2", "=CPA(B2:B, G2:G)");
    const newRow = SAMPLE_ROWS.length + 4; // header, 7 channels, two blank rows, then Snapchat
    session.editCell("Channel data", `A${newRow}`, "Snapchat");
    session.editCell("Channel data", `B${newRow}`, "1500");
    session.editCell("Channel data", `G${newRow}`, "60");
    const results = column("Channel data", 8).slice(1).map((cell) => cell.value);
    const expected = SAMPLE_ROWS.map((row) => (row[1] as number) / (row[6] as number));
    expect(results).toHaveLength(newRow - 1);
    results.slice(0, SAMPLE_ROWS.length).forEach((value, i) => expect(value).toBeCloseTo(expected[i], 12));
    expect(results.slice(SAMPLE_ROWS.length)).toEqual(["", "", 1500 / 60]);
  });

  it("a native function over an open range sums the column as it grows", () => {
    const { session, column } = opened();
    session.editCell("Channel data", "K1", "=SUM(B2:B)");
    const budgets = SAMPLE_ROWS.reduce((sum, row) => sum + (row[1] as number), 0);
    expect(column("Channel data", 10)[0].value).toBe(budgets);
    session.editCell("Channel data", "B20", "1000");
    expect(column("Channel data", 10)[0].value).toBe(budgets + 1000);
  });

  it("follows edits inside the data, then a row added below, then the last row cleared", () => {
    const { session, column } = opened();
    session.editCell("Channel data", "I2", "=CPA(B2:B, G2:G)");
    session.editCell("Channel data", "K1", "=SUM(B2:B)");
    const budgets = SAMPLE_ROWS.map((row) => row[1] as number);
    const conversions = SAMPLE_ROWS.map((row) => row[6] as number);
    session.editCell("Channel data", "B3", "2000");
    budgets[1] = 2000;
    const cpas = () => column("Channel data", 8).slice(1).map((cell) => cell.value);
    expect(cpas()).toHaveLength(SAMPLE_ROWS.length);
    cpas().forEach((value, i) => expect(value).toBeCloseTo(budgets[i] / conversions[i], 12));
    const below = SAMPLE_ROWS.length + 2;
    session.editCells("Channel data", `B${below}`, [["900", "", "", "", "", "30"]]);
    expect(cpas()).toHaveLength(below - 1);
    expect(cpas()[below - 2]).toBeCloseTo(900 / 30, 12);
    expect(column("Channel data", 10)[0].value).toBeCloseTo(budgets.reduce((sum, budget) => sum + budget, 900), 9);
    session.editCells("Channel data", `B${below}`, [["", "", "", "", "", ""]]);
    expect(cpas()[below - 2] ?? "").toBe("");
    expect(column("Channel data", 10)[0].value).toBeCloseTo(budgets.reduce((sum, budget) => sum + budget, 0), 9);
  });

  it("keeps the view the size of the data: no row grows from an open range's blank end", () => {
    const { session, sheet } = opened();
    session.editCell("Channel data", "I2", "=ROAS(H2:H, B2:B)");
    session.editCell("Channel data", "J2", "=SUM(C2:C)");
    expect(sheet("Channel data").cells).toHaveLength(SAMPLE_ROWS.length + 1);
  });

  it("a saved workbook with open ranges opens with results down to its last row", () => {
    const { session } = opened();
    session.editCell("Channel data", "I2", "=ROI(H2:H, B2:B)");
    const reopened = opened(session.serialize());
    expect(reopened.column("Channel data", 8).slice(1).every((cell) => typeof cell.value === "number")).toBe(true);
    expect(reopened.sheet("Channel data").cells).toHaveLength(SAMPLE_ROWS.length + 1);
  });
});

describe("whole columns", () => {
  const figures: WorkbookFile = {
    version: 1,
    locale: "en_US",
    sheets: [{ name: "Spend", cells: [[900, 30], [1200, 0], [null, null], [450, 9]], formats: [], frozenRows: 0, metadata: [] }],
    active: { sheet: "Spend", range: "A1" },
  };

  it("=CPA(A:A, B:B) gives one result per row: blank for blank rows and for no conversions", () => {
    const { session, column } = opened(figures);
    session.editCell("Spend", "D1", "=CPA(A:A, B:B)");
    expect(column("Spend", 3).map((cell) => cell.value)).toEqual([900 / 30, "", "", 450 / 9]);
    expect(column("Spend", 3)[0].input).toBe("=CPA(A:A, B:B)");
  });

  it("a whole column that takes in its header row names the header as the problem", () => {
    const { session, column } = opened();
    session.editCell("Channel data", "K2", "=CPA(B:B, G:G)");
    expect(column("Channel data", 10)[1]).toMatchObject({
      value: "#ERROR!",
      error: "CPA: cost in row 1 of the range is the text 'Budget' (a header?); start the range below the header, such as B2:B rather than B:B.",
    });
  });
});

describe("a wrong number of arguments", () => {
  it.each([
    ["=ROI(100)", "ROI takes 2 or 3 arguments: gain, cost, [margin]."],
    ["=ROI(1, 2, 3, 4)", "ROI takes 2 or 3 arguments: gain, cost, [margin]."],
    ["=CPA(5000)", "CPA takes 2 arguments: cost, conversions."],
    ["=BUDGET(1000, 2%, 2%)", "BUDGET takes 4 arguments: goal, conversion_rate, ctr, cpm."],
  ])("%s: %s", (formula, message) => {
    const { session, column } = opened();
    session.editCell("Channel data", "K2", formula);
    expect(column("Channel data", 10)[1]).toMatchObject({ value: "#N/A", error: message });
  });
});

describe("several open-ended ranges in one formula", () => {
  it("each reads its own sheet down to its own data, as the check over several sources adds them", () => {
    const workbook: WorkbookFile = {
      version: 1,
      locale: "en_US",
      sheets: [
        { name: "Long", cells: [["Title"], ["Spend"], [100], [20], [3]], formats: [], frozenRows: 0, metadata: [] },
        { name: "Short", cells: [["Spend"], [1000]], formats: [], frozenRows: 0, metadata: [] },
        { name: "Check", cells: [[""]], formats: [], frozenRows: 0, metadata: [] },
      ],
      active: { sheet: "Check", range: "A1" },
    };
    const { session, column } = opened(workbook);
    session.editCell("Check", "A1", "=SUM(Long!$A$3:$A)+SUM(Short!$A$2:$A)*2");
    session.editCell("Check", "A2", "=SUM(Short!$A$2:$A)*2+SUM(Long!$A$3:$A)");
    expect(column("Check", 0).map((cell) => cell.value)).toEqual([100 + 20 + 3 + 2000, 2000 + 100 + 20 + 3]);
  });
});
