// --by: the scorecard's period section from dated exports (Google Ads' "Day", Meta's "Reporting
// starts"/"Reporting ends", a French team's 31/01/2026 with a row left undated, GA4's 20260131).
// Each period's figures, per channel and in total, are the plain sums of the fixture's rows of that
// period, computed here; in the values build and in the live build (SUMIFS over the data sheet).
import { describe, expect, it } from "vitest";
import { csvFile, run } from "./runCli";
import { expectPeriodSums } from "./periodSums";
import { GA4_DAYS, GOOGLE_ADS_DAYS, META_DAYS, mondayOf, monthOf, PERIOD_FIXTURES, TEAM_DMY, type DatedExport } from "./periodFixtures";

interface JsonFigures {
  spend: number;
  results: number;
  revenue: number;
  cpa: number | null;
  roi: number | null;
  change: Record<string, number | null>;
  channel?: string;
}
interface JsonPeriods {
  by: string;
  column: string;
  undatedRows: number;
  spendOutside: number;
  periods: { start: string; end: string; total: JsonFigures; channels: JsonFigures[] }[];
}

async function periodsOf(file: string, by: string, ...options: string[]): Promise<JsonPeriods> {
  const { code, stdout, stderr } = await run("scorecard", `${PERIOD_FIXTURES}${file}`, "--by", by, "--json", ...options);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout).periods;
}

const expectSums = (periods: JsonPeriods, fixture: DatedExport, periodOf: (day: string) => string) => expectPeriodSums(periods, fixture.rows, periodOf);

// GA4 names no channel the import knows: the user names its campaign column.
const EXPORTS = [
  ["Google Ads by day (ISO)", "google-ads-by-day.csv", GOOGLE_ADS_DAYS, "Day", []],
  ["Meta's Reporting starts / ends", "meta-reporting-days.csv", META_DAYS, "Reporting starts", []],
  ["a French team's d/m/y", "equipe-jour-mois.csv", TEAM_DMY, "Date", []],
  ["GA4's yyyymmdd", "ga4-by-date.csv", GA4_DAYS, "Date", ["--map", "channel=Session campaign"]],
] as const;

