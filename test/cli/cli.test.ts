// npx social-roi scorecard: the built add-on on a CSV export, from the command line.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cliDir as dir, csvFile, run } from "./runCli";

// The first 60 ads of the public Facebook export in shared/data.
const FACEBOOK_EXPORT = new URL("fixtures/facebook-ads-campaigns-60.csv", import.meta.url).pathname;
const DAILY = [
  "Date,Channel,Spend,Sessions,Purchases,Revenue",
  "2026-11-01,Facebook,100,800,8,400",
  "2026-11-02,Facebook,120,900,10,520",
  "2026-11-01,LinkedIn,80,120,4,600",
  "2026-11-02,LinkedIn,90,130,5,700",
  "",
].join("\n");

describe.concurrent("npx social-roi scorecard", () => {
  it("sums per-day rows into one row per channel and prints the scorecard", async () => {
    const { code, stdout } = await run("scorecard", csvFile("daily.csv", `\uFEFF${DAILY}`), "--target-roi", "20%");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    // Sessions are visits, not leads: the conversion rate is over them, and there is no cost per lead.
    expect(lines[0]).toMatch(/^Channel\s+Spend\s+Visits\s+Conversions\s+Conversion rate\s+Revenue\s+CPA\s+ROI\s+ROAS\s+Verdict$/);
    expect(lines[1]).toMatch(/^Facebook\s+\$220\.00\s+1,700\s+18\s/);
    expect(lines[3]).toMatch(/^Total\s+\$390\.00\s+1,950\s+27\s+1\.4%\s+\$2,220\.00\s+\$14\.44\s/);
    expect(lines.at(-1)).toBe("2 channels; best ROI: LinkedIn 664.7%; total CPA $14.44");
  });

  it("prints JSON with the inputs and computed metrics of each channel, and the totals", async () => {
    const { code, stdout } = await run("scorecard", csvFile("daily-json.csv", DAILY), "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { channels: Record<string, unknown>[]; totals: Record<string, unknown>; summary: string };
    expect(Object.keys(report.channels[0])).toEqual(
      ["channel", "budget", "visits", "conversions", "conversionRate", "revenue", "cpa", "roi", "roas", "verdict"],
    );
    expect(report.channels.map((c) => c.channel)).toEqual(["Facebook", "LinkedIn"]);
    // With no --target-roi each channel's target is the others' ROI: Facebook's 318% keeps against LinkedIn's 665%, which scales up.
    expect(report.channels[0]).toMatchObject({ budget: 220, visits: 1700, conversions: 18, revenue: 920, verdict: "Keep" });
    expect(report.channels[0].conversionRate).toBeCloseTo(18 / 1700, 12);
    expect(report.channels[1].verdict).toBe("Scale up");
    expect(report.channels[0].cpa).toBeCloseTo(220 / 18, 12);
    expect(report.totals).toMatchObject({ channel: "Total", budget: 390, conversions: 27 });
    expect(report.totals.cpa).toBeCloseTo(390 / 27, 12);
    expect(report.totals.roi).toBeCloseTo((2220 - 390) / 390, 12);
  });


  it("reads a semicolon file with French headers and decimal commas", async () => {
    const french = [
      "Canal;Dépenses;Leads;Taux de rebond;Ventes;Chiffre d'affaires",
      "Facebook;1 234,50;800;48,5 %;20;3 000",
      "Instagram;765,5;400;52 %;10;1 200,25",
    ].join("\r\n");
    const { code, stdout } = await run("scorecard", csvFile("fr.csv", french), "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { channels: Record<string, number>[]; totals: Record<string, number> };
    expect(report.channels[0]).toMatchObject({ budget: 1234.5, bounceRate: 0.485, conversions: 20, revenue: 3000 });
    expect(report.totals.budget).toBe(2000);
    expect(report.totals.revenue).toBeCloseTo(4200.25, 10);
  });

  it("takes --map for a real ad export with no revenue: costs per result, each judged against the others' CPA", async () => {
    const { code, stdout } = await run(
      "scorecard", FACEBOOK_EXPORT, "--map", "channel=xyz_campaign_id,budget=Spent,leads=Clicks,conversions=Approved_Conversion", "--json",
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { channels: Record<string, unknown>[]; totals: Record<string, number>; summary: string };
    const [header, ...lines] = readFileSync(FACEBOOK_EXPORT, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    const column = (name: string) => header.split(",").indexOf(name);
    const sum = (name: string) => lines.reduce((total, line) => total + Number(line.split(",")[column(name)]), 0);
    expect(report.totals.cpa).toBeCloseTo(sum("Spent") / sum("Approved_Conversion"), 9);
    expect(report.totals.cpl).toBeCloseTo(sum("Spent") / sum("Clicks"), 9);
    expect(Object.keys(report.channels[0])).not.toContain("roi");
    for (const channel of report.channels) {
      const cpa = channel.cpa as number | "";
      const [spend, conversions] = [channel.budget as number, channel.conversions as number];
      const others = sum("Approved_Conversion") - conversions;
      const target = (rowCpa: number) => (others > 0 ? (sum("Spent") - spend) / others : rowCpa);
      const expected = cpa === "" ? "" : cpa <= target(cpa) ? "Scale up" : cpa > 1.5 * target(cpa) ? "Cut" : "Keep";
      expect(channel.verdict, String(channel.channel)).toBe(expected);
    }
    expect(report.summary).toMatch(/; best CPA: \d+ \$\d+\.\d\d; total CPA \$\d+\.\d\d$/);
  });

  it("writes the workbook as .xlsx, formulas with their computed values", async () => {
    const out = join(dir, "scorecard.xlsx");
    const { code } = await run("scorecard", csvFile("daily-xlsx.csv", DAILY), "--out", out);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["daily-xlsx", "Social ROI keys", "Channel scorecard"]);
    const cpa = workbook.getWorksheet("Channel scorecard")!.getCell("G6").value as { formula: string; result: number };
    expect(cpa.formula).toBe('IFERROR(B6/D6, "")');
    expect(cpa.result).toBeCloseTo(390 / 27, 10);
  });

  it("keeps every channel of a long export in the JSON and the .xlsx, past what the playground's page is sent", async () => {
    // 2,600 campaigns, one row each: more rows than one view of the playground holds; the export's
    // totals row makes the scorecard hold values (a linked one this wide takes minutes to recalculate).
    const spends = Array.from({ length: 2600 }, (_, i) => 10 + (i % 97));
    const total = spends.reduce((a, b) => a + b, 0);
    const lines = ["Campaign,Spend,Conversions", ...spends.map((spend, i) => `Campaign ${i + 1},${spend},${1 + (i % 5)}`), `Total,${total},7800`];
    const out = join(dir, "long.xlsx");
    const { code, stdout } = await run("scorecard", csvFile("long.csv", lines.join("\n")), "--json", "--out", out);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { channels: { channel: string; budget: number }[]; totals: { budget: number } };
    expect(report.channels).toHaveLength(2600);
    expect(report.channels.at(-1)).toMatchObject({ channel: "Campaign 2600", budget: spends[2599] });
    expect(report.totals.budget).toBe(total);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    // The data sheet's last row (a header, then 2,600 campaigns) is in the file.
    expect(workbook.worksheets[0].getCell("A2601").value).toBe("Campaign 2600");
  });

  it.each([
    ["an empty file", "", "the file is empty: an export has a header row and data rows"],
    ["a header with no rows", "Channel,Spend\n", "The export has no data rows: export a period or a level that has data, or select the rows below the header."],
    ["a file with bad cells", "Channel,Spend,Leads,Conversions,Revenue\nX,abc,1,1,1\n", "Row 2: spend is the text 'abc'; enter a number."],
  ])("refuses %s with one line and exit code 2", async (_, content, reason) => {
    const path = csvFile(`bad-${reason.length}.csv`, content);
    const { code, stdout, stderr } = await run("scorecard", path);
    expect([code, stdout, stderr]).toEqual([2, "", `social-roi: ${path}: ${reason}\n`]);
  });

  it("says to run npm run build when the command line is not built, and does nothing else", async () => {
    const bin = join(dir, "unbuilt", "bin", "social-roi.js");
    mkdirSync(join(dir, "unbuilt", "bin"), { recursive: true });
    copyFileSync(new URL("../../bin/social-roi.js", import.meta.url), bin);
    const csv = csvFile("daily-unbuilt.csv", DAILY);
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, [bin, "scorecard", csv, "--json"], (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr })),
    );
    expect([code, stdout, stderr]).toEqual([2, "", "social-roi: dist-cli/social-roi.js is missing: run npm run build first\n"]);
  });

  it("refuses an unknown option with one line", async () => {
    const { code, stderr } = await run("scorecard", csvFile("daily-option.csv", DAILY), "--taget-roi", "20%");
    expect([code, stderr]).toEqual([2, "social-roi: Unknown option '--taget-roi'; see --help\n"]);
  });

  it("takes a value per conversion, an hourly rate and a target CPA", async () => {
    const contest = ["Platform,Amount spent (USD),Hours,Results", "Instagram contest,1000,5,100", "Facebook contest,1000,0,10", ""].join("\n");
    const valued = await run("scorecard", csvFile("contest.csv", contest), "--value-per-conversion", "100", "--hourly-rate", "$40", "--json");
    expect(valued.code).toBe(0);
    const report = JSON.parse(valued.stdout) as { channels: Record<string, number>[]; totals: Record<string, number> };
    // Instagram: 1,000 + 5 h x 40 = 1,200 for 100 x 100 = 10,000; totals 2,200 for 11,000.
    expect(report.channels[0]).toMatchObject({ timeCost: 200, totalCost: 1200, estimatedRevenue: 10_000 });
    expect(report.channels[0].roi).toBeCloseTo((10_000 - 1200) / 1200, 12);
    expect(report.totals.roi).toBeCloseTo((11_000 - 2200) / 2200, 12);

    const judged = await run("scorecard", csvFile("contest-cpa.csv", contest), "--hourly-rate", "40", "--target-cpa", "50", "--json");
    const byCpa = JSON.parse(judged.stdout) as { channels: Record<string, unknown>[] };
    // CPA 12 is at or below 50; 100 is above 1.5 x 50.
    expect(byCpa.channels.map((channel) => channel.verdict)).toEqual(["Scale up", "Cut"]);
  });

  it.each([
    ["--hourly-rate", "1,000", "social-roi: --hourly-rate: '1,000' is not an amount; write it as 12.50\n"],
    ["--target-cpa", "0", "social-roi: --target-cpa: '0' is not an amount above 0; write it as 12.50\n"],
  ])("refuses %s %s with one line", async (option, value, message) => {
    const { code, stderr } = await run("scorecard", csvFile("daily-amount.csv", DAILY), option, value);
    expect([code, stderr]).toEqual([2, message]);
  });

  it("refuses an unknown column in --map, naming the columns there are", async () => {
    const { code, stderr } = await run("scorecard", csvFile("daily-map.csv", DAILY), "--map", "budget=Cost");
    expect(code).toBe(2);
    expect(stderr).toBe("social-roi: --map: there is no column 'Cost'; the columns are 'Date', 'Channel', 'Spend', 'Sessions', 'Purchases', 'Revenue' (or letters A-F)\n");
  });
});

