// Breakdown sections built by the real add-on from a multi-network agency sheet, computed by the
// engine. Expected figures are plain sums over the fixture's rows, computed here.
import { describe, expect, it } from "vitest";
import type { ScorecardOptions, ScorecardResult, SelectionData } from "../../src/scorecard/request";
import { createSession, requestFrom, sheetValues, workbookWith } from "../addon/scorecardSession";
import { AGENCY } from "../support/agencySheet";
import { channelTable, sectionOf, type SectionRow } from "../support/breakdownSections";

const SCORECARD = "Channel scorecard";

const HEADER = AGENCY[0] as string[];
const DATA = AGENCY.slice(1);
const col = (name: string) => HEADER.indexOf(name);
const RANGE = "A1:H10";

type Figures = { spend: number; clicks: number; conversions: number; revenue: number };
// The sheet's comparison, written independently: spaces trimmed and collapsed, case aside.
const key = (name: unknown) => String(name).trim().replace(/ +/g, " ").toLowerCase();

/** Sums of the fixture's rows, grouped by the keys given (first spelling kept as the name). */
function sums(groupBy: (row: (string | number)[]) => string[]): Map<string, Figures & { names: string[] }> {
  const groups = new Map<string, Figures & { names: string[] }>();
  for (const row of DATA) {
    const names = groupBy(row);
    const id = names.map(key).join("|");
    const group = groups.get(id) ?? { names: names.map((name) => name.trim().replace(/ +/g, " ")), spend: 0, clicks: 0, conversions: 0, revenue: 0 };
    group.spend += row[col("Spend")] as number;
    group.clicks += row[col("Clicks")] as number;
    group.conversions += row[col("Conversions")] as number;
    group.revenue += row[col("Revenue")] as number;
    groups.set(id, group);
  }
  return groups;
}
const TOTAL = sums(() => [])!.get("")!;

function build(breakdown: string[], options: Partial<ScorecardOptions> = {}) {
  const session = createSession({ workbook: workbookWith("Agency", AGENCY) });
  session.select("Agency", RANGE);
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  const request = { ...requestFrom(selection, options), breakdown: breakdown.map(col) };
  const result = session.runServerFunction("buildScorecard", [request]) as ScorecardResult;
  return { session, result, values: () => sheetValues(session, SCORECARD) };
}

const figuresOf = (row: SectionRow) => ({ spend: row.Spend, clicks: row.Clicks, conversions: row.Conversions, revenue: row.Revenue });
const expectFigures = (row: SectionRow, expected: Figures) => {
  expect(figuresOf(row)).toEqual({ spend: expected.spend, clicks: expected.clicks, conversions: expected.conversions, revenue: expected.revenue });
  expect(row.CPA).toBeCloseTo(expected.spend / expected.conversions, 9);
  expect(row.ROI).toBeCloseTo((expected.revenue - expected.spend) / expected.spend, 9);
};

