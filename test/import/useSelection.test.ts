// "Use selection" on the exports pasted into a sheet, through the built add-on in the playground's emulated Sheets.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import { columnLetters } from "../../playground/emulation/a1";
import type { RawCell } from "../../playground/runtime/contract";
import { addonTexts } from "../../src/i18n";
import { decideMarks } from "../../src/import/numbers";
import type { ScorecardResult, SelectionData } from "../../src/scorecard/request";
import { createSession, requestFrom, sheetValues, workbookWith } from "../addon/scorecardSession";
import { EXPORTS, FIXTURES, GOOGLE_ADS_CAMPAIGN_TYPES, sumsByChannel, total, type ChannelSums } from "./exports";

const HEADER_ROW = 3;

// Text Sheets would take for a formula ("--", "-Retargeting") is kept as text with a leading apostrophe, as a user types it.
const asText = (cell: RawCell) => (typeof cell === "string" && /^[=+\-@]/.test(cell) ? `'${cell}` : cell);

/** The export's cells, as text, pasted at A1 of a sheet named Export; the whole used range selected. */
function pastedSession(cells: RawCell[][], locale = "en_US") {
  const width = Math.max(...cells.map((row) => row.length));
  const padded = cells.map((row) => Array.from({ length: width }, (_, c) => asText(row[c] ?? "")));
  const session = createSession({ workbook: workbookWith("Export", padded, locale) });
  session.select("Export", `A1:${columnLetters(width)}${cells.length}`);
  return session;
}

/** Builds from the selection as the sidebar does: with the decimal marks its checks read the rows with. */
function build(session: ReturnType<typeof createSession>, linkToSource: boolean) {
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  const request = { ...requestFrom(selection, { linkToSource }), decimalMarks: decideMarks(selection.rows, selection.convention).map((c) => c.mark) };
  const result = session.runServerFunction("buildScorecard", [request]) as ScorecardResult;
  return { selection, result };
}

/** The scorecard's channel rows as objects keyed by column (budget, conversions, cpa...). */
function scorecardRows(session: ReturnType<typeof createSession>, sheetName: string): Record<string, unknown>[] {
  const values = sheetValues(session, sheetName);
  const keyOf = new Map(Object.entries(addonTexts("en").headers).map(([key, header]) => [header, key]));
  const keys = values[HEADER_ROW - 1].map((header) => keyOf.get(String(header)) ?? String(header));
  const rows = values.slice(HEADER_ROW).filter((row) => row[0] !== "");
  return rows.map((row) => Object.fromEntries(keys.map((key, c) => [key, row[c]])));
}

function expectFigures(rows: Record<string, unknown>[], expected: ChannelSums[]) {
  expect(rows.map((row) => row.channel)).toEqual([...expected.map((sums) => sums.channel), "Total"]);
  expected.forEach((sums, i) => {
    expect(rows[i].budget as number).toBeCloseTo(sums.budget, 9);
    expect((rows[i].conversions ?? 0) as number).toBeCloseTo(sums.conversions, 9);
    if (sums.visits > 0) expect(rows[i].visits as number).toBeCloseTo(sums.visits, 9);
    if (sums.visits > 0 && sums.conversions > 0) expect(rows[i].conversionRate as number).toBeCloseTo(sums.conversions / sums.visits, 9);
    if (sums.conversions > 0) expect(rows[i].cpa as number).toBeCloseTo(sums.budget / sums.conversions, 9);
    // Without conversions, leads are the result the scorecard costs.
    else if (sums.leads > 0) expect(rows[i].cpl as number).toBeCloseTo(sums.budget / sums.leads, 9);
  });
  const totals = rows[rows.length - 1];
  expect(totals.budget as number).toBeCloseTo(total(expected, "budget"), 9);
  if (total(expected, "conversions") > 0) expect(totals.cpa as number).toBeCloseTo(total(expected, "budget") / total(expected, "conversions"), 9);
}

describe("Use selection on exports pasted as text", () => {
  it.each(EXPORTS.map((shape) => [shape.shape, shape] as const))("%s", (_, { file, rows }) => {
    const table = readCsv(readFileSync(`${FIXTURES}${file}`));
    const session = pastedSession(table.rows, table.convention === "," ? "fr_FR" : "en_US");
    // Numbers pasted as text cannot be summed by formulas over the source: the sidebar builds with values.
    const { result } = build(session, false);
    expectFigures(scorecardRows(session, result.sheetName), sumsByChannel(rows));
  });
});

