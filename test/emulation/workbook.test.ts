// The workbook's file (what the playground saves), and snapshots (what a failed script is rolled back to).
import { describe, expect, it } from "vitest";
import type { WorkbookFile } from "../../playground/runtime/contract";
import { emulate, workbookFile } from "./emulate";

describe("the workbook file", () => {
  it("round-trips cells as typed, formats, frozen rows, metadata and the selection", () => {
    const file: WorkbookFile = {
      version: 1,
      locale: "fr_FR",
      sheets: [
        {
          name: "Channel data",
          cells: [["Channel", "Budget", "Rate"], ["Facebook", 4200, 0.02], ["'=text", "=B2*2"]],
          formats: [[], [null, "[$€]#,##0", "0%"]],
          frozenRows: 1,
          metadata: [{ key: "socialRoi.source", value: "1" }],
        },
      ],
      active: { sheet: "Channel data", range: "B2:C2" },
    };
    expect(emulate(file).workbook.toFile()).toEqual(file);
  });

  it("round-trips what the add-on draws: bold, backgrounds, widths, frozen columns, rules and charts", () => {
    const file: WorkbookFile = {
      version: 1,
      locale: "en_US",
      sheets: [
        {
          name: "Channel scorecard",
          cells: [["Channel scorecard"], [], ["Channel", "ROI"], ["'Facebook", -0.2], ["'LinkedIn", 2.4]],
          formats: [[], [], [], [null, "0.0%"], [null, "0.0%"]],
          frozenRows: 3,
          metadata: [{ key: "socialRoi.scorecard", value: '{"version":1}' }],
          frozenColumns: 1,
          columnWidths: [160, null, 130],
          fontWeights: [["bold"], [], ["bold", "bold"]],
          backgrounds: [[], [], ["#f1f3f4", "#f1f3f4"]],
          rules: [
            { ranges: ["B4:B5"], criteria: "CUSTOM_FORMULA", values: ["=B4<0"], fontColor: "#c5221f", background: "#fce8e6" },
            { ranges: ["B4:B5"], criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO", values: [0.2], bold: true },
          ],
          charts: [
            {
              type: "BAR",
              ranges: ["'Channel scorecard'!A4:A5", "'Channel scorecard'!B4:B5"],
              position: { anchorRow: 3, anchorColumn: 4, offsetX: 0, offsetY: 0 },
              options: { title: "ROI by channel", legend: { position: "none" } },
            },
          ],
        },
      ],
      active: { sheet: "Channel scorecard", range: "A1" },
    };
    const { workbook, sheet } = emulate(file);
    expect(workbook.toFile()).toEqual(file);
    const scorecard = sheet();
    expect([scorecard.getFrozenColumns(), scorecard.getColumnWidth(1), scorecard.getColumnWidth(2), scorecard.getColumnWidth(3)]).toEqual([1, 160, 100, 130]);
    expect(scorecard.getRange("A3:B3").getFontWeights()).toEqual([["bold", "bold"]]);
    expect(scorecard.getRange("A3:B3").getBackgrounds()).toEqual([["#f1f3f4", "#f1f3f4"]]);
    expect(scorecard.getConditionalFormatRules()[0].getBooleanCondition()!.getCriteriaValues()).toEqual(["=B4<0"]);
    expect(scorecard.getCharts()[0].getOptions().get("title")).toBe("ROI by channel");
  });

  it("loads a file saved before styles, widths, rules and charts were kept", () => {
    const { workbook, sheet } = emulate(workbookFile({ Data: [["Channel"]] }));
    expect([sheet().getFrozenColumns(), sheet().getColumnWidth(1), sheet().getConditionalFormatRules(), sheet().getCharts()]).toEqual([0, 100, [], []]);
    expect(Object.keys(workbook.toFile().sheets[0]).sort()).toEqual(["cells", "formats", "frozenRows", "metadata", "name"]);
  });

  it("enters text cells as typed: '2%' becomes 0.02 shown as a percent", () => {
    const { workbook, sheet } = emulate(workbookFile({ Sheet1: [["2%", "-abc"]] }));
    expect(sheet().getRange("A1:B1").getDisplayValues()).toEqual([["2%", "#NAME?"]]);
    expect(workbook.toFile().sheets[0]).toMatchObject({ cells: [["2%", "=-abc"]], formats: [["0%"]] });
  });

  it("saves a spilled result as its one formula", () => {
    const { workbook, sheet } = emulate(workbookFile({ Sheet1: [[100, 10], [200, 20]] }));
    sheet().getRange("C1").setFormula("=CPA(A1:A2, B1:B2)");
    // The cell the result fills is not saved, not even as an empty cell at the end of its row.
    expect(workbook.toFile().sheets[0].cells).toEqual([[100, 10, "=CPA(A1:A2, B1:B2)"], [200, 20]]);
  });

  it("keeps the cells that formats reach, even when empty", () => {
    const { workbook, sheet } = emulate();
    sheet().getRange("B2").setNumberFormat("0%");
    expect(workbook.toFile().sheets[0]).toMatchObject({ cells: [[], [null, null]], formats: [[], [null, "0%"]] });
  });
});

describe("snapshots", () => {
  it("restore cells, formats, sheets, metadata, rules, charts and the selection", () => {
    const { workbook, spreadsheet, sheet, app } = emulate(workbookFile({ Data: [[1, "=A1*2"]] }));
    const before = workbook.snapshot();
    const fileBefore = workbook.toFile();

    sheet("Data").getRange("A1:B1").setValues([["changed", "=1/0"]]).setNumberFormat("0%");
    sheet("Data").addDeveloperMetadata("key");
    const added = spreadsheet.insertSheet("Added");
    added.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberLessThan(0).setRanges([added.getRange("A1")]).build()]);
    added.insertChart(added.newChart().addRange(added.getRange("A1:A2")).build());

    workbook.restore(before);
    expect(workbook.toFile()).toEqual(fileBefore);
    expect(sheet("Data").getRange("B1").getValue()).toBe(2);
    expect(workbook.sheets.map((s) => [s.name, s.rules.length, s.charts.length, s.metadata.length])).toEqual([["Data", 0, 0, 0]]);
  });

  it("leave a sheet object usable across the restore", () => {
    const { workbook, sheet } = emulate(workbookFile({ Data: [[1]] }));
    const data = sheet("Data");
    const before = workbook.snapshot();
    data.getRange("A1").setValue(5);
    workbook.restore(before);
    expect(data.getRange("A1").getValue()).toBe(1);
  });
});
