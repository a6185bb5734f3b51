// What an export means, through npx social-roi: a blank column is no data, unlike results are never
// added, an export without data rows gets no scorecard, totals rows are never counted, visits are
// not leads. Expected figures come from the fixtures' literal numbers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXPORTS, FIXTURES, GOOGLE_ADS_CAMPAIGN_TYPES, sumsByChannel, total } from "../import/exports";
import { csvFile, run } from "./runCli";

type Figures = Record<string, string | number | null | undefined>;

async function scorecard(...args: string[]) {
  const { code, stdout, stderr } = await run("scorecard", ...args, "--json");
  expect({ code, failure: code === 0 ? "" : stderr }).toEqual({ code: 0, failure: "" });
  return { ...(JSON.parse(stdout) as { channels: Figures[]; totals: Figures }), stderr };
}

/** The fixture's rows as cells: these files quote no cell. */
function cellsOf(file: string): string[][] {
  return readFileSync(`${FIXTURES}${file}`, "utf8").replace(/^\uFEFF/, "").trim().split("\n").map((line) => line.split(","));
}

/** "kind, 2 rows; other, 1 row" for the rows with results, in order of first appearance. */
function kindsWithResults(file: string, results: string, kind: string): string {
  const [header, ...rows] = cellsOf(file);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const [count, type] = [row[header.indexOf(results)], row[header.indexOf(kind)]];
    if (type && count && Number(count) !== 0) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].map(([type, n]) => `${type}, ${n} row${n === 1 ? "" : "s"}`).join("; ");
}

const NO_DATA = "The export has no data rows: export a period or a level that has data, or select the rows below the header.";

describe.concurrent("a column blank on every row is no data", () => {
  const leadAds = EXPORTS.find((shape) => shape.file === "meta-lead-ads-no-value.csv")!;
  const expected = sumsByChannel(leadAds.rows);

  it.each([[[]], [["--map", "revenue=Purchases conversion value"]]])("gives no revenue, no ROI and no ROAS, judging each campaign on its CPA (%j)", async (map) => {
    const report = await scorecard(`${FIXTURES}meta-lead-ads-no-value.csv`, ...map);
    expect(report.stderr).toContain("social-roi: “Purchases conversion value” is empty on every row: no revenue (not 0).\n");
    expect(report.channels.map((channel) => channel.channel)).toEqual(expected.map((sums) => sums.channel));
    for (const [i, channel] of report.channels.entries()) {
      expect(channel).not.toHaveProperty("revenue");
      expect([channel.roi, channel.roas]).toEqual([undefined, undefined]);
      expect(channel.cpa as number).toBeCloseTo(expected[i].budget / expected[i].conversions, 9);
      expect(["Scale up", "Keep", "Cut"]).toContain(channel.verdict);
    }
    expect(report.totals.cpa as number).toBeCloseTo(total(expected, "budget") / total(expected, "conversions"), 9);
  });
});

describe.concurrent("results of unlike kinds in one column", () => {
  it.each([
    ["meta-mixed-results.csv", "Results", "Result indicator", []],
    ["meta-result-type-fr.csv", "Résultats", "Type de résultat", []],
    // Website purchases is the better column; named by the user, Results pools purchases with leads.
    ["meta-ads-manager.csv", "Results", "Result indicator", ["--map", "conversions=Results"]],
  ])("are refused with exit 2, naming each kind and its rows (%s)", async (file, results, kind, map) => {
    const path = `${FIXTURES}${file}`;
    const { code, stdout, stderr } = await run("scorecard", path, ...map);
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(
      `social-roi: ${path}: “${results}” counts a different result on different rows (“${kind}”: ${kindsWithResults(file, results, kind)}): ` +
        "added up as conversions, unlike results would weigh the same. Filter the export to one result type, or choose a column of one kind " +
        "for conversions (such as “Website purchases” or “Leads”).\n",
    );
  });

  it("are refused by the budget plan too, whose rates they would mix", async () => {
    const rows = [
      "Campaign name,Amount spent (EUR),Impressions,Link clicks,Results,Result indicator",
      "Spring sale - Traffic,412.50,88210,1834,1834,actions:link_click",
      "Spring sale - Conversions,1210.35,104552,1502,61,actions:offsite_conversion.fb_pixel_purchase",
    ];
    const { code, stdout, stderr } = await run("plan", csvFile("plan-mixed.csv", rows.join("\n")), "--goal", "100");
    expect([code, stdout]).toEqual([2, ""]);
    expect(stderr).toContain("“Results” counts a different result on different rows (“Result indicator”: actions:link_click, 1 row; actions:offsite_conversion.fb_pixel_purchase, 1 row)");
  });

  it("are fine when every row with results counts one kind", async () => {
    const rows = cellsOf("meta-mixed-results.csv").filter((row, i) => i === 0 || row[3] === "actions:link_click");
    const report = await scorecard(csvFile("traffic-only.csv", rows.map((row) => row.join(",")).join("\n")));
    const clicks = rows.slice(1).map((row) => Number(row[2]));
    expect(report.totals.conversions).toBe(clicks.reduce((a, b) => a + b, 0));
  });
});

