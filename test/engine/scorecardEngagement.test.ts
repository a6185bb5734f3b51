// Reach, engagement and the funnel in scorecards built by the real add-on from exports written as
// the platforms write them, computed by the engine. Expected figures are plain sums over each
// fixture, worked out in the test, never read from the add-on's code.
import { describe, expect, it } from "vitest";
import type { RawCell } from "../../playground/runtime/contract";
import { buildFromSelection, createSession, scorecardRows, sheetValues, workbookWith, type ScorecardRow } from "../addon/scorecardSession";

const SCORECARD = "Channel scorecard";

function build(sheetName: string, exported: RawCell[][], options: Parameters<typeof buildFromSelection>[3] = {}) {
  const session = createSession({ workbook: workbookWith(sheetName, exported) });
  const last = `${String.fromCharCode(64 + exported[0].length)}${exported.length}`;
  const result = buildFromSelection(session, sheetName, `A1:${last}`, options);
  const values = () => sheetValues(session, SCORECARD);
  const read = () => scorecardRows(values());
  /** The funnel beside the table: [stage, total, rate of the stage before] from its header down. */
  const funnel = () => {
    const rows = values();
    const left = rows[2].indexOf("Funnel");
    if (left < 0) return null;
    return rows.slice(3).map((row) => row.slice(left, left + 3)).filter((row) => row[0] !== "");
  };
  const charts = () => session.view().sheets.find((sheet) => sheet.name === SCORECARD)!.charts;
  return { session, result, values, read, funnel, charts };
}

// Meta Ads Manager, "Export table data" with the Platform breakdown: one row per campaign and
// platform, platforms in lower case, a blank cell where a campaign had no shares.
const META = [
  ["Reporting starts", "Reporting ends", "Campaign name", "Platform", "Reach", "Impressions", "Post reactions", "Post comments", "Post shares",
    "Link clicks", "Landing page views", "Amount spent (EUR)", "Purchases", "Purchases conversion value"],
  ["2026-11-01", "2026-11-30", "Spring promo", "facebook", 48210, 96400, 1830, 212, 97, 2410, 1622, 1180.45, 41, 3690],
  ["2026-11-01", "2026-11-30", "Spring promo", "instagram", 61380, 143900, 4920, 388, 261, 1985, 1290, 1422.1, 37, 3145.5],
  ["2026-11-01", "2026-11-30", "Retargeting", "facebook", 9120, 30480, 412, 35, "", 960, 702, 455.8, 29, 2610],
  ["2026-11-01", "2026-11-30", "Retargeting", "instagram", 12040, 41760, 1106, 64, 18, 744, 488, 398.25, 14, 1176],
  ["2026-11-01", "2026-11-30", "Spring promo", "messenger", 2310, 5120, 0, 0, 0, 88, 51, 61.9, 1, 79],
];
const META_COLUMN = Object.fromEntries(META[0].map((header, i) => [header, i]));

/** The plain sum of a Meta column over a platform's rows (all rows when platform is null); blank is 0. */
function metaSum(header: string, platform: string | null): number {
  return META.slice(1)
    .filter((row) => platform === null || row[META_COLUMN.Platform] === platform)
    .reduce((sum, row) => sum + Number(row[META_COLUMN[header]] || 0), 0);
}

function metaFigures(platform: string | null) {
  const [impressions, reach, shares, clicks, visits, purchases, spend] =
    ["Impressions", "Reach", "Post shares", "Link clicks", "Landing page views", "Purchases", "Amount spent (EUR)"].map((h) => metaSum(h, platform));
  const engagements = metaSum("Post reactions", platform) + metaSum("Post comments", platform) + shares;
  return { impressions, reach, shares, clicks, visits, purchases, spend, engagements };
}

function expectEngagementOf(row: ScorecardRow, platform: string | null): void {
  const f = metaFigures(platform);
  expect([row.Impressions, row.Reach, row.Shares, row.Engagements, row.Clicks, row.Visits]).toEqual([f.impressions, f.reach, f.shares, f.engagements, f.clicks, f.visits]);
  expect(row["Engagement rate"]).toBeCloseTo(f.engagements / f.impressions, 12);
  expect(row["Share rate"]).toBeCloseTo(f.shares / f.impressions, 12);
  expect(row["Clicks per engagement"]).toBeCloseTo(f.clicks / f.engagements, 12);
  expect(row["Cost per engagement"]).toBeCloseTo(f.spend / f.engagements, 12);
  expect(row.CTR).toBeCloseTo(f.clicks / f.impressions, 12);
}

