import { describe, expect, it } from "vitest";
import * as m from "../../../src/metrics";

describe("metrics", () => {
  it("ROI applies the margin to the gain before subtracting the cost", () => {
    expect(m.roi(10_000, 1000, 0.4)).toBe(3);
    expect(m.roi(0, 1000)).toBe(-1);
  });

  it("every ratio is undefined (null) on a zero denominator", () => {
    expect(m.roi(100, 0)).toBeNull();
    expect(m.roas(100, 0)).toBeNull();
    expect(m.cpa(100, 0)).toBeNull();
    expect(m.cpl(100, 0)).toBeNull();
    expect(m.cpc(100, 0)).toBeNull();
    expect(m.cpm(100, 0)).toBeNull();
    expect(m.ctr(1, 0)).toBeNull();
    expect(m.conversionRate(1, 0)).toBeNull();
    expect(m.breakEven(100, 0)).toBeNull();
    expect(m.costPerQualifiedLead(100, 0)).toBeNull();
    expect(m.leadToCustomerRate(1, 0)).toBeNull();
  });

  it("cost per qualified lead is cost over qualified leads; lead-to-customer rate is customers over leads", () => {
    // 2,458 spent, 47 leads, 12 of them qualified by sales, 4 became customers.
    expect(m.costPerQualifiedLead(2458, 12)).toBeCloseTo(204.8333333, 6);
    expect(m.leadToCustomerRate(4, 47)).toBeCloseTo(0.0851064, 6);
  });

  it("conversion rate may exceed 100%", () => {
    expect(m.conversionRate(30, 20)).toBe(1.5);
  });

  it("rounding up ignores binary noise: 9 / 0.9% is exactly 1,000 visitors", () => {
    expect(9 / 0.009).toBeGreaterThan(1000);
    expect(m.visitorsNeeded(9, 0.009)).toBe(1000);
    expect(m.roundUpWhole(1000.0000000000001)).toBe(1000);
  });

  it("rounding up still rounds up real fractions", () => {
    expect(m.visitorsNeeded(10, 0.03)).toBe(334);
    expect(m.roundUpWhole(1000.001)).toBe(1001);
    expect(m.breakEven(1000, 300)).toBe(4);
  });

  it("BUDGET is built on the rounded impression count, as a sheet formula on that count would be", () => {
    const impressions = m.impressionsNeeded(10, 0.03, 0.07)!;
    expect(impressions).toBe(4762);
    expect(m.budget(10, 0.03, 0.07, 5)).toBe((impressions / 1000) * 5);
  });
});
