// Channel names as exports really write them: the grouping and the linked formulas must agree on
// which rows are one channel, in the emulated Sheets, whether the build is linked or typed.
import { describe, expect, it } from "vitest";
import { buildFromSelection, createSession, sheetValues, workbookWith } from "./scorecardSession";
import type { RawCell } from "../../playground/runtime/contract";

const SCORECARD = "Channel scorecard";
const HEADERS = ["Ad name", "Channel", "Amount spent", "Leads", "Bounce rate", "Purchases", "Revenue"];

/** Each row with the channel a marketer means, written by hand, to sum independently of the code. */
const PER_AD_EXPORT: [string, RawCell[]][] = [
  ["Facebook", ["Spring carousel", "Facebook", 120.5, 300, 0.42, 6, 540]],
  ["Facebook", ["Spring video", " facebook ", 80, 150, null, 3, 210]],
  ["Face book", ["Retarget 1", "Face  book", 45.25, 90, 0.6, 2, 95]],
  ["Instagram", ["Stories A", "Instagram", 200, 410, 0.38, 9, 880]],
  ["Facebook", ["Lookalike", "FACEBOOK\u00a0", 60, 100, 0.5, 1, 70]],
  ["Face book", ["Retarget 2", "Face book", 30, 40, null, 1, 60]],
  ["Instagram", ["Stories B", "instagram", 99.99, 0, null, 0, 0]],
  ["Face book", ["Retarget 3", "face\tbook", 12.4, 25, 0.72, 1, 30]],
];

const FRENCH_CAMPAIGNS: [string, RawCell[]][] = [
  ["Côte d'Azur", ["Printemps", "Côte d'Azur", 1500, 820, 0.51, 31, 4650]],
  ["Cote d'Azur", ["Printemps", "Cote d'Azur", 700, 300, 0.45, 9, 1100]],
  ["Côte d'Azur", ["Été", "CÔTE D'AZUR", 900, 410, null, 14, 2300]],
  ["Cote d'Azur", ["Été", "cote d'azur", 350, 120, 0.4, 2, 180]],
];

interface Expected {
  budget: number;
  leads: number;
  conversions: number;
  revenue: number;
  /** Lead-weighted over rows that have a bounce rate; null when none has. */
  bounceRate: number | null;
}

function expectedTotals(rows: [string, RawCell[]][]): Map<string, Expected> {
  const sums = new Map<string, Expected & { bounced: number; weight: number }>();
  for (const [channel, [, , budget, leads, bounce, conversions, revenue]] of rows) {
    const sum = sums.get(channel) ?? { budget: 0, leads: 0, conversions: 0, revenue: 0, bounceRate: null, bounced: 0, weight: 0 };
    sum.budget += budget as number;
    sum.leads += leads as number;
    sum.conversions += conversions as number;
    sum.revenue += revenue as number;
    if (bounce !== null) {
      sum.bounced += (bounce as number) * (leads as number);
      sum.weight += leads as number;
    }
    sums.set(channel, sum);
  }
  return new Map([...sums].map(([channel, { bounced, weight, ...sum }]) => [channel, { ...sum, bounceRate: weight > 0 ? bounced / weight : null }]));
}

function build(rows: [string, RawCell[]][], linkToSource: boolean) {
  const session = createSession({ workbook: workbookWith("Ads", [HEADERS, ...rows.map(([, cells]) => cells)]) });
  buildFromSelection(session, "Ads", `A1:G${rows.length + 1}`, { linkToSource });
  const values = sheetValues(session, SCORECARD);
  const headers = values[2].map(String);
  const table = values.slice(3).filter((row) => row[0] !== "").map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i]])));
  return { session, channels: table.slice(0, -1), totals: table[table.length - 1] };
}

describe.each([
  ["linked to the source", true],
  ["typed", false],
])("channel names in a scorecard %s", (_, linked) => {
  it.each([
    ["a per-ad export with stray spaces, case and non-breaking spaces", PER_AD_EXPORT],
    ["French campaigns where Côte and Cote are two places", FRENCH_CAMPAIGNS],
  ])("sums %s into the channels the sheet's formulas see", (_, rows) => {
    const expected = expectedTotals(rows);
    const { channels, totals } = build(rows, linked);
    expect(channels.map((row) => row.Channel)).toEqual([...expected.keys()]);
    for (const row of channels) {
      const want = expected.get(row.Channel as string)!;
      expect(row.Spend).toBeCloseTo(want.budget, 9);
      expect([row.Leads, row.Conversions]).toEqual([want.leads, want.conversions]);
      expect(row.Revenue).toBeCloseTo(want.revenue, 9);
      expect(row.CPA).toBeCloseTo(want.budget / want.conversions, 9);
      if (want.bounceRate === null) expect(row["Bounce rate"]).toBe("");
      else expect(row["Bounce rate"]).toBeCloseTo(want.bounceRate, 12);
    }
    const all = [...expected.values()];
    const sum = (key: "budget" | "conversions") => all.reduce((total, channel) => total + channel[key], 0);
    expect(totals.Spend).toBeCloseTo(sum("budget"), 9);
    expect(totals.CPA).toBeCloseTo(sum("budget") / sum("conversions"), 9);
    // The total weights each channel's rate by its leads, over the channels that have a rate.
    const rated = all.filter((channel) => channel.bounceRate !== null);
    const weight = rated.reduce((total, channel) => total + channel.leads, 0);
    const weightedBounce = rated.reduce((total, channel) => total + channel.bounceRate! * channel.leads, 0) / weight;
    expect(totals["Bounce rate"]).toBeCloseTo(weightedBounce, 12);
  });

  it("leaves blank a channel with no bounce rate at all, and keeps it out of the weighted total", () => {
    const rows: [string, RawCell[]][] = [
      ["TikTok", ["Spark ad", "TikTok", 250, 500, null, 5, 400]],
      ["TikTok", ["In-feed", "TikTok", 150, 300, null, 2, 120]],
      ["LinkedIn", ["Lead form", "LinkedIn", 400, 200, 0.3, 8, 1600]],
    ];
    const { channels, totals } = build(rows, linked);
    expect(channels.map((row) => [row.Channel, row["Bounce rate"]])).toEqual([["TikTok", ""], ["LinkedIn", 0.3]]);
    expect(totals["Bounce rate"]).toBe(0.3);
  });
});
