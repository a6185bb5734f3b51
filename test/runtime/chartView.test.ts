// A chart's data as the page receives it, read from the chart's ranges the way Sheets reads them.
import { describe, expect, it } from "vitest";
import { chartView } from "../../playground/runtime/chartView";
import { emulate, workbookFile } from "../emulation/emulate";

const FUNNEL = [["Stage", "People"], ["Saw the post", 1000], ["Shared", "=B2*10%"], ["Clicked", "=B2*3%"], ["Bought", 5]];

describe("a chart's data", () => {
  it("takes labels from the first column and names a series from a header row of text", () => {
    const { sheet, workbook } = emulate(workbookFile({ Funnel: FUNNEL }));
    sheet().insertChart(sheet().newChart().asPieChart().setTitle("Funnel").addRange(sheet().getRange("A1:B5")).setPosition(2, 4, 0, 0).build());
    const view = chartView(workbook, workbook.sheet("Funnel")!.charts[0]);
    expect(view).toMatchObject({ type: "PIE", title: "Funnel", legend: true, anchor: { row: 1, column: 3 }, width: 600, height: 371, percent: false });
    expect(view.labels).toEqual(["Saw the post", "Shared", "Clicked", "Bought"]);
    // The source's funnel: 1,000 see the post, 10% share, 3% click, 5 buy.
    expect(view.series).toEqual([{ name: "People", values: [1000, 100, 30, 5], displays: ["1000", "100", "30", "5"], color: null, dataLabels: false }]);
    // No options: a linear axis in the playground's default format, bars side by side.
    expect([view.valueAxis, view.stacked]).toEqual([{ logScale: false, format: null }, false]);
  });

  it("puts ranges side by side, reads blanks and text as gaps, and shows percent formats", () => {
    const { sheet, workbook } = emulate(workbookFile({ Data: [["Facebook", 0.5], ["X", "n/a"], ["TikTok", null]] }));
    sheet().getRange("B1:B3").setNumberFormat("0%");
    sheet().insertChart(sheet().newChart().asColumnChart().addRange(sheet().getRange("A1:A3")).addRange(sheet().getRange("B1:B3")).setOption("legend", "none").build());
    const view = chartView(workbook, workbook.sheet("Data")!.charts[0]);
    expect([view.type, view.legend, view.percent, view.labels]).toEqual(["COLUMN", false, true, ["Facebook", "X", "TikTok"]]);
    expect(view.series[0]).toEqual({ name: null, values: [0.5, null, null], displays: ["50%", "n/a", ""], color: null, dataLabels: false });
  });

  it("honours the options Sheets draws: a log value axis and its format, series colours, values on the bars, stacked bars", () => {
    const { sheet, workbook } = emulate(workbookFile({ Funnel: FUNNEL.slice(1) }, "fr_FR"));
    const chart = sheet()
      .newChart()
      .asBarChart()
      .addRange(sheet().getRange("A1:B4"))
      .setOption("hAxis", { logScale: true, format: "#,##0" })
      .setOption("series", { 0: { color: "#137333", dataLabel: "value" } })
      .setOption("isStacked", true)
      .build();
    sheet().insertChart(chart);
    const view = chartView(workbook, workbook.sheet("Funnel")!.charts[0]);
    expect([view.valueAxis, view.stacked, view.locale]).toEqual([{ logScale: true, format: "#,##0" }, true, "fr_FR"]);
    expect(view.series.map(({ color, dataLabels }) => ({ color, dataLabels }))).toEqual([{ color: "#137333", dataLabels: true }]);
  });

  it("reads options set by their dotted path, the value axis of a column chart being vertical, and the chart's colours", () => {
    const { sheet, workbook } = emulate(workbookFile({ Data: [["Facebook", 2, 3], ["X", -0.2, 1]] }));
    const chart = sheet()
      .newChart()
      .asColumnChart()
      .addRange(sheet().getRange("A1:C2"))
      .setOption("vAxis.logScale", true)
      .setOption("vAxis.format", "0%")
      .setOption("hAxis.format", "#,##0")
      .setOption("colors", ["#c5221f", "#137333"])
      .setOption("series.1.dataLabel", "value")
      .build();
    sheet().insertChart(chart);
    const view = chartView(workbook, workbook.sheet("Data")!.charts[0]);
    expect(view.valueAxis).toEqual({ logScale: true, format: "0%" });
    expect(view.series.map(({ color, dataLabels }) => ({ color, dataLabels }))).toEqual([
      { color: "#c5221f", dataLabels: false },
      { color: "#137333", dataLabels: true },
    ]);
  });

  it("says why it cannot be drawn when its range's sheet is gone", () => {
    const { spreadsheet, sheet, workbook } = emulate(workbookFile({ Chart: [], Data: [["A", 1]] }));
    sheet("Chart").insertChart(sheet("Chart").newChart().asBarChart().addRange(sheet("Data").getRange("A1:B1")).build());
    spreadsheet.deleteSheet(sheet("Data"));
    expect(chartView(workbook, workbook.sheet("Chart")!.charts[0]).problem).toBe("The chart's range Data!A1:B1 is not on a sheet of this spreadsheet.");
  });
});
