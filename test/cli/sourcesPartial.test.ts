// A field only some exports have (Meta's and Google Ads' revenue, LinkedIn's leads) is a column of the
// scorecard, blank on the rows of the other networks: never a zero that would give LinkedIn a ROI of
// -100%. Every figure taken of it is over the rows that have it: a ROI over the spend with revenue,
// a CPL over the spend with leads, in a channel, a campaign mixing networks, and the totals; the
// values read and the live formulas (--out) give the same figures.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GOOGLE, LINKEDIN, META, SOURCE_FIXTURES, sum } from "../import/sourceExports";
import { join } from "node:path";
import { cliDir, csvFile, run } from "./runCli";

const [meta, google, linkedin] = ["meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv"].map((name) => `${SOURCE_FIXTURES}${name}`);

type Row = Record<string, number | string | null>;
interface Report {
  total: Record<string, { value: number | null; sources: string[]; complete?: boolean; blended?: boolean; label?: string }>;
  scorecard: { channels: Row[]; totals: Row; breakdown?: { title: string; rows: Row[]; totals: Row }[] };
}

async function report(...args: string[]): Promise<Report> {
  const { code, stdout, stderr } = await run("scorecard", ...args, "--json");
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as Report;
}

const roiOf = (revenue: number, spend: number) => (revenue - spend) / spend;
/** The verdict against the rest of the table's ROI, over its spend with revenue (0% when that is a loss, or when no other row has revenue), as the README says. */
const verdictOf = (roi: number, rest: { revenue: number; spend: number }) => {
  const target = rest.spend > 0 ? Math.max(0, roiOf(rest.revenue, rest.spend)) : 0;
  return roi >= target ? "Scale up" : roi < 0 ? "Cut" : "Keep";
};

const spendMeta = sum(META.spend);
const spendGoogle = sum(GOOGLE.spend);
const revenueMeta = sum(META.revenue);
const revenueGoogle = sum(GOOGLE.revenue);

interface Network {
  name: string;
  spend: readonly number[];
  conversions: readonly number[];
  revenue?: readonly number[];
  leads?: readonly number[];
}
const NETWORKS: Record<string, Network> = { Meta: { name: "Meta", ...META }, "Google Ads": { name: "Google Ads", ...GOOGLE }, LinkedIn: { name: "LinkedIn", ...LINKEDIN } };

/** The figures both builds must show, from the files' own numbers: networks is the scorecard's, some with revenue, some with leads. */
function expectPartialFigures(scorecard: Report["scorecard"], networks: readonly Network[]): void {
  const channel = (name: string) => scorecard.channels.find((row) => row.channel === name)!;
  const withRevenue = networks.filter((network) => network.revenue);
  const withLeads = networks.filter((network) => network.leads);
  for (const network of networks) {
    const row = channel(network.name);
    const spend = sum(network.spend);
    expect(row.budget).toBeCloseTo(spend, 2);
    if (network.revenue) {
      expect(row.revenue).toBeCloseTo(sum(network.revenue), 6);
      expect(row.spendWithRevenue).toBeCloseTo(spend, 6);
      expect(row.roi).toBeCloseTo(roiOf(sum(network.revenue), spend), 9);
      // Judged against the other networks with revenue: the spend of those without is no part of the bar.
      const others = withRevenue.filter((other) => other !== network);
      const rest = { revenue: sum(others.flatMap((other) => other.revenue!)), spend: sum(others.flatMap((other) => other.spend)) };
      expect(row.verdict).toBe(verdictOf(roiOf(sum(network.revenue), spend), rest));
    } else {
      // No revenue: blank, with no ROI, ROAS or verdict on ROI.
      expect(row).toMatchObject({ revenue: null, spendWithRevenue: null, roi: null, roas: null, verdict: null });
    }
    if (network.leads) {
      expect(row.leads).toBe(sum(network.leads));
      expect(row.cpl).toBeCloseTo(spend / sum(network.leads), 9);
    } else {
      expect(row).toMatchObject({ leads: null, spendWithLeads: null, cpl: null });
    }
  }

  // The totals: spend over every network, revenue and ROI over those with revenue, leads and CPL over those with leads.
  const { totals } = scorecard;
  const [spendWithRevenue, revenue] = [sum(withRevenue.flatMap((n) => n.spend)), sum(withRevenue.flatMap((n) => n.revenue!))];
  const [spendWithLeads, leads] = [sum(withLeads.flatMap((n) => n.spend)), sum(withLeads.flatMap((n) => n.leads!))];
  const spend = sum(networks.flatMap((n) => n.spend));
  expect(totals.budget).toBeCloseTo(spend, 2);
  expect(totals.spendWithRevenue).toBeCloseTo(spendWithRevenue, 2);
  expect(totals.revenue).toBeCloseTo(revenue, 6);
  expect(totals.roi).toBeCloseTo(roiOf(revenue, spendWithRevenue), 9);
  expect(totals.roas).toBeCloseTo(revenue / spendWithRevenue, 9);
  expect(totals.leads).toBe(leads);
  expect(totals.cpl).toBeCloseTo(spendWithLeads / leads, 9);
  // Conversions every network has: over the whole spend.
  expect(totals.cpa).toBeCloseTo(spend / sum(networks.flatMap((n) => n.conversions)), 9);
}

