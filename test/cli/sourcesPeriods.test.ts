// --by on several files: each file's rows counted in the period of their own day (Meta's "Reporting
// starts", Google Ads' "Day"), each network's figures per period the plain sums of its file's rows of
// that period, computed here; in the values build and in the live one (SUMIFS over each data sheet).
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { cliDir, csvFile, run } from "./runCli";
import { GOOGLE_ADS_DAYS, META_DAYS, mondayOf, monthOf, PERIOD_FIXTURES, type DatedRow } from "./periodFixtures";
import { expectPeriodSums, type JsonPeriods } from "./periodSums";
import { GOOGLE as GOOGLE_SPRING, SOURCE_FIXTURES, sum } from "../import/sourceExports";
import { JOIN_FIXTURES } from "../join/fixtures";

interface Periods extends JsonPeriods {
  column: string;
  undatedRows: number;
  spendOutside: number;
}

const META = `${PERIOD_FIXTURES}meta-reporting-days.csv`;
const GOOGLE = `${PERIOD_FIXTURES}google-ads-by-day.csv`;

async function periodsOf(files: readonly string[], by: string, ...options: string[]): Promise<Periods> {
  const { code, stdout, stderr } = await run("scorecard", ...files, "--by", by, "--json", ...options);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout).scorecard.periods;
}

/** Each network's rows: the channel of a row is its file's network. */
const asNetwork = (rows: readonly DatedRow[], network: string) => rows.map((row) => ({ ...row, channel: network }));
const BOTH = [...asNetwork(META_DAYS.rows, "Meta"), ...asNetwork(GOOGLE_ADS_DAYS.rows, "Google Ads")];

describe("a scorecard by period over several files", () => {
  it("counts each file's rows in the week of their own day, each network's week the sum of its file's rows", async () => {
    const periods = await periodsOf([META, GOOGLE], "week");
    expect(periods.undatedRows).toBe(0);
    expect(periods.spendOutside).toBe(0);
    expectPeriodSums(periods, BOTH, mondayOf);
  });

  it("stays live with --out: the weeks are SUMIFS over each file's data sheet, whose days are dates", async () => {
    const { code, stdout, stderr } = await run("scorecard", META, GOOGLE, "--by", "month", "--json", "--out", join(cliDir, "sources-by-month.xlsx"));
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain("holds the values read");
    expectPeriodSums(JSON.parse(stdout).scorecard.periods, BOTH, monthOf);
  });

  it("shows the spend of a file without dates as spent outside the periods, and says why", async () => {
    const { code, stdout, stderr } = await run("scorecard", META, `${SOURCE_FIXTURES}google-ads-spring-eur.csv`, "--by", "week", "--json");
    expect(code, stderr).toBe(0);
    const periods: Periods = JSON.parse(stdout).scorecard.periods;
    expect(periods.spendOutside).toBeCloseTo(sum(GOOGLE_SPRING.spend), 6);
    expectPeriodSums(periods, asNetwork(META_DAYS.rows, "Meta"), mondayOf);
    expect(stderr).toContain("google-ads-spring-eur.csv has no column of dates: its rows are in no period, their spend shown as spent outside them.");
  });

  it("refuses a file whose rows span more than one period, naming the file and its row", async () => {
    const { code, stderr } = await run("scorecard", `${SOURCE_FIXTURES}meta-spring-eur.csv`, GOOGLE, "--by", "week");
    expect(code).toBe(2);
    expect(stderr).toContain("meta-spring-eur.csv: Row 2 counts 2026-04-01 to 2026-04-30, more than one week");
  });

  it("refuses a revenue table, whose figures have no day", async () => {
    const { code, stderr } = await run("scorecard", META, GOOGLE, "--revenue", `${JOIN_FIXTURES}ga4-source-medium.csv`, "--by", "week");
    expect(code).toBe(2);
    expect(stderr).toContain("ga4-source-medium.csv brings its figures to the channels, not to days");
  });

  it("skips Google Ads' totals rows under its Day column, in one file and beside another", async () => {
    const spend = GOOGLE_ADS_DAYS.rows.reduce((total, row) => total + row.spend, 0);
    const withTotals = csvFile(
      "google-ads-by-day-totals.csv",
      `${readFileSync(GOOGLE, "utf8").trimEnd()}\nTotal: Account,--,--,EUR,${spend.toFixed(2)},--,--,--,--\nTotal: Search,--,--,EUR,${spend.toFixed(2)},--,--,--,--\n`,
    );
    const { code, stdout, stderr } = await run("scorecard", withTotals, "--by", "week", "--json");
    expect(code, stderr).toBe(0);
    const single = JSON.parse(stdout).periods as Periods;
    expect(single.undatedRows).toBe(0);
    expectPeriodSums(single, GOOGLE_ADS_DAYS.rows, mondayOf);
    expectPeriodSums(await periodsOf([META, withTotals], "week"), BOTH, mondayOf);
  });
});
