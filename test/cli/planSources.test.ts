// npx social-roi plan meta.csv google-ads.csv linkedin.csv --goal N: the exports combined into one
// scorecard as the scorecard command combines them, and each network planned on its own rates,
// read from that scorecard by name. Expected figures are worked out from the fixtures' rows.
import ExcelJS from "exceljs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOOGLE, LINKEDIN, META, SOURCE_FIXTURES, sum, TIKTOK_GBP } from "../import/sourceExports";
import { GA4_SOURCE_MEDIUM, JOIN_FIXTURES } from "../join/fixtures";
import { cliDir, run } from "./runCli";

const file = (name: string) => `${SOURCE_FIXTURES}${name}`;
const META_GOOGLE_LINKEDIN = ["meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv"].map(file);

type Row = Record<string, number | string | null>;
interface PlanJson { channels: Row[]; totals: Row; budget: number; goalReached: boolean; summary: string }

interface Network { spend: number[]; impressions: number[]; clicks: number[]; conversions: number[]; revenue?: number[] }

/** A network's rates as measured in its file, its money at its currency's rate. */
function measured(network: Network, rate = 1) {
  const spend = sum(network.spend) * rate;
  const [impressions, clicks, conversions] = [sum(network.impressions), sum(network.clicks), sum(network.conversions)];
  return { spend, conversions, conversionRate: conversions / clicks, ctr: clicks / impressions, cpm: (spend / impressions) * 1000, valuePerSale: network.revenue ? (sum(network.revenue) * rate) / conversions : null };
}

async function plan(...args: string[]): Promise<{ report: PlanJson; stderr: string }> {
  const { code, stdout, stderr } = await run("plan", ...args, "--json");
  expect(code, stderr).toBe(0);
  return { report: JSON.parse(stdout) as PlanJson, stderr };
}

function expectRates(report: PlanJson, networks: Record<string, ReturnType<typeof measured>>) {
  expect(report.channels.map((row) => row.channel)).toEqual(Object.keys(networks));
  for (const row of report.channels) {
    const network = networks[row.channel as string];
    expect(row.conversionRate, `${row.channel}`).toBeCloseTo(network.conversionRate, 12);
    expect(row.ctr, `${row.channel}`).toBeCloseTo(network.ctr, 12);
    expect(row.cpm, `${row.channel}`).toBeCloseTo(network.cpm, 9);
    expect(row.spend, `${row.channel}`).toBeCloseTo(network.spend, 6);
    expect(row.proven, `${row.channel}`).toBe(network.conversions);
    expect(row.valuePerSale ?? null, `${row.channel}`).toEqual(network.valuePerSale === null ? null : expect.closeTo(network.valuePerSale, 9));
  }
  expect(report.totals.spend).toBeCloseTo(sum(Object.values(networks).map((network) => network.spend)), 6);
}

