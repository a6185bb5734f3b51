// npx social-roi plan --by week --last 2: the rates measured on the rows of the last periods only.
// Expected plans are worked out here from the fixtures' rows, filtered by their dates.
import { describe, expect, it } from "vitest";
import { GOOGLE_ADS_FUNNEL, META_CAMPAIGN_ENDED, mondayOf, PERIOD_FIXTURES, type FunnelRow } from "./periodFixtures";
import { mixPlan } from "./planByHand";
import { csvFile, run } from "./runCli";

interface PlanJson {
  channels: Record<string, string | number | null>[];
  budget: number;
  window?: { unit: string; start: string; end: string; periods: number; rows: number };
}

const GOOGLE_ADS = `${PERIOD_FIXTURES}google-ads-by-day.csv`;
const META = `${PERIOD_FIXTURES}meta-campaign-ended.csv`;

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const lastDayOf = (rows: readonly FunnelRow[]) => rows.map((row) => row.day!).reduce((a, b) => (b > a ? b : a));

function expectPlan(plan: PlanJson, expected: ReturnType<typeof mixPlan>): void {
  expect(plan.channels.map((channel) => channel.channel)).toEqual(expected.channels.map((channel) => channel.channel));
  plan.channels.forEach((channel, i) => {
    expect(channel.proven).toBeCloseTo(expected.channels[i].proven, 9);
    expect(channel.impressions).toBe(expected.channels[i].impressions);
    expect(channel.budget).toBeCloseTo(expected.channels[i].budget, 6);
  });
  expect(plan.budget).toBeCloseTo(expected.budget, 6);
}

