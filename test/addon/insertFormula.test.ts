// Insert in the function reference writes over a value or a blank cell, but over a formula only
// once the user agreed to replace that formula in that cell.
import { describe, expect, it } from "vitest";
import { createSession, workbookWith } from "./scorecardSession";

const SHEET = "Q3 spend";
// A total formula, a typed budget, text that only looks like a formula, and a blank cell.
const opened = () =>
  createSession({ workbook: workbookWith(SHEET, [["Channel", "Budget"], ["Facebook", 1200], ["Instagram", 800], ["Total", "=SUM(B2:B3)"], ["Note", "'=SUM(B2:B3)"]]) });

const insert = (session: ReturnType<typeof opened>, at: string, replacing?: string) => {
  session.select(SHEET, at);
  return session.runServerFunction("insertFormula", replacing === undefined ? ["=CPA(5000, 1000)"] : ["=CPA(5000, 1000)", replacing]);
};

const inputAt = (session: ReturnType<typeof opened>, row: number, column: number) => session.view().sheets[0].cells[row - 1][column - 1].input;

describe("Insert from the function reference", () => {
  it("writes into a blank cell without asking", () => {
    const session = opened();
    expect(insert(session, "C2")).toEqual({ status: "inserted", cell: "'Q3 spend'!C2" });
    expect(inputAt(session, 2, 3)).toBe("=CPA(5000, 1000)");
    expect(session.view().sheets[0].cells[1][2].value).toBe(5000 / 1000);
  });

  it("writes over a typed value, or text that only looks like a formula, without asking", () => {
    const session = opened();
    expect(insert(session, "B2")).toEqual({ status: "inserted", cell: "'Q3 spend'!B2" });
    expect(insert(session, "B5")).toEqual({ status: "inserted", cell: "'Q3 spend'!B5" });
    expect([inputAt(session, 2, 2), inputAt(session, 5, 2)]).toEqual(["=CPA(5000, 1000)", "=CPA(5000, 1000)"]);
  });

  it("asks before replacing a formula, naming it, and writes nothing meanwhile", () => {
    const session = opened();
    const before = session.serialize();
    expect(insert(session, "B4")).toEqual({ status: "holdsFormula", cell: "'Q3 spend'!B4", formula: "=SUM(B2:B3)" });
    expect(session.serialize()).toEqual({ ...before, active: { sheet: SHEET, range: "B4" } });
    expect(session.view().sheets[0].cells[3][1].value).toBe(1200 + 800);
  });

  it("replaces the formula once the user agreed for that cell", () => {
    const session = opened();
    expect(insert(session, "B4", "'Q3 spend'!B4")).toEqual({ status: "inserted", cell: "'Q3 spend'!B4" });
    expect(inputAt(session, 4, 2)).toBe("=CPA(5000, 1000)");
  });

  it("asks again when the selection moved to another formula since the user agreed", () => {
    const session = opened();
    session.editCell(SHEET, "C4", "=B4*2");
    expect(insert(session, "C4", "'Q3 spend'!B4")).toEqual({ status: "holdsFormula", cell: "'Q3 spend'!C4", formula: "=B4*2" });
    expect(inputAt(session, 4, 3)).toBe("=B4*2");
  });
});

describe("Insert the native form", () => {
  it("writes the example as native formulas with the same value, formatted for its result", () => {
    const session = opened();
    session.select(SHEET, "C2");
    expect(session.runServerFunction("insertFormula", ["=IMPRESSIONS_NEEDED(1000, 2%, 2%)", null, true])).toEqual({ status: "inserted", cell: "'Q3 spend'!C2" });
    const cell = session.view().sheets[0].cells[1][2];
    expect(cell.input).toMatch(/^=IF\(1000\/2%\/2%>0, ROUNDUP\(/);
    expect(cell.input).not.toMatch(/IMPRESSIONS_NEEDED/);
    expect(cell.value).toBe(2_500_000);
    expect(cell.display).toBe("2,500,000");
  });

  it("still refuses a formula that is not a call of ours", () => {
    const session = opened();
    session.select(SHEET, "C2");
    expect(() => session.runServerFunction("insertFormula", ["=SUM(B2:B3)", null, true])).toThrow(/SUM/);
  });
});
