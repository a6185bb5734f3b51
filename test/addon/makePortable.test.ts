// Extensions > Social ROI > Make portable, through the built add-on in the emulation: our calls
// become native formulas with the same values, their originals kept in the notes, and Restore
// puts them back.
import { describe, expect, it } from "vitest";
import type { WorkbookFile } from "../../playground/runtime/contract";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { FUNCTIONS } from "../../src/functions";
import type { PortableReport } from "../../src/portable/report";
import { createSession, sheetValues, workbookWith } from "./scorecardSession";

const EXAMPLES = "Worked examples";
const OUR_CALL = new RegExp(`\\b(${FUNCTIONS.map((fn) => fn.name).join("|")})\\(`, "i");

type Session = ReturnType<typeof createSession>;

const run = (session: Session, name: string, scope: string) => session.runServerFunction(name, [scope]) as PortableReport;
const sheetFile = (session: Session, name: string) => session.serialize().sheets.find((sheet) => sheet.name === name)!;
const formulasOf = (session: Session, name: string) => sheetFile(session, name).cells.map((row) => row.map((cell) => (typeof cell === "string" && cell.startsWith("=") ? cell : "")));
const notesOf = (session: Session, name: string) => sheetFile(session, name).notes ?? [];
const displayOf = (session: Session, name: string) => session.view().sheets.find((sheet) => sheet.name === name)!.cells.map((row) => row.map((cell) => cell.display));

function opened(workbook: WorkbookFile, sheet: string): Session {
  const session = createSession({ workbook });
  session.select(sheet, "A1");
  session.runMenuItem("showMakePortable");
  return session;
}

describe("Make portable on the sample's worked examples", () => {
  const session = opened(sampleWorkbook(), EXAMPLES);
  const valuesBefore = sheetValues(session, EXAMPLES);
  const formulasBefore = formulasOf(session, EXAMPLES);
  const ourCells = ["B6", "B7", "B8", "B9", "B15", "B16", "B17", "B24", "B27", "B28"];

  it("opens its sidebar from the menu", () => {
    expect(session.sidebarHtml()).toContain('data-view="portable"');
  });

  it("previews each call it will rewrite, writing nothing", () => {
    const preview = run(session, "previewPortable", "sheet");
    expect(preview.changes.map((change) => change.cell)).toEqual(ourCells);
    expect(preview.changes[0]).toMatchObject({ sheet: EXAMPLES, before: "=VISITORS_NEEDED(B2, B3)" });
    expect(preview.changes.every((change) => !OUR_CALL.test(change.after))).toBe(true);
    expect(preview.left).toEqual([]);
    expect(formulasOf(session, EXAMPLES)).toEqual(formulasBefore);
  });

  it("rewrites them into native formulas with the same values, the originals in the notes", () => {
    const made = run(session, "makePortable", "sheet");
    expect(made.changes.map((change) => change.cell)).toEqual(ourCells);
    const formulas = formulasOf(session, EXAMPLES);
    expect(formulas.flat().filter((formula) => OUR_CALL.test(formula))).toEqual([]);
    expect(sheetValues(session, EXAMPLES)).toEqual(valuesBefore);
    // The source's figures, from native formulas now.
    const values = sheetValues(session, EXAMPLES);
    expect([values[5][1], values[6][1], values[7][1], values[8][1], values[14][1], values[16][1]]).toEqual([50_000, 2_500_000, 5_000, 5, 9, 10]);
    expect(notesOf(session, EXAMPLES)[5][1]).toMatch(/^Social ROI.*=VISITORS_NEEDED\(B2, B3\)$/);
  });

  it("puts the original formulas back with Restore our functions, notes removed", () => {
    const restored = run(session, "restoreFunctions", "sheet");
    expect(restored.changes.map((change) => change.cell)).toEqual(ourCells);
    expect(formulasOf(session, EXAMPLES)).toEqual(formulasBefore);
    expect(notesOf(session, EXAMPLES).flat().filter(Boolean)).toEqual([]);
    expect(sheetValues(session, EXAMPLES)).toEqual(valuesBefore);
  });
});

