// A table with rows pasted twice: the rows that repeat an earlier one cell for cell are said, with
// their row numbers and those of the rows they repeat; rows alike only in their spend, or empty
// rows of paused ads, are not.
import { describe, expect, it } from "vitest";
import { en, fr } from "../../src/i18n";
import { importTable } from "../../src/import";
import { describeImport } from "../../src/import/describe";
import { fieldLabel } from "../../src/sidebar/scorecard/fieldLabels";

const HEADER = ["Day", "Campaign name", "Ad set name", "Amount spent (EUR)", "Impressions", "Link clicks", "Purchases"];
// A week of Meta rows by day: two campaigns whose daily budget caps their spend at 50.00 every day.
const WEEK = [
  ["2026-03-02", "Printemps - Prospection", "Large 18-65", "50.00", "8120", "141", "2"],
  ["2026-03-02", "Printemps - Reciblage", "Visiteurs 30 j", "31.20", "2210", "64", "3"],
  ["2026-03-03", "Printemps - Prospection", "Large 18-65", "50.00", "7984", "133", "1"],
  ["2026-03-03", "Printemps - Reciblage", "Visiteurs 30 j", "28.75", "2043", "59", "2"],
  ["2026-03-04", "Printemps - Prospection", "Large 18-65", "50.00", "8311", "150", "4"],
  ["2026-03-04", "Printemps - Pause", "Ancien", "0.00", "0", "0", "0"],
  ["2026-03-04", "Printemps - Pause", "Ancien", "0.00", "0", "0", "0"],
];

const described = (rows: string[][], texts = en, firstRow = 1) => {
  const imported = importTable([HEADER, ...rows]);
  return describeImport(imported.report, imported.headers, firstRow, texts, (field) => fieldLabel(texts, field));
};
const repeatLines = (lines: string[]) => lines.filter((line) => /cell for cell|cellule pour cellule/.test(line));

describe("rows pasted twice", () => {
  it("are said with their rows and the rows they repeat: the export's last three days pasted again below it", () => {
    const pastedAgain = WEEK.slice(2, 5);
    // Sheet rows: the header is row 1, the week rows 2-8, the rows pasted again 9-11, repeating rows 4-6.
    expect(repeatLines(described([...WEEK, ...pastedAgain]))).toEqual([
      "3 rows repeat earlier rows cell for cell (rows 9, 10, 11, repeating rows 4, 5, 6): all are counted; if the export was pasted twice, delete the repeats.",
    ]);
  });

  it("one row, in French, counted from where the cells start", () => {
    expect(repeatLines(described([...WEEK, WEEK[1]], fr, 5))).toEqual([
      "La ligne 13 reprend la ligne 7 cellule pour cellule\u00a0: les deux sont comptées\u00a0; si l’export a été collé deux fois, supprimez la répétition.",
    ]);
  });

  it("are not rows alike in their spend only, nor the empty days of a paused ad set", () => {
    expect(repeatLines(described(WEEK))).toEqual([]);
  });
});
