// --breakdown on a Meta Ads Manager export by platform and day: the sections in the printed table,
// the JSON and the .xlsx, against sums of the file's rows computed here; bad columns refused.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cliDir, run } from "./runCli";

const META_EXPORT = new URL("fixtures/meta-campaigns-by-platform.csv", import.meta.url).pathname;

// The file as plain lines: no quoted field holds a comma. Its second line is Meta's unlabeled summary row.
const [HEADER, , ...LINES] = readFileSync(META_EXPORT, "utf8").replace(/^\uFEFF/, "").trim().split("\n").map((line) => line.split(","));
const at = (name: string) => HEADER.indexOf(name);
const amount = (text: string) => (text === "" ? 0 : Number(text));

interface Sums {
  budget: number;
  conversions: number;
  revenue: number;
}

function sums(rows: string[][]): Sums {
  const total = (column: string) => rows.reduce((sum, row) => sum + amount(row[at(column)]), 0);
  return { budget: total("Amount spent (EUR)"), conversions: total("Results"), revenue: total("Purchases conversion value") };
}

const distinct = (column: string, rows = LINES) => [...new Set(rows.map((row) => row[at(column)]))];
const bySpend = <T extends { sums: Sums }>(groups: T[]) => [...groups].sort((a, b) => b.sums.budget - a.sums.budget);

type Json = { channels: Record<string, unknown>[]; totals: Record<string, number>; breakdown: { title: string; rows: Record<string, unknown>[]; totals: Record<string, number> }[] };

function expectSums(row: Record<string, unknown>, expected: Sums) {
  expect(row.budget).toBeCloseTo(expected.budget, 9);
  expect(row.conversions).toBe(expected.conversions);
  expect(row.revenue).toBeCloseTo(expected.revenue, 9);
  // No conversion: a blank CPA, never a division by zero.
  if (expected.conversions === 0) expect(row.cpa).toBeNull();
  else expect(row.cpa).toBeCloseTo(expected.budget / expected.conversions, 9);
}

