// The scorecard's charts where the eye is: on the first screen of a 1440x900 display at Sheets'
// default sizes, clear of the cells the add-on writes, and drawn so that every figure reads.
import { describe, expect, it } from "vitest";
import type { SheetView } from "../../playground/runtime/contract";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { chartArea, expectChartsClearOfCells, expectChartsInsideGrid } from "./chartAreas";
import type { SelectionData } from "../../src/scorecard/request";
import { buildFromSelection, createSession, requestFrom, workbookWith } from "./scorecardSession";

// Sheets' grid beside its 300 px sidebar on a 1440 px wide screen, and the rows of 21 px a 900 px tall one shows.
const FIRST_SCREEN = { width: 1040, rows: 30 };
const COLUMN_N = 13;

function scorecardView(session: ReturnType<typeof createSession>): SheetView {
  return session.view().sheets.find((sheet) => sheet.name === "Channel scorecard")!;
}

/** The left edge and the bottom row of a chart, in pixels from column A and in rows from row 1. */
function reach(view: SheetView, chart: SheetView["charts"][number]) {
  let left = 0;
  for (let column = 0; column < chart.anchor.column; column++) left += view.columnWidths[column] ?? 100;
  return { right: left + chart.width, bottomRow: chartArea(view, chart).bottom + 1 };
}

/** An export of `count` channels: spend, impressions, clicks, leads, conversions, revenue. */
function channelExport(count: number) {
  const rows = Array.from({ length: count }, (_, i) => [`Network ${i + 1}`, 400 + 35 * i, 90_000 + 1_000 * i, 1_200 + 17 * i, 300 + 5 * i, 12 + (i % 9), 350 + 97 * i]);
  return workbookWith("Export", [["Channel", "Spend", "Impressions", "Clicks", "Leads", "Conversions", "Revenue"], ...rows]);
}

describe("on the sample's scorecard", () => {
  const session = createSession({ workbook: sampleWorkbook() });
  buildFromSelection(session, "Channel data", "A1:H8", { targetRoi: 0.2 });
  const view = scorecardView(session);

  it("both charts begin within columns A-N and rows 1-40, side by side below the channel table, whole on the first screen", () => {
    const totalsRow = view.cells.findIndex((row) => row[0].value === "Total");
    expect(view.charts.map((chart) => chart.title)).toEqual(["ROI by channel", "Funnel, all channels"]);
    for (const chart of view.charts) {
      expect(chart.anchor.column).toBeLessThanOrEqual(COLUMN_N);
      expect(chart.anchor.row).toBeLessThan(40);
      // Below the totals row, after a blank row.
      expect(chart.anchor.row).toBe(totalsRow + 2);
      const { right, bottomRow } = reach(view, chart);
      expect(right).toBeLessThanOrEqual(FIRST_SCREEN.width);
      expect(bottomRow).toBeLessThanOrEqual(FIRST_SCREEN.rows);
    }
    expect(view.charts[0].anchor.column).toBe(0);
    expectChartsClearOfCells(view);
    expectChartsInsideGrid(view);
  });

  it("sets the options that make every figure read: ROI gains green and losses red on one bar each, the funnel on a log axis, values on the bars", () => {
    const [roi, funnel] = session.spreadsheet.getSheetByName("Channel scorecard")!.getCharts().map((chart) => chart.getOptions());
    expect(roi.get("isStacked")).toBe(true);
    expect(roi.get("series")).toEqual({ 0: { color: "#137333", dataLabel: "value" }, 1: { color: "#c5221f", dataLabel: "value" } });
    expect(roi.get("hAxis")).toEqual({ format: "0%" });
    expect(funnel.get("hAxis")).toEqual({ logScale: true, format: "#,##0" });
    expect(funnel.get("series")).toEqual({ 0: { dataLabel: "value" } });
    for (const options of [roi, funnel]) expect([options.get("width"), options.get("height")]).toEqual([460, 320]);
  });

  it("charts each stage of the funnel with its count, 632 conversions beside 2,805,000 impressions", () => {
    const funnel = view.charts[1];
    // The sample's sums over its seven channels.
    const [header, ...rows] = sampleWorkbook().sheets[0].cells;
    const sum = (name: string) => rows.reduce((total, row) => total + Number(row[header.indexOf(name)]), 0);
    expect(funnel.labels).toEqual(["Impressions", "Clicks", "Leads", "Conversions"]);
    expect(funnel.series[0].values).toEqual(["Impressions", "Clicks", "Leads", "Conversions"].map(sum));
    expect(funnel.series[0].displays).toEqual(["2,805,000", "38,100", "32,100", "632"]);
    expect(funnel.valueAxis).toEqual({ logScale: true, format: "#,##0" });
    expect(funnel.series[0].dataLabels).toBe(true);
  });
});

describe("on other tables", () => {
  it("a long one (40 channels) has its charts at its first channel's row, beside it, side by side, clear of its cells", () => {
    const session = createSession({ workbook: channelExport(40) });
    buildFromSelection(session, "Export", "A1:G41", { linkToSource: false });
    const view = scorecardView(session);
    // Row 4 (0-based 3): the first channel's, below the frozen header.
    expect(view.charts.map((chart) => chart.anchor.row)).toEqual([3, 3]);
    expect(view.charts[1].anchor.column).toBeGreaterThan(view.charts[0].anchor.column);
    expectChartsClearOfCells(view);
    expectChartsInsideGrid(view);
  });

  it("one of 15 channels still has them below, beginning on the first screen", () => {
    const session = createSession({ workbook: channelExport(15) });
    buildFromSelection(session, "Export", "A1:G16", { linkToSource: false });
    const view = scorecardView(session);
    const totalsRow = view.cells.findIndex((row) => row[0].value === "Total");
    expect(view.charts.map((chart) => chart.anchor.row)).toEqual([totalsRow + 2, totalsRow + 2]);
    expect(totalsRow + 2).toBeLessThan(FIRST_SCREEN.rows);
    expect(view.charts[0].anchor.column).toBe(0);
    expectChartsClearOfCells(view);
    expectChartsInsideGrid(view);
  });

  it("a scorecard broken down by campaign keeps its charts under the channel table, its sections below them", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    const { cells } = sampleWorkbook().sheets.find((sheet) => sheet.name === "Campaign data")!;
    session.select("Campaign data", `A1:${String.fromCharCode(64 + cells[0].length)}${cells.length}`);
    const selection = session.runServerFunction("readSelection", []) as SelectionData;
    expect(selection.breakdown.length).toBeGreaterThan(0);
    session.runServerFunction("buildScorecard", [{ ...requestFrom(selection), breakdown: selection.breakdown }]);
    const view = scorecardView(session);
    const totalsRow = view.cells.findIndex((row) => row[0].value === "Total");
    expect(view.charts.length).toBeGreaterThan(0);
    for (const chart of view.charts) expect(chart.anchor.row).toBe(totalsRow + 2);
    expect(view.cells.slice(totalsRow + 1).some((row) => row.some((cell) => cell.input !== ""))).toBe(true);
    expectChartsClearOfCells(view);
  });
});