describe.concurrent("npx social-roi plan --by --last", () => {
  it("measures the rates on the last 2 ISO weeks of a Google Ads export by day, and says which days", async () => {
    const rows = GOOGLE_ADS_FUNNEL.rows;
    const last = lastDayOf(rows);
    const start = addDays(mondayOf(last), -7);
    const recent = rows.filter((row) => row.day! >= start);
    const { code, stdout, stderr } = await run("plan", GOOGLE_ADS, "--goal", "100", "--by", "week", "--last", "2", "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan.window).toEqual({ unit: "week", start, end: last, periods: 2, rows: recent.length });
    expect(stderr).toContain(`social-roi: rates from the last 2 weeks: ${start} to ${last}, ${recent.length} rows\n`);
    // The export ends on a Sunday: its last week is whole.
    expect(stderr).not.toContain("partial");
    expectPlan(plan, mixPlan(recent, 100));
    // The recent weeks' rates are not the whole file's: the budget differs by more than rounding.
    expect(Math.abs(plan.budget - mixPlan(rows, 100).budget)).toBeGreaterThan(10);
  });

  it("counts a month the file ends within, and says it is partial", async () => {
    const rows = GOOGLE_ADS_FUNNEL.rows;
    const last = lastDayOf(rows);
    const start = `${last.slice(0, 7)}-01`;
    const recent = rows.filter((row) => row.day! >= start);
    const { code, stdout, stderr } = await run("plan", GOOGLE_ADS, "--goal", "250", "--by", "month", "--last", "1", "--json");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as PlanJson;
    expect(plan.window).toEqual({ unit: "month", start, end: last, periods: 1, rows: recent.length });
    expect(stderr).toContain(`social-roi: rates from the last month: ${start} to ${last}, ${recent.length} rows\n`);
    expect(stderr).toContain(`social-roi: the last month is partial: the file's dates end on ${last}, the month on 2026-03-31; its days count\n`);
    expectPlan(plan, mixPlan(recent, 250));
  });

  it("refuses a channel with no rows in the periods, naming it, rather than plan it on zero rates", async () => {
    const rows = META_CAMPAIGN_ENDED.rows;
    const last = lastDayOf(rows);
    const start = addDays(mondayOf(last), -7);
    const ended = [...new Set(rows.map((row) => row.channel))].filter((channel) => !rows.some((row) => row.channel === channel && row.day! >= start));
    expect(ended).toEqual(["Winter Sale - Coats"]);
    const refused = await run("plan", META, "--goal", "50", "--by", "week", "--last", "2");
    expect([refused.code, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr.trim().split("\n").at(-1)).toBe(
      `social-roi: ${META}: Winter Sale - Coats has no rows in the last 2 weeks (${start} to ${last}): its rates would be zero. Take more periods, or leave that channel out of the data.`,
    );
    // Three weeks back reach its last week: both campaigns are planned, on those weeks' rows (Reporting starts).
    const threeWeeks = addDays(start, -7);
    const planned = await run("plan", META, "--goal", "50", "--by", "week", "--last", "3", "--json");
    expect(planned.code).toBe(0);
    expectPlan(JSON.parse(planned.stdout) as PlanJson, mixPlan(rows.filter((row) => row.day! >= threeWeeks), 50));
  });

  const NO_DATES = "Channel,Spend,Impressions,Clicks,Conversions\nFacebook,812.40,96120,1410,38\nLinkedIn,655.00,21800,240,9\n";
  const BOTH_ORDERS = "Date,Channel,Spend,Impressions,Clicks,Conversions\n01/02/2026,Facebook,120.50,14200,210,6\n03/02/2026,Facebook,98.10,12050,188,4\n05/02/2026,LinkedIn,140.00,5200,61,2\n";

  it.each([
    [["--by", "week"], "--by: a plan takes its rates from the last N periods; give --last N too, such as --by week --last 4 (or leave out --by for every row)"],
    [["--last", "2"], "--last goes with --by day, week, month or quarter: the periods to count back, such as --by week --last 4"],
    [["--by", "auto", "--last", "2"], "--by: 'auto' is not a period a plan counts back; write day, week, month or quarter"],
    [["--by", "week", "--last", "0"], "--last: '0' is not a whole number of periods from 1 to 400; write it as 4"],
    [["--by", "week", "--last", "2", "--breakdown", "Campaign"], "--breakdown is not an option of plan; see --help"],
    [["--target-roi", "20%"], "--target-roi is not an option of plan; see --help"],
  ])("refuses plan FILE %j in one line", async (args, message) => {
    const { code, stdout, stderr } = await run("plan", GOOGLE_ADS, "--goal", "100", ...args);
    expect([code, stdout, stderr]).toEqual([2, "", `social-roi: ${message}\n`]);
  });

  it("refuses more periods than the dates span, a file without dates, and dates that read both ways", async () => {
    const weeks = new Set(GOOGLE_ADS_FUNNEL.rows.map((row) => mondayOf(row.day!))).size;
    const tooMany = await run("plan", GOOGLE_ADS, "--goal", "100", "--by", "week", "--last", String(weeks + 1));
    expect([tooMany.code, tooMany.stdout]).toEqual([2, ""]);
    expect(tooMany.stderr.trim().split("\n").at(-1)).toBe(
      `social-roi: ${GOOGLE_ADS}: The data's dates (2026-01-26 to 2026-03-08) span ${weeks} weeks, fewer than the last ${weeks + 1} asked for: ask for ${weeks} or fewer.`,
    );
    const noDates = csvFile("plan-no-dates.csv", NO_DATES);
    const undated = await run("plan", noDates, "--goal", "10", "--by", "week", "--last", "1");
    expect(undated.code).toBe(2);
    expect(undated.stderr.trim().split("\n").at(-1)).toMatch(new RegExp(`^social-roi: ${noDates}: By period needs a column of dates`));
    const bothOrders = csvFile("plan-both-orders.csv", BOTH_ORDERS);
    const undecided = await run("plan", bothOrders, "--goal", "10", "--by", "week", "--last", "1");
    expect(undecided.code).toBe(2);
    expect(undecided.stderr.trim().split("\n").at(-1)).toMatch(new RegExp(`^social-roi: ${bothOrders}: By period cannot read the dates in “Date”: every day such as 01/02/2026 could be day/month or month/day`));
  });

  it("refuses --last without a data file, and on a scorecard", async () => {
    const typed = await run("plan", "--goal", "10", "--by", "week", "--last", "1", "--conversion-rate", "2%", "--ctr", "2%", "--cpm", "2");
    expect([typed.code, typed.stderr]).toEqual([2, "social-roi: --by and --last measure the rates on a data file's recent rows: give the file\n"]);
    const scorecard = await run("scorecard", GOOGLE_ADS, "--last", "2");
    expect([scorecard.code, scorecard.stderr]).toEqual([2, "social-roi: --last is an option of plan, not of scorecard; see --help\n"]);
  });
});
