// The verdict rule on row 2 of the scorecard reads whole on the sheet, without the formula bar:
// merged across the columns a screen shows right of the options, wrapped, on a row tall enough for
// its lines, the build's date and source wrapped beside it.
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import type { SelectionData } from "../../src/scorecard/request";
import { buildFromSelection, requestFrom } from "./scorecardSession";

// Wider than most characters of 10-point Arial, and a wrapped line's height, in pixels.
const CHARACTER_WIDTH = 7;
const LINE_HEIGHT = 16;

function builtNote(build: (session: ReturnType<typeof createSession>) => void) {
  const session = createSession({ workbook: sampleWorkbook() });
  build(session);
  const sheet = session.view().sheets.find((s) => s.name === "Channel scorecard")!;
  const column = sheet.cells[1].findIndex((cell) => String(cell.value).startsWith("Verdict: "));
  return { sheet, column, note: String(sheet.cells[1][column].value) };
}

describe("the verdict note on row 2", () => {
  const { sheet, column, note } = builtNote((session) => buildFromSelection(session, "Channel data", "A1:H8", { targetRoi: null }));

  const [merge] = sheet.merges;
  const widthOf = (first: number, count: number) => Array.from({ length: count }, (_, i) => sheet.columnWidths[first + i] ?? 100).reduce((a, b) => a + b, 0);

  it("spans from its cell about a laptop screen's width right of the options, wrapped, the build's date wrapped beside it", () => {
    expect(note).toMatch(/^Verdict: Scale up at or above the target ROI, Cut below 0%, Keep between\. With no target typed in B2, /);
    expect(sheet.merges).toHaveLength(1);
    expect([merge.row, merge.column, merge.rows]).toEqual([1, column, 1]);
    expect(widthOf(column, merge.columns)).toBeGreaterThanOrEqual(440);
    expect(widthOf(0, column + merge.columns)).toBeLessThanOrEqual(1440 - 300);
    expect([sheet.cells[1][column].wrap, sheet.cells[1][column - 1].wrap]).toEqual([true, true]);
    expect(sheet.cells[1][column - 1].value).toMatch(/^Built on /);
  });

  it("is on a row tall enough for all its lines at the merged width, and the date's at its column's", () => {
    const lines = Math.ceil((note.length * CHARACTER_WIDTH) / widthOf(column, merge.columns));
    const builtOn = String(sheet.cells[1][column - 1].value);
    const dateLines = Math.ceil((builtOn.length * CHARACTER_WIDTH) / widthOf(column - 1, 1));
    expect(lines).toBeGreaterThan(1);
    expect(sheet.rowHeights[1]).toBeGreaterThanOrEqual(Math.max(lines, dateLines) * LINE_HEIGHT);
    // Only row 2 is taller: the header and the channels keep Sheets' height.
    expect(Object.keys(sheet.rowHeights)).toEqual(["1"]);
  });

  it("is merged again on a rebuild, and with a breakdown, right of the frozen label columns", () => {
    const { sheet: rebuilt, column: again } = builtNote((session) => {
      buildFromSelection(session, "Channel data", "A1:H8");
      buildFromSelection(session, "Channel data", "A1:H8");
    });
    expect(rebuilt.merges).toHaveLength(1);
    expect(rebuilt.merges[0].column).toBe(again);
    const { sheet: brokenDown, column: noteColumn } = builtNote((session) => {
      session.select("Campaign data", "A1:G13");
      const selection = session.runServerFunction("readSelection", []) as SelectionData;
      session.runServerFunction("buildScorecard", [{ ...requestFrom(selection), breakdown: [selection.headers.indexOf("Campaign")] }]);
    });
    expect(brokenDown.frozenColumns).toBe(2);
    expect(noteColumn).toBeGreaterThanOrEqual(brokenDown.frozenColumns);
    expect(brokenDown.merges[0].column).toBe(noteColumn);
  });
});