// In sequence, after the tests above: run beside them, they would slow the long export down on a busy machine.
describe("npx social-roi scorecard: margin and funnel", () => {
  it("counts revenue at --margin in ROI (ROAS stays revenue / cost), and refuses a margin that is not one", async () => {
    const { code, stdout } = await run("scorecard", csvFile("daily-margin.csv", DAILY), "--margin", "40%", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { channels: Record<string, number | string>[]; totals: Record<string, number> };
    // Facebook: 920 x 40% = 368 on 220; LinkedIn: 1,300 x 40% = 520 on 170; the table: 888 on 390.
    expect(report.channels[0].roi).toBeCloseTo((368 - 220) / 220, 12);
    expect(report.channels[1].roi).toBeCloseTo((520 - 170) / 170, 12);
    expect(report.totals.roi).toBeCloseTo((888 - 390) / 390, 12);
    expect(report.totals.roas).toBeCloseTo(2220 / 390, 12);
    const refused = await run("scorecard", csvFile("daily-margin-bad.csv", DAILY), "--margin", "140%");
    expect([refused.code, refused.stderr]).toEqual([2, "social-roi: --margin: '140%' is not a percentage above 0% and up to 100%; write it as 40%\n"]);
  });

  it("prints the total's funnel apart from the channels: the source's 1,000 -> 100 -> 30 -> 5", async () => {
    const organic = ["Canal,Dépenses,Couverture,Interactions,Partages,Clics,Ventes", "LinkedIn,300,600,60,60,18,3", "Facebook,200,400,40,40,12,2"].join("\n");
    const json = await run("scorecard", csvFile("organic.csv", organic), "--json");
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { channels: Record<string, unknown>[]; totals: Record<string, unknown>; funnel: { stage: string; total: number; rate: number | null }[] };
    expect(report.channels.map((c) => [c.channel, c.reach, c.engagements, c.engagementRate])).toEqual([["LinkedIn", 600, 60, 0.1], ["Facebook", 400, 40, 0.1]]);
    expect(Object.keys(report.channels[0])).not.toContain("");
    expect(report.totals).toMatchObject({ channel: "Total", budget: 500, reach: 1000, engagements: 100, clicks: 30, conversions: 5 });
    expect(report.funnel.map((stage) => [stage.stage, stage.total])).toEqual([["reach", 1000], ["engagements", 100], ["clicks", 30], ["conversions", 5]]);
    expect(report.funnel[0].rate).toBeNull();
    expect(report.funnel.slice(1).map((stage) => stage.rate)).toEqual([0.1, 0.3, 5 / 30]);
    const text = await run("scorecard", csvFile("organic-text.csv", organic));
    const lines = text.stdout.trim().split("\n");
    expect(lines.slice(0, 4).map((line) => line.split(/\s{2,}/)[0])).toEqual(["Channel", "LinkedIn", "Facebook", "Total"]);
    expect(lines.slice(5, 10).map((line) => line.split(/\s{2,}/))).toEqual([
      ["Funnel", "Total", "Of the stage before"], ["Reach", "1,000"], ["Engagements", "100", "10.0%"], ["Clicks", "30", "30.0%"], ["Conversions", "5", "16.7%"],
    ]);
  });
});
