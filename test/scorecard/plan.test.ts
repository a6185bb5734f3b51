import { describe, expect, it } from "vitest";
import { addonTexts } from "../../src/i18n";
import { aggregateByChannel } from "../../src/scorecard/aggregate";
import { readChannelRows } from "../../src/scorecard/channelRows";
import { planScorecard, type ScorecardInput } from "../../src/scorecard/plan";
import { chartCells } from "../support/chartCells";

const mapping = { channel: 0, budget: 1, leads: 2, conversions: 3, revenue: 4 };

function input(overrides: Partial<ScorecardInput> = {}): ScorecardInput {
  const { rows } = readChannelRows([["Facebook", 100, 1000, 10, 300], ['=HYPERLINK("x")', 50, 200, 0, 20]], mapping, 2);
  return {
    sheetName: "Channel scorecard",
    channels: aggregateByChannel(rows),
    present: new Set(["leads", "conversions", "revenue"]),
    source: null,
    targetRoi: 0.2,
    margin: null,
    valuePerConversion: null,
    hourlyRate: null,
    targetCost: null,
    chart: true,
    moneyFormat: "[$€]#,##0.00",
    builtOn: "2026-11-22",
    texts: addonTexts("en"),
    ...overrides,
  };
}

describe("the scorecard plan", () => {
  const plan = planScorecard(input());
  const [title, settings, header, facebook, hyperlink, totals] = plan.cells;
  // The channel table's: up to the blank column that sets the chart's data beside it apart.
  const headers = header.slice(0, header.indexOf(""));

  it("lays out a title, the target ROI, a header, one row per channel and a totals row", () => {
    expect(title[0]).toBe("Channel scorecard");
    expect(settings.slice(0, 5)).toEqual(["Target ROI", 0.2, "Margin", 1, "Built on 2026-11-22 from the rows entered."]);
    expect(headers).toEqual(["Channel", "Spend", "Leads", "Conversions", "Conversion rate", "Revenue", "CPA", "CPL", "ROI", "ROAS", "Verdict"]);
    expect(plan.layout).toMatchObject({ headerRow: 3, firstChannelRow: 4, lastChannelRow: 5, totalsRow: 6 });
    expect(plan.frozenRows).toBe(3);
  });

  it("writes entered values, user text guarded as literal text, and native formulas", () => {
    expect(facebook.slice(0, 4)).toEqual(["'Facebook", 100, 1000, 10]);
    expect(hyperlink[0]).toBe(`'=HYPERLINK("x")`);
    expect(facebook[6]).toBe('=IFERROR(B4/D4, "")');
    expect(facebook[7]).toBe('=IFERROR(B4/C4, "")');
    // Against a typed target, else against the rest of the table: its total less this row.
    expect(facebook[10]).toBe(
      '=IF(I4="", "", IF(I4>=IF(ISNUMBER($B$2), $B$2, IF(($B$6-B4)>0.000000001*ABS($B$6), MAX(0, (($F$6-F4)*IF(ISNUMBER($D$2), $D$2, 1)-($B$6-B4))/($B$6-B4)), 0))-0.000000001, ' +
        '"Scale up", IF(I4<-0.000000001, "Cut", "Keep")))',
    );
  });

  it("totals with sums, and the very same ratio formulas on the sums, but no verdict: the totals are what rows are judged against", () => {
    expect(totals.slice(0, 4)).toEqual(["Total", "=SUM(B4:B5)", "=SUM(C4:C5)", "=SUM(D4:D5)"]);
    expect(totals[10]).toBe("");
    expect(totals[6]).toBe('=IFERROR(B6/D6, "")');
    expect(totals[8]).toBe('=IFERROR((F6*IF(ISNUMBER($D$2), $D$2, 1)-B6)/B6, "")');
  });

  it("formats money, percentages and multiples, and bolds the title, header and totals", () => {
    expect(plan.numberFormats[3].slice(0, headers.length)).toEqual(["General", "[$€]#,##0.00", "#,##0", "#,##0", "0.0%", "[$€]#,##0.00", "[$€]#,##0.00", "[$€]#,##0.00", "0.0%", '0.0"x"', "General"]);
    expect(plan.fontWeights.map((row) => row[0])).toEqual(["bold", "normal", "bold", "normal", "normal", "bold"]);
  });

  it("highlights ROI below zero and where the verdict scales up, and the best CPA, and charts ROI by channel", () => {
    expect(plan.conditionalRules.map((rule) => [rule.range, rule.formula])).toEqual([
      ["I4:I6", "=AND(ISNUMBER(I4), I4<0)"],
      ["I4:I5", '=$K4="Scale up"'],
      ["G4:G5", "=AND(ISNUMBER(G4), G4=MIN($G$4:$G$5))"],
    ]);
    // Two channels, the totals on row 6: the chart below, from column A, after a blank row.
    expect(plan.charts).toEqual([expect.objectContaining({ title: "ROI by channel", anchorRow: 8, anchorColumn: 1 })]);
    // Its data: each channel's name and its ROI (column I), as a gain or as a loss.
    expect(chartCells(plan.cells, plan.charts[0])).toEqual([
      ["=$A4", '=IF(ISNUMBER(I4), IF(I4>=0, I4, ""), "")', '=IF(ISNUMBER(I4), IF(I4<0, I4, ""), "")'],
      ["=$A5", '=IF(ISNUMBER(I5), IF(I5>=0, I5, ""), "")', '=IF(ISNUMBER(I5), IF(I5<0, I5, ""), "")'],
    ]);
    expect(planScorecard(input({ chart: false })).charts).toEqual([]);
  });

  it("reads the source with formulas when linked to it", () => {
    const linked = planScorecard(
      input({
        source: {
          sheetName: "Ad data", firstRow: 2, lastRow: 3, columns: { channel: 1, budget: 2, leads: 3, conversions: 4, revenue: 5 }, breakdown: [], rangeA1: "A1:E3",
          keys: { sheetName: "Keys", matchColumns: [1], lastRow: 1000 },
        },
      }),
    );
    // Each name's key: trimmed as channelKey trims, lower-cased, the criteria's wildcards spelled out, behind a "k".
    const key = (name: string) =>
      `"k"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(LOWER(TRIM(SUBSTITUTE(SUBSTITUTE(${name}&"", CHAR(9), " "), UNICHAR(160), " "))), "!", "!e"), "*", "!s"), "?", "!q"), "~", "!t")`;
    expect(linked.cells[3][1]).toBe(`=SUMIFS('Ad data'!$B$2:$B$1000, 'Keys'!$A$2:$A$1000, ${key("$A4")})`);
    expect(linked.keys).toEqual({ sheetName: "Keys", lastRow: 1000, blocks: [{ firstRow: 2, firstColumn: 1, formulas: [`=ARRAYFORMULA(${key("'Ad data'!$A$2:$A$1000")})`] }] });
    expect(linked.cells[1][4]).toBe("Built on 2026-11-22 from 'Ad data'!A1:E3; figures follow the source.");
  });
});

describe("the scorecard's columns", () => {
  it("keep the channel column in view and are wide enough for their headers, in English and in French", () => {
    for (const language of ["en", "fr"] as const) {
      const plan = planScorecard(input({ texts: addonTexts(language) }));
      const headers = plan.cells[plan.layout.headerRow - 1] as string[];
      expect(plan.frozenColumns).toBe(1);
      expect(plan.columnWidths).toHaveLength(headers.length);
      // Sheets' default is 100 px; a bold 10-point Arial header needs about 7 px a character plus padding.
      headers.forEach((header, i) => expect(plan.columnWidths[i], header).toBeGreaterThanOrEqual(Math.max(100, header.length * 7 + 10)));
      expect(plan.columnWidths[0]).toBeGreaterThanOrEqual(150);
    }
    const conversionRate = planScorecard(input()).cells[2].indexOf("Conversion rate");
    expect(planScorecard(input()).columnWidths[conversionRate]).toBeGreaterThan(100);
  });
});
