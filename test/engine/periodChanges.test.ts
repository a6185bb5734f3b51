// A period's change against the one before is blank where either period has no such figure: a
// campaign with spend but no conversions this week has no CPA, so no CPA change (never -100%, which
// the sheet would colour as a fall in CPA, good news).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFromCsv } from "../../playground/cli/buildFromCsv";
import { readCsv } from "../../src/import/csv";

const ROWS: [string, string, number, number, number, number][] = [
  ["2026-02-02", "Brand", 100, 4, 50, 1000],
  ["2026-02-03", "Prospecting", 80, 2, 40, 2000],
  ["2026-02-09", "Brand", 120, 5, 60, 1200],
  ["2026-02-10", "Prospecting", 90, 0, 45, 2100],
];

function weeks(writesWorkbook: boolean) {
  const file = join(mkdtempSync(join(tmpdir(), "social-roi-changes-")), "google-ads-days.csv");
  writeFileSync(file, ["Day,Campaign,Cost,Conversions,Clicks,Impressions", ...ROWS.map((row) => row.join(","))].join("\n"));
  const build = buildFromCsv(file, readCsv(readFileSync(file)), {
    choices: () => ({}),
    scorecard: { targetRoi: null, byPeriod: "week" },
    breakdown: () => [],
    writesWorkbook,
  });
  const { layout } = build.result.periods!;
  const cells = build.session.usedCells(build.result.sheetName);
  const header = cells[layout.headerRow - 1].map((cell) => cell.value);
  const rows = cells.slice(layout.firstRow - 1, layout.lastRow);
  const secondWeek = rows.slice(rows.findIndex((row) => row[0].display === "2026-02-09"));
  const change = (label: string) => secondWeek.find((row, i) => (i === 0 ? label === "Total" : row[0].display === label))![header.indexOf("CPA vs before")].value;
  return { change };
}

describe("the CPA's change against the week before", () => {
  for (const linked of [false, true]) {
    it(`is blank for a campaign without conversions this week, and the week's own for the others${linked ? ", live" : ""}`, () => {
      const { change } = weeks(linked);
      expect(change("Prospecting")).toBe("");
      const cpa = (week: string, campaign?: string) => {
        const rows = ROWS.filter((row) => row[0] >= week && row[0] < (week === "2026-02-02" ? "2026-02-09" : "2026-02-16") && (!campaign || row[1] === campaign));
        return rows.reduce((sum, row) => sum + row[2], 0) / rows.reduce((sum, row) => sum + row[3], 0);
      };
      expect(change("Brand")).toBeCloseTo(cpa("2026-02-09", "Brand") / cpa("2026-02-02", "Brand") - 1, 12);
      expect(change("Total")).toBeCloseTo(cpa("2026-02-09") / cpa("2026-02-02") - 1, 12);
    });
  }
});
