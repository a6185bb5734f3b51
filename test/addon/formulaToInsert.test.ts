import { describe, expect, it } from "vitest";
import { formulaToInsert } from "../../src/addon/formulaToInsert";
import { FUNCTIONS } from "../../src/functions";

const NAMES = FUNCTIONS.map((fn) => fn.name);
const check = (formula: unknown) => formulaToInsert(formula, NAMES);

describe("formulaToInsert", () => {
  it.each(FUNCTIONS.map((fn) => fn.example.formula))("accepts the registry's example %s", (formula) => {
    expect(check(formula)).toBe(formula);
  });

  it("accepts our functions on ranges, nested in each other, in any case, and trims the formula", () => {
    expect(check("  =CPA(B2:B9, E2:E9) ")).toBe("=CPA(B2:B9, E2:E9)");
    expect(check("=ROI(100*100, 1000)")).toBe("=ROI(100*100, 1000)");
    expect(check("=BUDGET(1000, CONVERSION_RATE(5, 100), CTR(30, 1000), 2)")).toBe("=BUDGET(1000, CONVERSION_RATE(5, 100), CTR(30, 1000), 2)");
    expect(check("=cpa(5000, 1000)")).toBe("=cpa(5000, 1000)");
  });

  it("refuses anything that does not start with =NAME( for one of our functions", () => {
    const refused = ["CPA(5000, 1000)", "5000", "hello", "", "=", "=CPA", "= CPA(1, 2)", "=SUM(A1:A3)", "=CPAX(1, 2)", "+CPA(1, 2)", "'=CPA(1, 2)"];
    for (const formula of refused) {
      expect(() => check(formula), formula).toThrow("it does not start with a call to a Social ROI function");
    }
  });

  it("refuses a formula that also calls a function that is not ours", () => {
    expect(() => check('=CPA(1, 2) + IMPORTDATA("https://example.com")')).toThrow(
      "Cannot insert '=CPA(1, 2) + IMPORTDATA(\"https://example.com\")': it calls IMPORTDATA, which is not a Social ROI function.",
    );
    expect(() => check("=CPA(SUM(B2:B9), 3)")).toThrow("it calls SUM, which is not a Social ROI function");
  });

  it("refuses what is not text, spans lines or is too long, and says how to fix it", () => {
    expect(() => check(42)).toThrow("Cannot insert 42: it is not text. Insert a formula such as =CPA(5000, 1000).");
    expect(() => check(null)).toThrow("Cannot insert null: it is not text");
    expect(() => check("=CPA(1,\n2)")).toThrow("it spans several lines");
    expect(() => check(`=CPA(${"1+".repeat(600)}1, 2)`)).toThrow("it is longer than 1000 characters");
  });
});
