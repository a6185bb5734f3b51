// npx social-roi plan: a budget plan from a sales goal, on one channel's rates or on an export's channels.
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../import/exports";
import { csvFile, run } from "./runCli";

interface PlanJson {
  channels: Record<string, string | number | null>[];
  totals: Record<string, string | number | null>;
  budget: number;
  saved: number | null;
  goalReached: boolean;
  summary: string;
}

const HAND_CSV = ["Channel,Spend,Impressions,Clicks,Conversions", "C,2000,400000,4000,50", "A,1000,100000,2000,100", "B,600,60000,1500,30", ""].join("\n");

describe.concurrent("npx social-roi plan", () => {
  it("plans the article's 1,000 sales at 2%, 2% and a 2 EUR CPM: 50,000 visitors, 2,500,000 impressions, 5,000, CPA 5", async () => {
    const { code, stdout, stderr } = await run("plan", "--goal", "1000", "--conversion-rate", "2%", "--ctr", "2%", "--cpm", "2");
    expect([code, stderr]).toEqual([0, ""]);
    const lines = stdout.trim().split("\n");
    // Each channel's budget and results first, then the rates they come from and the working.
    expect(lines[0]).toMatch(/^Channel\s+Budget\s+Results\s+Share of goal\s+Expected CPA\s+Conversion rate \(per click\)\s+CTR\s+CPM\s+CPA at these rates\s+Visitors needed\s+Impressions needed$/);
    expect(lines[2]).toMatch(/^Total\s+\$5,000\.00\s+1,000\s+100\.00%\s+\$5\.00\s+50,000\s+2,500,000$/);
    expect(lines.at(-1)).toBe("1 channel; 1,000 sales for $5,000.00");
  });

  it("prices per click with --cpc: 50,000 clicks at 0.10 is 5,000, the CPM being 0.10 × 2% × 1,000 = 2", async () => {
    const { code, stdout } = await run("plan", "--goal", "1000", "--conversion-rate", "2%", "--ctr", "2%", "--cpc", "0.10", "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan.channels[0]).toMatchObject({ cpm: 2, impressions: 2_500_000, budget: 5000 });
  });

  it("prints the plan as JSON", async () => {
    const { code, stdout } = await run("plan", "--goal", "1000", "--conversion-rate", "2", "--ctr", "2", "--cpm", "2", "--value-per-sale", "10", "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan.channels).toHaveLength(1);
    expect(plan.channels[0]).toMatchObject({ channel: "All channels", visitors: 50_000, impressions: 2_500_000, budget: 5000, cpa: 5, revenue: 10_000, roi: 1 });
    expect(plan.totals).toMatchObject({ channel: "Total", sales: 1000, budget: 5000 });
    expect([plan.budget, plan.saved, plan.goalReached]).toEqual([5000, null, true]);
  });

  it("on a Google Ads export, costs the goal at today's mix at the pooled CPA, give or take one impression per campaign", async () => {
    const { code, stdout, stderr } = await run("plan", `${FIXTURES}google-ads-campaigns.csv`, "--goal", "500", "--json");
    expect(code).toBe(0);
    expect(stderr).toContain("4 totals rows skipped");
    // The six campaigns as the file writes them: cost, impressions, conversions.
    const campaigns = [
      [1200.5, 12_480, 96],
      [3591.12, 48_921, 71.5],
      [396.68, 5102, 4],
      [574.82, 210_455, 18.25],
      [862.4, 356_890, 6],
      [783.9, 98_310, 3],
    ];
    const spend = campaigns.reduce((sum, [cost]) => sum + cost, 0);
    const conversions = campaigns.reduce((sum, [, , sales]) => sum + sales, 0);
    const oneImpressionEach = campaigns.reduce((sum, [cost, impressions]) => sum + cost / impressions, 0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan.channels.map((channel) => channel.proven)).toEqual(campaigns.map(([, , sales]) => sales));
    expect(plan.budget).toBeGreaterThanOrEqual(500 * (spend / conversions) - 1e-6);
    expect(plan.budget).toBeLessThan(500 * (spend / conversions) + oneImpressionEach);
    expect(plan.totals.sales).toBeCloseTo(500, 9);
  });

  it("optimizes: lowest CPA first, each channel up to twice its conversions, and says which caps bind", async () => {
    const { code, stdout } = await run("plan", csvFile("hand.csv", HAND_CSV), "--goal", "300", "--optimize", "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    const row = (name: string) => plan.channels.find((channel) => channel.channel === name)!;
    expect(["A", "B", "C"].map((name) => [row(name).sales, row(name).capBinds, row(name).budget, row(name).change])).toEqual([
      [200, "Cap binds", 2000, 1000],
      [60, "Cap binds", 1200, 600],
      [40, null, 1600, -400],
    ]);
    expect(plan.budget).toBe(4800);
    expect(plan.saved).toBeCloseTo(1200.005, 9);
    expect(plan.summary).toBe("3 channels; 300 sales for $4,800.00; $1,200.01 saved against today's mix");
  });

  it("with --cap 1, says the caps reach only 180 of the 300 sales (100 + 30 + 50), for 1,000 + 600 + 2,000", async () => {
    const { code, stdout } = await run("plan", csvFile("hand-cap.csv", HAND_CSV), "--goal", "300", "--optimize", "--cap", "1");
    expect(code).toBe(0);
    expect(stdout.trim().split("\n").at(-1)).toBe("3 channels; the caps reach only 180 of 300 sales, for $3,600.00");
  });

  it.each([
    [["plan", "--conversion-rate", "2%", "--ctr", "2%", "--cpm", "2"], "social-roi: plan needs --goal, the number of sales to reach, such as --goal 1000"],
    [["plan", "--goal", "0", "--conversion-rate", "2%", "--ctr", "2%", "--cpm", "2"], "social-roi: --goal: '0' is not a number of sales above 0; write it as 1000"],
    [["plan", "--goal", "1000", "--ctr", "2%"], "social-roi: without a data file, give the rates to plan on: --conversion-rate 2% --ctr 2% --cpm 2 (or --cpc 0.10)"],
    [["plan", "--goal", "1000", "--conversion-rate", "2%", "--ctr", "2%", "--cpm", "2", "--cpc", "0.1"], "social-roi: --cpc: give the price per thousand impressions (--cpm) or per click (--cpc), not both"],
    [["plan", "--goal", "1000", "--conversion-rate", "150%", "--ctr", "2%", "--cpm", "2"], "social-roi: --conversion-rate: '150%' is not a rate above 0% and up to 100%; write it as 2%"],
    [["plan", "--goal", "1000", "--conversion-rate", "2%", "--ctr", "2%", "--cpm", "2", "--optimize"], "social-roi: --optimize needs a data file: it gives sales to the channels with the lowest CPA they have proven"],
    [["plan", "--goal", "1000", "--cap", "3", "--conversion-rate", "2%", "--ctr", "2%", "--cpm", "2"], "social-roi: --cap goes with --optimize; see --help"],
    [["scorecard", `${FIXTURES}google-ads-campaigns.csv`, "--goal", "1000"], "social-roi: --goal is an option of plan, not of scorecard; see --help"],
  ])("refuses %j in one line, with exit code 2", async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect([code, stdout, stderr]).toEqual([2, "", `${message}\n`]);
  });

  it("refuses rates given beside a data file, and a file without impressions, saying what to fix", async () => {
    const both = await run("plan", csvFile("both.csv", HAND_CSV), "--goal", "10", "--ctr", "2%");
    expect([both.code, both.stderr]).toEqual([2, `social-roi: --ctr: the rates come from ${csvFile("both.csv", HAND_CSV)}; leave out --conversion-rate, --ctr, --cpm and --cpc, or the data file\n`]);
    const noImpressions = csvFile("no-impressions.csv", "Channel,Spend,Clicks,Conversions\nAds,100,50,5\n");
    const missing = await run("plan", noImpressions, "--goal", "10");
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n").at(-1)).toBe(
      `social-roi: ${noImpressions}: no column found for impressions; its columns are 'Channel', 'Spend', 'Clicks', 'Conversions'. Name it with --map impressions=<column>`,
    );
  });
});