/** A campaign of that name on Meta (with revenue) and on LinkedIn (with leads): one row, each ratio over its own rows. */
function expectMixedCampaign(scorecard: Report["scorecard"], networks: readonly Network[]): void {
  const byCampaign = scorecard.breakdown!.find((section) => section.title === "By Campaign")!;
  const retargeting = byCampaign.rows.find((row) => row.Campaign === "Spring sale - Retargeting")!;
  expect(retargeting.budget).toBeCloseTo(META.spend[2] + LINKEDIN.spend[1], 6);
  expect(retargeting.spendWithRevenue).toBeCloseTo(META.spend[2], 6);
  expect(retargeting.revenue).toBeCloseTo(META.revenue[2], 6);
  expect(retargeting.roi).toBeCloseTo(roiOf(META.revenue[2], META.spend[2]), 9);
  expect(retargeting.spendWithLeads).toBeCloseTo(LINKEDIN.spend[1], 6);
  expect(retargeting.leads).toBe(LINKEDIN.leads[1]);
  expect(retargeting.cpl).toBeCloseTo(LINKEDIN.spend[1] / LINKEDIN.leads[1], 9);
  expect(retargeting.cpa).toBeCloseTo((META.spend[2] + LINKEDIN.spend[1]) / (META.conversions[2] + LINKEDIN.conversions[1]), 9);
  // A campaign of LinkedIn's alone has no revenue.
  expect(byCampaign.rows.find((row) => row.Campaign === "Thought leadership")).toMatchObject({ revenue: null, roi: null, verdict: null });
  const [withRevenue, withRevenueSpend] = [sum(networks.flatMap((n) => n.revenue ?? [])), sum(networks.flatMap((n) => (n.revenue ? n.spend : [])))];
  expect(byCampaign.totals.roi).toBeCloseTo(roiOf(withRevenue, withRevenueSpend), 9);
  // Within LinkedIn, the subtotal's revenue is blank as its campaigns' are, never a sum of 0.
  const within = scorecard.breakdown!.find((section) => section.title === "By channel, then Campaign")!;
  expect(within.rows.find((row) => row.channel === "LinkedIn")).toMatchObject({ revenue: null, roi: null });
}

/** Meta's export with its summary box unticked: no account total row, so its sheet links. */
const metaWithoutSummary = csvFile("meta-spring-no-summary.csv", readFileSync(meta, "utf8").split("\n").filter((_, i) => i !== 1).join("\n"));

