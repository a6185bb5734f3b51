// A plan whose rates come from the channel scorecard, after the scorecard is built again: with a
// channel more, from other data, with its columns and rows in another order, or deleted. The plan
// reads each channel by name and each figure by header, and a live check names what it lacks.
// Everything runs through the sidebars' server calls; expected figures come from the fixtures.
import { describe, expect, it } from "vitest";
import type { RawCell } from "../../playground/runtime/contract";
import { createSession, type EmulatedSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { buildFromSelection, scorecardRows, sheetValues } from "../addon/scorecardSession";
import { buildPlan, readPlan } from "./planSession";

const SCORECARD = "Channel scorecard";
const CHECK = "Check against the scorecard";
const SAME = "Same channels as the scorecard";

type Figures = { spend: number; impressions: number; clicks: number; conversions: number; revenue: number };

/** The sample's channel rows, from its raw cells. */
const SAMPLE = sampleWorkbook().sheets[0].cells;
const SAMPLE_HEADER = SAMPLE[0] as string[];
function sampleFigures(): Map<string, Figures> {
  const at = (row: RawCell[], column: string) => row[SAMPLE_HEADER.indexOf(column)] as number;
  return new Map(
    SAMPLE.slice(1).map((row) => [
      row[0] as string,
      { spend: at(row, "Budget"), impressions: at(row, "Impressions"), clicks: at(row, "Clicks"), conversions: at(row, "Conversions"), revenue: at(row, "Revenue") },
    ]),
  );
}

// A Meta Ads Manager export by platform for another month, as it downloads: other channels, other columns.
const META_EXPORT: RawCell[][] = [
  ["Reporting starts", "Reporting ends", "Platform", "Amount spent (EUR)", "Impressions", "Link clicks", "Purchases", "Purchases conversion value"],
  ["2026-11-01", "2026-11-30", "Facebook", 3870.55, 512_300, 7420, 168, 10_920.4],
  ["2026-11-01", "2026-11-30", "Instagram", 2950.1, 441_870, 6980, 131, 8_122],
  ["2026-11-01", "2026-11-30", "Audience Network", 610.25, 233_400, 2890, 11, 495],
  ["2026-11-01", "2026-11-30", "Messenger", 402.9, 61_250, 830, 19, 1_064],
];
const META: Map<string, Figures> = new Map(
  META_EXPORT.slice(1).map((row) => [row[2] as string, { spend: row[3] as number, impressions: row[4] as number, clicks: row[5] as number, conversions: row[6] as number, revenue: row[7] as number }]),
);

/** A sheet of the user's, pasted in. */
function withSheet(session: EmulatedSession, name: string, cells: RawCell[][]) {
  session.spreadsheet.insertSheet(name);
  session.editCells(name, "A1", cells.map((row) => row.map(String)));
}

function planWithScorecard(split: "mix" | "optimized" = "optimized") {
  const session = createSession({ workbook: sampleWorkbook() });
  buildFromSelection(session, "Channel data", "A1:H8");
  const result = buildPlan(session, { goal: { kind: "sales", value: 1000 }, rates: "scorecard", split, cap: 2 });
  return { session, result };
}

const scorecardTotals = (session: EmulatedSession) => scorecardRows(sheetValues(session, SCORECARD)).totals;
const cellOf = (session: EmulatedSession, a1: string) => {
  const [, column, row] = /^([A-Z])(\d+)$/.exec(a1)!;
  return readPlan(session).view.cells[Number(row) - 1][column.charCodeAt(0) - 65];
};
const sumOf = (figures: Map<string, Figures>, key: keyof Figures) => [...figures.values()].reduce((total, channel) => total + channel[key], 0);

/** Each plan row of these channels shows its own channel's rates, whatever row or column of the scorecard they are on now. */
function expectRatesOf(session: EmulatedSession, figures: Map<string, Figures>) {
  const rows = readPlan(session).channels.filter((row) => figures.has(row.Channel as string));
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const channel = figures.get(row.Channel as string)!;
    expect(row["Conversion rate (per click)"], `${row.Channel}`).toBeCloseTo(channel.conversions / channel.clicks, 12);
    expect(row.CTR, `${row.Channel}`).toBeCloseTo(channel.clicks / channel.impressions, 12);
    expect(row.CPM, `${row.Channel}`).toBeCloseTo((channel.spend / channel.impressions) * 1000, 9);
    expect(row["Today's spend"]).toBe(channel.spend);
  }
}

