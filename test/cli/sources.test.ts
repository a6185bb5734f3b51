// npx social-roi scorecard meta.csv google-ads.csv linkedin.csv: one scorecard from one export per
// network. Each network's figures equal its file alone; totals equal the sums; a field only some
// files have is totalled over those, and said so; currencies need rates.
import ExcelJS from "exceljs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOOGLE, LINKEDIN, META, SOURCE_FIXTURES, sum, TIKTOK_GBP } from "../import/sourceExports";
import { cliDir, csvFile, run } from "./runCli";

const file = (name: string) => `${SOURCE_FIXTURES}${name}`;
const [meta, google, linkedin, tiktok] = ["meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv", "tiktok-spring-gbp.csv"].map(file);

interface Json {
  currency: string | null;
  sources: Record<string, number | string | null>[];
  total: Record<string, { value: number | null; sources: string[]; complete?: boolean; blended?: boolean; label?: string }>;
  scorecard: { currency: string | null; channels: Record<string, number | string | null>[]; totals: Record<string, number | string | null> };
}

async function json(...args: string[]): Promise<Json> {
  const { code, stdout, stderr } = await run("scorecard", ...args, "--json");
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as Json;
}

describe.concurrent("three exports, one per network", () => {
  it("gives each network the figures of its file alone, and totals that are their sums", async () => {
    const report = await json(meta, google, linkedin);
    const files = [META, GOOGLE, LINKEDIN];
    expect(report.sources.map((source) => source.network)).toEqual(["Meta", "Google Ads", "LinkedIn"]);
    report.sources.forEach((source, i) => {
      expect(source.spend).toBeCloseTo(sum(files[i].spend), 6);
      expect(source.conversions).toBeCloseTo(sum(files[i].conversions), 6);
      expect(source.clicks).toBe(sum(files[i].clicks));
      expect(source.impressions).toBe(sum(files[i].impressions));
    });
    expect(report.scorecard.channels.map((channel) => [channel.channel, channel.budget])).toEqual([
      ["Meta", expect.closeTo(sum(META.spend), 2)],
      ["Google Ads", expect.closeTo(sum(GOOGLE.spend), 2)],
      ["LinkedIn", expect.closeTo(sum(LINKEDIN.spend), 2)],
    ]);
    const spend = sum([...META.spend, ...GOOGLE.spend, ...LINKEDIN.spend]);
    expect(report.total.spend).toMatchObject({ value: expect.closeTo(spend, 6), complete: true });
    expect(report.scorecard.totals.budget).toBeCloseTo(spend, 2);
    expect(report.scorecard.totals.conversions).toBeCloseTo(sum([...META.conversions, ...GOOGLE.conversions, ...LINKEDIN.conversions]), 6);
    expect([report.currency, report.scorecard.currency]).toEqual(["EUR", "EUR"]);
  });

  it("totals revenue over the files that have it, and labels its ROI over them, never blended", async () => {
    const report = await json(meta, google, linkedin);
    const revenue = sum([...META.revenue, ...GOOGLE.revenue]);
    const spend = sum([...META.spend, ...GOOGLE.spend]);
    expect(report.total.revenue).toEqual({ value: expect.closeTo(revenue, 6), sources: ["meta-spring-eur.csv", "google-ads-spring-eur.csv"], complete: false });
    expect(report.total.roi).toEqual({
      value: expect.closeTo((revenue - spend) / spend, 9),
      sources: ["meta-spring-eur.csv", "google-ads-spring-eur.csv"],
      blended: false,
      label: "ROI over meta-spring-eur.csv and google-ads-spring-eur.csv (the sources with revenue), not blended",
    });
    // LinkedIn has no revenue: its ROI is blank rather than -100%; Meta's is over its own spend.
    const channel = (name: string) => report.scorecard.channels.find((row) => row.channel === name)!;
    expect(channel("LinkedIn")).toMatchObject({ revenue: null, roi: null });
    expect(channel("Meta").roi).toBeCloseTo((sum(META.revenue) - sum(META.spend)) / sum(META.spend), 9);
    expect(report.sources[2].roi).toBeNull();
  });

  it("prints each source, the totals marked where they cover some files only, and says so on standard error", async () => {
    const { code, stdout, stderr } = await run("scorecard", meta, google, linkedin);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^Source\s+Network\s+spend \(EUR\)\s+impressions\s+clicks\s+leads\s+conversions\s+revenue \(EUR\)\s+CPA\s+ROI$/);
    expect(lines[3]).toMatch(/^linkedin-spring-eur\.csv\s+LinkedIn\s+2,458\.00\s+120,236\s+743\s+47\s+16\s+153\.63$/);
    expect(lines[4]).toMatch(/^Total\s+9,863\.98\s+618,125\s+11,532\s+47\*\s+375\s+24,751\.45\*\s+234\.2%\*$/);
    expect(stdout).toContain("* ROI over meta-spring-eur.csv and google-ads-spring-eur.csv (the sources with revenue), not blended");
    expect(stderr).toContain("social-roi: linkedin-spring-eur.csv: LinkedIn, from its columns “Total Spent” and “Campaign Group Name”.\n");
    expect(stderr).toContain(
      "social-roi: Only meta-spring-eur.csv and google-ads-spring-eur.csv have revenue: the scorecard shows it on their rows and leaves it blank on the others'; " +
        "its totals, and the ratios taken of it, cover those sources only, on their spend.\n",
    );
    expect(stderr).not.toContain("No channel column");
  });

  it("breaks down by a column the files share, across networks", async () => {
    const report = await json(meta, google, linkedin, "--breakdown", "Campaign");
    const section = (report.scorecard as unknown as { breakdown: { title: string; rows: Record<string, unknown>[] }[] }).breakdown.find((part) => part.title === "By Campaign")!;
    const retargeting = section.rows.find((row) => row.Campaign === "Spring sale - Retargeting")!;
    // Meta's and LinkedIn's campaigns of that name: one row.
    expect(retargeting.budget).toBeCloseTo(META.spend[2] + LINKEDIN.spend[1], 6);
  });
});

