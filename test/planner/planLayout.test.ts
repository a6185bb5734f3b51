// The budget plan read as Sheets shows it: its result at the top beside the inputs, each channel's
// budget next to its name, and every label whole at the column widths the add-on sets.
import { describe, expect, it } from "vitest";
import type { SheetView } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { buildFromSelection } from "../addon/scorecardSession";
import { buildPlan } from "./planSession";

// Wider than most characters of Arial at 10 points (bold ones included), plus the cell's padding: a
// label within this estimate is shown whole.
const CHARACTER_WIDTH = 7;
const PADDING = 6;
const shownWidth = (text: string) => text.length * CHARACTER_WIDTH + PADDING;

function optimizedPlanOnScorecard(userLocale: "en" | "fr"): SheetView {
  const session = createSession({ workbook: sampleWorkbook(), userLocale });
  buildFromSelection(session, "Channel data", "A1:H8", { targetRoi: 0.2 });
  buildPlan(session, { goal: { kind: "sales", value: 1000 }, rates: "scorecard", split: "optimized", cap: 2 });
  return session.view().sheets.find((sheet) => sheet.name === (userLocale === "fr" ? "Plan budgétaire" : "Budget plan"))!;
}

/**
 * The texts that Sheets cuts at their column's edge: those with a value right of them, and any in a
 * frozen column (a lone text elsewhere runs on into blank cells, but never past the frozen column).
 */
function cutLabels(sheet: SheetView): string[] {
  return sheet.cells.flatMap((row, r) =>
    row.flatMap((cell, c) => {
      const text = cell.display;
      const next = row[c + 1]?.display ?? "";
      const isText = typeof cell.value === "string" && !cell.numeric;
      const width = sheet.columnWidths[c] ?? 100;
      const cut = next !== "" || c < sheet.frozenColumns;
      return isText && text !== "" && cut && shownWidth(text) > width ? [`${text} (row ${r + 1}, ${width} px)`] : [];
    }),
  );
}

describe.each(["en", "fr"] as const)("an optimized plan on the scorecard's rates (%s)", (userLocale) => {
  const sheet = optimizedPlanOnScorecard(userLocale);

  it("shows every label and header whole at the widths it sets", () => {
    expect(cutLabels(sheet)).toEqual([]);
  });

  it("keeps the channel column and the inputs' labels narrow enough to leave room for the figures", () => {
    expect(sheet.columnWidths[0]).toBeLessThanOrEqual(300);
  });
});

describe("the plan's top rows", () => {
  const sheet = optimizedPlanOnScorecard("en");
  const text = (row: number, column: number) => sheet.cells[row - 1][column - 1].display;

  it("shows the total budget, the results and the saving beside the inputs, as the totals and the saving below say", () => {
    const headerRow = sheet.cells.findIndex((row) => row[0].display === "Channel") + 1;
    const totalsRow = sheet.cells.findIndex((row, r) => r >= headerRow && row[0].display === "Total") + 1;
    const column = (header: string) => sheet.cells[headerRow - 1].findIndex((cell) => cell.display === header) + 1;
    const saved = sheet.cells.find((row) => row[0].display === "Saved for the same goal")![1].display;
    expect([2, 3, 4].map((row) => [text(row, 4), text(row, 5)])).toEqual([
      ["Total budget", text(totalsRow, column("Budget"))],
      ["Results planned", text(totalsRow, column("Results"))],
      ["Saved vs today's mix", saved],
    ]);
    expect(text(3, 5)).toBe("1,000");
    expect(sheet.cells[1][4].bold).toBe(true);
  });

  it("has each channel's budget right of its name, its results next", () => {
    const headerRow = sheet.cells.findIndex((row) => row[0].display === "Channel");
    expect(sheet.cells[headerRow].slice(0, 3).map((cell) => cell.display)).toEqual(["Channel", "Budget", "Results"]);
    expect(sheet.cells[headerRow + 1][1].display).toMatch(/^€[\d,]+\.\d\d$/);
  });
});
