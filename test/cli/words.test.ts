// The command line's words: the cost is "spend", what is missing is said once with the --map line
// that gives it, small rates keep their digits, and a plan too large for exact figures is refused.
import { describe, expect, it } from "vitest";
import { EXPORTS, FIXTURES, sumsByChannel } from "../import/exports";
import { csvFile, run } from "./runCli";

// "Outlay" is no header name the import knows: the spend must be named.
const OUTLAY = "Network,Outlay,Sales\nFacebook,100.50,4\nInstagram,50.00,2\nFacebook,20.25,1\n";
const OUTLAY_SPEND = 100.5 + 50 + 20.25;
const OUTLAY_SALES = 4 + 2 + 1;

type Report = { channels: Record<string, unknown>[]; totals: Record<string, number> };

describe("the cost is called spend", () => {
  it.each(["spend", "cost", "budget"])("--map %s=Outlay names the cost column", async (field) => {
    const { code, stdout, stderr } = await run("scorecard", csvFile(`outlay-${field}.csv`, OUTLAY), "--map", `${field}=Outlay`, "--json");
    expect({ code, stderr: code === 0 ? "" : stderr }).toEqual({ code: 0, stderr: "" });
    const report = JSON.parse(stdout) as Report;
    expect(report.totals.budget).toBeCloseTo(OUTLAY_SPEND, 9);
    expect(report.totals.cpa).toBeCloseTo(OUTLAY_SPEND / OUTLAY_SALES, 9);
  });

  it("says in one line what is missing, the file's columns, and the --map line that gives it", async () => {
    const path = csvFile("outlay.csv", OUTLAY);
    const { code, stdout, stderr } = await run("scorecard", path);
    expect([code, stdout, stderr]).toEqual([
      2,
      "",
      `social-roi: ${path}: no column found for spend; its columns are 'Network', 'Outlay', 'Sales'. Name it with --map spend=<column>\n`,
    ]);
  });

  it("lists every missing field at once, keeping the columns already named in the --map line", async () => {
    const path = csvFile("unknown-all.csv", "Source id,Outlay,Won\nfb,12.5,2\nig,3,1\n");
    const none = await run("scorecard", path);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      `social-roi: ${path}: no column found for channel, spend and an outcome (conversions, leads or clicks); its columns are 'Source id', 'Outlay', 'Won'. ` +
        `Name them with --map channel=<column>,spend=<column>,conversions=<column>\n`,
    );
    const some = await run("scorecard", path, "--map", "channel=Source id,cost=Outlay");
    expect(some.stderr).toBe(
      `social-roi: ${path}: no column found for an outcome (conversions, leads or clicks); its columns are 'Source id', 'Outlay', 'Won'. ` +
        `Name it with --map "channel=Source id,spend=Outlay,conversions=<column>"\n`,
    );
    const fixed = await run("scorecard", path, "--map", "channel=Source id,spend=Outlay,conversions=Won", "--json");
    expect((JSON.parse(fixed.stdout) as Report).totals.cpa).toBeCloseTo((12.5 + 3) / (2 + 1), 9);
  });

  it("says what a plan needs from the data in one line", async () => {
    const path = csvFile("plan-outlay.csv", OUTLAY);
    const { code, stderr } = await run("plan", path, "--goal", "100");
    expect([code, stderr]).toEqual([
      2,
      `social-roi: ${path}: no column found for spend, impressions and clicks; its columns are 'Network', 'Outlay', 'Sales'. ` +
        `Name them with --map spend=<column>,impressions=<column>,clicks=<column>\n`,
    ]);
  });

  it("names the fields as --map takes them when a field is unknown", async () => {
    const { code, stderr } = await run("scorecard", csvFile("outlay-unknown.csv", OUTLAY), "--map", "price=Outlay");
    expect(code).toBe(2);
    expect(stderr).toContain("with a field among channel, spend, conversions, leads");
  });
});

describe("small rates", () => {
  it("keep two significant digits in the printed table, where the sheet's 0.0% would show nothing", async () => {
    const rows = [["Display", 420, 1_250_000, 204], ["Search", 310, 40_000, 1_480]] as const;
    const csv = ["Channel,Spend,Impressions,Clicks", ...rows.map((row) => row.join(","))].join("\n");
    const { code, stdout } = await run("scorecard", csvFile("small-ctr.csv", csv));
    expect(code).toBe(0);
    const line = (name: string) => stdout.split("\n").find((text) => text.startsWith(name))!;
    // 204 / 1,250,000 = 0.01632%: two significant digits.
    const displayCtr = Number(((rows[0][3] / rows[0][2]) * 100).toPrecision(2));
    expect(line("Display")).toContain(` ${displayCtr}% `);
    expect(displayCtr).toBe(0.016);
    // A rate the format shows with its digits stays as the sheet shows it: 1,480 / 40,000 = 3.7%.
    expect(line("Search")).toContain(` ${((rows[1][3] / rows[1][2]) * 100).toFixed(1)}% `);
  });
});

