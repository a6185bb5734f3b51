// Conditional format rules evaluated on the current values: what the playground paints.
import { describe, expect, it } from "vitest";
import { cellKey, conditionalFormats, shiftFormula } from "../../playground/emulation";
import { withFixedCallsComputed } from "../../playground/emulation/ruleEvaluation";
import type { RawCell } from "../../playground/runtime/contract";
import { emulate, workbookFile } from "./emulate";

const RED = { fontColor: "#c5221f", background: "#fce8e6" };
const GREEN = { fontColor: "#137333", background: "#e6f4ea" };

describe("a custom formula applied to each cell of its range", () => {
  it("moves its relative references with the cell, and keeps $-fixed ones, strings and sheet names", () => {
    expect(shiftFormula("=AND(ISNUMBER(J4), J4>=$B$2)", 2, 0)).toBe("=AND(ISNUMBER(J6), J6>=$B$2)");
    expect(shiftFormula("=I4=MIN($I$4:$I$10)", 3, 1)).toBe("=J7=MIN($I$4:$I$10)");
    expect(shiftFormula("=A$1+$A1", 2, 2)).toBe("=C$1+$A3");
    expect(shiftFormula('=AND(A1="B2", LOG10(A1)>0)', 1, 0)).toBe('=AND(A2="B2", LOG10(A2)>0)');
    expect(shiftFormula("='Q1 2024'!A1>0", 1, 0)).toBe("='Q1 2024'!A2>0");
    expect(shiftFormula("=Z1>0", 0, 1)).toBe("=AA1>0");
  });
});

describe("calls over fixed references in a rule", () => {
  it("are computed once for the whole range, and calls over the cell's own references are left to each cell", () => {
    const computed: string[] = [];
    const compute = (formula: string) => (computed.push(formula), formula.startsWith("=MIN") ? -12.5 : true);
    expect(withFixedCallsComputed("=AND(ISNUMBER(I4), I4=MIN($I$4:$I$9))", compute)).toBe("=AND(ISNUMBER(I4), I4=(-12.5))");
    expect(withFixedCallsComputed("=AND(D4>=$B$2, D4<MAX(D4:D9))", compute)).toBe("=AND(D4>=$B$2, D4<MAX(D4:D9))");
    expect(withFixedCallsComputed('=COUNTIF($A$1:$A$9, "x")>0', compute)).toBe('=COUNTIF($A$1:$A$9, "x")>0');
    expect(computed).toEqual(["=MIN($I$4:$I$9)"]);
  });
});

describe("the formats the rules give", () => {
  // ROI in D, CPA in E, the target in B1, as a scorecard lays them out.
  const rows: RawCell[][] = [
    ["Target", 0.2, "", "", ""],
    ["Channel", "Budget", "Revenue", "ROI", "CPA"],
    ["Facebook", 100, 300, "=(C3-B3)/B3", 12],
    ["X", 100, 40, "=(C4-B4)/B4", 30],
    ["TikTok", 100, 110, "=(C5-B5)/B5", 9],
    ["YouTube", 100, null, '=IF(C6="", "", (C6-B6)/B6)', null],
  ];

  function scorecard() {
    const emulated = emulate(workbookFile({ Scorecard: rows }));
    const { app, sheet } = emulated;
    const rule = () => app.newConditionalFormatRule();
    sheet().setConditionalFormatRules([
      rule().whenFormulaSatisfied("=AND(ISNUMBER(D3), D3<0)").setFontColor(RED.fontColor).setBackground(RED.background).setRanges([sheet().getRange("D3:D6")]).build(),
      rule().whenFormulaSatisfied("=AND(ISNUMBER(D3), D3>=$B$1)").setFontColor(GREEN.fontColor).setBackground(GREEN.background).setRanges([sheet().getRange("D3:D6")]).build(),
      rule().whenFormulaSatisfied("=AND(ISNUMBER(E3), E3=MIN($E$3:$E$6))").setBold(true).setRanges([sheet().getRange("E3:E6")]).build(),
      rule().whenNumberLessThan(0.5).setBackground("#eeeeee").setRanges([sheet().getRange("D3:D6")]).build(),
    ]);
    const model = emulated.workbook.sheet("Scorecard")!;
    const formats = () => conditionalFormats(emulated.workbook, model, { row: 1, column: 1, numRows: 6, numColumns: 5 });
    return { ...emulated, formats };
  }

  it("paint each cell with the first rule it matches, and leave the others and blanks alone", () => {
    // ROI: Facebook (300-100)/100 = 200% (at or above 20%), X -60% (below 0), TikTok 10% (neither), YouTube blank.
    const formats = scorecard().formats();
    expect(formats.get(cellKey(3, 4))).toMatchObject(GREEN);
    expect(formats.get(cellKey(4, 4))).toMatchObject(RED);
    expect(formats.get(cellKey(5, 4))).toMatchObject({ background: "#eeeeee" });
    expect(formats.has(cellKey(6, 4))).toBe(false);
    // The lowest CPA is TikTok's 9.
    expect([3, 4, 5, 6].filter((row) => formats.get(cellKey(row, 5))?.bold)).toEqual([5]);
    expect(formats.has(cellKey(3, 3))).toBe(false);
  });

  it("follow the values: a changed target or revenue repaints", () => {
    const { sheet, formats } = scorecard();
    sheet().getRange("B1").setValue(3);
    sheet().getRange("C4").setValue(500);
    // Facebook's 200% is now under the 300% target; X's (500-100)/100 = 400% is over it.
    expect(formats().get(cellKey(3, 4))).toBeUndefined();
    expect(formats().get(cellKey(4, 4))).toMatchObject(GREEN);
  });

  it("read number and text criteria as Sheets does", () => {
    const { app, sheet, workbook } = emulate(workbookFile({ Data: [[-1, 0, 5, "Cut", "scale up", null]] }));
    const rule = () => app.newConditionalFormatRule();
    const whole = sheet().getRange("A1:F1");
    sheet().setConditionalFormatRules([
      rule().whenNumberBetween(0, 5).setBackground("#111111").setRanges([whole]).build(),
      rule().whenTextEqualTo("cut").setBackground("#222222").setRanges([whole]).build(),
      rule().whenTextContains("UP").setBackground("#333333").setRanges([whole]).build(),
      rule().whenCellEmpty().setBackground("#444444").setRanges([whole]).build(),
    ]);
    const formats = conditionalFormats(workbook, workbook.sheet("Data")!, { row: 1, column: 1, numRows: 1, numColumns: 6 });
    expect([1, 2, 3, 4, 5, 6].map((column) => formats.get(cellKey(1, column))?.background ?? null)).toEqual([
      null, "#111111", "#111111", "#222222", "#333333", "#444444",
    ]);
  });
});