describe.each([
  ["values", false],
  ["formulas linked to the source", true],
])("a scorecard broken down by campaign and owner, its inputs as %s", (_, linkToSource) => {
  const { values } = build(["Campaign", "Owner"], { linkToSource, targetRoi: 3 });

  it("suggests the campaign and the owner as breakdown columns when reading the selection", () => {
    const session = createSession({ workbook: workbookWith("Agency", AGENCY) });
    session.select("Agency", RANGE);
    const selection = session.runServerFunction("readSelection", []) as SelectionData;
    expect(selection.breakdown).toEqual([col("Campaign"), col("Owner")]);
    expect(selection.mapping.channel).toBe(col("Network"));
  });

  it("lists each channel, then its campaigns in it, with channel subtotals, both by spend", () => {
    const { rows } = sectionOf(values(), "By channel, then Campaign");
    const channels = [...sums((row) => [row[col("Network")] as string]).values()].sort((a, b) => b.spend - a.spend);
    const campaigns = sums((row) => [row[col("Network")] as string, row[col("Campaign")] as string]);
    const expected = channels.flatMap((channel) => [
      { channel: channel.names[0], campaign: "", figures: channel },
      ...[...campaigns.values()]
        .filter((campaign) => key(campaign.names[0]) === key(channel.names[0]))
        .sort((a, b) => b.spend - a.spend)
        .map((campaign) => ({ channel: "", campaign: campaign.names[1] || "(none)", figures: campaign })),
    ]);
    expect(rows.map((row) => [row.Channel, row.Campaign])).toEqual(expected.map((row) => [row.channel, row.campaign]));
    rows.forEach((row, i) => expectFigures(row, expected[i].figures));
    // "Spring promo" runs on Facebook (1,200 + 800, as " facebook" and "spring  promo" are the same names) and on Instagram (900 + 600).
    const springPromo = rows.filter((row) => row.Campaign === "Spring promo").map((row) => row.Spend);
    expect(springPromo).toEqual([2000, 1500]);
  });

  it("sums each campaign and each owner across channels, blank names kept under (none)", () => {
    for (const [title, column] of [["By Campaign", "Campaign"], ["By Owner", "Owner"]]) {
      const { rows } = sectionOf(values(), title);
      const expected = [...sums((row) => [row[col(column)] as string]).values()].sort((a, b) => b.spend - a.spend);
      expect(rows.map((row) => row[column])).toEqual(expected.map((group) => group.names[0] || "(none)"));
      rows.forEach((row, i) => expectFigures(row, expected[i]));
    }
    expect(sectionOf(values(), "By Owner").rows.find((row) => row.Owner === "(none)")?.Spend).toBe(600);
  });

  it("totals every section as the channel table: sums over sums, the same ratios", () => {
    const table = channelTable(values()).totals;
    expectFigures(table, TOTAL);
    for (const title of ["By channel, then Campaign", "By Campaign", "By Owner"]) {
      const { totals } = sectionOf(values(), title);
      for (const [header, value] of Object.entries(table)) {
        if (header === "Channel") continue;
        if (typeof value === "number") expect(totals[header], `${title}: ${header}`).toBeCloseTo(value, 9);
        else expect(totals[header], `${title}: ${header}`).toEqual(value);
      }
    }
  });

  it("shows each row's share of the table's spend and revenue, in the channel table too", () => {
    const sections = [channelTable(values()), ...["By channel, then Campaign", "By Campaign", "By Owner"].map((title) => sectionOf(values(), title))];
    for (const { rows, totals } of sections) {
      for (const row of rows) {
        expect(row["Share of spend"]).toBeCloseTo((row.Spend as number) / TOTAL.spend, 12);
        expect(row["Share of revenue"]).toBeCloseTo((row.Revenue as number) / TOTAL.revenue, 12);
      }
      expect([totals["Share of spend"], totals["Share of revenue"]]).toEqual([1, 1]);
    }
    // LinkedIn: 2,200 of 7,080.5 spent (31%) brings 9,240 of 25,570 in revenue (36%).
    const linkedIn = channelTable(values()).rows.find((row) => row.Channel === "LinkedIn")!;
    expect([linkedIn["Share of spend"], linkedIn["Share of revenue"]].map((share) => Math.round((share as number) * 100))).toEqual([31, 36]);
  });

  it("gives every row a verdict against the target ROI", () => {
    const { rows } = sectionOf(values(), "By Campaign");
    for (const row of rows) {
      const roi = row.ROI as number;
      expect(row.Verdict, String(row.Campaign)).toBe(roi >= 3 ? "Scale up" : roi < 0 ? "Cut" : "Keep");
    }
    expect(new Set(rows.map((row) => row.Verdict))).toEqual(new Set(["Scale up", "Keep", "Cut"]));
  });
});

