// A goal whose impressions or budget would pass what a spreadsheet holds exactly is found before any sheet is written.
import { describe, expect, it } from "vitest";
import { channelsFromTyped } from "../../src/planner/channels";
import { goalBeyondExact } from "../../src/planner/goalBound";

const channels = channelsFromTyped(
  [
    { channel: "Search", conversionRate: 0.05, ctr: 0.05, cpm: 10, share: 0.5 },
    { channel: "Display", conversionRate: 0.01, ctr: 0.002, cpm: null, cpc: 0.5, share: 0.5 },
  ],
  "Typed",
);

describe("a goal beyond exact figures", () => {
  it("names the first channel whose impressions would pass 2^53 with the whole goal on it", () => {
    // Display: 1 / 0.01 / 0.002 = 50,000 impressions a sale; 2e11 sales are 1e16 impressions, past 9,007,199,254,740,991.
    const results = 2e11;
    expect(goalBeyondExact(results, channels)).toEqual({ channel: "Display", impressions: results / 0.01 / 0.002, budget: (results / 0.01) * 0.5 });
    expect(goalBeyondExact(1e11, channels)).toBeNull();
  });

  it("names a channel whose budget would pass exact cents though its impressions do not", () => {
    // 1e12 sales at 5% and 5% are 4e14 impressions (exact), at a CPM of 10,000,000 a budget of 4e15 (past 9e13 to the cent).
    const pricey = channelsFromTyped([{ channel: "Premium", conversionRate: 0.05, ctr: 0.05, cpm: 10_000_000, share: 1 }], "Typed");
    const beyond = goalBeyondExact(1e12, pricey);
    expect(beyond?.impressions).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(beyond).toMatchObject({ channel: "Premium", budget: (1e12 / 0.05 / 0.05 / 1000) * 10_000_000 });
  });

  it("finds overflow to infinity", () => {
    expect(goalBeyondExact(1e307, channels)?.impressions).toBe(Infinity);
  });
});
