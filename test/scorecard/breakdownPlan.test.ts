// The plan of a scorecard's breakdown sections: where rows go, which cells are formulas of what.
import { describe, expect, it } from "vitest";
import { addonTexts } from "../../src/i18n";
import { aggregateByChannel } from "../../src/scorecard/aggregate";
import { breakDown } from "../../src/scorecard/breakdown";
import { readChannelRows } from "../../src/scorecard/channelRows";
import { planScorecard, type SourceLink } from "../../src/scorecard/plan";
import { prepareScorecard, type PlanContext } from "../../src/scorecard/prepare";
import type { ScorecardRequest } from "../../src/scorecard/request";

// Channel, campaign, spend, conversions, revenue; source rows 2 to 5 of 'Ads', columns A to E.
const DATA = [
  ["Facebook", "Spring promo", 300, 10, 900],
  ["Instagram", "Spring promo", 200, 4, 500],
  ["Facebook", "", 100, 1, 50],
  ["Facebook", "=Retarget", 150, 6, 600],
];
const mapping = { channel: 0, budget: 2, conversions: 3, revenue: 4 };
const SOURCE: SourceLink = { sheetName: "Ads", firstRow: 2, lastRow: 5, columns: { channel: 1, budget: 3, conversions: 4, revenue: 5 }, breakdown: [2], rangeA1: "A1:E5", keys: { sheetName: "Keys", matchColumns: [1, 2], lastRow: 5 } };

/** charts: with the charts, which go between the channel table and the sections. */
function plan(source: SourceLink | null, charts = false) {
  const { rows } = readChannelRows(DATA, mapping, 2, undefined, undefined, [1]);
  const channels = aggregateByChannel(rows);
  return planScorecard({
    sheetName: "Channel scorecard", channels, present: new Set(["conversions", "revenue"]), source, targetRoi: 0, margin: null,
    valuePerConversion: null, hourlyRate: null, targetCost: null, chart: charts, moneyFormat: "#,##0.00", builtOn: "2026-03-01",
    texts: addonTexts("en"), breakdown: breakDown(rows, channels, [{ header: "Campaign", sourceColumn: source ? 2 : null }]),
  });
}

// A name's key as the key sheet holds it: trimmed, lower-cased, the criteria's wildcards spelled out, behind a "k".
const key = (name: string) =>
  `"k"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(LOWER(TRIM(SUBSTITUTE(SUBSTITUTE(${name}&"", CHAR(9), " "), UNICHAR(160), " "))), "!", "!e"), "*", "!s"), "?", "!q"), "~", "!t")`;
// The key sheet's column for a source column: A for the channel (source A), B for the campaign (source B).
const matchOf = (column: string, cell: string) => `'Keys'!$${column}$2:$${column}$5, ${key(cell)}`;

