// Revenue from a shop, CRM or analytics table joined to several sources in the sidebar, through the
// add-on's server functions: the table picked as a CSV file (a sheet of its own) or a sheet, every
// value of it previewed with what it matched and its totals, the user's matches over the defaults,
// the join kept with the sources for a rebuild. Expected figures come from the fixtures' rows.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createSession, type EmulatedSession } from "../../playground/runtime/session";
import type { JoinPreview, RevenueSpec, RevenueSummary, SavedSources, SourceSummary } from "../../src/sources/sidebarRequest";
import { GOOGLE, LINKEDIN, META, sum } from "../import/sourceExports";
import { GA4_CHANNEL_GROUP, GA4_SOURCE_MEDIUM, JOIN_FIXTURES, SHOPIFY_NET_SALES } from "../join/fixtures";
import { buildSources, emptyWorkbook, fixture, importCsvSheet, importFile, LINKED } from "./sourcesSession";

const SPEND = ["meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv"];

function withSpend(userLocale = "en") {
  const session = createSession({ workbook: emptyWorkbook(), userLocale });
  const summaries: SourceSummary[] = SPEND.map((name) => importFile(session, name, fixture(name)));
  return { session, specs: summaries.map((summary) => summary.spec) };
}

/** The revenue table's CSV file picked in the sidebar: a sheet of its own, read as the table to join. */
function pickTable(session: EmulatedSession, name: string, spec: Partial<RevenueSpec> = {}): RevenueSummary {
  const sheetName = importCsvSheet(session, name, new Uint8Array(readFileSync(`${JOIN_FIXTURES}${name}`)));
  const summary = session.runServerFunction("readRevenueTable", [{ sheetName, rangeA1: null, by: "channel", matches: {}, currency: null, ...spec }]) as RevenueSummary;
  return summary;
}

/** A cell of the scorecard's channel table, by its row's label and its column's header (the header is its third row). */
function scorecardCell(session: EmulatedSession, label: string, header: string) {
  const cells = session.usedCellReadings("Channel scorecard");
  const row = cells.find((cells, r) => r > 2 && cells[0].value === label);
  const column = cells[2].findIndex((cell) => cell.value === header);
  if (!row || column < 0) throw new Error(`no ${header} of ${label}`);
  return row[column].value;
}

const spendOf = (figures: { spend: number[] }) => sum(figures.spend);

describe("a revenue table joined by channel in the sidebar", () => {
  it("says what it reads, and previews every value with what it matched and its totals, nothing dropped", () => {
    const { session, specs } = withSpend();
    const table = pickTable(session, "ga4-source-medium.csv", { currency: "EUR" });
    expect(table).toMatchObject({ name: "ga4-source-medium", originColumns: ["Session source / medium"], campaignColumn: null, fields: ["revenue"], currency: { kind: "none" } });
    const preview = session.runServerFunction("previewJoin", [{ sources: specs, rates: {}, revenue: table.spec, options: LINKED }]) as JoinPreview;
    expect(preview.networks).toEqual(["Meta", "Google Ads", "LinkedIn"]);
    const byValue = new Map(preview.values.map((entry) => [entry.value, entry]));
    expect(byValue.get("facebook / cpc")).toMatchObject({ network: "Meta", by: "default", rows: 1, values: { revenue: GA4_SOURCE_MEDIUM["facebook / cpc"] } });
    expect(byValue.get("google / organic")).toMatchObject({ network: null, why: "notPaid", candidates: ["Google Ads"], values: { revenue: GA4_SOURCE_MEDIUM["google / organic"] } });
    expect(byValue.get("bing / cpc")).toMatchObject({ network: "Microsoft Ads", why: "withoutSpend", values: { revenue: GA4_SOURCE_MEDIUM["bing / cpc"] } });
    // Every value of the table is listed once, and their totals are the table's.
    expect(preview.values.map((entry) => entry.value).sort()).toEqual(Object.keys(GA4_SOURCE_MEDIUM).sort());
    expect(sum(preview.values.map((entry) => entry.values.revenue ?? 0))).toBeCloseTo(sum(Object.values(GA4_SOURCE_MEDIUM)), 6);
    expect(preview.total.revenue).toBeCloseTo(sum(Object.values(GA4_SOURCE_MEDIUM)), 6);
    expect(preview.lines).toContain("  (direct) / (none) (1 row): revenue 6,230.15");
    // A preview writes nothing.
    expect(session.view().sheets.map((sheet) => sheet.name)).not.toContain("Channel scorecard");
  });

  it("builds each network's revenue from the values that match it, its ROI over its spend, and keeps the join for a rebuild", () => {
    const { session, specs } = withSpend();
    const table = pickTable(session, "ga4-source-medium.csv", { currency: "EUR" });
    const result = buildSources(session, specs, {}, { revenue: table.spec });
    const meta = GA4_SOURCE_MEDIUM["facebook / cpc"] + GA4_SOURCE_MEDIUM["ig / paid"];
    const google = GA4_SOURCE_MEDIUM["google / cpc"];
    const linkedin = GA4_SOURCE_MEDIUM["linkedin / paid_social"];
    expect(scorecardCell(session, "Meta", "Revenue")).toBeCloseTo(meta, 6);
    expect(scorecardCell(session, "Google Ads", "Revenue")).toBeCloseTo(google, 6);
    expect(scorecardCell(session, "LinkedIn", "Revenue")).toBeCloseTo(linkedin, 6);
    expect(scorecardCell(session, "Meta", "ROI")).toBeCloseTo((meta - spendOf(META)) / spendOf(META), 9);
    expect(scorecardCell(session, "Total", "Revenue")).toBeCloseTo(meta + google + linkedin, 6);
    expect(scorecardCell(session, "Total", "Spend")).toBeCloseTo(spendOf(META) + spendOf(GOOGLE) + spendOf(LINKEDIN), 6);
    expect(result.join?.values.length).toBe(Object.keys(GA4_SOURCE_MEDIUM).length);
    // Built linked over Meta's export with its summary row: the scorecard holds the values read, with no match sheet.
    expect(session.view().sheets.map((sheet) => sheet.name)).not.toContain("Revenue matches");
    expect(result.notes.join(" ")).not.toContain("matching is not a column");

    const saved = session.runServerFunction("savedSources", []) as SavedSources;
    expect(saved.revenue?.spec).toEqual(table.spec);
    buildSources(session, saved.sources.map((summary) => summary.spec), saved.rates, { revenue: saved.revenue!.spec });
    expect(scorecardCell(session, "Meta", "Revenue")).toBeCloseTo(meta, 6);
  });

  it("leaves Paid Search and Paid Social unmatched by default, and matches them as the user says", () => {
    const { session, specs } = withSpend();
    const table = pickTable(session, "ga4-channel-group.csv", { currency: "EUR" });
    const preview = (matches: Record<string, string>) =>
      session.runServerFunction("previewJoin", [{ sources: specs, rates: {}, revenue: { ...table.spec, matches }, options: LINKED }]) as JoinPreview;
    const before = new Map(preview({}).values.map((entry) => [entry.value, entry]));
    expect(before.get("Paid Search")).toMatchObject({ network: null, why: "ambiguous", candidates: ["Google Ads", "Microsoft Ads"], values: { revenue: GA4_CHANNEL_GROUP["Paid Search"] } });
    expect(before.get("Paid Social")).toMatchObject({ network: null, why: "ambiguous" });

    const matches = { "Paid Search": "Google Ads", "Paid Social": "Meta" };
    const after = new Map(preview(matches).values.map((entry) => [entry.value, entry]));
    expect(after.get("Paid Search")).toMatchObject({ network: "Google Ads", by: "chosen" });
    buildSources(session, specs, {}, { revenue: { ...table.spec, matches } });
    expect(scorecardCell(session, "Google Ads", "Revenue")).toBeCloseTo(GA4_CHANNEL_GROUP["Paid Search"], 6);
    expect(scorecardCell(session, "Meta", "Revenue")).toBeCloseTo(GA4_CHANNEL_GROUP["Paid Social"], 6);
    expect((session.runServerFunction("savedSources", []) as SavedSources).revenue?.spec.matches).toEqual(matches);
  });

  it("refuses a table that says no currency beside sources that say one, until its currency is given", () => {
    const { session, specs } = withSpend();
    const table = pickTable(session, "ga4-source-medium.csv");
    expect(() => buildSources(session, specs, {}, { revenue: table.spec })).toThrow("ga4-source-medium says no currency, beside EUR");
  });
});