describe("scorecard --by week and --by month", () => {
  for (const [name, file, fixture, column, map] of EXPORTS) {
    it(`${name}: each ISO week's and month's figures are the sums of its rows, per channel and in total`, async () => {
      const weeks = await periodsOf(file, "week", ...map);
      expect(weeks.by).toBe("week");
      expect(weeks.column).toBe(column);
      expectSums(weeks, fixture, mondayOf);
      for (const week of weeks.periods) {
        expect(new Date(`${week.start}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(Date.parse(week.end) - Date.parse(week.start)).toBe(6 * 86_400_000);
      }
      expectSums(await periodsOf(file, "month", ...map), fixture, monthOf);
    }, 120_000);
  }

  it("counts a week that spans two months once, whole, under its Monday", async () => {
    const weeks = await periodsOf("google-ads-by-day.csv", "week");
    // 26 January to 1 February 2026: January's days and February's first, in one week.
    const spanning = weeks.periods.filter((week) => week.start <= "2026-02-01" && week.end >= "2026-01-31");
    expect(spanning.map((week) => [week.start, week.end])).toEqual([["2026-01-26", "2026-02-01"]]);
    const days = GOOGLE_ADS_DAYS.rows.filter((row) => row.day! >= "2026-01-26" && row.day! <= "2026-02-01");
    expect(days.some((row) => row.day === "2026-02-01")).toBe(true);
    expect(spanning[0].total.spend).toBeCloseTo(days.reduce((sum, row) => sum + row.spend, 0), 6);
  }, 120_000);

  it("gives each period's change against the one before: none for the first", async () => {
    const { periods } = await periodsOf("meta-reporting-days.csv", "week");
    expect(periods[0].total.change).toEqual({ spend: null, results: null, cpa: null, roi: null });
    const [before, after] = [periods[1].total, periods[2].total];
    expect(after.change.spend).toBeCloseTo(after.spend / before.spend - 1, 9);
    expect(after.change.results).toBeCloseTo(after.results / before.results - 1, 9);
    expect(after.change.cpa).toBeCloseTo(after.cpa! / before.cpa! - 1, 9);
    expect(after.change.roi).toBeCloseTo(after.roi! - before.roi!, 9);
  }, 120_000);

  it("leaves a row without a date out of the periods, and shows its spend as spent outside them", async () => {
    const { code, stdout, stderr } = await run("scorecard", `${PERIOD_FIXTURES}equipe-jour-mois.csv`, "--by", "week", "--json");
    expect(code, stderr).toBe(0);
    const undated = TEAM_DMY.rows.filter((row) => row.day === null);
    expect(undated).toHaveLength(1);
    expect(stderr).toContain("1 row has no date in “Date”: left out of the periods");
    const { periods } = JSON.parse(stdout);
    expect(periods.undatedRows).toBe(1);
    expect(periods.spendOutside).toBeCloseTo(undated[0].spend, 2);
    // The channel table still counts it.
    const all = JSON.parse(stdout).totals.budget;
    const inPeriods = periods.periods.reduce((sum: number, period: { total: { spend: number } }) => sum + period.total.spend, 0);
    expect(all - inPeriods).toBeCloseTo(undated[0].spend, 6);
  }, 120_000);

  it("chooses the unit from the span with --by auto: six weeks are by week", async () => {
    const auto = await periodsOf("google-ads-by-day.csv", "auto");
    expect(auto.by).toBe("week");
    expectSums(auto, GOOGLE_ADS_DAYS, mondayOf);
  }, 120_000);

  it("prints the period section under the channel table", async () => {
    const { code, stdout, stderr } = await run("scorecard", `${PERIOD_FIXTURES}google-ads-by-day.csv`, "--by", "month");
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("By month, from the dates in “Day”");
    // February's total row: its first day, its spend... and its last day at the end.
    expect(stdout).toMatch(/^ +2026-02-01 {2}€[\d,.]+ .* 2026-02-28$/m);
    expect(stderr).toContain("periods: by month from the dates in “Day”, 2026-01-01 to 2026-03-31 (3 months)");
  }, 120_000);
});

describe("scorecard --out --by week: live periods", () => {
  for (const [name, file, fixture, , map] of EXPORTS) {
    it(`${name}: SUMIFS over the data sheet's days give each week's sums`, async () => {
      const out = `${csvFile(`${file}.placeholder`, "")}.xlsx`;
      const weeks = await periodsOf(file, "week", "--out", out, ...map);
      expectSums(weeks, fixture, mondayOf);
    }, 120_000);
  }
});

describe("scorecard --by refusals", () => {
  it("refuses a row whose Reporting starts and ends span two weeks, rather than spread it", async () => {
    const path = csvFile(
      "meta-two-weeks.csv",
      "Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Website purchases\n" +
        "2026-01-26,2026-02-08,Retargeting - Carts,410.20,12\n2026-02-09,2026-02-15,Retargeting - Carts,198.00,5\n",
    );
    const weeks = await run("scorecard", path, "--by", "week");
    expect(weeks.code).toBe(2);
    expect(weeks.stderr).toContain("Row 2 counts 2026-01-26 to 2026-02-08, more than one week");
    // By quarter, each row fits its quarter.
    expect((await run("scorecard", path, "--by", "quarter")).code).toBe(0);
  }, 120_000);

  it("refuses dates whose order cannot be decided, and a file without dates", async () => {
    const undecided = csvFile("undecided.csv", "Date,Channel,Spend,Conversions\n05/04/2026,Facebook,100,4\n06/04/2026,Facebook,80,2\n");
    const refused = await run("scorecard", undecided, "--by", "week");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("By period cannot read the dates in “Date”: every day such as 05/04/2026 could be day/month or month/day");
    const undated = csvFile("undated.csv", "Channel,Spend,Conversions\nFacebook,100,4\n");
    const none = await run("scorecard", undated, "--by", "week");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("By period needs a column of dates");
  }, 120_000);

  it("refuses an unknown period", async () => {
    const { code, stderr } = await run("scorecard", `${PERIOD_FIXTURES}ga4-by-date.csv`, "--by", "fortnight");
    expect(code).toBe(2);
    expect(stderr).toContain("--by: 'fortnight' is not a period; write day, week, month, quarter or auto");
  });
});

describe("scorecard --by on Meta's export broken down by day", () => {
  it("counts the Day column, not Reporting starts, which is the whole report's first day on every row", async () => {
    const path = csvFile(
      "meta-by-day.csv",
      "Reporting starts,Reporting ends,Day,Campaign name,Amount spent (EUR),Website purchases\n" +
        "2026-01-01,2026-01-31,2026-01-05,Retargeting - Carts,41.20,2\n2026-01-01,2026-01-31,2026-01-13,Retargeting - Carts,38.80,1\n" +
        "2026-01-01,2026-01-31,2026-01-14,Prospecting - Lookalike,25.00,1\n",
    );
    const { code, stdout, stderr } = await run("scorecard", path, "--by", "week", "--json");
    expect(code, stderr).toBe(0);
    const { periods } = JSON.parse(stdout);
    expect(periods.column).toBe("Day");
    expect(periods.periods.map((week: { start: string; total: { spend: number } }) => [week.start, week.total.spend])).toEqual([
      ["2026-01-05", 41.2],
      ["2026-01-12", 38.8 + 25],
    ]);
  }, 120_000);
});
