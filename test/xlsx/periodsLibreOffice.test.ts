// The live period section of --out, opened in LibreOffice: its SUMIFS between each period's From and
// To days, recomputed over the data sheet's days, give each week's and month's sums of the fixture.
import { beforeAll, describe, expect, it } from "vitest";
import { GA4_DAYS, GOOGLE_ADS_DAYS, META_DAYS, mondayOf, monthOf, PERIOD_FIXTURES, sumsBy, type DatedExport } from "../cli/periodFixtures";
import { outFilesShownByLibreOffice, shownAfterSuccess, type OutFileShown } from "./outFilesInLibreOffice";

const money = (amount: number, sign = "€") => `${sign}${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const count = (value: number) => Math.round(value).toLocaleString("en-US");

/** sign: the currency the export says (GA4's says none: the locale's dollar). */
function expectRecomputed(out: OutFileShown, fixture: DatedExport, by: "week" | "month", periodOf: (day: string) => string, sign: string) {
  const shown = shownAfterSuccess(out);
  expect(out.stderr).not.toContain("holds the values read");
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
  let out: Record<"metaWeeks" | "metaMonths" | "ga4Weeks" | "twoNetworksWeeks", OutFileShown>;

  beforeAll(async () => {
    const scorecard = (file: string, by: "week" | "month", ...options: string[]) => ["scorecard", `${PERIOD_FIXTURES}${file}`, "--by", by, ...options];
    out = await outFilesShownByLibreOffice(
      {
        metaWeeks: scorecard("meta-reporting-days.csv", "week"),
        metaMonths: scorecard("meta-reporting-days.csv", "month"),
        ga4Weeks: scorecard("ga4-by-date.csv", "week", "--map", "channel=Session campaign"),
        twoNetworksWeeks: [...scorecard("meta-reporting-days.csv", "week"), `${PERIOD_FIXTURES}google-ads-by-day.csv`],
      },
      "Channel scorecard",
    );
  }, 300_000);

  it("recomputes Meta's weeks and months to the fixture's sums", () => {
    expectRecomputed(out.metaWeeks, META_DAYS, "week", mondayOf, "€");
    expectRecomputed(out.metaMonths, META_DAYS, "month", monthOf, "€");
  });

  it("recomputes GA4's weeks, read from 20260131, to the fixture's sums", () => {
    expectRecomputed(out.ga4Weeks, GA4_DAYS, "week", mondayOf, "$");
  });

  it("recomputes two networks' weeks, each over its own file's data sheet and days, to the files' sums", () => {
    const asNetwork = (fixture: DatedExport, network: string) => fixture.rows.map((row) => ({ ...row, channel: network }));
    expectRecomputed(out.twoNetworksWeeks, { file: "both", rows: [...asNetwork(META_DAYS, "Meta"), ...asNetwork(GOOGLE_ADS_DAYS, "Google Ads")] }, "week", mondayOf, "€");
  });
});