describe("a plan after its scorecard is built again with one channel more", () => {
  it("names the channel it lacks in a red check, then has it once the plan is built again", () => {
    const { session } = planWithScorecard();
    const figures = sampleFigures();
    expect(readPlan(session).labelled(CHECK)).toBe(SAME);
    expect(cellOf(session, "B10").background).toBeUndefined();
    expect(readPlan(session).totals["Today's spend"]).toBe(sumOf(figures, "spend"));

    // Snapchat is added below the data, and the scorecard built again over it.
    const snapchat: Figures = { spend: 2000, impressions: 410_000, clicks: 5300, conversions: 64, revenue: 3520 };
    session.editCells("Channel data", "A9", [["Snapchat", "2000", "410000", "5300", "4400", "58%", "64", "3520"]]);
    buildFromSelection(session, "Channel data", "A1:H9");
    figures.set("Snapchat", snapchat);
    expect(scorecardTotals(session).Spend).toBe(sumOf(figures, "spend"));

    const stale = readPlan(session);
    expect(stale.channels.map((row) => row.Channel)).toEqual(["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube", "Pinterest"]);
    expect(stale.labelled(CHECK)).toBe("In the scorecard, not in this plan: Snapchat. Build the plan again.");
    expect(cellOf(session, "B10").background).toBe("#fce8e6");
    expect(stale.totals["Today's spend"]).toBe(sumOf(figures, "spend") - snapchat.spend);

    const result = buildPlan(session, { goal: { kind: "sales", value: 1000 }, rates: "scorecard", split: "optimized", cap: 2 });
    const plan = readPlan(session);
    expect(result.channelCount).toBe(8);
    expect(plan.channels.map((row) => row.Channel)).toContain("Snapchat");
    expect(plan.labelled(CHECK)).toBe(SAME);
    expect(plan.totals["Today's spend"]).toBe(scorecardTotals(session).Spend);
    expectRatesOf(session, figures);
    expect(plan.errors).toEqual([]);
  }, 120_000);
});

describe("a plan after its scorecard is built again from other data", () => {
  it("never lists Total as a channel: the channels gone show as errors, and the check names both sides", () => {
    const { session } = planWithScorecard();
    withSheet(session, "Meta November", META_EXPORT);
    buildFromSelection(session, "Meta November", "A1:H5");
    expect(scorecardRows(sheetValues(session, SCORECARD)).channels.map((row) => row.Channel)).toEqual([...META.keys()]);

    const plan = readPlan(session);
    expect(plan.channels.map((row) => row.Channel)).toEqual(["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube", "Pinterest"]);
    expect(plan.labelled(CHECK)).toBe(
      "In the scorecard, not in this plan: Audience Network, Messenger. " +
        "In this plan, not in the scorecard: LinkedIn, X, TikTok, YouTube, Pinterest. Build the plan again.",
    );
    // Facebook and Instagram read November's figures, on their new rows and columns.
    expectRatesOf(session, new Map([...META].filter(([name]) => name === "Facebook" || name === "Instagram")));
    // The others have no figures to show: an error, never a blank that the totals would skip.
    const linkedIn = plan.channels.find((row) => row.Channel === "LinkedIn")!;
    expect([linkedIn["Scorecard row"], linkedIn.CTR, linkedIn["Today's spend"]]).toEqual(["#N/A", "#N/A", "#N/A"]);
    expect(plan.totals.Budget).toBe("#N/A");
    expect(cellOf(session, "B10").background).toBe("#fce8e6");

    // Built again, the plan has November's channels and their spend.
    buildPlan(session, { goal: { kind: "sales", value: 1000 }, rates: "scorecard", split: "optimized", cap: 2 });
    const rebuilt = readPlan(session);
    expect(rebuilt.channels.map((row) => row.Channel)).toEqual([...META.keys()]);
    expect(rebuilt.labelled(CHECK)).toBe(SAME);
    expect(rebuilt.totals["Today's spend"]).toBeCloseTo(sumOf(META, "spend"), 9);
    expect(rebuilt.totals["Today's spend"]).toBeCloseTo(scorecardTotals(session).Spend as number, 9);
    expectRatesOf(session, META);
    expect(rebuilt.errors).toEqual([]);
  }, 120_000);

  it("follows each channel by name and each figure by header when the rows and columns move", () => {
    const { session } = planWithScorecard("mix");
    const figures = sampleFigures();
    // The same channels, largest spend first, with fewer columns in another order: every scorecard column moves.
    const reordered: RawCell[][] = [
      ["Channel", "Spend", "Conversions", "Revenue", "Clicks", "Impressions"],
      ...[...figures].sort(([, a], [, b]) => b.spend - a.spend).map(([name, f]) => [name, f.spend, f.conversions, f.revenue, f.clicks, f.impressions]),
    ];
    withSheet(session, "By spend", reordered);
    buildFromSelection(session, "By spend", "A1:F8");
    const plan = readPlan(session);
    expect(plan.labelled(CHECK)).toBe(SAME);
    expectRatesOf(session, figures);
    // Today's mix: each channel's share of today's conversions.
    const conversions = sumOf(figures, "conversions");
    for (const row of plan.channels) expect(row["Share of goal"]).toBeCloseTo(figures.get(row.Channel as string)!.conversions / conversions, 12);
    expect(plan.errors).toEqual([]);
  }, 120_000);
});

