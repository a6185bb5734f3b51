// The verdict with no target typed (each row against the blended ROI or CPA of the rest of its
// table), the margin option, a Total row with no verdict, and verdicts that binary noise cannot
// flip, in scorecards built by the real add-on and computed by the engine. Expected verdicts and
// ROIs come from a plain computation over the fixtures in the test, never from the add-on's code.
import { describe, expect, it } from "vitest";
import type { ScorecardResult } from "../../src/scorecard/request";
import type { RawCell } from "../../playground/runtime/contract";
import type { SelectionData } from "../../src/scorecard/request";
import { buildFromSelection, createSession, requestFrom, scorecardRows, sheetValues, workbookWith } from "../addon/scorecardSession";

const SCORECARD = "Channel scorecard";

// A Meta Ads Manager export by platform, as it downloads (amounts in the account's currency).
const EXPORT = [
  ["Platform", "Amount spent (EUR)", "Link clicks", "Purchases", "Purchases conversion value"],
  ["Facebook", 1000, 2400, 37, 1110],
  ["Instagram", 800, 3100, 50, 2000],
  ["Audience Network", 500, 900, 8, 400],
  ["Messenger", 700, 1300, 28, 1400],
];
const ROWS = EXPORT.slice(1) as [string, number, number, number, number][];
const sum = (column: number) => ROWS.reduce((total, row) => total + (row[column] as number), 0);

/** ROI at a margin: (revenue x margin - spend) / spend. */
const roiAt = (margin: number) => (spend: number, revenue: number) => (revenue * margin - spend) / spend;

/**
 * The documented rule: scale up at or above the target, cut below 0%, keep between. With no target
 * typed, a row's target is the ROI of every other row together (0% when that is a loss).
 */
function verdicts(margin: number, target: number | "rest"): Record<string, string> {
  const roi = roiAt(margin);
  return Object.fromEntries(ROWS.map(([channel, spend, , , revenue]) => {
    const goal = target === "rest" ? Math.max(0, roi(sum(1) - spend, sum(4) - revenue)) : target;
    const value = roi(spend, revenue);
    return [channel, value >= goal ? "Scale up" : value < 0 ? "Cut" : "Keep"];
  }));
}

function build(options: Parameters<typeof buildFromSelection>[3]) {
  const session = createSession({ workbook: workbookWith("Export", EXPORT) });
  const result: ScorecardResult = buildFromSelection(session, "Export", "A1:E5", options);
  const values = () => sheetValues(session, SCORECARD);
  const read = () => scorecardRows(values());
  const verdictsShown = () => Object.fromEntries(read().channels.map((row) => [row.Channel, row.Verdict]));
  const input = (a1: string) => {
    const [, column, row] = /^([A-Z])(\d+)$/.exec(a1)!;
    return session.view().sheets.find((sheet) => sheet.name === SCORECARD)!.cells[Number(row) - 1][column.charCodeAt(0) - 65].input;
  };
  return { session, result, values, read, verdictsShown, input };
}

