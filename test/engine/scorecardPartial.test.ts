// A table of several sources in which only some have revenue (Meta) and only others leads
// (LinkedIn), as the sources' combining sends it (request.partial), built by the real add-on by
// week and computed by the engine: a blank is no data, never a zero, in the channel table and in
// each period; every ROI is over the spend with revenue.
import { describe, expect, it } from "vitest";
import type { ScorecardRequest, ScorecardResult } from "../../src/scorecard/request";
import { createSession, sheetValues, workbookWith } from "../addon/scorecardSession";

const SCORECARD = "Channel scorecard";
const HEADERS = ["Day", "Channel", "Network", "Spend (EUR)", "Conversions", "Revenue (EUR)", "Leads"];
// Meta's rows have revenue (0 where its export left the cell blank); LinkedIn's have leads. Week of 6 April, then of 13 April.
const ROWS: (string | number)[][] = [
  ["2026-04-06", "Meta", "Meta", 410.2, 14, 1230.5, ""],
  ["2026-04-08", "Meta", "Meta", 95.4, 0, 0, ""],
  ["2026-04-07", "LinkedIn", "LinkedIn", 620, 3, "", 21],
  ["2026-04-14", "Meta", "Meta", 388.9, 11, 901.75, ""],
  ["2026-04-15", "LinkedIn", "LinkedIn", 540.5, 2, "", 17],
  ["2026-04-16", "LinkedIn", "LinkedIn", 130, 0, "", 4],
];
const request: ScorecardRequest = {
  headers: HEADERS,
  rows: ROWS,
  mapping: { channel: 1, budget: 3, conversions: 4, revenue: 5, leads: 6 },
  source: null,
  partial: [
    { field: "revenue", sources: ["meta.csv"], networks: ["Meta"] },
    { field: "leads", sources: ["linkedin.csv"], networks: ["LinkedIn"] },
  ],
  options: { targetRoi: null, chart: false, linkToSource: false, byPeriod: "week" },
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const column = (index: number, network: string, week?: string) =>
  ROWS.filter((row) => row[2] === network && (week === undefined || weekOf(String(row[0])) === week)).map((row) => row[index] as number);
const weekOf = (day: string) => (day < "2026-04-13" ? "2026-04-06" : "2026-04-13");
const roi = (revenue: number, spend: number) => (revenue - spend) / spend;

describe("a scorecard by week of sources of which only some have revenue or leads", () => {
  const session = createSession({ workbook: workbookWith("Data", [HEADERS, ...ROWS]) });
  const result = session.runServerFunction("buildScorecard", [request]) as ScorecardResult;
  const values = sheetValues(session, SCORECARD);
  const header = values[2].map(String);
  const at = (name: string) => header.indexOf(name);
  const channelRow = (name: string) => values.slice(3).find((row) => row[0] === name)!;

  it("leaves LinkedIn's revenue and ROI blank and Meta's leads blank, each ratio over the rows that have its figure", () => {
    const linkedin = channelRow("LinkedIn");
    expect([linkedin[at("Revenue")], linkedin[at("Spend with revenue")], linkedin[at("ROI")], linkedin[at("ROAS")], linkedin[at("Verdict")]]).toEqual(["", "", "", "", ""]);
    expect(linkedin[at("CPL")]).toBeCloseTo(sum(column(3, "LinkedIn")) / sum(column(6, "LinkedIn")), 9);
    const meta = channelRow("Meta");
    expect([meta[at("Leads")], meta[at("CPL")]]).toEqual(["", ""]);
    // The row whose revenue cell was blank in Meta's export counts its spend: with revenue 0.
    expect(meta[at("ROI")]).toBeCloseTo(roi(sum(column(5, "Meta")), sum(column(3, "Meta"))), 9);
    const total = channelRow("Total");
    expect(total[at("ROI")]).toBeCloseTo(roi(sum(column(5, "Meta")), sum(column(3, "Meta"))), 9);
    expect(total[at("CPL")]).toBeCloseTo(sum(column(3, "LinkedIn")) / sum(column(6, "LinkedIn")), 9);
    expect(result.best).toEqual({ channel: "Meta", roi: expect.closeTo(roi(sum(column(5, "Meta")), sum(column(3, "Meta"))), 9) });
  });

  it("says in the note that revenue and leads cover one network each, on their spend", () => {
    expect(values[1].map(String).join(" ")).toContain("Totals and ratios of Revenue cover Meta only; Leads cover LinkedIn only, on the spend of the rows that have them");
  });

  it("gives each week's ROI over its spend with revenue, blank for LinkedIn, and the change against the week before", () => {
    const layout = result.periods!.layout;
    const periodHeader = values[layout.headerRow - 1].map(String);
    const col = (name: string) => periodHeader.indexOf(name);
    const rows = values.slice(layout.firstRow - 1, layout.lastRow);
    // Each week: its total row (its first day, a number), then Meta, then LinkedIn.
    expect(rows.map((row) => (typeof row[0] === "number" ? "total" : row[0]))).toEqual(["total", "Meta", "LinkedIn", "total", "Meta", "LinkedIn"]);
    const rois: number[] = [];
    ["2026-04-06", "2026-04-13"].forEach((week, w) => {
      const [total, meta, linkedin] = rows.slice(3 * w, 3 * w + 3);
      const [metaSpend, metaRevenue] = [sum(column(3, "Meta", week)), sum(column(5, "Meta", week))];
      expect(meta[col("Spend with revenue")]).toBeCloseTo(metaSpend, 9);
      expect(meta[col("ROI")]).toBeCloseTo(roi(metaRevenue, metaSpend), 9);
      expect([linkedin[col("Revenue")], linkedin[col("Spend with revenue")], linkedin[col("ROI")]]).toEqual(["", "", ""]);
      expect(total[col("Spend")]).toBeCloseTo(metaSpend + sum(column(3, "LinkedIn", week)), 9);
      expect(total[col("Revenue")]).toBeCloseTo(metaRevenue, 9);
      expect(total[col("ROI")]).toBeCloseTo(roi(metaRevenue, metaSpend), 9);
      rois.push(roi(metaRevenue, metaSpend));
    });
    expect(rows[3][col("ROI vs before (points)")]).toBeCloseTo(rois[1] - rois[0], 9);
  });
});