// A sheet of range formulas as a marketer writes them: one formula per column, spilling down.
const CHANNELS = [
  ["Channel", "Spend", "Conversions", "Revenue", "CPA", "ROI at 40%", "Note"],
  ["Facebook", 4200, 210, 12_600, "=CPA(B2:B8, C2:C8)", "=ROI(D2:D8, B2:B8, 40%)", "checked"],
  ["Instagram", 3100, 120, 8400, null, null, null],
  ["LinkedIn", 2500, 0, 0, null, null, null],
  ["X", 1200, 22, 990, null, null, null],
  ["TikTok", null, 95, 4750, null, null, null],
  ["YouTube", 3600, 70, 4000, null, null, null],
  ["Pinterest", 900, 30, 1800, null, null, null],
  [null, null, null, null, null, null, null],
  ["Best CPA", "=MIN(E2:E8)", "CPA of the total", "=ROUND(CPA(SUM(B2:B8), SUM(C2:C8)), 2)", "=ROI(CPA(B2, C2), 3)", null, null],
];

describe("Make portable on a sheet of range formulas", () => {
  const workbook = workbookWith("Channels", CHANNELS);
  workbook.sheets[0].notes = [[], [null, null, null, null, "Per channel, blank without conversions"]];
  const session = opened(workbook, "Channels");
  const valuesBefore = sheetValues(session, "Channels");

  it("rewrites the spilled calls and the one inside a native formula, and says why it leaves a nested one", () => {
    const made = run(session, "makePortable", "sheet");
    expect(made.changes.map((change) => change.cell)).toEqual(["E2", "F2", "D10"]);
    expect(made.left).toEqual([{ sheet: "Channels", cell: "E10", formula: "=ROI(CPA(B2, C2), 3)", problem: "CPA is inside ROI; rewrite that one by hand" }]);
    expect(formulasOf(session, "Channels")[1][4]).toMatch(/^=ARRAYFORMULA\(/);
    // Same values everywhere, the blanks of LinkedIn's zero conversions and TikTok's missing spend included.
    expect(sheetValues(session, "Channels")).toEqual(valuesBefore);
    expect(valuesBefore[3][4]).toBe("");
    expect(valuesBefore[5][4]).toBe("");
    // The user's note stays, below the original formula.
    expect(notesOf(session, "Channels")[1][4]).toMatch(/^Social ROI.*=CPA\(B2:B8, C2:C8\)\nPer channel, blank without conversions$/);
  });

  it("restores only the cells still holding the formula it wrote", () => {
    session.editCell("Channels", "F2", "=D2:D8");
    const restored = run(session, "restoreFunctions", "sheet");
    expect(restored.changes.map((change) => change.cell)).toEqual(["E2", "D10"]);
    expect(restored.left.map((cell) => [cell.cell, cell.problem])).toEqual([["F2", "changed since Make portable; its original was =ROI(D2:D8, B2:B8, 40%)"]]);
    expect(formulasOf(session, "Channels")[1][4]).toBe("=CPA(B2:B8, C2:C8)");
    expect(notesOf(session, "Channels")[1][4]).toBe("Per channel, blank without conversions");
  });
});

describe("Make portable in a French spreadsheet", () => {
  it("reads and writes the English formulas Apps Script gives, and shows the same figures", () => {
    const workbook = sampleWorkbook();
    workbook.locale = "fr_FR";
    const session = opened(workbook, EXAMPLES);
    const shownBefore = displayOf(session, EXAMPLES);
    expect(shownBefore[8][1]).toMatch(/5,00/);
    const made = run(session, "makePortable", "spreadsheet");
    expect(made.changes.filter((change) => change.sheet === EXAMPLES)).toHaveLength(10);
    expect(displayOf(session, EXAMPLES)).toEqual(shownBefore);
  });
});

describe("service calls", () => {
  /** Calls to rewrite a column of per-row formulas, rows long. */
  function callsFor(rows: number): Record<string, number> {
    const cells = [["Spend", "Conversions", "CPA"], ...Array.from({ length: rows }, (_, r) => [100 + r, 1 + (r % 7), `=CPA(A${r + 2}, B${r + 2})`])];
    const session = opened(workbookWith("Rows", cells), "Rows");
    session.resetServiceCalls();
    run(session, "makePortable", "sheet");
    return session.serviceCalls().byName;
  }

  it("do not grow with the cells rewritten: one read and one write of each kind per block", () => {
    const few = callsFor(3);
    expect(callsFor(300)).toEqual(few);
    expect(few).toMatchObject({ "Range.getFormulas": 1, "Range.getNotes": 1, "Range.setFormulas": 1, "Range.setNotes": 1 });
  });
});