describe("the verdict with no target typed: the blended ROI of the rest of the table", () => {
  it("keeps a channel at 11% ROI and 1.1x ROAS when the other channels together return more", () => {
    const { read, verdictsShown, values } = build({ targetRoi: null });
    const { channels, totals } = read();
    const facebook = channels.find((row) => row.Channel === "Facebook")!;
    expect(facebook.ROI).toBeCloseTo(0.11, 12);
    expect(facebook.ROAS).toBeCloseTo(1.11, 12);
    // 4,910 of revenue on 3,000 of spend: 63.7% blended.
    expect(totals.ROI).toBeCloseTo((4910 - 3000) / 3000, 12);
    // The target cell is left for a teammate to type in; the Total row is the target, not a row to judge.
    expect(values()[1][1]).toBe("");
    expect(totals.Verdict).toBe("");
    // Facebook's 11% against the others' (3,800 - 2,000) / 2,000 = 90%.
    expect(verdictsShown()).toEqual({ Facebook: "Keep", Instagram: "Scale up", "Audience Network": "Cut", Messenger: "Scale up" });
    expect(verdictsShown()).toEqual(verdicts(1, "rest"));
  });

  it("colours ROI green where the verdict scales up, red below 0%, and leaves a Keep plain", () => {
    const { session } = build({ targetRoi: null });
    const cells = session.view().sheets.find((sheet) => sheet.name === SCORECARD)!.cells;
    const roi = cells[2].findIndex((cell) => cell.value === "ROI");
    const colourOf = (channel: string) => cells.find((row) => row[0].value === channel)![roi].background;
    expect(["Facebook", "Instagram", "Audience Network", "Messenger"].map(colourOf)).toEqual([undefined, "#e6f4ea", "#fce8e6", "#e6f4ea"]);
  });

  it("leaves the target cell blank, and says the rule on the sheet", () => {
    const { input, values } = build({ targetRoi: null });
    expect(input("B2")).toBe("");
    expect(values()[1].find((cell) => String(cell).startsWith("Verdict:"))).toBe(
      "Verdict: Scale up at or above the target ROI, Cut below 0%, Keep between. With no target typed in B2, each row's target is the " +
        "blended ROI of the rest of its table, every other row together (0% when that is a loss), so that a row holding most of the spend " +
        "is never judged against itself. ROI counts revenue at the margin in D2; ROAS is revenue / cost, before margin.",
    );
  });

  it("follows the source when it changes, and a typed target replaces the rest of the table", () => {
    const { session, verdictsShown } = build({ targetRoi: null });
    // Messenger's revenue drops to 750: 7.1% against the others' (4,160 - 2,300) / 2,300 = 81%;
    // Instagram's 150% against (2,260 - 2,200) / 2,200 = 2.7%, Facebook's 11% against (3,150 - 2,000) / 2,000 = 57.5%.
    session.editCell("Export", "E5", "750");
    expect(verdictsShown()).toEqual({ Facebook: "Keep", Instagram: "Scale up", "Audience Network": "Cut", Messenger: "Keep" });
    // Messenger is now at 750 / 700 - 1 = 7.1%, under a typed 10%; Facebook's 11% is over it.
    session.editCell(SCORECARD, "B2", "10%");
    expect(verdictsShown()).toEqual({ Facebook: "Scale up", Instagram: "Scale up", "Audience Network": "Cut", Messenger: "Keep" });
  });

  it("never scales up a losing channel when the whole table loses money", () => {
    const { session, verdictsShown } = build({ targetRoi: null });
    for (const [row, revenue] of [[2, "500"], [3, "700"], [5, "650"]] as const) session.editCell("Export", `E${row}`, revenue);
    // 500 + 700 + 400 + 650 = 2,250 on 3,000: every channel loses, so every target is 0% and every channel is cut.
    expect(new Set(Object.values(verdictsShown()))).toEqual(new Set(["Cut"]));
  });

  it("judges against a typed target as before", () => {
    const { verdictsShown, values } = build({ targetRoi: 0.2 });
    expect(values()[1].slice(0, 2)).toEqual(["Target ROI", 0.2]);
    expect(verdictsShown()).toEqual(verdicts(1, 0.2));
  });
});

describe("the margin: ROI on the share of revenue that is profit", () => {
  it("counts revenue at the margin in ROI, totals and verdicts, and leaves ROAS as revenue / cost", () => {
    const { read, verdictsShown, values, result } = build({ targetRoi: null, margin: 0.4 });
    expect(values()[1].slice(0, 4)).toEqual(["Target ROI", "", "Margin", 0.4]);
    const { channels, totals } = read();
    channels.forEach((row, i) => {
      expect(row.ROI).toBeCloseTo(roiAt(0.4)(ROWS[i][1], ROWS[i][4]), 12);
      expect(row.ROAS).toBeCloseTo(ROWS[i][4] / ROWS[i][1], 12);
    });
    expect(totals.ROI).toBeCloseTo(roiAt(0.4)(sum(1), sum(4)), 12);
    expect(verdictsShown()).toEqual(verdicts(0.4, "rest"));
    // Instagram: 2,000 x 40% = 800 on 800 spent, break-even, is the best; 3,000 / 123 purchases, in
    // the export's euros ("Amount spent (EUR)").
    expect(result.summary).toBe("4 channels; best ROI: Instagram 0%; total CPA €24.39");
  });

  it("follows a teammate who changes the margin cell, and counts all the revenue once it is cleared", () => {
    const { session, read, verdictsShown } = build({ targetRoi: null, margin: 0.4 });
    session.editCell(SCORECARD, "D2", "95%");
    read().channels.forEach((row, i) => expect(row.ROI).toBeCloseTo(roiAt(0.95)(ROWS[i][1], ROWS[i][4]), 12));
    expect(read().totals.ROI).toBeCloseTo(roiAt(0.95)(sum(1), sum(4)), 12);
    expect(verdictsShown()).toEqual(verdicts(0.95, "rest"));
    expect(new Set(Object.values(verdictsShown()))).toEqual(new Set(["Scale up", "Keep", "Cut"]));
    session.editCell(SCORECARD, "D2", "");
    expect(read().totals.ROI).toBeCloseTo(roiAt(1)(sum(1), sum(4)), 12);
    expect(verdictsShown()).toEqual(verdicts(1, "rest"));
  });

  it("refuses a margin of 0% or above 100%, saying what to type", () => {
    expect(() => build({ margin: 1.4 })).toThrow("The margin must be a percentage above 0% and up to 100%, such as 40%");
    expect(() => build({ margin: 0 })).toThrow("The margin must be a percentage above 0% and up to 100%");
  });
});