describe.concurrent("exports in two currencies", () => {
  it("are refused without a rate, naming the currencies and their files", async () => {
    const { code, stdout, stderr } = await run("scorecard", meta, tiktok);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(
      "social-roi: The sources are in EUR (meta-spring-eur.csv) and GBP (tiktok-spring-gbp.csv): amounts in different currencies cannot be added. " +
        "Give a rate for every currency but the one the scorecard shows, such as GBP=1.17 (one GBP in EUR).\n",
    );
  });

  it("are converted at --rate, and the scorecard says its currency", async () => {
    const report = await json(meta, tiktok, "--rate", "GBP=1.17");
    expect(report.scorecard.currency).toBe("EUR");
    const tiktokChannel = report.scorecard.channels.find((channel) => channel.channel === "TikTok")!;
    expect(tiktokChannel.budget).toBeCloseTo(sum(TIKTOK_GBP.spend) * 1.17, 6);
    expect(tiktokChannel.revenue).toBeCloseTo(sum(TIKTOK_GBP.revenue) * 1.17, 6);
    expect(tiktokChannel.conversions).toBe(sum(TIKTOK_GBP.conversions));
    expect(report.scorecard.totals.budget).toBeCloseTo(sum(META.spend) + sum(TIKTOK_GBP.spend) * 1.17, 6);
    expect(report.total.roi).toMatchObject({ blended: true, label: "blended ROI" });
  });

  it("refuse a rate for a currency no file is in", async () => {
    const { code, stderr } = await run("scorecard", meta, tiktok, "--rate", "GBP=1.17,USD=0.92");
    expect([code, stderr]).toEqual([2, "social-roi: --rate: no file is in USD\n"]);
  });
});

describe.concurrent("a file that says no currency beside files that say one", () => {
  // A TikTok Ads Manager export from an account billed in dollars, its Currency column left out of the report: nothing says USD.
  const TIKTOK_USD = { spend: [812.4, 295.15], conversions: [41, 12] };
  const silent = csvFile(
    "tiktok.csv",
    "Campaign name,Ad group name,Primary status,Cost,Impressions,Clicks (destination),CTR (destination),Conversions,Cost per conversion\n" +
      "US Spring - Spark Ads,Creators 18-34,Active,812.40,254310,2875,1.13%,41,19.81\n" +
      "US Spring - In-Feed,Broad 18-44,Not delivering,295.15,98112,640,0.65%,12,24.60\n",
  );

  it("is refused, naming it and the others' currency, with the --currency line that states it", async () => {
    const { code, stderr } = await run("scorecard", meta, silent);
    expect([code, stderr]).toEqual([
      2,
      "social-roi: tiktok.csv says no currency, beside EUR (meta-spring-eur.csv): amounts in an unknown currency cannot be added to them. " +
        "Give its currency: --currency tiktok.csv=EUR if it is in EUR; in another currency, name it and give its rate, such as --currency tiktok.csv=USD --rate USD=1.17.\n",
    ]);
  });

  it("is converted at the rate of the currency stated for it", async () => {
    const report = await json(meta, silent, "--currency", "tiktok.csv=USD", "--rate", "USD=0.92");
    expect(report.sources.map((source) => source.network)).toEqual(["Meta", "TikTok"]);
    expect(report.sources[1].spend).toBeCloseTo(sum(TIKTOK_USD.spend) * 0.92, 6);
    expect(report.sources[1].conversions).toBe(sum(TIKTOK_USD.conversions));
    expect(report.total.spend.value).toBeCloseTo(sum(META.spend) + sum(TIKTOK_USD.spend) * 0.92, 6);
    expect(report.scorecard.channels.find((channel) => channel.channel === "TikTok")!.budget).toBeCloseTo(sum(TIKTOK_USD.spend) * 0.92, 2);
    expect(report.scorecard.currency).toBe("EUR");
  });

  it("is added as it is when the currency stated is the others'", async () => {
    const report = await json(meta, silent, "--currency", "tiktok.csv=eur");
    expect(report.sources[1].spend).toBeCloseTo(sum(TIKTOK_USD.spend), 6);
    expect(report.total.spend.value).toBeCloseTo(sum(META.spend) + sum(TIKTOK_USD.spend), 6);
  });

  it("refuses a currency stated for a file that says another, naming both, and a code that is no currency", async () => {
    const other = await run("scorecard", meta, silent, "--currency", "meta-spring-eur.csv=USD,tiktok.csv=USD");
    expect([other.code, other.stderr]).toEqual([2, "social-roi: --currency: meta-spring-eur.csv says its amounts are in EUR, not USD: leave out the currency given for it, or check the file.\n"]);
    const unknown = await run("scorecard", meta, silent, "--currency", "tiktok.csv=DOL");
    expect([unknown.code, unknown.stderr]).toEqual([2, "social-roi: --currency: tiktok.csv: 'DOL' is not a currency code (ISO 4217, such as EUR, USD, GBP).\n"]);
  });

  it("changes nothing when no file says a currency: no file is refused, and the scorecard shows the locale's, as for one such export", async () => {
    const reddit = csvFile("reddit-currencyless.csv", "Campaign Name,Ad Group Name,Impressions,Clicks,Spend,Conversions\nSpring sale - Subreddits,r/running,80210,640,300.00,9\n");
    const report = await json(silent, reddit, "--network", "reddit-currencyless.csv=Reddit");
    expect([report.currency, report.scorecard.currency]).toEqual([null, "USD"]);
    expect(report.total.spend.value).toBeCloseTo(sum(TIKTOK_USD.spend) + 300, 6);
  });
});

