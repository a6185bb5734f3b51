// A revenue table joined to several sources in the sidebar, built with "Link to the source range":
// live through its match sheet (each value of the table, its network as a cell, its figures SUMIFS
// over the table's sheet), in a number of service calls that does not grow with its values. Through
// the add-on's server functions; expected figures from the fixtures' numbers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createSession, type EmulatedSession } from "../../playground/runtime/session";
import type { RevenueSummary, SourceSummary } from "../../src/sources/sidebarRequest";
import { LINKEDIN, sum, TIKTOK_GBP } from "../import/sourceExports";
import { GA4_SOURCE_MEDIUM_USD, HUBSPOT_DEALS, JOIN_FIXTURES } from "../join/fixtures";
import { buildSources, emptyWorkbook, fixture, importCsvSheet, importFile } from "./sourcesSession";

const SPEND = ["linkedin-spring-eur.csv", "tiktok-spring-gbp.csv", "snapchat-spring-usd.csv"];
const RATES = { GBP: 1.17, USD: 0.92 };
const SNAPCHAT_SPEND = [502.8, 297.2];
const revenueOf = (value: string) => sum(GA4_SOURCE_MEDIUM_USD.filter(([key]) => key.toLowerCase() === value).map(([, revenue]) => revenue));
const TABLE_TOTAL = sum(GA4_SOURCE_MEDIUM_USD.map(([, revenue]) => revenue));

function withTable(table: string, bytes: Uint8Array = new Uint8Array(readFileSync(`${JOIN_FIXTURES}${table}`)), currency: string | null = "USD") {
  const session = createSession({ workbook: emptyWorkbook() });
  const specs = SPEND.map((name) => (importFile(session, name, fixture(name)) as SourceSummary).spec);
  const sheetName = importCsvSheet(session, table, bytes);
  const summary = session.runServerFunction("readRevenueTable", [{ sheetName, rangeA1: null, by: "channel", matches: {}, currency }]) as RevenueSummary;
  return { session, specs, spec: summary.spec, sheetName };
}

function scorecard(session: EmulatedSession) {
  const cells = () => session.usedCellReadings("Channel scorecard");
  const figure = (label: string, header: string) => cells().find((row) => row[0].value === label)![cells()[2].findIndex((cell) => cell.value === header)].value;
  const matchRows = () => session.usedCellReadings("Revenue matches").filter((row) => row[0].value !== "");
  return { cells, figure, matchRows };
}

