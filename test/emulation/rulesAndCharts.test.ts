// Conditional format rules and charts are kept as plain descriptions the tests and the playground read.
import { describe, expect, it } from "vitest";
import { emulate, workbookFile } from "./emulate";

describe("conditional format rules", () => {
  it("are built with the builder, set on a sheet and read back", () => {
    const { app, sheet, workbook } = emulate(workbookFile({ Scorecard: [] }));
    const roi = sheet().getRange("D2:D9");
    const negative = app.newConditionalFormatRule().whenNumberLessThan(0).setFontColor("#c5221f").setBackground("#fce8e6").setRanges([roi]).build();
    const onTarget = app.newConditionalFormatRule().whenNumberGreaterThanOrEqualTo(0.5).setBackground("#e6f4ea").setRanges([roi]).build();
    const bestCpa = app.newConditionalFormatRule().whenFormulaSatisfied("=E2=MIN($E$2:$E$9)").setBold(true).setRanges([sheet().getRange("E2:E9")]).build();
    sheet().setConditionalFormatRules([negative, onTarget, bestCpa]);

    expect(workbook.sheet("Scorecard")!.rules).toEqual([
      { ranges: ["D2:D9"], criteria: "NUMBER_LESS_THAN", values: [0], fontColor: "#c5221f", background: "#fce8e6" },
      { ranges: ["D2:D9"], criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO", values: [0.5], background: "#e6f4ea" },
      { ranges: ["E2:E9"], criteria: "CUSTOM_FORMULA", values: ["=E2=MIN($E$2:$E$9)"], bold: true },
    ]);
    const [rule] = sheet().getConditionalFormatRules();
    const condition = rule.getBooleanCondition()!;
    expect([condition.getCriteriaType(), condition.getCriteriaValues(), condition.getFontColor()]).toEqual([app.BooleanCriteria.NUMBER_LESS_THAN, [0], "#c5221f"]);
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(["D2:D9"]);

    sheet().clearConditionalFormatRules();
    expect(sheet().getConditionalFormatRules()).toEqual([]);
  });

  it("must apply to the sheet they are set on", () => {
    const { app, sheet } = emulate(workbookFile({ A: [], B: [] }));
    const rule = app.newConditionalFormatRule().whenNumberLessThan(0).setRanges([sheet("A").getRange("A1")]).build();
    expect(() => sheet("B").setConditionalFormatRules([rule])).toThrow("A conditional format rule can only apply to ranges of the sheet it is set on.");
  });
});

describe("charts", () => {
  it("are built with newChart(), inserted, listed and removed", () => {
    const { sheet, workbook, services } = emulate(workbookFile({ "Channel scorecard": [] }));
    const scorecard = sheet();
    const chart = scorecard
      .newChart()
      .setChartType(services.Charts.ChartType.BAR)
      .addRange(scorecard.getRange("A4:A9"))
      .addRange(scorecard.getRange("F4:F9"))
      .setPosition(2, 10, 0, 0)
      .setOption("title", "ROI by channel")
      .build();
    expect(chart.getChartId()).toBeNull();
    scorecard.insertChart(chart);

    const [stored] = workbook.sheet("Channel scorecard")!.charts;
    expect(stored).toEqual({
      id: expect.any(Number),
      type: "BAR",
      ranges: ["'Channel scorecard'!A4:A9", "'Channel scorecard'!F4:F9"],
      position: { anchorRow: 2, anchorColumn: 10, offsetX: 0, offsetY: 0 },
      options: { title: "ROI by channel" },
    });
    const [inserted] = scorecard.getCharts();
    expect([inserted.getChartId(), inserted.getOptions().get("title"), inserted.getRanges().map((r) => r.getA1Notation())]).toEqual([
      stored.id,
      "ROI by channel",
      ["A4:A9", "F4:F9"],
    ]);
    scorecard.removeChart(inserted);
    expect(scorecard.getCharts()).toEqual([]);
  });

  it("are built as pie or column charts with the typed builders, their title set with setTitle", () => {
    const { sheet, workbook } = emulate(workbookFile({ Funnel: [["Stage", "People"], ["Saw the post", 1000], ["Shared", 100], ["Clicked", 30], ["Bought", 5]] }));
    const funnel = sheet();
    funnel.insertChart(funnel.newChart().asPieChart().setTitle("Where people stop").addRange(funnel.getRange("A1:B5")).setPosition(1, 4, 10, 5).build());
    funnel.insertChart(funnel.newChart().asColumnChart().addRange(funnel.getRange("A2:A5")).addRange(funnel.getRange("B2:B5")).build());
    expect(workbook.sheet("Funnel")!.charts.map(({ type, ranges, position, options }) => ({ type, ranges, position, options }))).toEqual([
      { type: "PIE", ranges: ["Funnel!A1:B5"], position: { anchorRow: 1, anchorColumn: 4, offsetX: 10, offsetY: 5 }, options: { title: "Where people stop" } },
      { type: "COLUMN", ranges: ["Funnel!A2:A5", "Funnel!B2:B5"], position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 }, options: {} },
    ]);
  });
});