describe.concurrent("a file whose columns do not tell its network", () => {
  // A Reddit Ads export: no column only Reddit writes.
  const reddit = csvFile("reddit-spring.csv", "Campaign Name,Ad Group Name,Impressions,Clicks,Spend,Checkout events\nSpring sale - Subreddits,r/running,80210,640,300.00,9\nBrand - Feed,Broad,40112,211,120.50,2\n");

  it("is refused until it is named, never guessed", async () => {
    const { code, stderr } = await run("scorecard", meta, reddit, "--map", "conversions=Checkout events");
    expect(code).toBe(2);
    expect(stderr).toBe(
      "social-roi: reddit-spring.csv: its columns do not say which network it comes from; name it (Meta, Google Ads, LinkedIn, TikTok, X, Pinterest, Snapchat, Microsoft Ads, or any name).\n",
    );
  });

  it("takes the name given with --network, and --map applies to it alone, the file whose header names the column", async () => {
    const { code, stdout, stderr } = await run("scorecard", meta, reddit, "--network", "reddit-spring.csv=Reddit", "--map", "conversions=Checkout events", "--currency", "reddit-spring.csv=EUR", "--json");
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as Json;
    expect(report.sources.map((source) => [source.network, source.conversions])).toEqual([["Meta", sum(META.conversions)], ["Reddit", 9 + 2]]);
    expect(report.sources[1].spend).toBeCloseTo(300 + 120.5, 6);
    expect(stderr).toContain("social-roi: reddit-spring.csv: Currency: EUR, from the currency given for it (the export says none).\n");
  });

  it("--map by letter is refused with several files, where it would name a column of each", async () => {
    const { code, stderr } = await run("scorecard", meta, reddit, "--map", "conversions=F");
    expect([code, stderr]).toEqual([2, "social-roi: --map: name the column of conversions by its header, not by a letter: with several files, a letter would name a column of each\n"]);
  });

  it("--network is for several files", async () => {
    const { code, stderr } = await run("scorecard", meta, "--network", "meta-spring-eur.csv=Meta");
    expect([code, stderr]).toEqual([2, "social-roi: --network is for several files, one per network: give them all\n"]);
  });
});

describe("--out with several files", () => {
  it("writes a data sheet per file, with each file's rows, and the scorecard", async () => {
    const out = join(cliDir, "spring-sources.xlsx");
    const { code, stderr } = await run("scorecard", meta, google, linkedin, "--out", out);
    expect(code, stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(["meta-spring-eur", "google-ads-spring-eur", "linkedin-spring-eur", "Channel scorecard"]));
    // Meta's data rows, below its header: the spend cells as numbers.
    const metaSheet = workbook.getWorksheet("meta-spring-eur")!;
    expect([3, 4, 5, 6].map((row) => metaSheet.getCell(`F${row}`).value)).toEqual(META.spend);
    expect(stderr).toContain("the scorecard holds the values read from the files (not formulas over their data sheets)");
  });
});
