// A live period section, built as the command line's --out builds it: each period's cells are SUMIFS
// over the data sheet's days between the period's From and To cells, so that a row added to the
// source counts in its week at once, and a row dated after the last week shows as spent outside the
// periods. The changes are coloured by what is good, and the top of the sheet shows the last week
// against the one before.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFromCsv } from "../../playground/cli/buildFromCsv";
import { readCsv } from "../../src/import/csv";
import type { CellView } from "../../playground/runtime/contract";
import { META_DAYS, mondayOf, PERIOD_FIXTURES, sumsBy } from "./periodFixtures";

const FILE = `${PERIOD_FIXTURES}meta-reporting-days.csv`;
const DATA_SHEET = "meta-reporting-days";
const RED = "#fce8e6";
const GREEN = "#e6f4ea";

function built() {
  const build = buildFromCsv(FILE, readCsv(readFileSync(FILE)), {
    choices: () => ({}),
    scorecard: { targetRoi: null, byPeriod: "week" },
    breakdown: () => [],
    writesWorkbook: true,
  });
  const periods = build.result.periods!;
  const cells = (): CellView[][] => build.session.usedCells(build.result.sheetName);
  const header = () => cells()[periods.layout.headerRow - 1].map((cell) => cell.value);
  const column = (name: string) => header().indexOf(name);
  /** The rows of the week starting on `monday`: its total (its first day in column A), then its channels. */
  const week = (monday: string) => {
    const rows = cells().slice(periods.layout.firstRow - 1, periods.layout.lastRow);
    const at = rows.findIndex((row) => row[0].display === monday);
    const next = rows.findIndex((row, i) => i > at && typeof row[0].value === "number");
    return rows.slice(at, next < 0 ? undefined : next);
  };
  // Its check, above the changes: the figure right of its label.
  const spendOutside = () => {
    const title = cells()[periods.layout.titleRow - 1];
    return title[title.findIndex((cell) => cell.value === "Spend outside the periods") + 1];
  };
  return { build, periods, cells, column, week, spendOutside };
}

/** A day as a spreadsheet's day number, which is what a date typed in Sheets holds. */
const dayNumber = (day: string) => String((Date.parse(`${day}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe("live periods over the source's days", () => {
  it("writes each period's figures as SUMIFS between its From and To cells, equal to the week's sums", () => {
    const { week, column, cells } = built();
    const sums = sumsBy(META_DAYS.rows, mondayOf);
    const [total, retargeting] = week("2026-02-09");
    expect(retargeting[column("Spend")].input).toMatch(/^=SUMIFS\(.*">="&\$A\$\d+, .*"<"&\(\$[A-Z]+\$\d+\+1\), /);
    expect(total[column("Spend")].value).toBeCloseTo(sums.get("2026-02-09")!.total.spend, 6);
    expect(retargeting[column("Spend")].value).toBeCloseTo(sums.get("2026-02-09")!.channels.get("Retargeting - Carts")!.spend, 6);
    expect(total[0].display).toBe("2026-02-09");
    expect(total[column("To")].display).toBe("2026-02-15");
    expect(retargeting[0].display).toBe("Retargeting - Carts");
    // The week's figures sit under the channel table's headers of the same figures, which the frozen rows keep in view.
    expect(cells()[2][column("Spend")].value).toBe("Spend");
    expect(cells()[2][column("CPA")].value).toBe("CPA");
  });

  it("counts a row added to the source in its week, and one dated after the last week as spent outside the periods", () => {
    const { build, week, column, spendOutside, cells } = built();
    const sums = sumsBy(META_DAYS.rows, mondayOf);
    expect(spendOutside().value).toBe(0);
    const next = META_DAYS.rows.length + 2;
    build.session.editCells(DATA_SHEET, `A${next}`, [
      [dayNumber("2026-02-11"), dayNumber("2026-02-11"), "Retargeting - Carts", "Cart viewers 30d", "50.25", "1000", "10", "2", "80"],
      [dayNumber("2026-03-12"), dayNumber("2026-03-12"), "Retargeting - Carts", "Cart viewers 30d", "19.75", "500", "5", "1", "30"],
    ]);
    const [total, retargeting] = week("2026-02-09");
    expect(retargeting[column("Spend")].value).toBeCloseTo(sums.get("2026-02-09")!.channels.get("Retargeting - Carts")!.spend + 50.25, 6);
    expect(total[column("Spend")].value).toBeCloseTo(sums.get("2026-02-09")!.total.spend + 50.25, 6);
    // 12 March is after the last week (2 to 8 March): outside the periods until a rebuild.
    expect(spendOutside().value).toBeCloseTo(19.75, 6);
    expect(spendOutside().background).toBe(RED);
    // The channel table counts both rows: its own check stays at 0.
    expect(cells()[0][4].value).toBe(0);
  });

  it("colours the changes by what is good: CPA up red, results and ROI up green, spend neither", () => {
    const { week, column } = built();
    const rows = ["2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02"].flatMap((monday) => week(monday));
    const colourOf = (cell: CellView, goodWhenUp: boolean) => {
      if (typeof cell.value !== "number" || cell.value === 0) return undefined;
      return cell.value > 0 === goodWhenUp ? GREEN : RED;
    };
    let checked = 0;
    for (const row of rows) {
      for (const [name, up] of [["CPA vs before", false], ["Conversions vs before", true], ["ROI vs before (points)", true]] as const) {
        const cell = row[column(name)];
        expect(cell.background).toBe(colourOf(cell, up));
        if (cell.background) checked++;
      }
      expect(row[column("Spend vs before")].background).toBeUndefined();
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("shows the last week against the one before at the top of the sheet", () => {
    const { cells, week, column } = built();
    const top = cells()[0].map((cell) => cell.display);
    const label = top.findIndex((text) => text.startsWith("Week of"));
    expect(top[label]).toBe("Week of 2026-03-02 vs the week before:");
    const [last] = week("2026-03-02");
    const [before] = week("2026-02-23");
    const after = (name: string) => cells()[0][top.indexOf(name, label) + 1];
    const spend = column("Spend");
    expect(after("Spend").value).toBeCloseTo((last[spend].value as number) / (before[spend].value as number) - 1, 9);
    const cpa = column("CPA");
    expect(after("CPA").value).toBeCloseTo((last[cpa].value as number) / (before[cpa].value as number) - 1, 9);
    expect(after("CPA").background).toBe((after("CPA").value as number) > 0 ? RED : GREEN);
  });
});