describe("a revenue table joined by channel, linked", () => {
  const linkedin = revenueOf("linkedin / paid_social") * 0.92;
  const tiktok = revenueOf("tiktok / paid") * 0.92;
  const snapchat = revenueOf("snapchat / paid_social") * 0.92;

  it("sums the match sheet for each network, at the table's rate, and says nothing of values", () => {
    const { session, specs, spec } = withTable("ga4-source-medium-usd.csv");
    const result = buildSources(session, specs, RATES, { revenue: spec });
    const { figure, cells } = scorecard(session);
    expect(figure("LinkedIn", "Revenue")).toBeCloseTo(linkedin, 6);
    expect(figure("TikTok", "Revenue")).toBeCloseTo(tiktok, 6);
    expect(figure("Snapchat", "Revenue")).toBeCloseTo(snapchat, 6);
    expect(figure("Snapchat", "ROI")).toBeCloseTo((snapchat - sum(SNAPCHAT_SPEND) * 0.92) / (sum(SNAPCHAT_SPEND) * 0.92), 9);
    expect(figure("Total", "Spend")).toBeCloseTo(sum(LINKEDIN.spend) + sum(TIKTOK_GBP.spend) * 1.17 + sum(SNAPCHAT_SPEND) * 0.92, 6);
    expect(cells()[0][8].value).toBeCloseTo(TABLE_TOTAL * 0.92 - (linkedin + tiktok + snapchat), 2);
    expect(result.notes.join(" ")).not.toContain("holds the values read");
    expect(result.notes.join(" ")).toContain("ga4-source-medium-usd is joined live: each of its values and the network it counts in are on the sheet “Revenue matches”");
  });

  it("follows a teammate's network typed on the match sheet, and a row added to the table's sheet", () => {
    const { session, specs, spec, sheetName } = withTable("ga4-source-medium-usd.csv");
    buildSources(session, specs, RATES, { revenue: spec });
    const { figure, matchRows, cells } = scorecard(session);
    const row = matchRows().findIndex((cells) => cells[0].value === "tiktok / referral") + 1;
    session.editCells("Revenue matches", `B${row}`, [["TikTok"]]);
    expect(figure("TikTok", "Revenue")).toBeCloseTo(tiktok + 415 * 0.92, 6);
    // The sheet the file was written to: its 8 comment lines, header and GA4's totals row, 13 values, then the new row.
    session.editCells(sheetName, "A24", [["snapchat / paid_social", "90", "40", "0.44", "38", "6", "540", "2", "0.022", "75"]]);
    expect(figure("Snapchat", "Revenue")).toBeCloseTo(snapchat + 75 * 0.92, 6);
    // Both are counted in a network now: the check is down by the referral's revenue.
    expect(cells()[0][8].value).toBeCloseTo(TABLE_TOTAL * 0.92 - (linkedin + tiktok + snapchat) - 415 * 0.92, 2);
  });

  it("removes its match sheet when built again without the table, so that no sheet shows figures of a join gone", () => {
    const { session, specs, spec } = withTable("ga4-source-medium-usd.csv");
    buildSources(session, specs, RATES, { revenue: spec });
    expect(session.view().sheets.map((sheet) => sheet.name)).toContain("Revenue matches");
    buildSources(session, specs, RATES);
    expect(session.view().sheets.map((sheet) => sheet.name)).not.toContain("Revenue matches");
    expect(scorecard(session).figure("TikTok", "Revenue")).toBeCloseTo(sum(TIKTOK_GBP.revenue) * 1.17, 6);
  });

  it("writes the match sheet in the same number of service calls for 8 values as for 300", () => {
    function callsFor(values: number) {
      const rows = Array.from({ length: values }, (_, i) => `utm-${i} / paid_social,${10 + i},${(i * 3.5).toFixed(2)}`);
      const csv = `Session source / medium,Sessions,Total revenue\nlinkedin / paid_social,120,900\n${rows.join("\n")}\n`;
      const { session, specs, spec } = withTable("ga4-many-values.csv", new TextEncoder().encode(csv));
      session.resetServiceCalls();
      buildSources(session, specs, RATES, { revenue: spec });
      expect(scorecard(session).matchRows().length).toBe(values + 2);
      return session.serviceCalls().byName;
    }
    expect(callsFor(300)).toEqual(callsFor(8));
  });

  it("holds the values read for a CRM's deals, whose stage decides what each row counts, and says why", () => {
    const { session, specs, spec } = withTable("hubspot-deals-gbp.csv", undefined, null);
    const result = buildSources(session, specs, RATES, { revenue: spec });
    expect(result.notes.join(" ")).toContain("hubspot-deals-gbp's rows are deals or contacts whose stage decides what each counts");
    const won = (origin: string) => sum(HUBSPOT_DEALS.filter((deal) => deal.origin === origin && deal.stage === "Closed won").map((deal) => deal.amount));
    expect(scorecard(session).figure("LinkedIn", "Revenue")).toBeCloseTo(won("Paid Social / LinkedIn") * 1.17, 6);
  });

  it("holds the values read for a table pasted into a sheet with its amounts as text, and says why", () => {
    const { session, specs } = withTable("ga4-source-medium-usd.csv");
    // Copied from a web report: the revenue as text with its sign, which Sheets does not add up.
    const pasted = [["Session source / medium", "Total revenue"], ["tiktok / paid", "$3,312.75"], ["linkedin / paid_social", "$2,450.40"], ["google / organic", "$5,120.30"]];
    const workbook = session.serialize();
    const withPasted = createSession({ workbook: { ...workbook, sheets: [...workbook.sheets, { name: "Pasted report", cells: pasted, formats: [], frozenRows: 0, metadata: [] }] } });
    const table = withPasted.runServerFunction("readRevenueTable", [{ sheetName: "Pasted report", rangeA1: null, by: "channel", matches: {}, currency: null }]) as RevenueSummary;
    const result = buildSources(withPasted, specs, RATES, { revenue: table.spec });
    expect(result.notes.join(" ")).toContain("Pasted report's sheet holds its amounts as text, which formulas over it would not add up");
    expect(scorecard(withPasted).figure("TikTok", "Revenue")).toBeCloseTo(3312.75 * 0.92, 6);
    expect(withPasted.view().sheets.map((sheet) => sheet.name)).not.toContain("Revenue matches");
  });
});