describe("Use selection below title lines", () => {
  it("moves the source to the header row, so a linked scorecard sums the right rows", () => {
    const table = readCsv(readFileSync(`${FIXTURES}linkedin-campaigns.csv`));
    // As Sheets imports a CSV: digits become numbers (here with a plain, independent reading).
    const cells = table.rows.map((row, r) => (r < 5 ? row : row.map((cell) => (/^[\d,.]+$/.test(cell) ? Number(cell.replace(/,/g, "")) : cell))));
    const session = pastedSession(cells);
    const { selection, result } = build(session, true);
    expect(selection).toMatchObject({ firstRow: 5, hasHeader: true, report: { headerRow: 4, linesAbove: 4 } });
    const scorecard = sheetValues(session, result.sheetName);
    const budgetColumn = scorecard[HEADER_ROW - 1].indexOf("Spend");
    expect(session.view().sheets.find((s) => s.name === result.sheetName)!.cells[HEADER_ROW][budgetColumn].input).toMatch(/^=SUMIFS\(.*!\$F\$6:\$F\$1000, 'Social ROI keys'!\$A\$6:\$A\$1000, /);
    const linkedin = EXPORTS.find((shape) => shape.file === "linkedin-campaigns.csv")!;
    expectFigures(scorecardRows(session, result.sheetName), sumsByChannel(linkedin.rows));
  });

  it.each([
    ["google-ads-campaigns.csv", "A1:O13", "it has totals rows, which the formulas would count"],
    ["rows-without-channel.csv", "A1:D7", "some rows have no channel"],
    ["tiktok-excel-utf16.csv", "A1:K5", "some numbers are written as text (such as $1,200 or --), which formulas read as 0"],
  ])("refuses to link %s, whose rows formulas would misread, and says why", (file, range, reason) => {
    const session = pastedSession(readCsv(readFileSync(`${FIXTURES}${file}`)).rows);
    const before = session.serialize();
    expect(() => build(session, true)).toThrow(`The scorecard cannot follow ${range} in Export: ${reason}. Build without the link.`);
    expect(session.serialize().sheets).toEqual(before.sheets);
  });
});

describe("Use selection on what an export means", () => {
  const session = (file: string) => pastedSession(readCsv(readFileSync(`${FIXTURES}${file}`)).rows);

  it("gives no revenue, ROI or ROAS for a conversion value column empty on every row, and says so", () => {
    const pasted = session("meta-lead-ads-no-value.csv");
    const { selection, result } = build(pasted, false);
    expect(selection.mapping.revenue).toBeUndefined();
    expect(selection.report?.empty).toEqual([{ field: "revenue", column: selection.headers.indexOf("Purchases conversion value") }]);
    const rows = scorecardRows(pasted, result.sheetName);
    expect(rows[0]).not.toHaveProperty("revenue");
    expect(rows.map((row) => [row.roi, row.roas])).toEqual(rows.map(() => [undefined, undefined]));
    const leadAds = EXPORTS.find((shape) => shape.file === "meta-lead-ads-no-value.csv")!;
    expectFigures(rows, sumsByChannel(leadAds.rows));
  });

  it("leaves out a column chosen by hand that is empty on every row", () => {
    const pasted = session("meta-lead-ads-no-value.csv");
    const selection = pasted.runServerFunction("readSelection", []) as SelectionData;
    const request = { ...requestFrom(selection, { linkToSource: false }), mapping: { ...selection.mapping, revenue: selection.headers.indexOf("Purchases conversion value") } };
    const result = pasted.runServerFunction("buildScorecard", [request]) as ScorecardResult;
    expect(scorecardRows(pasted, result.sheetName)[0]).not.toHaveProperty("roi");
  });

  it.each([
    ["meta-mixed-results.csv", /^“Results” counts a different result on different rows \(“Result indicator”: actions:link_click, 2 rows; /],
    ["meta-result-type-fr.csv", /^“Résultats” counts a different result on different rows \(“Type de résultat”: Visites du profil Instagram, 1 row; /],
  ])("refuses to add unlike results (%s), writing nothing", (file, message) => {
    const pasted = session(file);
    const before = pasted.serialize().sheets;
    expect(() => build(pasted, false)).toThrow(message);
    expect(pasted.serialize().sheets).toEqual(before);
  });

  it.each(["meta-no-data.csv", "linkedin-empty-period.csv", "google-ads-empty-period.csv"])("says %s has no data rows", (file) => {
    expect(() => session(file).runServerFunction("readSelection", [])).toThrow(
      "The export has no data rows: export a period or a level that has data, or select the rows below the header.",
    );
  });

  it("leaves out totals rows that carry the campaign type, when the campaign type is the channel", () => {
    const pasted = session("google-ads-campaign-types.csv");
    const selection = pasted.runServerFunction("readSelection", []) as SelectionData;
    const request = { ...requestFrom(selection, { linkToSource: false }), mapping: { ...selection.mapping, channel: selection.headers.indexOf("Campaign type") } };
    const result = pasted.runServerFunction("buildScorecard", [request]) as ScorecardResult;
    const googleAds = EXPORTS.find((shape) => shape.file === "google-ads-campaign-types.csv")!;
    const byType = googleAds.rows.map((row) => ({ ...row, channel: GOOGLE_ADS_CAMPAIGN_TYPES[row.channel] }));
    expectFigures(scorecardRows(pasted, result.sheetName), sumsByChannel(byType));
  });

  it("weights the total bounce rate by the visits, not the leads", () => {
    const pasted = session("channel-sessions-bounce.csv");
    const { result } = build(pasted, false);
    const rows = scorecardRows(pasted, result.sheetName);
    const channels = rows.slice(0, -1);
    const weighted = channels.reduce((sum, row) => sum + (row.bounceRate as number) * (row.visits as number), 0);
    const visits = channels.reduce((sum, row) => sum + (row.visits as number), 0);
    expect(rows.at(-1)!.bounceRate as number).toBeCloseTo(weighted / visits, 12);
  });
});
