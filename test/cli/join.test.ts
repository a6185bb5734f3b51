// npx social-roi scorecard meta.csv google-ads.csv linkedin.csv --revenue shop.csv: revenue from the
// shop, CRM or analytics file joined to the spend by channel or campaign. Each network's revenue is
// the sum of the values that match it; values that match nothing are listed with their totals.
import ExcelJS from "exceljs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOOGLE, LINKEDIN, META, SOURCE_FIXTURES, sum } from "../import/sourceExports";
import { GA4_CHANNEL_GROUP, GA4_SOURCE_MEDIUM, HUBSPOT_DEALS, JOIN_FIXTURES, SHOPIFY_NET_SALES } from "../join/fixtures";
import { cliDir, csvFile, run } from "./runCli";

const spendFiles = ["meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv"].map((name) => `${SOURCE_FIXTURES}${name}`);
const joined = (name: string) => `${JOIN_FIXTURES}${name}`;
// GA4's and Shopify's exports say no currency: beside spend in euros, the user says theirs.
const revenueInEur = (name: string) => ["--revenue", joined(name), "--currency", `${name}=EUR`];

interface Totals { value: string; rows: number; revenue?: number; customers?: number; why?: string; candidates?: string[]; network?: string }
interface Json {
  total: Record<string, { value: number | null; blended?: boolean }>;
  join: { by: string; networks: (Totals & { network: string; matched: Totals[] })[]; unmatched: Totals[]; withoutSpend: Totals[]; total: Record<string, number> };
  scorecard: { channels: Record<string, number | string | null>[]; totals: Record<string, number | string | null> };
}

async function json(...args: string[]): Promise<{ report: Json; stderr: string }> {
  const { code, stdout, stderr } = await run("scorecard", ...spendFiles, ...args, "--json");
  expect(code, stderr).toBe(0);
  return { report: JSON.parse(stdout) as Json, stderr };
}

const channel = (report: Json, name: string) => report.scorecard.channels.find((row) => row.channel === name)!;
const network = (report: Json, name: string) => report.join.networks.find((entry) => entry.network === name)!;
const spendOf = (figures: { spend: number[] }) => sum(figures.spend);

describe.concurrent("revenue joined by channel", () => {
  it("gives each network the revenue of the GA4 source / medium values that match it, replacing the ads' own", async () => {
    const { report, stderr } = await json(...revenueInEur("ga4-source-medium.csv"));
    const meta = GA4_SOURCE_MEDIUM["facebook / cpc"] + GA4_SOURCE_MEDIUM["ig / paid"];
    const google = GA4_SOURCE_MEDIUM["google / cpc"];
    const linkedin = GA4_SOURCE_MEDIUM["linkedin / paid_social"];
    expect(channel(report, "Meta").revenue).toBeCloseTo(meta, 2);
    expect(channel(report, "Google Ads").revenue).toBeCloseTo(google, 2);
    expect(channel(report, "LinkedIn").revenue).toBeCloseTo(linkedin, 2);
    expect(channel(report, "Meta").roi).toBeCloseTo((meta - spendOf(META)) / spendOf(META), 6);
    const spend = spendOf(META) + spendOf(GOOGLE) + spendOf(LINKEDIN);
    expect(report.scorecard.totals.revenue).toBeCloseTo(meta + google + linkedin, 2);
    expect(report.total.roi).toMatchObject({ value: expect.closeTo((meta + google + linkedin - spend) / spend, 9), blended: true });
    expect(stderr).toContain("meta-spring-eur.csv: its “Purchases conversion value” is left out: revenue comes from ga4-source-medium.csv.");
    // The whole table, matched or not, GA4's totals row left out.
    expect(report.join.total.revenue).toBeCloseTo(sum(Object.values(GA4_SOURCE_MEDIUM)), 2);
  });

  it("lists every value that matches no network with its totals, and a match to a network without spend", async () => {
    const { report, stderr } = await json(...revenueInEur("ga4-source-medium.csv"));
    const unmatched = ["(direct) / (none)", "google / organic", "newsletter / email", "l.facebook.com / referral", "(not set)"];
    expect(report.join.unmatched.map((entry) => [entry.value, entry.revenue])).toEqual(unmatched.map((value) => [value, expect.closeTo(GA4_SOURCE_MEDIUM[value], 6)]));
    expect(report.join.unmatched.find((entry) => entry.value === "google / organic")).toMatchObject({ why: "notPaid", candidates: ["Google Ads"] });
    expect(report.join.withoutSpend).toEqual([expect.objectContaining({ value: "bing / cpc", network: "Microsoft Ads", revenue: GA4_SOURCE_MEDIUM["bing / cpc"] })]);
    expect(stderr).toContain("(direct) / (none) (1 row): revenue 6,230.15");
    expect(stderr).toContain("bing / cpc (1 row) matches Microsoft Ads, which has no spend file: revenue 960.00, left out");
    // Matched, unmatched and without spend together are the whole table: nothing dropped.
    const parts = [...report.join.networks.map((entry) => entry.revenue ?? 0), ...report.join.unmatched.map((entry) => entry.revenue ?? 0), ...report.join.withoutSpend.map((entry) => entry.revenue ?? 0)];
    expect(sum(parts)).toBeCloseTo(sum(Object.values(GA4_SOURCE_MEDIUM)), 6);
  });

  it("leaves Paid Search unmatched until --match says which network it is, and Paid Social too", async () => {
    const before = (await json(...revenueInEur("ga4-channel-group.csv"))).report;
    expect(before.join.unmatched.find((entry) => entry.value === "Paid Search")).toMatchObject({ why: "ambiguous", candidates: ["Google Ads", "Microsoft Ads"], revenue: GA4_CHANNEL_GROUP["Paid Search"] });
    expect(before.join.unmatched.find((entry) => entry.value === "Paid Social")).toMatchObject({ why: "ambiguous", candidates: ["Meta", "LinkedIn", "TikTok", "X", "Pinterest", "Snapchat"] });
    // Nothing matched a network: the scorecard has no revenue (no ROI of -100% on every channel).
    expect(Object.keys(channel(before, "Google Ads"))).not.toContain("revenue");

    const after = (await json(...revenueInEur("ga4-channel-group.csv"), "--match", "Paid Search=google-ads,paid social=Meta")).report;
    expect(channel(after, "Google Ads").revenue).toBeCloseTo(GA4_CHANNEL_GROUP["Paid Search"], 2);
    expect(channel(after, "Meta").revenue).toBeCloseTo(GA4_CHANNEL_GROUP["Paid Social"], 2);
    expect(network(after, "Google Ads").matched).toEqual([expect.objectContaining({ value: "Paid Search", by: "chosen" })]);
    expect(after.join.unmatched.map((entry) => entry.value)).not.toContain("Paid Search");
  });

  it("leaves Paid Social unmatched even when Meta is the only social network with spend (the team may run another without its file here)", async () => {
    const { code, stdout, stderr } = await run("scorecard", spendFiles[0], spendFiles[1], ...revenueInEur("ga4-channel-group.csv"), "--json");
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as Json;
    expect(report.join.unmatched.find((entry) => entry.value === "Paid Social")).toMatchObject({ why: "ambiguous", revenue: GA4_CHANNEL_GROUP["Paid Social"] });
    expect(Object.keys(channel(report, "Meta"))).not.toContain("revenue");
  });
});

