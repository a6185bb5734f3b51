// The plan of scorecards with optional fields: which columns, option cells and formulas a build gets.
import { describe, expect, it } from "vitest";
import { addonTexts } from "../../src/i18n";
import { aggregateByChannel } from "../../src/scorecard/aggregate";
import { readChannelRows } from "../../src/scorecard/channelRows";
import type { ColumnMapping } from "../../src/scorecard/columnMapping";
import type { Field } from "../../src/scorecard/fields";
import { planScorecard, type ScorecardInput } from "../../src/scorecard/plan";
import { prepareScorecard } from "../../src/scorecard/prepare";
import type { ScorecardOptions } from "../../src/scorecard/request";

function planOf(header: Field[], rows: (string | number)[][], options: Partial<ScorecardInput> = {}) {
  const mapping: ColumnMapping = Object.fromEntries(header.map((field, column) => [field, column]));
  const read = readChannelRows(rows, mapping, 2);
  expect(read.issues).toEqual([]);
  const plan = planScorecard({
    sheetName: "Channel scorecard",
    channels: aggregateByChannel(read.rows),
    present: new Set(header.filter((field) => field !== "channel" && field !== "budget")),
    source: null,
    targetRoi: 0.2,
    margin: null,
    valuePerConversion: null,
    hourlyRate: null,
    targetCost: null,
    chart: true,
    moneyFormat: "[$$]#,##0.00",
    builtOn: "2026-11-30",
    texts: addonTexts("en"),
    ...options,
  });
  const cellOf = (row: number, header: string) => plan.cells[row - 1][plan.cells[2].indexOf(header)];
  // The channel table's headers: up to the blank column that sets the chart's data beside it apart.
  const end = plan.cells[2].indexOf("");
  const headers = end < 0 ? plan.cells[2] : plan.cells[2].slice(0, end);
  return { plan, headers, settings: plan.cells[1], cellOf };
}

describe("revenue, estimated revenue, or none", () => {
  it("uses the data's revenue over a value per conversion, and shows no value cell then", () => {
    const { headers, settings } = planOf(["channel", "budget", "conversions", "revenue"], [["Facebook", 100, 10, 300]], { valuePerConversion: 50 });
    expect(headers).toEqual(["Channel", "Spend", "Conversions", "Revenue", "CPA", "ROI", "ROAS", "Verdict"]);
    expect(settings.slice(0, 5)).toEqual(["Target ROI", 0.2, "Margin", 1, "Built on 2026-11-30 from the rows entered."]);
  });

  it("estimates revenue from the value cell, and computes ROI and ROAS over it", () => {
    const { settings, cellOf, plan } = planOf(["channel", "budget", "conversions"], [["Contest", 1000, 100]], { valuePerConversion: 100 });
    expect(settings.slice(0, 4)).toEqual(["Target ROI", 0.2, "Value per conversion", 100]);
    expect(plan.numberFormats[1].slice(0, 4)).toEqual(["General", "0.0%", "General", "[$$]#,##0.00"]);
    expect(cellOf(4, "Estimated revenue")).toBe("=C4*$D$2");
    expect(cellOf(4, "ROI")).toBe('=IFERROR((D4*IF(ISNUMBER($F$2), $F$2, 1)-B4)/B4, "")');
    expect(cellOf(5, "Estimated revenue")).toBe("=C5*$D$2");
  });

  it("without either, drops ROI, ROAS and per-row target ROIs, judges by CPA and charts CPA", () => {
    const { headers, settings, cellOf, plan } = planOf(["channel", "budget", "clicks", "conversions", "targetRoi"], [["Search", 2400, 3100, 96, 0.3], ["Display", 830, 5200, 11, ""]]);
    expect(headers).toEqual(["Channel", "Spend", "Clicks", "Conversions", "Conversion rate", "CPA", "CPC", "Verdict"]);
    expect(cellOf(4, "Conversion rate")).toBe('=IFERROR(D4/C4, "")');
    // Left blank, the target is each row's rest of the table: the totals less the row.
    expect(settings.slice(0, 2)).toEqual(["Target CPA", ""]);
    const target = "IF(ISNUMBER($B$2), $B$2, IF(($D$6-D4)>0, ($B$6-B4)/($D$6-D4), F4))";
    expect(cellOf(4, "Verdict")).toBe(`=IF(F4="", "", IF(F4<=${target}*(1+0.000000001), "Scale up", IF(F4>1.5*${target}*(1+0.000000001), "Cut", "Keep")))`);
    expect(cellOf(6, "Verdict")).toBe("");
    expect(plan.conditionalRules.map((rule) => [rule.range, rule.formula])).toEqual([
      ["F4:F5", "=AND(ISNUMBER(F4), F4=MIN($F$4:$F$5))"],
      ["F4:F5", '=$H4="Cut"'],
      ["F4:F5", '=$H4="Scale up"'],
    ]);
    expect(plan.charts[0].title).toBe("CPA by channel");
    expect(plan.charts[0].ranges).toEqual(["A4:A5", "F4:F5"]);
  });

  it("takes a typed target CPA as a number, and says so in the note", () => {
    const { settings } = planOf(["channel", "budget", "conversions"], [["Search", 2400, 96]], { targetCost: 30 });
    expect(settings.slice(0, 2)).toEqual(["Target CPA", 30]);
    expect(settings[3]).toBe("Verdict: Scale up at or below the target CPA, Cut above 1.5 times it (each result costs half as much again as it should), Keep between.");
  });

  it("judges leads by CPL when there are no conversions, with no conversion rate", () => {
    const { headers, settings, plan } = planOf(["channel", "budget", "leads"], [["LinkedIn", 4250, 170]]);
    expect(headers).toEqual(["Channel", "Spend", "Leads", "CPL", "Verdict"]);
    expect(settings.slice(0, 2)).toEqual(["Target CPL", ""]);
    expect(plan.charts[0].title).toBe("CPL by channel");
    expect(plan.charts[0].ranges).toEqual(["A4:A4", "D4:D4"]);
  });

  it("writes the options and the note in French for a French user", () => {
    const { settings, headers } = planOf(["channel", "budget", "clicks"], [["TikTok", 900, 4000]], { texts: addonTexts("fr") });
    expect(headers).toEqual(["Canal", "Dépenses", "Clics", "Coût par clic", "Décision"]);
    expect(settings[0]).toBe("CPC cible");
    expect(settings[3]).toMatch(
      /^Décision\u00a0: Augmenter si le CPC est au plus la cible, Arrêter au-delà de 1,5 fois la cible .* Sans cible saisie en B2, la cible de chaque ligne est le CPC global du reste de son tableau, .*jugée contre elle-même\.$/,
    );
  });
});

