// The custom-function contract of DESIGN.md §3, through the functions Sheets calls.
import { describe, expect, it } from "vitest";
import { customFunctions, FUNCTIONS } from "../../../src/functions";

const { ROI, ROAS, CPA, CTR, CPM, VISITORS_NEEDED, IMPRESSIONS_NEEDED, BUDGET, BREAK_EVEN } = customFunctions;

describe("custom functions: worked examples", () => {
  it("reproduce the source material's figures", () => {
    expect(IMPRESSIONS_NEEDED(1000, 0.02, 0.02)).toBe(2_500_000);
    expect(VISITORS_NEEDED(1000, "2%")).toBe(50_000);
    expect(BUDGET(1000, "2%", "2%", 2)).toBe(5000);
    expect(CPA(5000, 1000)).toBe(5);
    expect(ROI(10_000, 1000)).toBe(9);
    expect(ROI(1000, 1000)).toBe(0);
    expect(ROAS(10_000, 1000)).toBe(10);
    expect(BREAK_EVEN(1000, 100)).toBe(10);
    expect(VISITORS_NEEDED(9, 0.009)).toBe(1000);
  });

  it("every registry example gives its documented value", () => {
    for (const fn of FUNCTIONS) {
      const args = fn.example.formula.slice(fn.name.length + 2, -1).split(",").map((text) => text.trim());
      expect(customFunctions[fn.name](...args), fn.example.formula).toBeCloseTo(fn.example.value, 12);
    }
  });
});

describe("custom functions: ranges in, ranges out", () => {
  it("computes a whole column in one call", () => {
    expect(CPA([[100], [300], [50]], [[10], [20], [5]])).toEqual([[10], [15], [10]]);
  });

  it("broadcasts single values over a range, in rows or in columns", () => {
    expect(ROI([[2000], [500]], 1000)).toEqual([[1], [-0.5]]);
    expect(CPM(1000, [[1000, 4000]])).toEqual([[1000, 250]]);
    expect(ROI([[10_000], [10_000]], [[1000], [1000]], 0.5)).toEqual([[4], [4]]);
  });

  it("treats a 1×1 range as a single value", () => {
    expect(CPA([[100]], [[4], [5]])).toEqual([[25], [20]]);
    expect(CPA([[100]], [[4]])).toBe(25);
  });

  it("names both shapes when ranges differ", () => {
    expect(() => CPA([[1], [2], [3]], [[1], [2]])).toThrow(
      "CPA: cost is 3 rows × 1 column but conversions is 2 rows × 1 column; give ranges of the same size.",
    );
  });

  it("refuses extra arguments", () => {
    expect(() => CPA(1, 2, 3)).toThrow("CPA: takes 2 arguments but was given 3; remove the extra ones.");
  });
});

describe("custom functions: blanks", () => {
  it("gives blank for a blank cell in any argument, so open-ended columns work", () => {
    expect(CPA([[100], [""], [50], [""]], [[10], [5], [""], [""]])).toEqual([[10], [""], [""], [""]]);
    expect(CPA("", 5)).toBe("");
  });

  it("gives blank, never 0, NaN or Infinity, on a zero denominator", () => {
    expect(CPA(100, 0)).toBe("");
    expect(ROI(100, 0)).toBe("");
    expect(CTR([[5], [5]], [[0], [100]])).toEqual([[""], [0.05]]);
  });

  it("uses the default margin when it is left out", () => {
    expect(ROI(2000, 1000, undefined)).toBe(1);
  });
});

describe("custom functions: bad input", () => {
  it("names the function, the argument and the row, and says what to do", () => {
    expect(() => CPA([[100], [200], [300]], [[1], [2], ["abc"]])).toThrow(
      "CPA: conversions in row 3 of the range is the text 'abc'; enter a number.",
    );
  });

  it("takes text atop a range of several rows for a header, and says to start the range below it", () => {
    expect(() => CPA([["Budget"], [4200], [3100]], [["Conversions"], [210], [120]])).toThrow(
      "CPA: cost in row 1 of the range is the text 'Budget' (a header?); start the range below the header, such as B2:B rather than B:B.",
    );
    // Text further down, atop a column of names, in a single cell, or ambiguous numeric text is no header.
    expect(() => CPA([[1], ["abc"]], [[1], [2]])).toThrow("CPA: cost in row 2 of the range is the text 'abc'; enter a number.");
    expect(() => CPA([[100], [200]], [["Facebook"], ["Instagram"]])).toThrow("CPA: conversions in row 1 of the range is the text 'Facebook'; enter a number.");
    expect(() => CPA("Budget", 2)).toThrow("CPA: cost is the text 'Budget'; enter a number.");
    expect(() => CPA([["1,000"], [2]], [[1], [2]])).toThrow(/CPA: cost in row 1 of the range is the text '1,000', which is ambiguous/);
  });

  it("gives row and column inside a two-dimensional range", () => {
    expect(() => CPA([[1, 2], [3, 4]], [[1, 1], [1, true]])).toThrow(
      "CPA: conversions in row 2, column 2 of the range is TRUE, a boolean; enter a number.",
    );
  });

  it("rejects a negative cost or count", () => {
    expect(() => CPA(-5, 2)).toThrow("CPA: cost is -5; enter an amount of 0 or more.");
    expect(() => CTR([[1, -1]], 100)).toThrow("CTR: clicks in column 2 of the range is -1; enter a count of 0 or more.");
  });

  it("rejects a planned rate outside (0, 100%]: 2 is a typo for 2%", () => {
    expect(() => IMPRESSIONS_NEEDED(1000, 2, 0.02)).toThrow(
      "IMPRESSIONS_NEEDED: conversion_rate is 2; enter a rate above 0% and up to 100%, such as 2%.",
    );
    expect(() => VISITORS_NEEDED(1000, 0)).toThrow(/VISITORS_NEEDED: conversion_rate is 0/);
    expect(() => ROI(100, 10, 1.5)).toThrow("ROI: margin is 1.5; enter a margin from 0% to 100%, such as 40%.");
  });

  it("rejects dates, ambiguous text and missing arguments", () => {
    expect(() => CPA(new Date(2026, 0, 1), 2)).toThrow("CPA: cost is a date; enter a number, or format the cell as a number.");
    expect(() => CPA("1,000", 2)).toThrow(/CPA: cost is the text '1,000', which is ambiguous/);
    expect(() => CPA(100)).toThrow("CPA: conversions is missing; give a value or a range.");
  });

  it("reports an overflow instead of returning Infinity", () => {
    expect(() => CPA(1e308, 1e-10)).toThrow("CPA: the result is too large for a spreadsheet; check the inputs.");
  });
});
