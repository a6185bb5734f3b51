// Several sources by period through the scorecard sidebar's server calls: CSV files picked (their
// days written as date cells, read by the import, never by the locale's guess at 03/02/2026), then a
// linked build by week, each network's week the plain sum of its file's rows of that week.
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import type { SourcesResult } from "../../src/sources/sidebarRequest";
import { sheetValues } from "./scorecardSession";
import { emptyWorkbook, importFile, LINKED } from "./sourcesSession";

// Meta by day, as Ads Manager exports it; the days written day first, as a French account's export.
const META_ROWS: [string, string, number, number][] = [
  ["26/01/2026", "Soldes - Prospection", 120.5, 4],
  ["28/01/2026", "Soldes - Reciblage", 80.25, 6],
  ["02/02/2026", "Soldes - Prospection", 99.9, 3],
  ["03/02/2026", "Soldes - Reciblage", 64, 5],
  ["13/02/2026", "Soldes - Prospection", 110, 2],
];
const META_CSV = [
  "Jour,Nom de la campagne,Montant dépensé (EUR),Impressions,Clics sur un lien,Résultats,Indicateur de résultats",
  ...META_ROWS.map(([day, campaign, spend, results], i) => `${day},${campaign},${spend.toFixed(2)},${10_000 + i * 733},${200 + i * 17},${results},actions:offsite_conversion.fb_pixel_purchase`),
].join("\n");

// Google Ads by day: title lines, ISO days (its totals rows left out, or the sheet could not be linked).
const GOOGLE_ROWS: [string, string, number, number][] = [
  ["2026-01-27", "Brand", 45.1, 3],
  ["2026-02-04", "Brand", 52.3, 4],
  ["2026-02-05", "Generic", 140, 2.5],
  ["2026-02-11", "Generic", 133.45, 3],
];
const GOOGLE_CSV = [
  "Campaign performance report",
  '"January 26, 2026 - February 15, 2026"',
  "Day,Campaign,Currency code,Cost,Impr.,Clicks,Conversions",
  ...GOOGLE_ROWS.map(([day, campaign, cost, conversions], i) => `${day},${campaign},EUR,${cost.toFixed(2)},${4_000 + i * 91},${120 + i * 9},${conversions}`),
].join("\n");

/** Monday of an ISO day, and of a day written day first. */
const mondayOf = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
};
const isoOfDayFirst = (text: string) => text.split("/").reverse().join("-");

/** Each network's spend per week, from the rows above. */
const expected = new Map<string, Map<string, number>>();
const add = (network: string, iso: string, spend: number) => {
  const week = mondayOf(iso);
  const networks = expected.get(week) ?? expected.set(week, new Map()).get(week)!;
  networks.set(network, (networks.get(network) ?? 0) + spend);
};
for (const [day, , spend] of META_ROWS) add("Meta", isoOfDayFirst(day), spend);
for (const [day, , spend] of GOOGLE_ROWS) add("Google Ads", day, spend);

function twoSources() {
  const session = createSession({ workbook: emptyWorkbook() });
  const summaries = [importFile(session, "meta-jour.csv", new TextEncoder().encode(META_CSV)), importFile(session, "google-ads-days.csv", new TextEncoder().encode(GOOGLE_CSV))];
  const build = () => session.runServerFunction("buildFromSources", [{ sources: summaries.map((summary) => summary.spec), rates: {}, options: { ...LINKED, byPeriod: "week" } }]) as SourcesResult;
  return { session, summaries, build };
}

/** Each week's row and its channels' rows, by the week's first day, as the sheet shows them. */
function weeks(session: ReturnType<typeof createSession>, result: SourcesResult) {
  const values = sheetValues(session, result.sheetName);
  const { headerRow, firstRow, lastRow } = result.periods!.layout;
  const spend = values[headerRow - 1].map(String).indexOf("Spend");
  const byWeek = new Map<string, Map<string, number>>();
  let week = "";
  for (const row of values.slice(firstRow - 1, lastRow)) {
    if (typeof row[0] === "number") week = new Date(Date.UTC(1899, 11, 30 + row[0])).toISOString().slice(0, 10);
    else if (row[0] !== "") (byWeek.get(week) ?? byWeek.set(week, new Map()).get(week)!).set(String(row[0]), row[spend] as number);
  }
  return byWeek;
}

describe("several sources by period in the sidebar", () => {
  it("write a picked file's days as date cells, read day first as the file writes them", () => {
    const { session, summaries } = twoSources();
    const meta = session.usedCellReadings(summaries[0].spec.sheetName);
    expect(meta[1][0]).toMatchObject({ value: 46_048, display: "2026-01-26" });
    expect(meta[5][0]).toMatchObject({ display: "2026-02-13" });
  });

  it("build live by week: each network's week is the sum of its file's rows of that week", () => {
    const { session, build } = twoSources();
    const result = build();
    expect(result.periods).toMatchObject({ unit: "week", first: "2026-01-26", count: 3 });
    const shown = weeks(session, result);
    expect([...shown.keys()]).toEqual([...expected.keys()].sort());
    for (const [week, networks] of expected) {
      for (const [network, spend] of networks) expect(shown.get(week)?.get(network), `${network} ${week}`).toBeCloseTo(spend, 6);
    }
  });

  it("follow the sheets: a day's cost changed moves its own week", () => {
    const { session, summaries, build } = twoSources();
    const result = build();
    // Google Ads' row of 4 February (the sheet's row 5): 52.30 becomes 152.30.
    session.editCells(summaries[1].spec.sheetName, "D5", [["152.30"]]);
    const shown = weeks(session, result);
    expect(shown.get("2026-02-02")?.get("Google Ads")).toBeCloseTo(expected.get("2026-02-02")!.get("Google Ads")! + 100, 6);
    expect(shown.get("2026-02-09")?.get("Google Ads")).toBeCloseTo(expected.get("2026-02-09")!.get("Google Ads")!, 6);
  });
});
