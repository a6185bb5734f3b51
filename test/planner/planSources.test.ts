// A budget plan on a scorecard built from several sources (one export per network), through the
// sidebars' server calls: each network is planned on its own measured rates (in the scorecard's
// currency), today's spend is the scorecard's, and a rebuild with one source more shows the new
// network in the plan's check, then in the plan built again. Expected figures come from the fixtures.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createSession, type EmulatedSession } from "../../playground/runtime/session";
import type { RevenueSpec, SavedSources, SourceSummary } from "../../src/sources/sidebarRequest";
import { sheetValues } from "../addon/scorecardSession";
import { buildSources, emptyWorkbook, fixture, importCsvSheet, importFile } from "../addon/sourcesSession";
import { GA4_SOURCE_MEDIUM, JOIN_FIXTURES } from "../join/fixtures";
import { LINKEDIN, SNAPCHAT_USD, sum, TIKTOK_GBP } from "../import/sourceExports";
import { buildPlan, readPlan } from "./planSession";

const CHECK = "Check against the scorecard";
const SAME = "Same channels as the scorecard";

interface Network { spend: number[]; impressions: number[]; clicks: number[]; conversions: number[]; revenue?: number[] }

/** A network's measured rates and figures at its currency's rate (1: the scorecard's currency). */
function measured(network: Network, rate = 1) {
  const [spend, impressions, clicks, conversions] = [sum(network.spend) * rate, sum(network.impressions), sum(network.clicks), sum(network.conversions)];
  return {
    spend,
    conversions,
    conversionRate: conversions / clicks,
    ctr: clicks / impressions,
    cpm: (spend / impressions) * 1000,
    valuePerSale: network.revenue ? (sum(network.revenue) * rate) / conversions : null,
  };
}
type Measured = ReturnType<typeof measured>;

/** A cell of the scorecard's channel table, by its row's label and its column's header (the header is its third row). */
function scorecardCell(session: EmulatedSession, label: string, header: string) {
  const values = sheetValues(session, "Channel scorecard");
  return values.find((row, r) => r > 2 && row[0] === label)![values[2].indexOf(header)];
}

function withSources(names: string[]) {
  const session = createSession({ workbook: emptyWorkbook() });
  const summaries: SourceSummary[] = names.map((name) => importFile(session, name, fixture(name)));
  return { session, summaries };
}

function expectPlannedOn(session: EmulatedSession, networks: Record<string, Measured>) {
  const plan = readPlan(session);
  expect(plan.channels.map((row) => row.Channel)).toEqual(Object.keys(networks));
  for (const row of plan.channels) {
    const network = networks[row.Channel as string];
    expect(row["Conversion rate (per click)"], `${row.Channel}`).toBeCloseTo(network.conversionRate, 12);
    expect(row.CTR, `${row.Channel}`).toBeCloseTo(network.ctr, 12);
    expect(row.CPM, `${row.Channel}`).toBeCloseTo(network.cpm, 9);
    expect(row["Today's spend"], `${row.Channel}`).toBeCloseTo(network.spend, 6);
    expect(row["Proven results"], `${row.Channel}`).toBe(network.conversions);
  }
  const spend = sum(Object.values(networks).map((network) => network.spend));
  expect(plan.totals["Today's spend"]).toBeCloseTo(spend, 6);
  expect(plan.totals["Today's spend"]).toBeCloseTo(scorecardCell(session, "Total", "Spend") as number, 9);
  expect(plan.errors).toEqual([]);
}

