// What the playground page is given to draw for a scorecard built by the real add-on: rule colours,
// column widths, the frozen channel column and the ROI chart, all following the data live.
import { describe, expect, it } from "vitest";
import type { SheetView } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { buildFromSelection } from "../addon/scorecardSession";

const SCORECARD = "Channel scorecard";
const HEADER_ROW = 2;

function builtScorecard() {
  const session = createSession({ workbook: sampleWorkbook() });
  buildFromSelection(session, "Channel data", "A1:H8", { targetRoi: 0.2 });
  const scorecard = () => session.view().sheets.find((sheet) => sheet.name === SCORECARD)!;
  return { session, scorecard };
}

function column(sheet: SheetView, header: string): number {
  const index = sheet.cells[HEADER_ROW].findIndex((cell) => cell.value === header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
}

/** The sample's channels with ROI and CPA computed here, from the raw figures. */
function sampleChannels() {
  const [header, ...rows] = sampleWorkbook().sheets[0].cells;
  const at = (row: unknown[], name: string) => row[header.indexOf(name)] as number;
  return rows.map((row) => ({
    name: String(row[0]),
    roi: (at(row, "Revenue") - at(row, "Budget")) / at(row, "Budget"),
    cpa: at(row, "Budget") / at(row, "Conversions"),
  }));
}

describe("a built scorecard, as the page draws it", () => {
  const { session, scorecard } = builtScorecard();
  const view = scorecard();
  const channels = sampleChannels();
  const rowOf = (name: string) => view.cells.findIndex((row) => row[0].value === name);

  it("paints negative ROI red, ROI at or above the 20% target green, others plain, and the best CPA", () => {
    const roi = column(view, "ROI");
    for (const channel of channels) {
      const cell = view.cells[rowOf(channel.name)][roi];
      if (channel.roi < 0) expect([cell.color, cell.background], channel.name).toEqual(["#c5221f", "#fce8e6"]);
      else if (channel.roi >= 0.2) expect([cell.color, cell.background], channel.name).toEqual(["#137333", "#e6f4ea"]);
      else expect([cell.color, cell.background], channel.name).toEqual([undefined, undefined]);
    }
    expect(channels.some((c) => c.roi < 0) && channels.some((c) => c.roi >= 0 && c.roi < 0.2)).toBe(true);
    const cpa = column(view, "CPA");
    const best = channels.reduce((a, b) => (b.cpa < a.cpa ? b : a));
    const highlighted = channels.filter((channel) => view.cells[rowOf(channel.name)][cpa].background !== undefined).map((c) => c.name);
    expect(highlighted).toEqual([best.name]);
  });

  it("keeps the channel column frozen and widens the columns whose header needs it", () => {
    expect([view.frozenRows, view.frozenColumns]).toEqual([3, 1]);
    expect(view.columnWidths[column(view, "Conversion rate")]).toBeGreaterThan(100);
    expect(view.columnWidths[0]).toBeGreaterThanOrEqual(150);
    expect(view.cells[HEADER_ROW].every((cell) => cell.bold && cell.background === "#f1f3f4")).toBe(true);
  });

  it("gives the ROI chart its channels and their ROI, gains and losses apart, at its anchor below the table", () => {
    const [chart] = view.charts;
    const totalsRow = rowOf("Total");
    expect(chart).toMatchObject({ type: "BAR", title: "ROI by channel", legend: false, percent: true, anchor: { row: totalsRow + 2, column: 0 } });
    expect(chart.labels).toEqual(channels.map((c) => c.name));
    const [gains, losses] = chart.series;
    channels.forEach((channel, i) => {
      const [shown, blank] = channel.roi >= 0 ? [gains, losses] : [losses, gains];
      expect(shown.values[i], channel.name).toBeCloseTo(channel.roi, 12);
      expect(blank.values[i], channel.name).toBeNull();
    });
    expect(channels.some((c) => c.roi < 0)).toBe(true);
  });

  it("redraws the chart and the colours from the new values when the source changes", () => {
    // X's revenue from 990 to 2,400: ROI (2400 - 1200) / 1200 = 100%, at or above the target.
    session.editCell("Channel data", "H5", "2400");
    const after = scorecard();
    const x = after.charts[0].labels.indexOf("X");
    expect(after.charts[0].series[0].values[x]).toBeCloseTo(1, 12);
    expect(after.cells[rowOf("X")][column(after, "ROI")].background).toBe("#e6f4ea");
  });
});

describe("a spilled result", () => {
  it("is shown in its formula's number format in every cell", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    session.editCell("Channel data", "J2", "=CPA(B2:B8, G2:G8)");
    const sheet = session.view().sheets[0];
    const [header, ...rows] = sampleWorkbook().sheets[0].cells;
    const expected = rows.map((row) => ((row[header.indexOf("Budget")] as number) / (row[header.indexOf("Conversions")] as number)).toFixed(2));
    expect(sheet.cells.slice(1, 8).map((row) => row[9].display)).toEqual(expected);
  });
});