describe("a plan whose scorecard is deleted", () => {
  it("says so in its check, and its figures are errors, never figures of nothing", () => {
    const { session } = planWithScorecard();
    session.spreadsheet.deleteSheet(session.spreadsheet.getSheetByName(SCORECARD)!);
    const plan = readPlan(session);
    expect(plan.labelled(CHECK)).toBe(`The scorecard ${SCORECARD} is gone or has no Total row: build it again, then the plan.`);
    expect(cellOf(session, "B10").background).toBe("#fce8e6");
    // Sheets' errors: #REF! where a formula read the sheet, #N/A where a row's channel cannot be found.
    const isError = (value: unknown) => value === "#REF!" || value === "#N/A";
    expect(plan.channels.every((row) => isError(row["Today's spend"]) && isError(row.CTR))).toBe(true);
    expect(isError(plan.totals.Budget) && isError(plan.totals["Today's spend"])).toBe(true);
  });
});

describe("a plan over channels whose names hold * ? or ~", () => {
  // Campaign-style channel names as teams type them; MATCH in Sheets reads * ? ~ as wildcards.
  const NAMED: RawCell[][] = [
    ["Channel", "Amount spent (EUR)", "Impressions", "Link clicks", "Purchases", "Purchases conversion value"],
    ["Display Retargeting", 1800, 420_000, 3900, 52, 4100],
    ["Display*", 950, 610_000, 2100, 9, 700],
    ["Search1", 2400, 150_000, 6100, 140, 9800],
    ["Search?", 700, 98_000, 1500, 31, 2300],
    ["Promo~Q4", 1200, 260_000, 2800, 40, 3100],
    ["Promo Q4", 500, 90_000, 1100, 12, 800],
  ];
  const figures: Map<string, Figures> = new Map(
    NAMED.slice(1).map((row) => [row[0] as string, { spend: row[1] as number, impressions: row[2] as number, clicks: row[3] as number, conversions: row[4] as number, revenue: row[5] as number }]),
  );

  it("reads each channel's own row, and the check finds every channel", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    withSheet(session, "Named channels", NAMED);
    buildFromSelection(session, "Named channels", "A1:F7");
    buildPlan(session, { goal: { kind: "sales", value: 500 }, rates: "scorecard", split: "mix" });
    const plan = readPlan(session);
    expect(plan.channels.map((row) => row.Channel)).toEqual([...figures.keys()]);
    expectRatesOf(session, figures);
    expect(plan.labelled(CHECK)).toBe(SAME);
    expect(plan.errors).toEqual([]);
  });
});
