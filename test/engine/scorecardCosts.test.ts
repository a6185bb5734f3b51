// Scorecards of exports with no revenue, no leads or no conversions, with other costs, hours and a
// planned budget, built by the real add-on and computed by the engine. Expected figures are worked
// out by hand (or by a plain sum over the fixture) in each test.
import { describe, expect, it } from "vitest";
import type { ScorecardResult } from "../../src/scorecard/request";
import { buildFromSelection, createSession, scorecardRows, sheetValues, workbookWith, type ScorecardRow } from "../addon/scorecardSession";

const SCORECARD = "Channel scorecard";

type Export = (string | number)[][];

function build(exported: Export, options: Parameters<typeof buildFromSelection>[3] = {}) {
  const session = createSession({ workbook: workbookWith("Export", exported) });
  const last = `${String.fromCharCode(64 + exported[0].length)}${exported.length}`;
  const result: ScorecardResult = buildFromSelection(session, "Export", `A1:${last}`, options);
  const read = () => scorecardRows(sheetValues(session, SCORECARD));
  const settings = () => sheetValues(session, SCORECARD)[1];
  return { session, result, read, settings };
}

const byChannel = (rows: ScorecardRow[], key: string) => Object.fromEntries(rows.map((row) => [row.Channel, row[key]]));

describe("a contest with no revenue column, valued per conversion (the source's example)", () => {
  // 1,000 USD each; 100 customers x 100 USD is 900% net ROI (10.0x ROAS), 10 customers is break-even.
  const contest: Export = [
    ["Platform", "Amount spent (USD)", "Results"],
    ["Instagram contest", 1000, 100],
    ["Facebook contest", 1000, 10],
  ];
  const { session, result, read, settings } = build(contest, { targetRoi: 0.2, valuePerConversion: 100 });

  it("estimates revenue as conversions x the value, and computes ROI and ROAS from it", () => {
    const { channels, totals } = read();
    expect(Object.keys(channels[0])).toEqual(["Channel", "Spend", "Conversions", "Estimated revenue", "CPA", "ROI", "ROAS", "Verdict"]);
    expect(channels.map((row) => [row["Estimated revenue"], row.ROI, row.ROAS, row.CPA])).toEqual([
      [10_000, 9, 10, 10],
      [1000, 0, 1, 100],
    ]);
    expect(byChannel(channels, "Verdict")).toEqual({ "Instagram contest": "Scale up", "Facebook contest": "Keep" });
    expect([totals["Estimated revenue"], totals.ROI, totals.ROAS]).toEqual([11_000, 4.5, 5.5]);
    expect(totals.CPA).toBeCloseTo(2000 / 110, 12);
    expect(result.summary).toBe("2 channels; best ROI: Instagram contest 900%; total CPA $18.18");
  });

  it("shows the value in its own labelled cell, which a teammate can change", () => {
    expect(settings().slice(0, 4)).toEqual(["Target ROI", 0.2, "Value per conversion", 100]);
    session.editCell(SCORECARD, "D2", "50");
    const { channels } = read();
    // 100 x 50 = 5,000 on 1,000 is 400%; 10 x 50 = 500 on 1,000 is -50%.
    expect(channels.map((row) => row.ROI)).toEqual([4, -0.5]);
    expect(byChannel(channels, "Verdict")).toEqual({ "Instagram contest": "Scale up", "Facebook contest": "Cut" });
  });
});