describe("the breakdown sections' plan", () => {
  const built = plan(SOURCE);
  const [twoLevel, byCampaign] = built.layout.sections;

  it("puts each section below the channel table after a blank row: title, header, rows, totals", () => {
    // Channel table: header on 3, Facebook and Instagram on 4 and 5, totals on 6.
    expect(built.layout.totalsRow).toBe(6);
    expect(twoLevel).toEqual({ title: "By channel, then Campaign", headerRow: 9, firstRow: 10, lastRow: 15, totalsRow: 16 });
    expect(byCampaign).toEqual({ title: "By Campaign", headerRow: 19, firstRow: 20, lastRow: 22, totalsRow: 23 });
    expect(built.cells[6].every((cell) => cell === "")).toBe(true);
    expect(built.cells[8].slice(0, 3)).toEqual(["Channel", "'Campaign", "Spend"]);
    // Facebook (550) then its campaigns by spend, Instagram (200) then its own.
    expect(built.cells.slice(9, 15).map((row) => row.slice(0, 2))).toEqual([
      ["'Facebook", ""], ["", "'Spring promo"], ["", "'=Retarget"], ["", "'(none)"], ["'Instagram", ""], ["", "'Spring promo"],
    ]);
  });

  it("puts every section's metrics in the channel table's columns, under the frozen header, the label columns frozen too", () => {
    const header = built.cells[built.layout.headerRow - 1];
    expect(header.slice(0, 3)).toEqual(["Channel", "", "Spend"]);
    expect(built.frozenRows).toBe(built.layout.headerRow);
    expect(built.frozenColumns).toBe(2);
    for (const section of built.layout.sections) {
      const own = built.cells[section.headerRow - 1];
      // Past the two label columns, each of the section's headers is the frozen one above it.
      own.slice(2).forEach((text, c) => expect([section.title, c + 2, text]).toEqual([section.title, c + 2, header[c + 2]]));
      expect(own.slice(2).filter((text) => text !== "")).toEqual(["Spend", "Conversions", "Revenue", "CPA", "ROI", "ROAS", "Share of spend", "Share of revenue", "Verdict"]);
    }
    // The flat section's values and totals label in A, B blank: its spend is under Spend as the channels'.
    expect(built.cells.slice(byCampaign.firstRow - 1, byCampaign.totalsRow).map((row) => row.slice(0, 2))).toEqual([
      ["'Spring promo", ""], ["'=Retarget", ""], ["'(none)", ""], ["Total", ""],
    ]);
  });

  it("sums each sub-row's source rows matching both its channel and its value, a blank value matching blank cells", () => {
    const spendOf = (row: number) => built.cells[row - 1][2];
    expect(spendOf(11)).toBe(`=SUMIFS('Ads'!$C$2:$C$5, ${matchOf("A", "$A$10")}, ${matchOf("B", "$B11")})`);
    expect(spendOf(13)).toBe(`=SUMIFS('Ads'!$C$2:$C$5, ${matchOf("A", "$A$10")}, ${matchOf("B", '""')})`);
    // The flat section matches on the value alone.
    expect(built.cells[byCampaign.firstRow - 1][2]).toBe(`=SUMIFS('Ads'!$C$2:$C$5, ${matchOf("B", "$A20")})`);
  });

  it("makes a channel's subtotal the sum of its sub-rows, and the totals the sum of the subtotals alone", () => {
    expect(built.cells[9][2]).toBe("=SUM(C11:C13)");
    expect(built.cells[15][2]).toBe('=SUMPRODUCT(--($A$10:$A$15<>""), C10:C15)');
    expect(built.cells[22][2]).toBe("=SUM(C20:C22)");
  });

  it("writes shares over the section's own totals row, bold subtotals and totals, and wide enough value columns", () => {
    const header = built.cells[8];
    const spendShare = header.indexOf("Share of spend");
    expect(built.cells[10][spendShare]).toBe('=IFERROR(C11/$C$16, "")');
    expect(built.cells[3][built.cells[2].indexOf("Share of revenue")]).toBe('=IFERROR(E4/$E$6, "")');
    const bold = (row: number) => built.fontWeights[row - 1][0] === "bold";
    expect([8, 9, 10, 11, 14, 15, 16].map(bold)).toEqual([true, true, true, false, true, false, true]);
    expect(built.columnWidths[1]).toBeGreaterThanOrEqual(160);
    expect(built.columnWidths).toHaveLength(header.filter((cell) => cell !== "").length);
  });

  it("holds the values read when not linked", () => {
    const values = plan(null);
    expect(values.cells[10][2]).toBe(300);
    expect(values.cells[12][2]).toBe(100);
  });

  it("leaves the rows under the channel table to the charts, and puts the sections below them", () => {
    const charted = plan(SOURCE, true);
    // The charts: a blank row after the totals (row 6), then from row 8, 320 px tall over rows of 21 px: 16 rows, to row 23.
    expect(charted.charts.map((chart) => chart.anchorRow)).toEqual([8]);
    const lastChartRow = 8 + Math.ceil(320 / 21) - 1;
    expect(charted.cells.slice(6, lastChartRow).every((row) => row.every((cell) => cell === ""))).toBe(true);
    // Then a blank row, the section's title and its header, as without charts.
    const [first] = charted.layout.sections;
    expect(first).toEqual({ title: "By channel, then Campaign", headerRow: lastChartRow + 3, firstRow: lastChartRow + 4, lastRow: lastChartRow + 9, totalsRow: lastChartRow + 10 });
    expect(charted.cells[first.headerRow - 1].slice(0, 3)).toEqual(["Channel", "'Campaign", "Spend"]);
  });
});

describe("a linked breakdown whose source cannot be followed", () => {
  const request = (rows: unknown[][]): ScorecardRequest => ({
    headers: ["Channel", "Day", "Spend", "Conversions", "Revenue"],
    rows: rows as ScorecardRequest["rows"],
    mapping,
    breakdown: [1],
    source: { sheetName: "Ads", rangeA1: "A1:E3", firstRow: 1, firstColumn: 1, hasHeader: true },
    options: { targetRoi: 0, chart: false, linkToSource: true },
  });
  const context = (breakdownCells: unknown[]): PlanContext => ({
    sheetName: "Channel scorecard", sourceChannels: ["Facebook", "Instagram"], sourceBreakdown: new Map([[1, breakdownCells]]),
    texts: addonTexts("en"), moneyFormat: "#,##0.00", builtOn: "2026-03-01", keys: { sheetName: "Social ROI keys", sourceLastRow: 1000 },
  });
  const rows = [["Facebook", "Spring promo", 300, 10, 900], ["Instagram", "Spring promo", 200, 4, 500]];

  it("is refused when a value changed in the source since it was read: its rows would be left out", () => {
    expect(() => prepareScorecard(request(rows), context(["Spring promo", "Summer promo"]))).toThrow(
      "The rows no longer match A1:E3 in Ads: use the selection again, or build without the link.",
    );
    expect(prepareScorecard(request(rows), context(["Spring promo", " Spring promo "])).plan.layout.sections).toHaveLength(2);
  });

  it("is refused for a column of dates, which formulas cannot match by name", () => {
    const days = [new Date(2026, 2, 1), new Date(2026, 2, 2)];
    expect(() => prepareScorecard(request(rows.map((row, i) => [row[0], days[i].toISOString(), ...row.slice(2)])), context(days))).toThrow(
      "Day holds dates, which formulas over the source cannot match by name: build without the link, or break down by another column.",
    );
  });
});