describe.concurrent("an export without data rows", () => {
  it.each([
    ["meta-no-data.csv", "Meta's header, then “No data available.”"],
    ["linkedin-empty-period.csv", "LinkedIn's title lines, no table"],
    ["google-ads-empty-period.csv", "Google Ads' header and its totals rows only"],
  ])("gets no scorecard: exit 2 and one line (%s: %s)", async (file) => {
    const path = `${FIXTURES}${file}`;
    const { code, stdout, stderr } = await run("scorecard", path);
    expect([code, stdout, stderr]).toEqual([2, "", `social-roi: ${path}: ${NO_DATA}\n`]);
  });

  it("gets no scorecard from a header alone", async () => {
    const path = csvFile("meta-header-only.csv", `\uFEFF${cellsOf("meta-no-data.csv")[0].join(",")}\n`);
    const { code, stdout, stderr } = await run("scorecard", path);
    expect([code, stdout, stderr]).toEqual([2, "", `social-roi: ${path}: ${NO_DATA}\n`]);
  });
});

describe.concurrent("totals rows wherever their label is", () => {
  const googleAds = EXPORTS.find((shape) => shape.file === "google-ads-campaign-types.csv")!;

  it("are not counted when the channel is the campaign type, which the totals rows repeat; Total Fitness is a campaign", async () => {
    const report = await scorecard(`${FIXTURES}google-ads-campaign-types.csv`, "--map", "channel=Campaign type");
    const expected = sumsByChannel(googleAds.rows.map((row) => ({ ...row, channel: GOOGLE_ADS_CAMPAIGN_TYPES[row.channel] })));
    expect(report.channels.map((channel) => channel.channel)).toEqual(["Search", "Display", "Video"]);
    expected.forEach((sums, i) => {
      expect(report.channels[i].budget as number).toBeCloseTo(sums.budget, 9);
      expect(report.channels[i].conversions as number).toBeCloseTo(sums.conversions, 9);
      expect(report.channels[i].revenue as number).toBeCloseTo(sums.revenue, 9);
    });
    expect(report.totals.budget as number).toBeCloseTo(total(expected, "budget"), 9);
    expect(report.stderr).toContain("social-roi: 5 totals rows skipped, so nothing is counted twice (rows 10, 11, 12, 13, 14).\n");
  });

  it("include Meta's summary row, a few cents off the sum of the rounded rows", async () => {
    const [header, summary, ...rows] = cellsOf("meta-summary-rounding.csv");
    const spend = header.indexOf("Amount spent (EUR)");
    const sum = rows.reduce((total, row) => total + Number(row[spend]), 0);
    // More than a cent apart: the export rounds each row, Meta sums before rounding.
    expect(Math.abs(Number(summary[spend]) - sum)).toBeGreaterThan(0.01);
    const report = await scorecard(`${FIXTURES}meta-summary-rounding.csv`);
    expect(report.channels.map((channel) => channel.channel)).not.toContain("(no channel)");
    expect(report.totals.budget as number).toBeCloseTo(sum, 9);
  });
});

describe.concurrent("visits are not leads", () => {
  it("reads Sessions as visits beside Leads: the conversion rate over visits, the bounce rate weighted by them", async () => {
    const [header, ...rows] = cellsOf("channel-sessions-bounce.csv");
    const column = (name: string) => rows.map((row) => Number(row[header.indexOf(name)].replace("%", "")));
    const [sessions, bounce, leads, sales] = [column("Sessions"), column("Bounce rate").map((rate) => rate / 100), column("Leads"), column("Sales")];
    const report = await scorecard(`${FIXTURES}channel-sessions-bounce.csv`);
    expect(report.stderr).toContain("Visits ← “Sessions”");
    report.channels.forEach((channel, i) => {
      expect([channel.visits, channel.leads, channel.conversions]).toEqual([sessions[i], leads[i], sales[i]]);
      expect(channel.conversionRate as number).toBeCloseTo(sales[i] / sessions[i], 12);
    });
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(report.totals.bounceRate as number).toBeCloseTo(sum(bounce.map((rate, i) => rate * sessions[i])) / sum(sessions), 12);
    expect(report.totals.conversionRate as number).toBeCloseTo(sum(sales) / sum(sessions), 12);
  });
});