describe("a plan on a scorecard of several sources", () => {
  it("plans each network on its own rates, its money at its currency's rate, and splits the goal by today's conversions", () => {
    const { session, summaries } = withSources(["linkedin-spring-eur.csv", "tiktok-spring-gbp.csv"]);
    buildSources(session, summaries.map((summary) => summary.spec), { GBP: 1.17 });
    const result = buildPlan(session, { goal: { kind: "sales", value: 400 }, rates: "scorecard", split: "mix" });
    const networks = { LinkedIn: measured(LINKEDIN), TikTok: measured(TIKTOK_GBP, 1.17) };
    expect(result.channelCount).toBe(2);
    expectPlannedOn(session, networks);
    const plan = readPlan(session);
    expect(plan.labelled(CHECK)).toBe(SAME);
    // Today's mix: each network's share of the goal is its share of today's conversions.
    const conversions = networks.LinkedIn.conversions + networks.TikTok.conversions;
    for (const row of plan.channels) expect(row.Results).toBeCloseTo((400 * networks[row.Channel as "LinkedIn" | "TikTok"].conversions) / conversions, 9);
    // Its budget: visitors and impressions needed for its results at its rates (each rounded up, as IMPRESSIONS_NEEDED does), at its CPM.
    const tiktok = plan.channels.find((row) => row.Channel === "TikTok")!;
    const results = (400 * networks.TikTok.conversions) / conversions;
    const visitors = Math.ceil(results / networks.TikTok.conversionRate - 1e-9);
    const impressions = Math.ceil(results / networks.TikTok.conversionRate / networks.TikTok.ctr - 1e-9);
    expect([tiktok["Visitors needed"], tiktok["Impressions needed"]]).toEqual([visitors, impressions]);
    expect(tiktok.Budget).toBeCloseTo((impressions / 1000) * networks.TikTok.cpm, 6);
  });

  it("gives each network with revenue its own value per sale, so that its ROI at today's rates is the scorecard's", () => {
    const { session, summaries } = withSources(["tiktok-spring-gbp.csv", "snapchat-spring-usd.csv"]);
    // A scorecard in pounds: Snapchat's dollars at 0.79.
    buildSources(session, summaries.map((summary) => summary.spec), { USD: 0.79 });
    buildPlan(session, { goal: { kind: "sales", value: 120 }, rates: "scorecard", split: "mix" });
    const networks = { TikTok: measured(TIKTOK_GBP), Snapchat: measured(SNAPCHAT_USD, 0.79) };
    expectPlannedOn(session, networks);
    for (const row of readPlan(session).channels) {
      const network = networks[row.Channel as "TikTok" | "Snapchat"];
      expect(row["Value per sale"], `${row.Channel}`).toBeCloseTo(network.valuePerSale!, 9);
      const cpa = network.spend / network.conversions;
      const roi = (network.valuePerSale! - cpa) / cpa;
      // The plan's expected ROI differs from it only by the impression each channel rounds up.
      expect(row["Expected ROI"], `${row.Channel}`).toBeCloseTo(roi, 3);
      expect(scorecardCell(session, row.Channel as string, "ROI")).toBeCloseTo(roi, 9);
    }
  });

  it("with revenue joined from analytics in the sidebar, values each network's sale at the revenue that matched it", () => {
    const { session, summaries } = withSources(["linkedin-spring-eur.csv", "tiktok-spring-gbp.csv"]);
    const sheetName = importCsvSheet(session, "ga4-source-medium.csv", new Uint8Array(readFileSync(`${JOIN_FIXTURES}ga4-source-medium.csv`)));
    const revenue: RevenueSpec = { sheetName, rangeA1: null, by: "channel", matches: {}, currency: "EUR" };
    buildSources(session, summaries.map((summary) => summary.spec), { GBP: 1.17 }, { revenue });
    buildPlan(session, { goal: { kind: "sales", value: 200 }, rates: "scorecard", split: "mix" });
    // TikTok: nothing in the table matched it, so its revenue from the table is 0.
    const networks = { LinkedIn: measured(LINKEDIN), TikTok: measured(TIKTOK_GBP, 1.17) };
    expectPlannedOn(session, networks);
    const valuePerSale = Object.fromEntries(readPlan(session).channels.map((row) => [row.Channel, row["Value per sale"]]));
    expect(valuePerSale.LinkedIn).toBeCloseTo(GA4_SOURCE_MEDIUM["linkedin / paid_social"] / networks.LinkedIn.conversions, 9);
    expect(valuePerSale.TikTok).toBe(0);
  });

  it("after a rebuild with one source more, names the new network in red, then plans it once built again", () => {
    const { session, summaries } = withSources(["linkedin-spring-eur.csv", "tiktok-spring-gbp.csv"]);
    buildSources(session, summaries.map((summary) => summary.spec), { GBP: 1.17 });
    buildPlan(session, { goal: { kind: "sales", value: 400 }, rates: "scorecard", split: "optimized", cap: 2 });

    // The sidebar opened again lists the kept sources; Snapchat's export is added, and the scorecard built again.
    const saved = session.runServerFunction("savedSources", []) as SavedSources;
    const snapchat = importFile(session, "snapchat-spring-usd.csv", fixture("snapchat-spring-usd.csv"));
    buildSources(session, [...saved.sources.map((summary) => summary.spec), snapchat.spec], { ...saved.rates, USD: 0.92 });
    const stale = readPlan(session);
    expect(stale.labelled(CHECK)).toBe("In the scorecard, not in this plan: Snapchat. Build the plan again.");
    expect(stale.totals["Today's spend"]).toBeCloseTo(sum(LINKEDIN.spend) + sum(TIKTOK_GBP.spend) * 1.17, 6);

    const result = buildPlan(session, { goal: { kind: "sales", value: 400 }, rates: "scorecard", split: "optimized", cap: 2 });
    expect(result.channelCount).toBe(3);
    expect(readPlan(session).labelled(CHECK)).toBe(SAME);
    expectPlannedOn(session, { LinkedIn: measured(LINKEDIN), TikTok: measured(TIKTOK_GBP, 1.17), Snapchat: measured(SNAPCHAT_USD, 0.92) });
  });

  it("follows a source's sheet live: a figure changed in an export moves its network's rates in the plan", () => {
    const { session, summaries } = withSources(["linkedin-spring-eur.csv", "tiktok-spring-gbp.csv"]);
    buildSources(session, summaries.map((summary) => summary.spec), { GBP: 1.17 });
    buildPlan(session, { goal: { kind: "sales", value: 400 }, rates: "scorecard", split: "mix" });
    // TikTok's first row's cost (column E) from 640 to 700 pounds.
    session.editCells("tiktok-spring-gbp", "E2", [["700"]]);
    const tiktok = { ...TIKTOK_GBP, spend: [700, TIKTOK_GBP.spend[1]] };
    expectPlannedOn(session, { LinkedIn: measured(LINKEDIN), TikTok: measured(tiktok, 1.17) });
  });
});
