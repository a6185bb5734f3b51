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

  it("enters text cells as typed: '2%' becomes 0.02 shown as a percent", () => {
    const { workbook, sheet } = emulate(workbookFile({ Sheet1: [["2%", "-abc"]] }));
    expect(sheet().getRange("A1:B1").getDisplayValues()).toEqual([["2%", "#NAME?"]]);
    expect(workbook.toFile().sheets[0]).toMatchObject({ cells: [["2%", "=-abc"]], formats: [["0%"]] });
  });

  it("saves a spilled result as its one formula", () => {
    const { workbook, sheet } = emulate(workbookFile({ Sheet1: [[100, 10], [200, 20]] }));
    sheet().getRange("C1").setFormula("=CPA(A1:A2, B1:B2)");
    expect(workbook.toFile().sheets[0].cells).toEqual([[100, 10, "=CPA(A1:A2, B1:B2)"], [200, 20, null]]);
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
