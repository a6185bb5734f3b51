// Our custom functions, registered from the built dist/Code.js, typed into HyperFormula sheets as a
// marketer types them into Google Sheets. Run `npm run build` first (`npm test` does).
import { CellType, DetailedCellError, ErrorType, type HyperFormula, type RawCellContent } from "hyperformula";
import { describe, expect, it } from "vitest";
import { createEngine, functionTableFromBundle } from "../../playground/engine";
import { loadBundle } from "../../scripts/loadBundle";
import type { CellOutput, FunctionOutput } from "../../src/functions";

const loaded = loadBundle();
const bundle = loaded.SocialROI;
const table = functionTableFromBundle(loaded);

interface TestSheet {
  hf: HyperFormula;
  enter(a1: string, content: RawCellContent): void;
  value(a1: string): unknown;
  type(a1: string): CellType;
}

function sheetWith(rows: RawCellContent[][]): TestSheet {
  const hf = createEngine(table, { sheets: { Sheet1: rows } });
  const sheet = hf.getSheetId("Sheet1")!;
  const address = (a1: string) => hf.simpleCellAddressFromString(a1, sheet)!;
  return {
    hf,
    enter: (a1, content) => void hf.setCellContents(address(a1), content),
    value: (a1) => hf.getCellValue(address(a1)),
    type: (a1) => hf.getCellType(address(a1)),
  };
}

function column(rows: RawCellContent[][], index: number): RawCellContent[][] {
  // Sheets hands a custom function empty cells as "".
  return rows.map((row) => [row[index] ?? ""]);
}

/** The one column a custom function returned for column ranges, top to bottom. */
function columnOf(output: FunctionOutput): CellOutput[] {
  expect(Array.isArray(output)).toBe(true);
  return (output as CellOutput[][]).map(([cell]) => cell);
}

function expectError(value: unknown): DetailedCellError {
  expect(value).toBeInstanceOf(DetailedCellError);
  const error = value as DetailedCellError;
  expect(error.type).toBe(ErrorType.ERROR);
  expect(error.value).toBe("#ERROR!");
  return error;
}

describe("catalog examples typed into a sheet", () => {
  const catalog = bundle.functionCatalog();
  const { hf, value } = sheetWith(catalog.map((fn) => [fn.example.formula]));

  it("covers every function", () => {
    expect(catalog.map((fn) => fn.name)).toEqual(Object.keys(bundle.customFunctions));
    expect(catalog.length).toBeGreaterThan(0);
  });

  it.each(catalog.map((fn, i) => ({ ...fn, row: i + 1 })))("$example.formula gives $example.value", ({ name, example, row }) => {
    expect(value(`A${row}`)).toBe(example.value);

    const [, argumentList] = /^=\w+\((.*)\)$/.exec(example.formula)!;
    const args = argumentList.split(",").map((literal) => hf.calculateFormula(`=${literal}`, 0) as number);
    expect(bundle.customFunctions[name](...args)).toBe(value(`A${row}`));
  });
});

describe("ranges in, ranges out", () => {
  it("=CPA(B2:B9, E2:E9) spills one cost per acquisition per channel, blank where undefined", () => {
    const channels: RawCellContent[][] = [
      ["Facebook", 1200, 3400, 0.42, 48, 6000],
      ["Instagram", 800, 2100, 0.38, 32, 4100],
      ["LinkedIn", 1500, 900, 0.51, 12, 3000],
      [null, null, null, null, null, null],
      ["TikTok", 600, 4000, 0.6, 0, 0],
      ["X", 300, 700, 0.55, 4, 450],
      ["YouTube", 2000, 5000, 0.35, 80, 9000],
      ["Pinterest", 250, 400, 0.47, 10, 600],
    ];
    const header = ["Channel", "Budget", "Leads", "Bounce rate", "Conversions", "Revenue"];
    const { hf, enter, value, type } = sheetWith([header, ...channels]);
    enter("H2", "=CPA(B2:B9, E2:E9)");

    const spilled = ["H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9"].map(value);
    expect(spilled).toEqual([25, 25, 125, "", "", 75, 25, 25]);
    expect(spilled).toEqual(columnOf(bundle.customFunctions.CPA(column(channels, 1), column(channels, 4))));
    expect(hf.getCellFormula(hf.simpleCellAddressFromString("H2", 0)!)).toBe("=CPA(B2:B9, E2:E9)");
    expect(type("H3")).toBe(CellType.ARRAY);
    expect(type("H10")).toBe(CellType.EMPTY);
  });

  it("=ROI(C2:C4, B2:B4) spills, and a single margin broadcasts over the ranges", () => {
    const rows: RawCellContent[][] = [
      ["Contest, 100 customers", 1000, 10000],
      ["Contest, 10 customers", 1000, 1000],
      ["Ads", 2000, 6000],
    ];
    const { enter, value } = sheetWith([["Channel", "Cost", "Revenue"], ...rows]);
    enter("D2", "=ROI(C2:C4, B2:B4)");
    enter("E2", "=ROI(C2:C4, B2:B4, 50%)");

    const [cost, gain] = [column(rows, 1), column(rows, 2)];
    expect(["D2", "D3", "D4"].map(value)).toEqual([9, 0, 2]);
    expect(["D2", "D3", "D4"].map(value)).toEqual(columnOf(bundle.customFunctions.ROI(gain, cost)));
    expect(["E2", "E3", "E4"].map(value)).toEqual([4, -0.5, 0.5]);
    expect(["E2", "E3", "E4"].map(value)).toEqual(columnOf(bundle.customFunctions.ROI(gain, cost, 0.5)));
  });

  it("passes an empty cell as blank, and percent-formatted cells as fractions", () => {
    const { value } = sheetWith([
      [1000, null, "=CPA(A1, B1)"],
      [10000, 1000, "50%", "=ROI(A2:A3, B2:B3, C2:C3)"],
      [1000, 1000, "10%"],
    ]);
    expect(value("C1")).toBe("");
    expect(["D2", "D3"].map(value)).toEqual([4, -0.9]);
  });
});

