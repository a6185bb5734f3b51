// A scorecard with engagement, the funnel beside it, a margin and verdicts against the rest of the table, exported
// as .xlsx and recalculated by LibreOffice: every cell LibreOffice computes is the emulation's.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { RawCell } from "../../playground/runtime/contract";
import { workbookToXlsx } from "../../playground/server/xlsx";
import { buildFromSelection, createSession, sheetValues, workbookWith } from "../addon/scorecardSession";
import { recalculatedByLibreOffice } from "../support/libreOffice";

const SCORECARD = "Channel scorecard";

// A TikTok campaign report: likes, comments and shares apart, reach beside impressions.
const TIKTOK: RawCell[][] = [
  ["Campaign name", "Cost", "Impressions", "Reach", "Clicks", "Likes", "Comments", "Shares", "Landing page views", "Conversions", "Total purchase value"],
  ["Holiday UGC", 2150.4, 412_800, 233_100, 3920, 18_240, 1204, 2310, 2870, 96, 7488],
  ["Spark ads creators", 1320, 198_450, 121_700, 2215, 9120, 540, 1890, 1604, 41, 2952],
  ["Retarget viewers", 410.75, 51_200, 20_480, 860, 1310, 72, 95, 655, 22, 1870],
  ["Brand lift", 980, 305_000, 190_300, 1430, 4410, 260, 0, 910, 4, 190],
];

/** What a cell shows once recalculated: a formula's result, or its value; blank is "". */
function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  const result = value !== null && typeof value === "object" && "formula" in value ? value.result : value;
  return result === undefined || result === null ? "" : result;
}

describe("an engagement scorecard with a margin, recalculated by LibreOffice", () => {
  let emulated: (string | number | boolean)[][];
  let recalculated: ExcelJS.Worksheet;

  beforeAll(async () => {
    const session = createSession({ workbook: workbookWith("TikTok", TIKTOK) });
    buildFromSelection(session, "TikTok", "A1:K5", { targetRoi: null, margin: 0.6 });
    emulated = sheetValues(session, SCORECARD);
    const books = await recalculatedByLibreOffice({ tiktok: await workbookToXlsx(session.serialize(), session.view()) });
    recalculated = books.tiktok.getWorksheet(SCORECARD)!;
  }, 180_000);

  it("agrees on every cell: engagement, rates, margin ROI, verdicts and the funnel", () => {
    expect(emulated[2]).toEqual(expect.arrayContaining(["Engagements", "Engagement rate", "Share rate", "Cost per engagement", "Funnel"]));
    let compared = 0;
    emulated.forEach((row, r) =>
      row.forEach((value, c) => {
        const other = shown(recalculated.getRow(r + 1).getCell(c + 1));
        const where = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (typeof value === "number") expect(other, where).toBeCloseTo(value, 9);
        else if (r > 1) expect(other, where).toEqual(value);
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(150);
  });

  it("computes the margin ROI and each campaign's verdict against the others the same way (a hand check)", () => {
    // 12,500 of revenue x 60% = 7,500 on 4,861.15 of cost.
    const roi = (12_500 * 0.6 - 4861.15) / 4861.15;
    const totalsRow = emulated.findIndex((row) => row[0] === "Total") + 1;
    const roiColumn = emulated[2].indexOf("ROI") + 1;
    expect(shown(recalculated.getRow(totalsRow).getCell(roiColumn))).toBeCloseTo(roi, 12);
    // No target typed: the cell stays blank, and each campaign is judged against the others together.
    expect(shown(recalculated.getRow(2).getCell(2))).toBe("");
    expect(shown(recalculated.getRow(2).getCell(4))).toBe(0.6);
    const campaigns = TIKTOK.slice(1).map((row) => ({ cost: row[1] as number, revenue: row[10] as number }));
    const roiOf = (cost: number, revenue: number) => (revenue * 0.6 - cost) / cost;
    const expected = campaigns.map(({ cost, revenue }) => {
      const others = roiOf(4861.15 - cost, 12_500 - revenue);
      const value = roiOf(cost, revenue);
      return value >= Math.max(0, others) ? "Scale up" : value < 0 ? "Cut" : "Keep";
    });
    const verdictColumn = emulated[2].indexOf("Verdict") + 1;
    expect(campaigns.map((_, i) => shown(recalculated.getRow(4 + i).getCell(verdictColumn)))).toEqual(expected);
    expect(new Set(expected).size).toBeGreaterThan(1);
    expect(shown(recalculated.getRow(totalsRow).getCell(verdictColumn))).toBe("");
  });
});
