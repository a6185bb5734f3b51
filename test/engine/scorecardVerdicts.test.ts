// The verdict with no target typed (the blended ROI of the totals row), and the margin option, in a
// scorecard built by the real add-on and computed by the engine. Expected verdicts and ROIs come
// from a plain computation over the fixture in the test, never from the add-on's code.
import { describe, expect, it } from "vitest";
import type { ScorecardResult } from "../../src/scorecard/request";
import { buildFromSelection, createSession, scorecardRows, sheetValues, workbookWith } from "../addon/scorecardSession";

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

/** The documented rule: scale up at or above the target, cut below 0%, keep between. */
function verdicts(margin: number, target: number | "blended"): Record<string, string> {
  const roi = roiAt(margin);
  const goal = target === "blended" ? Math.max(0, roi(sum(1), sum(4))) : target;
  return Object.fromEntries(ROWS.map(([channel, spend, , , revenue]) => {
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

describe("the verdict with no target typed: the blended ROI of the table", () => {
  it("keeps a channel at 11% ROI and 1.1x ROAS when the table as a whole returns more", () => {
    const { read, verdictsShown, values } = build({ targetRoi: null });
    const { channels, totals } = read();
    const facebook = channels.find((row) => row.Channel === "Facebook")!;
    expect(facebook.ROI).toBeCloseTo(0.11, 12);
    expect(facebook.ROAS).toBeCloseTo(1.11, 12);
    // 4,910 of revenue on 3,000 of spend: 63.7% blended.
    expect(totals.ROI).toBeCloseTo((4910 - 3000) / 3000, 12);
    expect(values()[1][1]).toBeCloseTo((4910 - 3000) / 3000, 12);
    expect(verdictsShown()).toEqual({ Facebook: "Keep", Instagram: "Scale up", "Audience Network": "Cut", Messenger: "Scale up" });
    expect(verdictsShown()).toEqual(verdicts(1, "blended"));
  });

  it("colours ROI green at or above the blended ROI, red below 0%, and leaves a Keep plain", () => {
    const { session } = build({ targetRoi: null });
    const cells = session.view().sheets.find((sheet) => sheet.name === SCORECARD)!.cells;
    const roi = cells[2].findIndex((cell) => cell.value === "ROI");
    const colourOf = (channel: string) => cells.find((row) => row[0].value === channel)![roi].background;
    expect(["Facebook", "Instagram", "Audience Network", "Messenger"].map(colourOf)).toEqual([undefined, "#e6f4ea", "#fce8e6", "#e6f4ea"]);
  });

  it("points the target cell at the totals row, and says the rule on the sheet", () => {
    const { input, values } = build({ targetRoi: null });
    expect(input("B2")).toBe("=MAX(0, I8)");
    expect(values()[1].find((cell) => String(cell).startsWith("Verdict:"))).toBe(
      "Verdict: Scale up at or above the target ROI, Cut below 0%, Keep between. The target is the blended ROI of the Total row " +
        "(0% when that is a loss); type your own in B2. ROI counts revenue at the margin in D2; ROAS is revenue / cost, before margin.",
    );
  });

  it("follows the totals when the source changes, and a typed target replaces the blended one", () => {
    const { session, verdictsShown, values } = build({ targetRoi: null });
    // Messenger's revenue drops to 750: the blended ROI falls to (4,260 - 3,000) / 3,000 = 42%.
    session.editCell("Export", "E5", "750");
    expect(values()[1][1]).toBeCloseTo(1260 / 3000, 12);
    expect(verdictsShown()).toEqual({ Facebook: "Keep", Instagram: "Scale up", "Audience Network": "Cut", Messenger: "Keep" });
    // Messenger is now at 750 / 700 - 1 = 7.1%, under a typed 10%; Facebook's 11% is over it.
    session.editCell(SCORECARD, "B2", "10%");
    expect(verdictsShown()).toEqual({ Facebook: "Scale up", Instagram: "Scale up", "Audience Network": "Cut", Messenger: "Keep" });
  });

  it("never scales up a losing channel when the whole table loses money", () => {
    const { session, verdictsShown, values } = build({ targetRoi: null });
    for (const [row, revenue] of [[2, "500"], [3, "700"], [5, "650"]] as const) session.editCell("Export", `E${row}`, revenue);
    // 500 + 700 + 400 + 650 = 2,250 on 3,000: -25% blended, so the target is 0%.
    expect(values()[1][1]).toBe(0);
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
    expect(values()[1].slice(0, 4)).toEqual(["Target ROI", 0, "Margin", 0.4]);
    const { channels, totals } = read();
    channels.forEach((row, i) => {
      expect(row.ROI).toBeCloseTo(roiAt(0.4)(ROWS[i][1], ROWS[i][4]), 12);
      expect(row.ROAS).toBeCloseTo(ROWS[i][4] / ROWS[i][1], 12);
    });
    expect(totals.ROI).toBeCloseTo(roiAt(0.4)(sum(1), sum(4)), 12);
    expect(verdictsShown()).toEqual(verdicts(0.4, "blended"));
    // Instagram: 2,000 x 40% = 800 on 800 spent, break-even, is the best; 3,000 / 123 purchases, in
    // the export's euros ("Amount spent (EUR)").
    expect(result.summary).toBe("4 channels; best ROI: Instagram 0%; total CPA €24.39");
  });

  it("follows a teammate who changes the margin cell, and counts all the revenue once it is cleared", () => {
    const { session, read, verdictsShown } = build({ targetRoi: null, margin: 0.4 });
    session.editCell(SCORECARD, "D2", "95%");
    read().channels.forEach((row, i) => expect(row.ROI).toBeCloseTo(roiAt(0.95)(ROWS[i][1], ROWS[i][4]), 12));
    expect(read().totals.ROI).toBeCloseTo(roiAt(0.95)(sum(1), sum(4)), 12);
    expect(verdictsShown()).toEqual(verdicts(0.95, "blended"));
    expect(new Set(Object.values(verdictsShown()))).toEqual(new Set(["Scale up", "Keep", "Cut"]));
    session.editCell(SCORECARD, "D2", "");
    expect(read().totals.ROI).toBeCloseTo(roiAt(1)(sum(1), sum(4)), 12);
    expect(verdictsShown()).toEqual(verdicts(1, "blended"));
  });

  it("refuses a margin of 0% or above 100%, saying what to type", () => {
    expect(() => build({ margin: 1.4 })).toThrow("The margin must be a percentage above 0% and up to 100%, such as 40%");
    expect(() => build({ margin: 0 })).toThrow("The margin must be a percentage above 0% and up to 100%");
  });
});