describe("costs", () => {
  const header: Field[] = ["channel", "budget", "plannedBudget", "otherCosts", "hours", "conversions", "revenue"];
  const { headers, settings, cellOf } = planOf(header, [["LinkedIn", 1200, 1500, 300, 10, 38, 4750], ["Facebook", 800, 700, 0, 5, 44, 1100]], { hourlyRate: 40 });

  it("shows spend, planned budget, pacing, other costs, hours, time cost and total cost, and the hourly rate cell", () => {
    expect(headers.slice(0, 9)).toEqual(["Channel", "Spend", "Planned budget", "Pacing", "Other costs", "Hours", "Time cost", "Total cost", "Conversions"]);
    expect(settings.slice(0, 4)).toEqual(["Target ROI", 0.2, "Hourly rate", 40]);
    expect(cellOf(4, "Pacing")).toBe('=IFERROR(B4/C4, "")');
    expect(cellOf(4, "Time cost")).toBe("=F4*$D$2");
    expect(cellOf(4, "Total cost")).toBe("=B4+E4+G4");
  });

  it("costs every result and return on the total cost, on channel rows and totals alike", () => {
    expect(cellOf(4, "CPA")).toBe('=IFERROR(H4/I4, "")');
    expect(cellOf(4, "ROI")).toBe('=IFERROR((J4*IF(ISNUMBER($F$2), $F$2, 1)-H4)/H4, "")');
    expect(cellOf(6, "Time cost")).toBe("=F6*$D$2");
    expect(cellOf(6, "Total cost")).toBe("=B6+E6+G6");
    expect(cellOf(6, "Hours")).toBe("=SUM(F4:F5)");
    expect(cellOf(6, "Pacing")).toBe('=IFERROR(B6/C6, "")');
  });

  it("adds other costs alone without a time cost", () => {
    const other = planOf(["channel", "budget", "otherCosts", "leads"], [["Events", 500, 250, 40]]);
    expect(other.headers).toEqual(["Channel", "Spend", "Other costs", "Total cost", "Leads", "CPL", "Verdict"]);
    expect(other.cellOf(4, "Total cost")).toBe("=B4+C4");
  });
});

describe("the build options, checked before anything is written", () => {
  const context = { sheetName: "Channel scorecard", sourceChannels: null, texts: addonTexts("en"), moneyFormat: "[$$]#,##0.00", builtOn: "2026-11-30" };
  const request = (options: Partial<ScorecardOptions>, mapping: ColumnMapping = { channel: 0, budget: 1, conversions: 2 }) => ({
    headers: ["Channel", "Spend", "Conversions"],
    rows: [["Search", 100, 4]],
    mapping,
    source: null,
    options: { targetRoi: 0, chart: true, linkToSource: false, ...options },
  });

  it.each([
    [{ valuePerConversion: -5 }, "The value per conversion must be an amount of 0 or more, such as 100."],
    [{ hourlyRate: Number.NaN }, "The hourly rate must be an amount of 0 or more, such as 50."],
    [{ targetCpa: 0 }, "The target CPA must be an amount above 0, such as 25; leave it blank to judge each row against the others' blended CPA."],
  ])("refuses %o", (options, message) => {
    expect(() => prepareScorecard(request(options), context)).toThrow(message);
  });

  it("names the best and total cost per result without revenue, on the total cost", () => {
    const prepared = prepareScorecard(
      { ...request({ hourlyRate: 50 }, { channel: 0, budget: 1, conversions: 2, hours: 3 }), rows: [["Search", 100, 4, 2], ["Social", 300, 5, 0]] },
      context,
    );
    // Search: (100 + 2 h x 50) / 4 = 50; Social: 300 / 5 = 60; total 500 / 9.
    expect(prepared.best).toBeNull();
    expect(prepared.bestCost).toEqual({ channel: "Search", metric: "cpa", value: 50 });
    expect(prepared.totalCost).toEqual({ metric: "cpa", value: 500 / 9 });
    expect(prepared.totalCpa).toBe(500 / 9);
  });
});
