// The worked examples of the source material (DESIGN.md §1) are acceptance figures.
import { describe, expect, it } from "vitest";
import {
  breakEven, budget, conversionRate, cpa, cpm, ctr, engagementRate, impressionsNeeded, roas, roi, visitorsNeeded,
} from "../../../src/metrics";

describe("worked examples", () => {
  it("funnel: 1,000 see a post, 10% share, 3% click, 5 buy", () => {
    const seen = 1000;
    expect(seen * 0.1).toBe(100);
    expect(engagementRate(100, seen)).toBe(0.1);
    expect(ctr(30, seen)).toBe(0.03);
    expect(conversionRate(5, 30)).toBeCloseTo(1 / 6, 12);
  });

  it("plan: 1,000 sales at 2% conversion and 2% CTR need 50,000 visitors and 2,500,000 impressions", () => {
    expect(visitorsNeeded(1000, 0.02)).toBe(50_000);
    expect(impressionsNeeded(1000, 0.02, 0.02)).toBe(2_500_000);
  });

  it("plan at a CPM of 2 EUR: budget 5,000 EUR, CPA 5 EUR", () => {
    const plannedBudget = budget(1000, 0.02, 0.02, 2);
    expect(plannedBudget).toBe(5000);
    expect(cpa(plannedBudget!, 1000)).toBe(5);
    expect(cpm(5000, 2_500_000)).toBe(2);
  });

  it("1,000 USD contest bringing 100 customers × 100 USD margin: net ROI 900%, ROAS 10x", () => {
    expect(roi(100 * 100, 1000)).toBe(9);
    expect(roas(100 * 100, 1000)).toBe(10);
  });

  it("the same contest with 10 customers breaks even", () => {
    expect(roi(10 * 100, 1000)).toBe(0);
    expect(breakEven(1000, 100)).toBe(10);
  });
});