describe("a linked breakdown", () => {
  it("follows the source: a campaign's spend changed there moves its rows, its channel's subtotal and every total", () => {
    const { session, values } = build(["Campaign", "Owner"]);
    // Row 6 is Facebook's Retargeting (Marc): 310.50 becomes 1,000.
    session.editCell("Agency", "E6", "1000");
    const twoLevel = sectionOf(values(), "By channel, then Campaign");
    expect(twoLevel.rows.find((row) => row.Campaign === "Retargeting")?.Spend).toBe(1000);
    expect(twoLevel.rows.find((row) => row.Channel === "Facebook")?.Spend).toBe(1200 + 800 + 1000);
    expect(sectionOf(values(), "By Owner").rows.find((row) => row.Owner === "Marc")?.Spend).toBe(800 + 1000 + 700);
    for (const title of ["By channel, then Campaign", "By Campaign", "By Owner"]) expect(sectionOf(values(), title).totals.Spend).toBeCloseTo(TOTAL.spend - 310.5 + 1000, 9);
  });
});

describe("a linked breakdown of rows changed since they were read", () => {
  it("is refused, as for a channel renamed: the sections would leave the renamed rows out", () => {
    const session = createSession({ workbook: workbookWith("Agency", AGENCY) });
    session.select("Agency", RANGE);
    const selection = session.runServerFunction("readSelection", []) as SelectionData;
    session.editCell("Agency", "C6", "Cart recovery");
    const request = { ...requestFrom(selection), breakdown: [col("Campaign")] };
    expect(() => session.runServerFunction("buildScorecard", [request])).toThrow("The rows no longer match A1:H10 in Agency: use the selection again, or build without the link.");
    expect(session.view().sheets.map((sheet) => sheet.name)).toEqual(["Agency"]);
  });
});

describe("a build without a breakdown", () => {
  it("has no sections and no share columns", () => {
    const { values } = build([]);
    // The channel table's headers, up to the blank column before the ROI chart's data.
    expect(values()[2].slice(0, values()[2].indexOf(""))).toEqual(["Channel", "Spend", "Clicks", "Conversions", "Conversion rate", "Revenue", "CPA", "CPC", "ROI", "ROAS", "Verdict"]);
    expect(values().some((row) => String(row[0]).startsWith("By "))).toBe(false);
  });
});

describe("a breakdown the data cannot give", () => {
  it("is refused, naming the column and what to do, and writes nothing", () => {
    const session = createSession({ workbook: workbookWith("Agency", AGENCY) });
    session.select("Agency", RANGE);
    const selection = session.runServerFunction("readSelection", []) as SelectionData;
    const request = { ...requestFrom(selection), breakdown: [col("Spend")] };
    expect(() => session.runServerFunction("buildScorecard", [request])).toThrow("Spend is read as the spend: break down by another column, or set Spend to Ignore first.");
    expect(() => session.runServerFunction("buildScorecard", [{ ...request, breakdown: [42] }])).toThrow(/must each be a column of the data/);
    expect(session.view().sheets.map((sheet) => sheet.name)).toEqual(["Agency"]);
  });
});

describe("a breakdown for a French user", () => {
  it("titles its sections, names blank values and heads its shares in French", () => {
    const session = createSession({ workbook: workbookWith("Agence", AGENCY, "fr_FR"), userLocale: "fr" });
    session.select("Agence", RANGE);
    const selection = session.runServerFunction("readSelection", []) as SelectionData;
    const result = session.runServerFunction("buildScorecard", [{ ...requestFrom(selection), breakdown: [col("Campaign")] }]) as ScorecardResult;
    const values = sheetValues(session, result.sheetName);
    const twoLevel = sectionOf(values, "Par canal, puis par Campaign");
    expect(twoLevel.rows.find((row) => row.Campaign === "(aucun)")?.["Dépenses"]).toBe(1500);
    const byCampaign = sectionOf(values, "Par Campaign");
    expect(byCampaign.totals["Part des dépenses"]).toBe(1);
    expect(byCampaign.totals["Part du chiffre d’affaires"]).toBe(1);
  });
});