describe.concurrent("revenue joined by campaign", () => {
  it("gives each campaign the shop's net sales of the campaign of that name, any case", async () => {
    const { report } = await json(...revenueInEur("shopify-sales-by-utm.csv"), "--join", "campaign", "--breakdown", "Campaign");
    const google = SHOPIFY_NET_SALES["Spring sale - Search"] + SHOPIFY_NET_SALES["spring sale - shopping"];
    expect(channel(report, "Google Ads").revenue).toBeCloseTo(google, 2);
    expect(channel(report, "Meta").revenue).toBeCloseTo(SHOPIFY_NET_SALES["Spring sale - Prospecting"], 2);
    // "Spring sale - Retargeting" is a campaign of Meta's and of LinkedIn's: never guessed.
    expect(report.join.unmatched.map((entry) => [entry.value, entry.why, entry.revenue])).toEqual([
      ["Spring sale - Retargeting", "ambiguous", SHOPIFY_NET_SALES["Spring sale - Retargeting"]],
      ["Black Friday 2025", "noCampaign", SHOPIFY_NET_SALES["Black Friday 2025"]],
      ["(blank)", "blank", SHOPIFY_NET_SALES[""]],
    ]);
    const resolved = (await json(...revenueInEur("shopify-sales-by-utm.csv"), "--join", "campaign", "--match", "Spring sale - Retargeting=Meta")).report;
    expect(channel(resolved, "Meta").revenue).toBeCloseTo(SHOPIFY_NET_SALES["Spring sale - Prospecting"] + SHOPIFY_NET_SALES["Spring sale - Retargeting"], 2);
  });
});

describe.concurrent("a table that says no currency beside spend that says one", () => {
  it("is refused, naming it and the spend's currency, with the --currency line that states it", async () => {
    const { code, stderr } = await run("scorecard", ...spendFiles, "--revenue", joined("ga4-source-medium.csv"));
    expect([code, stderr]).toEqual([
      2,
      "social-roi: ga4-source-medium.csv says no currency, beside EUR (meta-spring-eur.csv, google-ads-spring-eur.csv and linkedin-spring-eur.csv): amounts in an unknown currency cannot be added to them. " +
        "Give its currency: --currency ga4-source-medium.csv=EUR if it is in EUR; in another currency, name it and give its rate, such as --currency ga4-source-medium.csv=USD --rate USD=1.17.\n",
    ]);
  });

  it("refuses spend files that say no currency beside a table that says one, the other way round", async () => {
    // A Reddit Ads export: its Spend says no currency.
    const reddit = csvFile("reddit-join.csv", "Campaign Name,Ad Group Name,Impressions,Clicks,Spend,Conversions\nSpring sale - Subreddits,r/running,80210,640,300.00,9\n");
    const { code, stderr } = await run("scorecard", reddit, "--network", "reddit-join.csv=Reddit", "--revenue", joined("hubspot-deals-gbp.csv"));
    expect([code, stderr]).toEqual([2, expect.stringContaining("social-roi: reddit-join.csv says no currency, beside GBP (hubspot-deals-gbp.csv): amounts in an unknown currency cannot be added to them. Give its currency: --currency reddit-join.csv=GBP if it is in GBP;")]);
  });

  it("converts it at the rate of the currency stated for it", async () => {
    const { report, stderr } = await json("--revenue", joined("ga4-source-medium.csv"), "--currency", "ga4-source-medium.csv=USD", "--rate", "USD=0.92");
    expect(channel(report, "Google Ads").revenue).toBeCloseTo(GA4_SOURCE_MEDIUM["google / cpc"] * 0.92, 2);
    expect(stderr).toContain("ga4-source-medium.csv: amounts in USD converted at 0.92 EUR per USD.");
  });
});