describe("errors", () => {
  it("shows text where a number belongs as #ERROR! naming the function and the argument", () => {
    const { value } = sheetWith([
      ['=CPA(100, "abc")'],
      [100, 10, "=CPA(A2:A4, B2:B4)"],
      [200, "abc"],
      [300, 30],
    ]);
    expect(expectError(value("A1")).message).toBe("CPA: conversions is the text 'abc'; enter a number.");
    expect(expectError(value("C2")).message).toBe("CPA: conversions in row 2 of the range is the text 'abc'; enter a number.");
  });

  it("reports ranges of different shapes in one cell, naming both shapes", () => {
    const { value, type } = sheetWith([
      [100, 10, "=CPA(A1:A3, B1:B2)"],
      [200, 20],
      [300, 30],
    ]);
    const { message } = expectError(value("C1"));
    expect(message).toContain("cost is 3 rows × 1 column");
    expect(message).toContain("conversions is 2 rows × 1 column");
    expect(type("C2")).toBe(CellType.EMPTY);
  });

  it("propagates an error value in an argument", () => {
    const { value } = sheetWith([["=1/0", 10, "=CPA(A1, B1)", "=CPA(A1:A2, B1:B2)"], [100, 10]]);
    expect((value("C1") as DetailedCellError).type).toBe(ErrorType.DIV_BY_ZERO);
    expect((value("D1") as DetailedCellError).type).toBe(ErrorType.DIV_BY_ZERO);
  });
});

describe("acceptance figures (DESIGN.md §1)", () => {
  it.each([
    ["=IMPRESSIONS_NEEDED(1000, 2%, 2%)", 2_500_000, () => bundle.customFunctions.IMPRESSIONS_NEEDED(1000, 0.02, 0.02)],
    ["=BUDGET(1000, 2%, 2%, 2)", 5000, () => bundle.customFunctions.BUDGET(1000, 0.02, 0.02, 2)],
    ["=ROI(10000, 1000)", 9, () => bundle.customFunctions.ROI(10000, 1000)],
    ["=ROI(1000, 1000)", 0, () => bundle.customFunctions.ROI(1000, 1000)],
    ["=VISITORS_NEEDED(9, 0.9%)", 1000, () => bundle.customFunctions.VISITORS_NEEDED(9, 0.009)],
    ["=CLICKS_NEEDED(1000, 2%)", 50_000, () => bundle.customFunctions.CLICKS_NEEDED(1000, 0.02)],
    ["=GOAL_FROM_BUDGET(5000, 2%, 2%, 2)", 1000, () => bundle.customFunctions.GOAL_FROM_BUDGET(5000, 0.02, 0.02, 2)],
  ])("%s = %d", (formula, figure, direct) => {
    expect(sheetWith([[formula]]).value("A1")).toBe(figure);
    // HyperFormula rounds the numbers it exports to 10 significant digits: check the exact value too.
    expect(direct()).toBe(figure);
  });
});

describe("engine", () => {
  it("holds columns longer than HyperFormula's default 40,000 rows", () => {
    const { enter, value } = sheetWith([]);
    enter("A100000", "=CPA(5000, 1000)");
    expect(value("A100000")).toBe(5);
  });

  it("registers our functions again for each engine without failing", () => {
    const first = sheetWith([["=CPA(5000, 1000)"]]);
    const second = sheetWith([["=CPA(6000, 1000)"]]);
    expect([first.value("A1"), second.value("A1")]).toEqual([5, 6]);
  });

  it("replaces the functions of the table registered before", () => {
    const onlyCpa = { ...table, catalog: table.catalog.filter((fn) => fn.name === "CPA") };
    const hf = createEngine(onlyCpa, { sheets: { Sheet1: [["=CPA(5000, 1000)", "=ROI(10000, 1000)"]] } });
    expect(hf.getCellValue({ sheet: 0, col: 0, row: 0 })).toBe(5);
    expect((hf.getCellValue({ sheet: 0, col: 1, row: 0 }) as DetailedCellError).type).toBe(ErrorType.NAME);
  });
});