describe("a search export with no revenue and no value per conversion", () => {
  const search: Export = [
    ["Channel", "Cost", "Clicks", "Conversions"],
    ["Search", 2400.5, 3100, 96],
    ["Display", 830.2, 5200, 11],
    ["YouTube", 1290, 1800, 33],
    ["Performance Max", 1750, 2600, 70],
  ];
  const rows = search.slice(1) as [string, number, number, number][];
  const totalCost = rows.reduce((sum, row) => sum + row[1], 0);
  const totalConversions = rows.reduce((sum, row) => sum + row[3], 0);
  /**
   * The documented rule: scale up at or below the target, cut above 1.5 times it, keep between; with
   * no target typed, a row's target is the CPA of every other row together.
   */
  const verdictsAgainst = (target: number | "rest") =>
    Object.fromEntries(rows.map(([channel, cost, , conversions]) => {
      const cpa = cost / conversions;
      const goal = target === "rest" ? (totalCost - cost) / (totalConversions - conversions) : target;
      return [channel, cpa <= goal ? "Scale up" : cpa > 1.5 * goal ? "Cut" : "Keep"];
    }));

  it("computes CPA and CPC, conversion rate over clicks, and no ROI", () => {
    const { read, result } = build(search);
    const { channels, totals } = read();
    expect(Object.keys(channels[0])).toEqual(["Channel", "Spend", "Clicks", "Conversions", "Conversion rate", "CPA", "CPC", "Verdict"]);
    channels.forEach((row, i) => {
      expect(row.CPA).toBeCloseTo(rows[i][1] / rows[i][3], 12);
      expect(row.CPC).toBeCloseTo(rows[i][1] / rows[i][2], 12);
      expect(row["Conversion rate"]).toBeCloseTo(rows[i][3] / rows[i][2], 12);
    });
    expect(totals.CPA).toBeCloseTo(totalCost / totalConversions, 12);
    expect(result.best).toBeNull();
    expect(result.summary).toBe("4 channels; best CPA: Performance Max $25.00; total CPA $29.86");
  });

  it("judges each channel against the blended CPA of the other channels when no target is given", () => {
    const { read, settings } = build(search);
    expect(settings().slice(0, 2)).toEqual(["Target CPA", ""]);
    expect(settings()[3]).toMatch(/^Verdict: Scale up at or below the target CPA, Cut above 1.5 times it .* With no target typed in B2, each row's target is the blended CPA of the rest of its table/);
    const verdicts = byChannel(read().channels, "Verdict");
    expect(verdicts).toEqual(verdictsAgainst("rest"));
    expect(read().totals.Verdict).toBe("");
    expect(new Set(Object.values(verdicts))).toEqual(new Set(["Scale up", "Keep", "Cut"]));
  });

  it("judges against a typed target CPA, and follows a teammate who changes it", () => {
    const { session, read, settings } = build(search, { targetCpa: 30 });
    expect(settings().slice(0, 2)).toEqual(["Target CPA", 30]);
    expect(byChannel(read().channels, "Verdict")).toEqual(verdictsAgainst(30));
    session.editCell(SCORECARD, "B2", "80");
    expect(byChannel(read().channels, "Verdict")).toEqual(verdictsAgainst(80));
  });
});

describe("costs beyond the ad spend: other costs, and hours at an hourly rate", () => {
  const agency: Export = [
    ["Channel", "Spend", "Other costs", "Hours", "Leads", "Conversions", "Revenue"],
    ["LinkedIn", 1200, 300, 10, 950, 38, 4750],
    ["Facebook", 800, 0, 5, 1600, 44, 1100],
  ];

  it("shows each cost in its own column and counts the total cost in CPA, CPL, ROI and ROAS", () => {
    const { read, settings, result } = build(agency, { hourlyRate: 40 });
    expect(settings().slice(0, 4)).toEqual(["Target ROI", 0, "Hourly rate", 40]);
    const { channels, totals } = read();
    const [linkedIn, facebook] = channels;
    // LinkedIn: 1,200 + 300 + 10 h x 40 = 1,900; Facebook: 800 + 0 + 5 h x 40 = 1,000.
    expect([linkedIn["Time cost"], linkedIn["Total cost"], linkedIn.CPA, linkedIn.CPL, linkedIn.ROI, linkedIn.ROAS]).toEqual([400, 1900, 50, 2, 1.5, 2.5]);
    expect([facebook["Time cost"], facebook["Total cost"], facebook.CPL]).toEqual([200, 1000, 0.625]);
    expect(facebook.CPA).toBeCloseTo(1000 / 44, 12);
    expect(facebook.ROI).toBeCloseTo(0.1, 12);
    expect([totals.Spend, totals["Other costs"], totals.Hours, totals["Time cost"], totals["Total cost"]]).toEqual([2000, 300, 15, 600, 2900]);
    expect(totals.CPA).toBeCloseTo(2900 / 82, 12);
    expect(totals.ROI).toBeCloseTo((5850 - 2900) / 2900, 12);
    expect(result.summary).toBe("2 channels; best ROI: LinkedIn 150%; total CPA $35.37");
  });

  it("follows a teammate who changes the hourly rate, or the hours in the linked source", () => {
    const { session, read } = build(agency, { hourlyRate: 40 });
    session.editCell(SCORECARD, "D2", "60");
    // LinkedIn: 1,200 + 300 + 10 h x 60 = 2,100.
    let linkedIn = read().channels[0];
    expect([linkedIn["Time cost"], linkedIn["Total cost"]]).toEqual([600, 2100]);
    expect(linkedIn.CPA).toBeCloseTo(2100 / 38, 12);
    expect(linkedIn.ROI).toBeCloseTo((4750 - 2100) / 2100, 12);
    session.editCell("Export", "D2", "20");
    linkedIn = read().channels[0];
    expect([linkedIn.Hours, linkedIn["Total cost"]]).toEqual([20, 2700]);
  });

  it("refuses hours without an hourly rate, writing nothing", () => {
    const session = createSession({ workbook: workbookWith("Export", agency) });
    expect(() => buildFromSelection(session, "Export", "A1:G3")).toThrow(
      "The data has hours: give an hourly rate to cost them (0 counts them as free), or ignore the hours column.",
    );
    expect(session.view().sheets.map((sheet) => sheet.name)).toEqual(["Export"]);
  });
});

describe("a lead-generation plan with a planned budget: pacing, and CPL as the outcome", () => {
  const leadGen: Export = [
    ["Channel", "Planned budget", "Amount spent", "Leads"],
    ["LinkedIn", 5000, 4250, 170],
    ["Facebook", 3000, 3300, 220],
    ["TikTok", 2000, 900, 20],
  ];

  it("paces spend against the planned budget, and judges by CPL against the other channels' CPL", () => {
    const { read, settings, result } = build(leadGen);
    const { channels, totals } = read();
    expect(Object.keys(channels[0])).toEqual(["Channel", "Spend", "Planned budget", "Pacing", "Leads", "CPL", "Verdict"]);
    expect(channels.map((row) => [row.Pacing, row.CPL])).toEqual([[0.85, 25], [1.1, 15], [0.45, 45]]);
    expect(totals.Pacing).toBe(8450 / 10_000);
    expect(totals.CPL).toBeCloseTo(8450 / 410, 12);
    expect(settings()[0]).toBe("Target CPL");
    // Each against the others together: LinkedIn's 25 against 4,200 / 240 = 17.50, within 1.5 times it;
    // Facebook's 15 against 5,150 / 190 = 27.11; TikTok's 45 against 7,550 / 390 = 19.36, above 1.5 times it.
    expect(byChannel(channels, "Verdict")).toEqual({ LinkedIn: "Keep", Facebook: "Scale up", TikTok: "Cut" });
    expect(result.summary).toBe("3 channels; best CPL: Facebook $15.00; total CPL $20.61");
  });
});
