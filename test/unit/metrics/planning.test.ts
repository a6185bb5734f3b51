// The planning functions a budget plan is built on: clicks a goal needs, and the sales a budget buys.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customFunctions } from "../../../src/functions";
import * as m from "../../../src/metrics";

const { CLICKS_NEEDED, GOAL_FROM_BUDGET, BUDGET, VISITORS_NEEDED } = customFunctions;

describe("CLICKS_NEEDED", () => {
  it("gives the article's 50,000 clicks for 1,000 sales at 2%", () => {
    expect(CLICKS_NEEDED(1000, "2%")).toBe(50_000);
  });

  it("rounds up real fractions and ignores binary noise: 9 sales at 0.9% need 1,000 clicks", () => {
    expect(9 / 0.009).toBeGreaterThan(1000);
    expect(CLICKS_NEEDED(9, 0.009)).toBe(1000);
    expect(CLICKS_NEEDED(10, 0.03)).toBe(334); // 333.33... clicks
  });

  it("is the visitors needed, in an ad buyer's words", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0.0001, max: 1, noNaN: true }), (goal, rate) => {
        expect(CLICKS_NEEDED(goal, rate)).toBe(VISITORS_NEEDED(goal, rate));
      }),
    );
  });

  it("names itself and the argument on bad input", () => {
    expect(() => CLICKS_NEEDED(1000, 2)).toThrow(/^CLICKS_NEEDED: conversion_rate is 2/);
  });
});

describe("GOAL_FROM_BUDGET", () => {
  it("gives back the article's 1,000 sales from 5,000 EUR at 2%, 2% and a 2 EUR CPM", () => {
    expect(GOAL_FROM_BUDGET(5000, "2%", "2%", 2)).toBe(1000);
  });

  it("rounds down to whole sales: 100 EUR at a 2 EUR CPM, 2% and 2% buys 20 sales, 99 EUR buys 19", () => {
    // 100 / 2 × 1000 = 50,000 impressions; × 2% = 1,000 clicks; × 2% = 20 sales.
    expect(GOAL_FROM_BUDGET(100, 0.02, 0.02, 2)).toBe(20);
    // 99 / 2 × 1000 = 49,500 impressions; 990 clicks; 19.8 sales.
    expect(GOAL_FROM_BUDGET(99, 0.02, 0.02, 2)).toBe(19);
  });

  it("is not fooled by binary noise below a whole number", () => {
    // 700 / 7 × 1000 = 100,000 impressions; × 3% = 3,000 clicks; × 0.9% = 27 sales, which doubles compute as 26.999999999999996.
    expect((700 * 1000) / 7 * 0.03 * 0.009).toBeLessThan(27);
    expect(GOAL_FROM_BUDGET(700, 0.009, 0.03, 7)).toBe(27);
    // 290 / 1.1 × 1000 impressions × 1% × 1.1% = 29 sales exactly.
    expect(GOAL_FROM_BUDGET(290, 0.011, 0.01, 1.1)).toBe(29);
  });

  it("is blank at a CPM of 0, where any budget buys unbounded impressions", () => {
    expect(GOAL_FROM_BUDGET(5000, 0.02, 0.02, 0)).toBe("");
    expect(m.goalFromBudget(5000, 0.02, 0.02, 0)).toBeNull();
  });

  // Plans as people make them: up to 100,000 sales, rates typed as a percentage with two decimals
  // from 0.1% (such as 2.25%), CPMs in cents. At quadrillions of impressions, or on arbitrary doubles
  // such as a CTR of 99.99999999999951%, the 15 significant digits at which Sheets rounds cannot
  // tell a real fraction of an impression from binary noise, and neither can BUDGET.
  const typedRate = fc.integer({ min: 10, max: 10_000 }).map((hundredthsOfAPercent) => hundredthsOfAPercent / 10_000);
  const cpmInCents = fc.integer({ min: 1, max: 100_000 }).map((cents) => cents / 100);

  it("undoes BUDGET: the budget a whole goal needs buys that goal, not one sale more or less", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        typedRate,
        typedRate,
        cpmInCents,
        (goal, conversionRate, ctr, cpm) => {
          const budget = BUDGET(goal, conversionRate, ctr, cpm) as number;
          expect(GOAL_FROM_BUDGET(budget, conversionRate, ctr, cpm)).toBe(goal);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
