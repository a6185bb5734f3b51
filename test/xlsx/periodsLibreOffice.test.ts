// The live period section of --out, opened in LibreOffice: its SUMIFS between each period's From and
// To days, recomputed over the data sheet's days, give each week's and month's sums of the fixture.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliDir, run } from "../cli/runCli";
import { GA4_DAYS, META_DAYS, mondayOf, monthOf, PERIOD_FIXTURES, sumsBy, type DatedExport } from "../cli/periodFixtures";
import { shownByLibreOffice } from "../support/libreOffice";

const money = (amount: number, sign = "€") => `${sign}${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const count = (value: number) => Math.round(value).toLocaleString("en-US");

/** sign: the currency the export says (GA4's says none: the locale's dollar). */
async function expectRecomputed(file: string, fixture: DatedExport, by: "week" | "month", periodOf: (day: string) => string, sign: string, ...options: string[]) {
  const out = join(cliDir, `${file}-${by}.xlsx`);
  const { code, stderr } = await run("scorecard", `${PERIOD_FIXTURES}${file}`, "--by", by, "--out", out, ...options);
  expect(code, stderr).toBe(0);
  expect(stderr).not.toContain("holds the values read");
  const shown = await shownByLibreOffice(readFileSync(out), "Channel scorecard");
  const header = shown.findIndex((row) => row[0] === `${by === "week" ? "Week" : "Month"} from, then its channels`);
  const [spend, results] = [shown[header].indexOf("Spend"), shown[header].indexOf("Conversions")];
  const sums = sumsBy(fixture.rows, periodOf);
  let period = "";
  let checked = 0;
  for (const row of shown.slice(header + 1)) {
    if (row.every((cell) => cell === "")) break;
    // A period's total row shows its first day in column A; its channels' rows their names.
    const isTotal = /^\d{4}-\d\d-\d\d$/.test(row[0]);
    if (isTotal) period = row[0];
    const expected = sums.get(period);
    if (!expected) continue;
    const figures = isTotal ? expected.total : (expected.channels.get(row[0]) ?? { spend: 0, results: 0 });
    expect(row[spend], `${period} ${row[0]}`).toBe(money(figures.spend, sign));
    expect(row[results]).toBe(count(figures.results));
    checked++;
  }
  expect(checked).toBe([...sums.values()].reduce((rows, { channels }) => rows + 1 + channels.size, 0));
  // Nothing spent outside the periods: the figure right of its label, on the title row.
  const title = shown[header - 1];
  expect(title[title.indexOf("Spend outside the periods") + 1]).toBe(money(0, sign));
}

describe("live periods in LibreOffice", () => {
  it("recomputes Meta's weeks and months to the fixture's sums", async () => {
    await expectRecomputed("meta-reporting-days.csv", META_DAYS, "week", mondayOf, "€");
    await expectRecomputed("meta-reporting-days.csv", META_DAYS, "month", monthOf, "€");
  }, 300_000);

  it("recomputes GA4's weeks, read from 20260131, to the fixture's sums", async () => {
    await expectRecomputed("ga4-by-date.csv", GA4_DAYS, "week", mondayOf, "$", "--map", "channel=Session campaign");
  }, 300_000);
});
