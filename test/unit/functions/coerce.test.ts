import { describe, expect, it } from "vitest";
import { readCell } from "../../../src/functions/coerce";
import { InputProblem } from "../../../src/functions/inputProblem";

function problemOf(value: Parameters<typeof readCell>[0]): InputProblem {
  try {
    readCell(value);
  } catch (problem) {
    if (problem instanceof InputProblem) return problem;
    throw problem;
  }
  throw new Error(`readCell accepted ${String(value)}`);
}

describe("readCell", () => {
  it("passes numbers through and reads empty cells as blank", () => {
    expect(readCell(1500)).toBe(1500);
    expect(readCell(-2.5)).toBe(-2.5);
    expect(readCell("")).toBe("");
    expect(readCell("   ")).toBe("");
  });

  it("accepts unambiguous numeric text", () => {
    expect(readCell("1500")).toBe(1500);
    expect(readCell(" 1500.50 ")).toBe(1500.5);
    expect(readCell("2%")).toBeCloseTo(0.02, 15);
    expect(readCell("2.5 %")).toBeCloseTo(0.025, 15);
    expect(readCell(".5")).toBe(0.5);
    expect(readCell("1e3")).toBe(1000);
    expect(readCell("€1500")).toBe(1500);
    expect(readCell("1500 €")).toBe(1500);
    expect(readCell("$12.40")).toBe(12.4);
  });

  it("calls a comma between digits ambiguous and says how to write the number", () => {
    const problem = problemOf("1,000");
    expect(problem.found).toBe("is the text '1,000', which is ambiguous (a thousands separator or a decimal comma?)");
    expect(problem.fix).toMatch(/without a comma/);
    expect(problemOf("12,5").found).toMatch(/ambiguous/);
  });

  it("rejects text, booleans, dates and missing values with what was found", () => {
    expect(problemOf("abc").found).toBe("is the text 'abc'");
    expect(problemOf("$12$").found).toBe("is the text '$12$'");
    expect(problemOf(true).found).toBe("is TRUE, a boolean");
    expect(problemOf(new Date(2026, 0, 1)).found).toBe("is a date");
    expect(problemOf(undefined).found).toBe("is missing");
    expect(problemOf(Number.NaN).fix).toBe("enter a finite number");
    expect(problemOf("1e400").found).toBe("is the text '1e400'");
  });
});
