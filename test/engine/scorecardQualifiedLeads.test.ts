// Qualified leads and customers (the source's "qualified leads" and "lead conversion") in a scorecard
// built by the real add-on, computed by the engine: cost per qualified lead and lead-to-customer rate
// per channel and on the totals, as ratios of sums worked out in the test.
import { describe, expect, it } from "vitest";
import type { RawCell } from "../../playground/runtime/contract";
import { buildFromSelection, createSession, scorecardRows, sheetValues, workbookWith, type ScorecardRow } from "../addon/scorecardSession";

function build(sheetName: string, table: RawCell[][]) {
  const session = createSession({ workbook: workbookWith(sheetName, table) });
  buildFromSelection(session, sheetName, `A1:${String.fromCharCode(64 + table[0].length)}${table.length}`, {});
  return scorecardRows(sheetValues(session, "Channel scorecard"));
}

// A team's monthly pipeline sheet: marketing-qualified leads (MQL) beside sales-qualified ones (SQL).
const PIPELINE = [
  ["Channel", "Spend", "Leads", "MQL", "SQL", "Won deals", "Revenue"],
  ["LinkedIn", 2458, 47, 21, 12, 4, 9800],
  ["Meta", 2451.3, 130, 38, 9, 3, 4120],
  ["Google Ads", 4954.68, 88, 30, 16, 0, 0],
  ["LinkedIn", 610, 11, 6, 3, 1, 2200],
];
const column = (header: string) => PIPELINE[0].indexOf(header);
const sumOf = (header: string, channel: string | null) =>
  PIPELINE.slice(1).filter((row) => channel === null || row[0] === channel).reduce((sum, row) => sum + Number(row[column(header)]), 0);

function expectFunnelOf(row: ScorecardRow, channel: string | null) {
  const [spend, leads, sql, won] = ["Spend", "Leads", "SQL", "Won deals"].map((header) => sumOf(header, channel));
  expect([row["Qualified leads"], row.Customers]).toEqual([sql, won]);
  expect(row["Cost per qualified lead"]).toBeCloseTo(spend / sql, 9);
  if (leads > 0) expect(row["Lead-to-customer rate"]).toBeCloseTo(won / leads, 12);
}

describe("qualified leads and customers", () => {
  it("reads SQL as qualified leads and won deals as customers, never MQL, and computes each rate per channel and in total", () => {
    const { channels, totals } = build("Pipeline", PIPELINE);
    expect(channels.map((row) => row.Channel)).toEqual(["LinkedIn", "Meta", "Google Ads"]);
    for (const row of channels) expectFunnelOf(row, String(row.Channel));
    expectFunnelOf(totals, null);
    // The MQL column is no field: its 21 + 6 LinkedIn leads are nowhere in the scorecard.
    expect(Object.values(channels[0])).not.toContain(27);
  });

  it("reads the French headers the same way", () => {
    const french = [["Canal", "Dépenses", "Leads", "Leads qualifiés", "Clients", "Chiffre d'affaires"], ...PIPELINE.slice(1).map((row) => [row[0], row[1], row[2], row[4], row[5], row[6]])];
    const { channels } = build("Pipeline", french);
    expect(channels[0]["Qualified leads"]).toBe(sumOf("SQL", "LinkedIn"));
    expect(channels[0]["Cost per qualified lead"]).toBeCloseTo(sumOf("Spend", "LinkedIn") / sumOf("SQL", "LinkedIn"), 9);
    expect(channels[2]["Lead-to-customer rate"]).toBe(0);
  });
});