describe.concurrent("plan on several exports, one per network", () => {
  it("plans each network on its own rates, and at today's mix the budget is about the goal at the pooled CPA", async () => {
    const { report, stderr } = await plan(...META_GOOGLE_LINKEDIN, "--goal", "500");
    const networks = { Meta: measured(META), "Google Ads": measured(GOOGLE), LinkedIn: measured(LINKEDIN) };
    // Revenue is in Meta's and Google Ads' files only: each valued at its own revenue per sale, LinkedIn at none.
    expectRates(report, networks);
    expect(networks.LinkedIn.valuePerSale).toBeNull();
    const spend = sum(Object.values(networks).map((network) => network.spend));
    const conversions = sum(Object.values(networks).map((network) => network.conversions));
    expect(report.totals.sales).toBe(500);
    for (const row of report.channels) expect(row.sales).toBeCloseTo((500 * networks[row.channel as keyof typeof networks].conversions) / conversions, 9);
    // Each network rounds its impressions up: within a thousandth of the goal at the pooled CPA.
    expect(report.budget / ((500 * spend) / conversions)).toBeCloseTo(1, 3);
    expect(report.summary).toMatch(/^3 channels; 500 sales for €/);
    expect(stderr).toContain("meta-spring-eur.csv: Meta, from its columns");
  });

  it("converts a network's money at its currency's rate, and gives each network with revenue its own value per sale", async () => {
    const { report } = await plan(file("meta-spring-eur.csv"), file("google-ads-spring-eur.csv"), file("tiktok-spring-gbp.csv"), "--rate", "GBP=1.17", "--goal", "300", "--optimize");
    expectRates(report, { Meta: measured(META), "Google Ads": measured(GOOGLE), TikTok: measured(TIKTOK_GBP, 1.17) });
    // Optimized: the cheapest CPA first, each network capped at twice the conversions it has proven.
    const cpa = (network: Network, rate = 1) => (sum(network.spend) * rate) / sum(network.conversions);
    const cheapest = [["Meta", cpa(META)], ["Google Ads", cpa(GOOGLE)], ["TikTok", cpa(TIKTOK_GBP, 1.17)]].sort((a, b) => (a[1] as number) - (b[1] as number))[0][0];
    const first = report.channels.find((row) => row.channel === cheapest)!;
    expect(first.sales).toBeCloseTo(Math.min(300, 2 * (first.proven as number)), 9);
    expect(report.goalReached).toBe(true);
  });

  it("with revenue joined from analytics, values each network's sale at the revenue that matched it", async () => {
    const ga4 = `${JOIN_FIXTURES}ga4-source-medium.csv`;
    const { report } = await plan(...META_GOOGLE_LINKEDIN, "--revenue", ga4, "--currency", "ga4-source-medium.csv=EUR", "--goal", "500");
    const revenue = { Meta: GA4_SOURCE_MEDIUM["facebook / cpc"] + GA4_SOURCE_MEDIUM["ig / paid"], "Google Ads": GA4_SOURCE_MEDIUM["google / cpc"], LinkedIn: GA4_SOURCE_MEDIUM["linkedin / paid_social"] };
    const networks = { Meta: measured(META), "Google Ads": measured(GOOGLE), LinkedIn: measured(LINKEDIN) };
    expectRates(report, {
      Meta: { ...networks.Meta, valuePerSale: revenue.Meta / networks.Meta.conversions },
      "Google Ads": { ...networks["Google Ads"], valuePerSale: revenue["Google Ads"] / networks["Google Ads"].conversions },
      LinkedIn: { ...networks.LinkedIn, valuePerSale: revenue.LinkedIn / networks.LinkedIn.conversions },
    });
  });

  it("writes the data sheets, the scorecard and the plan over it to one workbook with --out", async () => {
    const out = join(cliDir, "plan-sources.xlsx");
    const { code, stderr } = await run("plan", file("linkedin-spring-eur.csv"), file("tiktok-spring-gbp.csv"), "--rate", "GBP=1.17", "--goal", "200", "--out", out);
    expect(code, stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(["linkedin-spring-eur", "tiktok-spring-gbp", "Channel scorecard", "Budget plan"]));
    // The plan reads the scorecard, which reads the data sheets: live, at the rate.
    const formulas = (sheet: string) => {
      const found: string[] = [];
      workbook.getWorksheet(sheet)!.eachRow((row) => row.eachCell((cell) => cell.formula && found.push(cell.formula)));
      return found.join("\n");
    };
    expect(formulas("Budget plan")).toContain("'Channel scorecard'!");
    expect(formulas("Channel scorecard")).toContain("'tiktok-spring-gbp'!");
    expect(formulas("Channel scorecard")).toContain("*1.17");
  });

  it("refuses what a plan on several files cannot do, and the options of several files on one", async () => {
    const cases: [string[], string][] = [
      [[...META_GOOGLE_LINKEDIN, "--goal", "500", "--by", "week", "--last", "2"], "social-roi: --by and --last measure the rates on one data file's recent rows; several files are planned on every row of each\n"],
      [[...META_GOOGLE_LINKEDIN, "--goal", "500", "--ctr", "2%"], `social-roi: --ctr: the rates come from ${META_GOOGLE_LINKEDIN.join(", ")}; leave out --conversion-rate, --ctr, --cpm and --cpc, or the data files\n`],
      [[file("tiktok-spring-gbp.csv"), "--goal", "500", "--rate", "GBP=1.17"], "social-roi: --rate is not an option of plan on one file: it is for several files, one per network; see --help\n"],
      [[...META_GOOGLE_LINKEDIN, "--goal", "500", "--breakdown", "Campaign"], "social-roi: --breakdown is not an option of plan; see --help\n"],
      // Two currencies without a rate: refused as the scorecard refuses them.
      [[file("linkedin-spring-eur.csv"), file("tiktok-spring-gbp.csv"), "--goal", "100"], expect.stringMatching(/EUR \(linkedin-spring-eur\.csv\) and GBP \(tiktok-spring-gbp\.csv\)/) as unknown as string],
    ];
    for (const [args, stderr] of cases) {
      const result = await run("plan", ...args);
      expect([result.code, result.stderr], args.join(" ")).toEqual([2, stderr]);
    }
  });
});