describe("a plan's goal", () => {
  const TYPED = ["--conversion-rate", "2%", "--ctr", "2%", "--cpm", "2"];
  const EXACT = Number.MAX_SAFE_INTEGER;

  it("of more sales than a spreadsheet counts exactly is refused in one line, exit 2", async () => {
    for (const goal of ["9007199254740993", `1${"0".repeat(307)}`, `1${"0".repeat(400)}`]) {
      expect(Number(goal)).toBeGreaterThan(EXACT);
      const { code, stdout, stderr } = await run("plan", "--goal", goal, ...TYPED);
      expect([code, stdout, stderr]).toEqual([2, "", `social-roi: --goal: '${goal}' is beyond the 9,007,199,254,740,991 a spreadsheet counts exactly; give a smaller number\n`]);
    }
  });

  it("whose impressions would pass exact figures is refused in one line, exit 2", async () => {
    // At 2% and 2%, a sale takes 2,500 impressions: 1e13 sales need 2.5e16, past 2^53.
    const goal = 10_000_000_000_000;
    expect(goal).toBeLessThanOrEqual(EXACT);
    expect(goal / 0.02 / 0.02).toBeGreaterThan(EXACT);
    const { code, stdout, stderr } = await run("plan", "--goal", String(goal), ...TYPED);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(/^social-roi: The goal is too large for exact figures: on All channels, it needs up to 2\.50 × 10\^16 impressions .*; set a smaller goal\.\n$/);
  });

  it("is refused beyond exact figures with rates measured in data too", async () => {
    const path = csvFile("plan-huge.csv", "Channel,Spend,Impressions,Clicks,Conversions\nFB,100,10000,200,10\nIG,50,30000,100,4\n");
    // FB: 10 / 200 conversions per click, 200 / 10,000 clicks per impression: 1e13 sales would need 1e16 impressions there.
    const impressions = 1e13 / (10 / 200) / (200 / 10000);
    expect(impressions).toBeGreaterThan(EXACT);
    const { code, stderr } = await run("plan", path, "--goal", "10000000000000");
    expect(code).toBe(2);
    const [mantissa, exponent] = impressions.toExponential(2).split("e+");
    expect(stderr).toContain(`plan-huge.csv: The goal is too large for exact figures: on FB, it needs up to ${mantissa} × 10^${exponent} impressions`);
  });

  it("is planned while its figures stay exact", async () => {
    const goal = 1_000_000_000_000;
    const impressions = goal / 0.02 / 0.02;
    expect(impressions).toBeLessThanOrEqual(EXACT);
    const { code, stdout } = await run("plan", "--goal", String(goal), ...TYPED, "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { totals: Record<string, number>; budget: number };
    expect(plan.totals.impressions).toBe(impressions);
    expect(plan.budget).toBe((impressions / 1000) * 2);
  });
});

describe("a Portuguese Google Ads export", () => {
  it("plans on its rates with no --map", async () => {
    const portuguese = EXPORTS.find((shape) => shape.file === "google-ads-pt-excel-utf16.csv")!;
    const { code, stdout, stderr } = await run("plan", `${FIXTURES}${portuguese.file}`, "--goal", "500", "--json");
    expect({ code, stderr: code === 0 ? "" : stderr }).toEqual({ code: 0, stderr: "" });
    const plan = JSON.parse(stdout) as { channels: Record<string, number | string>[] };
    const expected = sumsByChannel(portuguese.rows);
    expect(plan.channels.map((channel) => channel.channel)).toEqual(expected.map((sums) => sums.channel));
    expected.forEach((sums, i) => {
      expect(plan.channels[i].spend as number).toBeCloseTo(sums.budget, 9);
      expect(plan.channels[i].proven as number).toBeCloseTo(sums.conversions, 9);
      expect(plan.channels[i].conversionRate as number).toBeCloseTo(sums.conversions / sums.clicks, 12);
    });
  });
});
