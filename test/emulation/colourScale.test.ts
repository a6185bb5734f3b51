// Colour-scale rules (setGradientMinpoint... on the rule builder), kept as Sheets keeps them and
// painted as Sheets paints them: each number between its points' colours, blanks and text unpainted.
import { describe, expect, it } from "vitest";
import { cellKey, conditionalFormats } from "../../playground/emulation";
import type { RawCell } from "../../playground/runtime/contract";
import { emulate, workbookFile } from "./emulate";

const WHITE = "#ffffff";
const GREEN = "#57bb8a";
/** The colour a fraction of the way from white to the green, channel by channel, computed here by hand. */
const between = (fraction: number) =>
  `#${[[255, 0x57], [255, 0xbb], [255, 0x8a]].map(([from, to]) => Math.round(from + (to - from) * fraction).toString(16).padStart(2, "0")).join("")}`;

function sheetWith(rows: RawCell[][]) {
  const emulated = emulate(workbookFile({ Heat: rows }));
  const model = emulated.workbook.sheet("Heat")!;
  const formats = () => conditionalFormats(emulated.workbook, model, { row: 1, column: 1, numRows: rows.length, numColumns: rows[0].length });
  return { ...emulated, formats };
}

describe("a colour-scale rule", () => {
  it("is kept with its points and read back as a gradient condition, not a boolean one", () => {
    const { app, sheet, workbook } = sheetWith([[1, 2]]);
    const rule = app
      .newConditionalFormatRule()
      .setGradientMinpoint(WHITE)
      .setGradientMaxpointWithValue(GREEN, app.InterpolationType.NUMBER, "40")
      .setRanges([sheet().getRange("A1:B1")])
      .build();
    sheet().setConditionalFormatRules([rule]);
    expect(workbook.sheet("Heat")!.rules).toEqual([
      { ranges: ["A1:B1"], criteria: "GRADIENT", values: [], gradient: { min: { color: WHITE, type: "MIN", value: "" }, max: { color: GREEN, type: "NUMBER", value: "40" } } },
    ]);
    const [read] = sheet().getConditionalFormatRules();
    expect(read.getBooleanCondition()).toBeNull();
    const gradient = read.getGradientCondition()!;
    expect([gradient.getMinType(), gradient.getMaxType(), gradient.getMaxValue()]).toEqual([app.InterpolationType.MIN, app.InterpolationType.NUMBER, "40"]);
  });

  it("holds one condition: a boolean criterion set after the points replaces the scale", () => {
    const { app, sheet } = sheetWith([[1]]);
    const rule = app.newConditionalFormatRule().setGradientMinpoint(WHITE).setGradientMaxpoint(GREEN).whenNumberLessThan(0).setBackground("#fce8e6").setRanges([sheet().getRange("A1")]).build();
    expect(rule.getGradientCondition()).toBeNull();
    expect(rule.getBooleanCondition()!.getCriteriaType()).toBe(app.BooleanCriteria.NUMBER_LESS_THAN);
  });

  it("needs both ends, and a value for a NUMBER point", () => {
    const { app, sheet } = sheetWith([[1]]);
    expect(() => app.newConditionalFormatRule().setGradientMaxpoint(GREEN).setRanges([sheet().getRange("A1")]).build()).toThrow(/minpoint/);
    expect(() => app.newConditionalFormatRule().setGradientMinpointWithValue(WHITE, app.InterpolationType.NUMBER, "")).toThrow(/value/);
  });

  it("paints the range's lowest number white, its highest green, and the others in between; blanks and text stay unpainted", () => {
    const { app, sheet, formats } = sheetWith([[10, 20, 30, "", "n/a", 50]]);
    sheet().setConditionalFormatRules([app.newConditionalFormatRule().setGradientMinpoint(WHITE).setGradientMaxpoint(GREEN).setRanges([sheet().getRange("A1:F1")]).build()]);
    const painted = formats();
    // From 10 to 50: 20 is a quarter of the way, 30 half.
    expect([1, 2, 3, 6].map((column) => painted.get(cellKey(1, column))?.background)).toEqual([WHITE, between(0.25), between(0.5), GREEN]);
    expect(painted.has(cellKey(1, 4)) || painted.has(cellKey(1, 5))).toBe(false);
  });

  it("gives a point's colour at and beyond a NUMBER point, and leaves a cell an earlier rule formats to that rule", () => {
    const { app, sheet, formats } = sheetWith([[5, 20, 35, 80]]);
    const range = () => [sheet().getRange("A1:D1")];
    sheet().setConditionalFormatRules([
      app.newConditionalFormatRule().whenNumberGreaterThan(50).setBackground("#efefef").setRanges(range()).build(),
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue(WHITE, app.InterpolationType.NUMBER, "10")
        .setGradientMaxpointWithValue(GREEN, app.InterpolationType.NUMBER, "40")
        .setRanges(range())
        .build(),
    ]);
    const painted = formats();
    // 5 is below the minpoint 10; 20 is a third of the way to 40; 35 five sixths; 80 is grey by the first rule.
    expect([1, 2, 3, 4].map((column) => painted.get(cellKey(1, column))?.background)).toEqual([WHITE, between(1 / 3), between(5 / 6), "#efefef"]);
  });
});