describe("a Meta export by platform with reach, reactions, comments and shares", () => {
  it("sums likes, comments and shares into engagements, and computes each rate per channel and on the totals", () => {
    const { read } = build("Meta export", META);
    const { channels, totals } = read();
    expect(channels.map((row) => row.Channel)).toEqual(["facebook", "instagram", "messenger"]);
    for (const row of channels.slice(0, 2)) expectEngagementOf(row, String(row.Channel));
    expectEngagementOf(totals, null);
    // By hand, for facebook: 1,830 + 212 + 97 + 412 + 35 = 2,586 engagements on 126,880 impressions.
    expect(channels[0].Engagements).toBe(2586);
    expect(channels[0]["Engagement rate"]).toBeCloseTo(2586 / 126_880, 12);
    // messenger had no engagement: the rates per engagement are blank, never an error.
    expect([channels[2].Engagements, channels[2]["Clicks per engagement"], channels[2]["Cost per engagement"]]).toEqual([0, "", ""]);
  });

  it("shows the total's funnel beside the table, each stage with its rate of the stage before", () => {
    const { funnel } = build("Meta export", META);
    const f = metaFigures(null);
    const stages: [string, number][] = [["Impressions", f.impressions], ["Engagements", f.engagements], ["Clicks", f.clicks], ["Visits", f.visits], ["Conversions", f.purchases]];
    const shown = funnel()!;
    expect(shown.map(([stage, total]) => [stage, total])).toEqual(stages);
    expect(shown[0][2]).toBe("");
    stages.slice(1).forEach(([, total], i) => expect(shown[i + 1][2]).toBeCloseTo(total / stages[i][1], 12));
  });

  it("draws the funnel as a bar chart of the total's stages, beside the ROI chart", () => {
    const { charts } = build("Meta export", META);
    const f = metaFigures(null);
    expect(charts().map((chart) => [chart.type, chart.title])).toEqual([["BAR", "ROI by channel"], ["BAR", "Funnel, all channels"]]);
    expect(charts()[1].labels).toEqual(["Impressions", "Engagements", "Clicks", "Visits", "Conversions"]);
    expect(charts()[1].series[0].values).toEqual([f.impressions, f.engagements, f.clicks, f.visits, f.purchases]);
  });

  it("follows the source: a teammate's corrected reaction count moves engagements, rates and the funnel", () => {
    const { session, read, funnel } = build("Meta export", META);
    // Row 4 is Retargeting on facebook: 412 reactions become 1,412.
    session.editCell("Meta export", "G4", "1412");
    const { channels, totals } = read();
    expect(channels[0].Engagements).toBe(3586);
    expect(channels[0]["Engagement rate"]).toBeCloseTo(3586 / 126_880, 12);
    expect(totals.Engagements).toBe(metaFigures(null).engagements + 1000);
    expect(funnel()![1][1]).toBe(metaFigures(null).engagements + 1000);
  });

  it("builds no funnel chart when charts are off, and keeps the funnel's figures", () => {
    const { charts, funnel } = build("Meta export", META, { chart: false });
    expect(charts()).toEqual([]);
    expect(funnel()).toHaveLength(5);
  });
});

// TikTok Ads Manager's campaign report: no platform column (the campaign names the rows), likes,
// comments and shares apart, and reach beside impressions.
const TIKTOK = [
  ["Campaign name", "Cost", "Impressions", "Reach", "Clicks", "Likes", "Comments", "Shares", "Conversions", "Total purchase value"],
  ["Holiday UGC", 2150.4, 412_800, 233_100, 3920, 18_240, 1204, 2310, 96, 7488],
  ["Spark ads creators", 1320, 198_450, 121_700, 2215, 9120, 540, 1890, 41, 2952],
  ["Retarget viewers", 410.75, 51_200, 20_480, 860, 1310, 72, 95, 22, 1870],
];

describe("a TikTok campaign report", () => {
  it("reads Likes, Comments and Shares as engagements and costs each one", () => {
    const { read } = build("TikTok", TIKTOK);
    const { channels, totals } = read();
    expect(channels.map((row) => row.Channel)).toEqual(["Holiday UGC", "Spark ads creators", "Retarget viewers"]);
    TIKTOK.slice(1).forEach((row, i) => {
      const [, cost, impressions, , , likes, comments, shares] = row as number[];
      expect(channels[i].Engagements).toBe(likes + comments + shares);
      expect(channels[i]["Engagement rate"]).toBeCloseTo((likes + comments + shares) / impressions, 12);
      expect(channels[i]["Share rate"]).toBeCloseTo(shares / impressions, 12);
      expect(channels[i]["Cost per engagement"]).toBeCloseTo(cost / (likes + comments + shares), 12);
    });
    // 18,240 + 1,204 + 2,310 + 9,120 + 540 + 1,890 + 1,310 + 72 + 95 = 34,781 on 662,450 impressions.
    expect(totals.Engagements).toBe(34_781);
    expect(totals["Engagement rate"]).toBeCloseTo(34_781 / 662_450, 12);
    expect(totals["Cost per engagement"]).toBeCloseTo((2150.4 + 1320 + 410.75) / 34_781, 12);
  });
});

// A French organic report: reach but no impressions, and a total of interactions. Its total is the
// source's funnel: 1,000 people see the posts, 100 share them, 30 click, 5 buy.
const FRENCH = [
  ["Canal", "Dépenses", "Couverture", "Interactions", "Partages", "Clics", "Ventes", "Chiffre d'affaires"],
  ["LinkedIn", 300, 600, 60, 60, 18, 3, 450],
  ["Facebook", 200, 400, 40, 40, 12, 2, 260],
];

describe("a French report with reach and no impressions", () => {
  it("rates engagement and shares per person reached", () => {
    const { read } = build("Rapport", FRENCH);
    const { channels, totals } = read();
    expect(channels.map((row) => [row.Reach, row.Engagements, row["Engagement rate"], row["Share rate"]])).toEqual([
      [600, 60, 0.1, 0.1],
      [400, 40, 0.1, 0.1],
    ]);
    expect([totals.Reach, totals.Engagements, totals.Clicks, totals.Conversions]).toEqual([1000, 100, 30, 5]);
  });

  it("gives the source's funnel for the total: 1,000 -> 100 -> 30 -> 5", () => {
    const { funnel } = build("Rapport", FRENCH);
    const shown = funnel()!;
    expect(shown.map(([stage, total]) => [stage, total])).toEqual([["Reach", 1000], ["Engagements", 100], ["Clicks", 30], ["Conversions", 5]]);
    expect(shown[1][2]).toBeCloseTo(0.1, 12);
    expect(shown[2][2]).toBeCloseTo(0.3, 12);
    expect(shown[3][2]).toBeCloseTo(5 / 30, 12);
  });
});