/** Builds from a whole sheet through the sidebar's calls, breaking down by the columns given (0-based in the selection). */
function builtFrom(cells: RawCell[][], breakdown: number[] = []) {
  const session = createSession({ workbook: workbookWith("Export", cells) });
  session.select("Export", `A1:${String.fromCharCode(64 + cells[0].length)}${cells.length}`);
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  session.runServerFunction("buildScorecard", [{ ...requestFrom(selection, { targetRoi: null }), breakdown }]);
  return sheetValues(session, SCORECARD);
}

/** Every table on the sheet (the channel table and each breakdown section): its rows' labels and verdicts, and its Total row's verdict. */
function tables(values: (string | number | boolean)[][]) {
  const found: { rows: [string, string][]; total: string }[] = [];
  values.forEach((header, h) => {
    const verdict = header.indexOf("Verdict");
    if (verdict < 0) return;
    // "By channel, then Age" has its values in column B, under each channel's subtotal row.
    const twoLevel = header[1] !== "Spend";
    const rows: [string, string][] = [];
    let r = h + 1;
    for (; values[r][0] !== "Total"; r++) rows.push([String(values[r][0] || (twoLevel ? values[r][1] : "")), String(values[r][verdict])]);
    found.push({ rows, total: String(values[r][verdict]) });
  });
  return found;
}

describe("a verdict never flips on binary noise", () => {
  // A Meta export by platform, age and gender: every row at the same CPA, 4.10 a purchase.
  const BY_AGE_AND_GENDER: RawCell[][] = [
    ["Platform", "Age", "Gender", "Amount spent (EUR)", "Purchases"],
    ["Facebook", "18-24", "female", 12.3, 3],
    ["Facebook", "18-24", "male", 8.2, 2],
    ["Facebook", "25-34", "female", 41, 10],
    ["Facebook", "25-34", "male", 24.6, 6],
    ["Instagram", "18-24", "female", 16.4, 4],
    ["Instagram", "25-34", "male", 4.1, 1],
    ["Instagram", "35-44", "female", 28.7, 7],
    ["Instagram", "45-54", "male", 12.3, 3],
  ];

  it("gives one verdict to rows of one CPA in every table, though their CPAs and the rest's differ by 1e-16", () => {
    // In doubles, the 45-54 row's CPA is above the other ages' together: 4.1000000000000005 against 4.1.
    const rows = BY_AGE_AND_GENDER.slice(1) as [string, string, string, number, number][];
    const older = rows.filter((row) => row[1] === "45-54");
    const others = rows.filter((row) => row[1] !== "45-54");
    const spendOf = (list: typeof rows) => list.reduce((total, row) => total + row[3], 0);
    const purchasesOf = (list: typeof rows) => list.reduce((total, row) => total + row[4], 0);
    expect(spendOf(older) / purchasesOf(older)).toBeGreaterThan(spendOf(others) / purchasesOf(others));

    const found = tables(builtFrom(BY_AGE_AND_GENDER, [1, 2]));
    // The channel table, then by channel and age, by age, by gender.
    expect(found).toHaveLength(4);
    for (const table of found) {
      expect(new Set(table.rows.map(([, verdict]) => verdict))).toEqual(new Set(["Scale up"]));
      expect(table.total).toBe("");
    }
    expect(found[2].rows.map(([age]) => age)).toEqual(["25-34", "18-24", "35-44", "45-54"]);
  });
});

describe("a row that is most of the spend is judged against the rest of the table", () => {
  // A Google Ads report by network: Display takes 95% of the spend at ten times Search's CPA.
  const BY_NETWORK: RawCell[][] = [
    ["Network", "Cost", "Impr.", "Clicks", "Conversions"],
    ["Google Search", 300, 9_800, 610, 30],
    ["Search partners", 200, 7_100, 240, 16],
    ["Display Network", 9500, 2_410_000, 11_900, 95],
  ];

  it("cuts it, where the blended CPA, mostly its own, would keep it", () => {
    const rows = BY_NETWORK.slice(1) as [string, number, number, number, number][];
    const spend = rows.reduce((total, row) => total + row[1], 0);
    const conversions = rows.reduce((total, row) => total + row[4], 0);
    expect(rows[2][1] / spend).toBeCloseTo(0.95, 2);
    // The rule: scale up at or below the others' CPA together, cut above 1.5 times it, keep between.
    const expected = Object.fromEntries(
      rows.map(([network, cost, , , results]) => {
        const cpa = cost / results;
        const target = (spend - cost) / (conversions - results);
        return [network, cpa <= target ? "Scale up" : cpa > 1.5 * target ? "Cut" : "Keep"];
      }),
    );
    expect(expected["Display Network"]).toBe("Cut");
    // Against the blended CPA, 10,000 / 141 = 70.92, its 100 would be within 1.5 times: kept.
    expect(100 <= 1.5 * (spend / conversions)).toBe(true);

    const [channelTable] = tables(builtFrom(BY_NETWORK));
    expect(Object.fromEntries(channelTable.rows)).toEqual(expected);
    expect(channelTable.total).toBe("");
  });
});