describe.concurrent("a CRM in another currency", () => {
  it("refuses deals in GBP beside spend in EUR, naming both, then converts them with --rate", async () => {
    const refused = await run("scorecard", ...spendFiles, "--revenue", joined("hubspot-deals-gbp.csv"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("EUR");
    expect(refused.stderr).toContain("GBP (hubspot-deals-gbp.csv)");

    const { report, stderr } = await json("--revenue", joined("hubspot-deals-gbp.csv"), "--rate", "GBP=1.17");
    const won = (origin: string) => HUBSPOT_DEALS.filter((deal) => deal.origin === origin && deal.stage === "Closed won");
    expect(channel(report, "LinkedIn").revenue).toBeCloseTo(sum(won("Paid Social / LinkedIn").map((deal) => deal.amount)) * 1.17, 2);
    expect(channel(report, "Meta").revenue).toBeCloseTo(sum(won("Paid Social / Facebook").map((deal) => deal.amount)) * 1.17, 2);
    expect([channel(report, "Meta").customers, channel(report, "LinkedIn").customers]).toEqual([won("Paid Social / Facebook").length, won("Paid Social / LinkedIn").length]);
    expect(report.join.unmatched.find((entry) => entry.value === "Organic Social / LinkedIn")).toMatchObject({ why: "notPaid", customers: 1, revenue: expect.closeTo(1650 * 1.17, 6) });
    expect(stderr).toContain("hubspot-deals-gbp.csv: amounts in GBP converted at 1.17 EUR per GBP.");
    expect(stderr).toContain("Deal Stage: not counted: “Closed lost” (1 row, 2,600.00)");
  });
});

describe.concurrent("one ads file and its shop", () => {
  it("joins the revenue to a single export too", async () => {
    const { code, stdout, stderr } = await run("scorecard", spendFiles[1], ...revenueInEur("ga4-source-medium.csv"), "--json");
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as Json;
    expect(report.scorecard.channels.map((row) => [row.channel, row.revenue])).toEqual([["Google Ads", expect.closeTo(GA4_SOURCE_MEDIUM["google / cpc"], 2)]]);
    // Meta and LinkedIn have no spend file here: their values are listed as such.
    expect(report.join.withoutSpend.map((entry) => entry.network)).toEqual(["Meta", "Meta", "LinkedIn", "Microsoft Ads"]);
  });
});

describe.concurrent("join options", () => {
  it("refuses --match without --revenue, and a --join that is neither channel nor campaign", async () => {
    const lone = await run("scorecard", ...spendFiles, "--match", "fb=Meta");
    expect([lone.code, lone.stderr]).toEqual([2, expect.stringContaining("--match goes with --revenue")]);
    const bad = await run("scorecard", ...spendFiles, "--revenue", joined("ga4-source-medium.csv"), "--join", "network");
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining("--join: 'network' is not channel or campaign")]);
  });
});

describe.concurrent("--out with --revenue", () => {
  it("writes the joined file as a data sheet beside the spend files, and the scorecard's values when a spend file has a summary row, saying they are values", async () => {
    const out = join(cliDir, "joined.xlsx");
    const { code, stderr } = await run("scorecard", ...spendFiles, ...revenueInEur("ga4-source-medium.csv"), "--out", out);
    expect(code, stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["meta-spring-eur", "ga4-source-medium", "Channel scorecard"]));
    // GA4's first value row, below its comment lines, header and totals row: "google / cpc", its revenue a number.
    const ga4 = workbook.getWorksheet("ga4-source-medium")!;
    expect([ga4.getCell("A11").value, ga4.getCell("J11").value]).toEqual(["google / cpc", GA4_SOURCE_MEDIUM["google / cpc"]]);
    // Meta's export has its summary row: no file's sheet is summed, the joined table's neither.
    expect(stderr).toContain("the scorecard holds the values read from the files (not formulas over their data sheets): a file has totals or summary rows");
    expect(workbook.worksheets.map((sheet) => sheet.name)).not.toContain("Revenue matches");
    const scorecard = workbook.getWorksheet("Channel scorecard")!;
    const note = scorecard.getRow(2).values as unknown[];
    expect(note.some((cell) => typeof cell === "string" && cell.includes("come from ga4-source-medium.csv, joined by channel"))).toBe(true);
  });
});