describe("a revenue table joined by campaign in the sidebar", () => {
  it("gives each network the net sales of its campaigns, and lists a campaign two networks share until matched", () => {
    const { session, specs } = withSpend();
    const table = pickTable(session, "shopify-sales-by-utm.csv", { currency: "EUR", by: "campaign" });
    const preview = session.runServerFunction("previewJoin", [{ sources: specs, rates: {}, revenue: table.spec, options: LINKED }]) as JoinPreview;
    expect(preview.values.find((entry) => entry.value === "Spring sale - Retargeting")).toMatchObject({ network: null, why: "ambiguous", values: { revenue: SHOPIFY_NET_SALES["Spring sale - Retargeting"] } });
    buildSources(session, specs, {}, { revenue: { ...table.spec, matches: { "Spring sale - Retargeting": "Meta" } } });
    expect(scorecardCell(session, "Meta", "Revenue")).toBeCloseTo(SHOPIFY_NET_SALES["Spring sale - Prospecting"] + SHOPIFY_NET_SALES["Spring sale - Retargeting"], 6);
    expect(scorecardCell(session, "Google Ads", "Revenue")).toBeCloseTo(SHOPIFY_NET_SALES["Spring sale - Search"] + SHOPIFY_NET_SALES["spring sale - shopping"], 6);
  });
});

describe("the join's refusals in the user's language", () => {
  const table = "Date,Orders,Revenue\n2026-04-01,12,840.00\n2026-04-02,9,612.50\n";

  it("in English", () => {
    const session = createSession({ workbook: emptyWorkbook(), userLocale: "en" });
    const sheetName = importCsvSheet(session, "orders.csv", new TextEncoder().encode(table));
    expect(() => session.runServerFunction("readRevenueTable", [{ sheetName, rangeA1: null, by: "channel", matches: {}, currency: null }])).toThrow(
      "orders: no column says where its rows came from",
    );
  });

  it("in French", () => {
    const session = createSession({ workbook: emptyWorkbook(), userLocale: "fr" });
    const sheetName = importCsvSheet(session, "commandes.csv", new TextEncoder().encode(table));
    expect(() => session.runServerFunction("readRevenueTable", [{ sheetName, rangeA1: null, by: "channel", matches: {}, currency: null }])).toThrow(
      "commandes\u00a0: aucune colonne ne dit d’où viennent ses lignes",
    );
    const { session: french, specs } = withSpend("fr");
    const ga4 = pickTable(french, "ga4-source-medium.csv", { currency: "EUR", by: "campaign" });
    expect(() => french.runServerFunction("previewJoin", [{ sources: specs, rates: {}, revenue: ga4.spec, options: LINKED }])).toThrow(
      "ga4-source-medium\u00a0: aucune colonne de campagne",
    );
  });
});
