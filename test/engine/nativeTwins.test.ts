// Each function's native twin, computed by the playground's engine, gives what the function gives:
// the same number, a blank, or an error where the function refuses its input.
import fc from "fast-check";
import { DetailedCellError, type RawCellContent } from "hyperformula";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../playground/engine";
import { customFunctions, functionCatalog } from "../../src/functions";
import { callOf, differences, SPECS, twinCases, twinOf, type Outcome, type TwinCase } from "../support/twinCases";

const engine = createEngine({ catalog: functionCatalog(), functions: customFunctions }, { sheets: { Cases: [] } });
const sheet = engine.getSheetId("Cases")!;
const SINGLE_COLUMN = 5;
const RANGE_COLUMN = 6;

function engineOutcome(value: unknown): Outcome {
  if (value instanceof DetailedCellError) return "error";
  if (value === null || value === "") return "";
  if (typeof value === "number") return value;
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}

/** The twins of a case computed by the engine: each row's on its own, and the range call's spilled rows. */
function twinsComputed(twinCase: TwinCase): { single: Outcome[]; range: Outcome[] } {
  const content: RawCellContent[][] = twinCase.rows.map((row, r) => {
    const line: RawCellContent[] = [...row, ...Array(SINGLE_COLUMN - row.length).fill(null)];
    line[SINGLE_COLUMN] = twinOf(callOf(twinCase, 1, r + 1));
    if (r === 0) line[RANGE_COLUMN] = twinOf(callOf(twinCase, 1, null));
    return line;
  });
  engine.setSheetContent(sheet, content);
  const at = (row: number, col: number) => engineOutcome(engine.getCellValue({ sheet, row, col }));
  return { single: twinCase.rows.map((_, r) => at(r, SINGLE_COLUMN)), range: twinCase.rows.map((_, r) => at(r, RANGE_COLUMN)) };
}

describe.each(SPECS.map((spec) => [spec.name, spec] as const))("the native twin of %s in HyperFormula", (_, spec) => {
  it("gives the function's results on cells and ranges with blanks, zeros, texts and negatives", () => {
    fc.assert(
      fc.property(twinCases(spec), (twinCase) => {
        const { single, range } = twinsComputed(twinCase);
        expect(differences(twinCase, single, range)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe("cases the property once found", () => {
  it("GOAL_FROM_BUDGET's twin rounds a quotient just below 1 sale down to 0, at 15 significant digits as the function does", () => {
    // 0.001 budget / 0.009 CPM x 1000 = 111.1 impressions, x 0.009 x 0.9999999999999982 = 0.9999999999999982 sales.
    const twinCase: TwinCase = { name: "GOAL_FROM_BUDGET", rows: [[0.001, 0, 0.9999999999999982, -0.005815174658994847]], literals: [null, 0.009, null, 0.009] };
    const { single, range } = twinsComputed(twinCase);
    expect(single).toEqual([0]);
    expect(differences(twinCase, single, range)).toEqual([]);
  });

  it("GOAL_FROM_BUDGET's twin keeps a quotient just below a power of ten below it, at 15 significant digits as the function does", () => {
    // 99999.99999999994 x 1000 / 0.0010000000000000024 x 0.9999999999999987 x 0.0010000000000000035 = 99999999.99999991 sales.
    const twinCase: TwinCase = {
      name: "GOAL_FROM_BUDGET",
      rows: [[99999.99999999994, 0.0010000000000000035, 0.9999999999999987, 0.0010000000000000024]],
      literals: [null, null, null, null],
    };
    const { single, range } = twinsComputed(twinCase);
    expect(single).toEqual([99_999_999]);
    expect(differences(twinCase, single, range)).toEqual([]);
  });

  it("a whole number at the 15th digit's halfway point, within its inputs' binary noise, may round either way", () => {
    // 1000 x 1000 / 1000 x 0.009 x 0.9999999999999994 = 8.999999999999995: 8 or 9 sales, decided by noise.
    const twinCase: TwinCase = { name: "GOAL_FROM_BUDGET", rows: [[0.9, 0.9999999999999994, 1.5, 1000]], literals: [1000, null, 0.009, null] };
    const { single, range } = twinsComputed(twinCase);
    expect(differences(twinCase, single, range)).toEqual([]);
    expect(differences(twinCase, [8], [8])).toEqual([]);
    expect(differences(twinCase, [9], [9])).toEqual([]);
    expect(differences(twinCase, [10], [10])).not.toEqual([]);
  });

  it("a whole number off by one beyond that noise is a difference", () => {
    const twinCase: TwinCase = { name: "GOAL_FROM_BUDGET", rows: [[5000, 0.02, 0.02, 2]], literals: [null, null, null, null] };
    expect(differences(twinCase, [1000], [1000])).toEqual([]);
    expect(differences(twinCase, [999], [999])).not.toEqual([]);
  });
});

describe("rounding as the function rounds", () => {
  it("VISITORS_NEEDED(9, 0.9%) is 1,000, not 1,001", () => {
    expect(engine.calculateFormula(twinOf("=VISITORS_NEEDED(9, 0.9%)"), sheet)).toBe(1000);
  });

  it("the worked examples' twins give the seeds' figures", () => {
    const figures: [string, number][] = [
      ["=VISITORS_NEEDED(1000, 2%)", 50_000],
      ["=IMPRESSIONS_NEEDED(1000, 2%, 2%)", 2_500_000],
      ["=BUDGET(1000, 2%, 2%, 2)", 5_000],
      ["=CPA(5000, 1000)", 5],
      ["=ROI(100*100, 1000)", 9],
      ["=ROI(10*100, 1000)", 0],
      ["=BREAK_EVEN(1000, 100)", 10],
    ];
    for (const [call, figure] of figures) expect([call, engine.calculateFormula(twinOf(call), sheet)]).toEqual([call, figure]);
  });
});
