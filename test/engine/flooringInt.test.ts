// The playground's INT rounds down as Sheets' does, negative numbers included: the native twins
// take a quotient's significant digits from INT(LOG10(...)), negative below 1.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../playground/engine";

const engine = createEngine({ catalog: [], functions: {} }, { sheets: { Sheet1: [[-0.5, -2.7, 2.7, -2, 0, 0.0123]] } });

describe("INT in the playground", () => {
  it("rounds down, to the integer at or below the number", () => {
    const figures: [string, number][] = [
      ["=INT(A1)", -1],
      ["=INT(B1)", -3],
      ["=INT(C1)", 2],
      ["=INT(D1)", -2],
      ["=INT(E1)", 0],
      ["=INT(LOG10(F1))", -2],
    ];
    for (const [formula, figure] of figures) expect([formula, engine.calculateFormula(formula, 0)]).toEqual([formula, figure]);
  });

  it("over a range in an array formula, and leaves the functions it shared a plugin with alone", () => {
    expect(engine.calculateFormula("=SUM(ARRAYFORMULA(INT(A1:C1)))", 0)).toBe(-1 - 3 + 2);
    expect(engine.calculateFormula("=ISO.CEILING(-2.5)", 0)).toBe(-2);
    expect(engine.calculateFormula("=ROUND(2.5, 0)", 0)).toBe(3);
  });
});