describe.concurrent("npx social-roi scorecard --breakdown", () => {
  it("prints each platform then its campaigns, and each campaign and ad set across platforms, in the JSON", async () => {
    const { code, stdout } = await run("scorecard", META_EXPORT, "--breakdown", "Campaign name,Ad set name", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Json;
    expect(report.breakdown.map((section) => section.title)).toEqual(["By channel, then Campaign name", "By Campaign name", "By Ad set name"]);

    const [twoLevel, byCampaign, byAdSet] = report.breakdown;
    const platforms = bySpend(distinct("Platform").map((platform) => ({ platform, sums: sums(LINES.filter((row) => row[at("Platform")] === platform)) })));
    const expected = platforms.flatMap(({ platform, sums: platformSums }) => {
      const rows = LINES.filter((row) => row[at("Platform")] === platform);
      const campaigns = bySpend(distinct("Campaign name", rows).map((campaign) => ({ campaign, sums: sums(rows.filter((row) => row[at("Campaign name")] === campaign)) })));
      return [{ channel: platform, campaign: null as string | null, sums: platformSums }, ...campaigns.map(({ campaign, sums: s }) => ({ channel: null, campaign, sums: s }))];
    });
    expect(twoLevel.rows.map((row) => [row.channel, row["Campaign name"]])).toEqual(expected.map((row) => [row.channel, row.campaign]));
    twoLevel.rows.forEach((row, i) => expectSums(row, expected[i].sums));
    // "Spring sale" ran on the three platforms: a sub-row under each.
    expect(twoLevel.rows.filter((row) => row["Campaign name"] === "Spring sale")).toHaveLength(3);

    for (const [section, column] of [[byCampaign, "Campaign name"], [byAdSet, "Ad set name"]] as const) {
      const groups = bySpend(distinct(column).map((name) => ({ name, sums: sums(LINES.filter((row) => row[at(column)] === name)) })));
      expect(section.rows.map((row) => row[column])).toEqual(groups.map((group) => group.name));
      section.rows.forEach((row, i) => {
        expectSums(row, groups[i].sums);
        expect(row.spendShare).toBeCloseTo(groups[i].sums.budget / sums(LINES).budget, 12);
        expect(row.revenueShare).toBeCloseTo(groups[i].sums.revenue / sums(LINES).revenue, 12);
      });
    }
    for (const section of report.breakdown) {
      for (const [key, value] of Object.entries(report.totals)) {
        if (typeof value === "number") expect(section.totals[key], `${section.title}: ${key}`).toBeCloseTo(value, 9);
        else if (key !== "channel") expect(section.totals[key], `${section.title}: ${key}`).toEqual(value);
      }
    }
    expectSums(report.totals, sums(LINES));
  });

  it("prints the sections below the channel table, each with its title, by letter as by name", async () => {
    const { code, stdout } = await run("scorecard", META_EXPORT, "--breakdown", "D");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const title = lines.indexOf("By channel, then Ad set name");
    expect(title).toBeGreaterThan(0);
    expect(lines[title - 1]).toBe("");
    expect(lines[title + 1]).toMatch(/^Channel\s+Ad set name\s+Spend\s+Impressions\s+Reach\s+Clicks\s+CTR\s+Conversions/);
    expect(lines.indexOf("By Ad set name")).toBeGreaterThan(title);
    const cart = lines.slice(lines.indexOf("By Ad set name")).find((line) => line.startsWith("Cart 7d"))!;
    const cartSpend = sums(LINES.filter((row) => row[at("Ad set name")] === "Cart 7d")).budget;
    expect(cart).toContain(cartSpend.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  });

  it("writes the sections to the .xlsx, with their formulas and values", async () => {
    const out = join(cliDir, "meta-breakdown.xlsx");
    const { code } = await run("scorecard", META_EXPORT, "--breakdown", "Campaign name", "--out", out);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Channel scorecard")!;
    const titles: number[] = [];
    sheet.eachRow((row, r) => {
      if (row.getCell(1).value === "By Campaign name") titles.push(r);
    });
    expect(titles).toHaveLength(1);
    const header = sheet.getRow(titles[0] + 1).values as unknown[];
    const spring = sheet.getRow(titles[0] + 2);
    expect(spring.getCell(1).value).toBe("Spring sale");
    const spend = spring.getCell(header.indexOf("Spend")).value as ExcelJS.CellFormulaValue | number;
    const springSpend = sums(LINES.filter((row) => row[at("Campaign name")] === "Spring sale")).budget;
    // Values (the file has Meta's summary row, so the scorecard holds the values read), and shares as formulas.
    expect(spend).toBeCloseTo(springSpend, 9);
    const share = spring.getCell(header.indexOf("Share of spend")).value as ExcelJS.CellFormulaValue;
    expect(share.formula).toMatch(/^IFERROR\(/);
    expect(share.result).toBeCloseTo(springSpend / sums(LINES).budget, 12);
  });

  it.each([
    [["--breakdown", "Campain name"], "social-roi: --breakdown: there is no column 'Campain name'; the columns are 'Reporting starts', 'Reporting ends', 'Campaign name', 'Ad set name', 'Platform', 'Day', 'Amount spent (EUR)', 'Impressions', 'Reach', 'Link clicks', 'Results', 'Result indicator', 'Purchases conversion value' (or letters A-M)\n"],
    [["--breakdown", "Campaign name,C"], "social-roi: --breakdown: the column 'C' is named twice; name each column once\n"],
    [["--breakdown", "Amount spent (EUR)"], "social-roi: --breakdown: 'Amount spent (EUR)' is read as the spend; break down by a column of names, such as a campaign or an owner\n"],
  ])("refuses %j with one line that says what to fix, and exit code 2", async (args, message) => {
    const { code, stdout, stderr } = await run("scorecard", META_EXPORT, ...args);
    expect([code, stdout, stderr]).toEqual([2, "", message]);
  });
});