describe.concurrent("exports of which only some have revenue, or leads", () => {
  const all = [NETWORKS.Meta, NETWORKS["Google Ads"], NETWORKS.LinkedIn];

  it("leave those columns blank on the others' rows, and take every ratio over the rows that have them", async () => {
    const { scorecard, total } = await report(meta, google, linkedin);
    expectPartialFigures(scorecard, all);
    // The sources' totals say which files they cover.
    expect(total.revenue).toMatchObject({ sources: ["meta-spring-eur.csv", "google-ads-spring-eur.csv"], complete: false });
    expect(total.leads).toMatchObject({ sources: ["linkedin-spring-eur.csv"], complete: false });
    expect(total.roi).toMatchObject({ value: expect.closeTo(roiOf(revenueMeta + revenueGoogle, spendMeta + spendGoogle), 9), blended: false });
  });

  it("break down a campaign that runs on two networks: its ROI over the spend with revenue, its CPL over the spend with leads", async () => {
    const { scorecard } = await report(meta, google, linkedin, "--breakdown", "Campaign");
    expectMixedCampaign(scorecard, all);
  });

  it("give the same figures as live formulas over each file's sheet (--out)", async () => {
    const out = join(cliDir, "sources-partial.xlsx");
    const args = [metaWithoutSummary, linkedin, "--breakdown", "Campaign", "--out", out];
    const { stderr } = await run("scorecard", ...args);
    // Linked, not the values read.
    expect(stderr).not.toContain("holds the values read");
    const { scorecard } = await report(...args);
    expectPartialFigures(scorecard, [NETWORKS.Meta, NETWORKS.LinkedIn]);
    expectMixedCampaign(scorecard, [NETWORKS.Meta, NETWORKS.LinkedIn]);
  });

  it("say what the totals cover on standard error, and call no ROI blended", async () => {
    const { code, stdout, stderr } = await run("scorecard", meta, google, linkedin);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(
      "social-roi: Only meta-spring-eur.csv and google-ads-spring-eur.csv have revenue: the scorecard shows it on their rows and leaves it blank on the others'; " +
        "its totals, and the ratios taken of it, cover those sources only, on their spend.\n",
    );
    expect(stdout).not.toMatch(/blended ROI/);
  });
});

// Meta's export by platform (its own channel column), and an agency's table of the same channels
// with leads and no revenue: the channel "facebook" mixes rows with revenue and rows without.
const PLATFORMS = new URL("fixtures/meta-campaigns-by-platform.csv", import.meta.url).pathname;
/** The file's data rows (its first, unlabeled, row is the account's total): platform, spend, revenue (blank: none). */
const platformRows = readFileSync(PLATFORMS, "utf8")
  .replace(/^\uFEFF/, "")
  .trim()
  .split("\n")
  .slice(2)
  .map((line) => line.split(","))
  .map((cells) => ({ platform: cells[4], spend: Number(cells[6]), revenue: cells[12] === "" ? 0 : Number(cells[12]) }));
const AGENCY = { facebook: { spend: 640, leads: 38, conversions: 5 }, newsletter: { spend: 310.5, leads: 122, conversions: 9 } };
const agency = csvFile(
  "agency-march.csv",
  "Channel,Spend,Leads,Conversions\n" +
    `Facebook,${AGENCY.facebook.spend.toFixed(2)},${AGENCY.facebook.leads},${AGENCY.facebook.conversions}\n` +
    `Newsletter,${AGENCY.newsletter.spend.toFixed(2)},${AGENCY.newsletter.leads},${AGENCY.newsletter.conversions}\n`,
);

describe.concurrent("a kept channel column whose channel mixes a source with revenue and one without", () => {
  const args = [PLATFORMS, agency, "--keep-channel", "meta-campaigns-by-platform.csv,agency-march.csv", "--currency", "agency-march.csv=EUR"];

  it("judges the channel on its spend with revenue alone, in the scorecard and in the workbook written", async () => {
    const facebook = platformRows.filter((row) => row.platform === "facebook");
    const metaSpend = sum(facebook.map((row) => row.spend));
    const metaRevenue = sum(facebook.map((row) => row.revenue));
    for (const extra of [[], ["--out", join(cliDir, "kept-channel-partial.xlsx")]]) {
      const { scorecard } = await report(...args, ...extra);
      const row = scorecard.channels.find((channel) => String(channel.channel).toLowerCase() === "facebook")!;
      expect(row.budget).toBeCloseTo(metaSpend + AGENCY.facebook.spend, 6);
      expect(row.spendWithRevenue).toBeCloseTo(metaSpend, 6);
      expect(row.revenue).toBeCloseTo(metaRevenue, 6);
      expect(row.roi).toBeCloseTo(roiOf(metaRevenue, metaSpend), 9);
      expect(row.leads).toBe(AGENCY.facebook.leads);
      expect(row.cpl).toBeCloseTo(AGENCY.facebook.spend / AGENCY.facebook.leads, 9);
      const newsletter = scorecard.channels.find((channel) => channel.channel === "Newsletter")!;
      expect(newsletter).toMatchObject({ revenue: null, roi: null, verdict: null, leads: AGENCY.newsletter.leads });
      const allMeta = { spend: sum(platformRows.map((r) => r.spend)), revenue: sum(platformRows.map((r) => r.revenue)) };
      expect(scorecard.totals.roi).toBeCloseTo(roiOf(allMeta.revenue, allMeta.spend), 9);
    }
  });
});
