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
