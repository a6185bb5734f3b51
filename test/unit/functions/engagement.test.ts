// ENGAGEMENT_RATE and COST_PER_ENGAGEMENT under the custom-function contract (DESIGN.md §3), on
// the source's funnel (1,000 see a post, 100 share it, 30 click, 5 buy) and a TikTok-like column.
import { describe, expect, it } from "vitest";
import { customFunctions, FUNCTIONS } from "../../../src/functions";
import { costPerEngagement, engagementRate } from "../../../src/metrics";

const { ENGAGEMENT_RATE, COST_PER_ENGAGEMENT } = customFunctions;

describe("engagement rate and cost per engagement", () => {
  it("give the source's funnel figures: 100 shares of 1,000 views is 10%", () => {
    expect(engagementRate(100, 1000)).toBe(0.1);
    expect(ENGAGEMENT_RATE(100, 1000)).toBe(0.1);
    expect(ENGAGEMENT_RATE("100", "1000")).toBe(0.1);
    // 500 EUR for those 100 shares is 5 EUR each.
    expect(COST_PER_ENGAGEMENT(500, 100)).toBe(5);
    expect(costPerEngagement(500, 100)).toBe(5);
  });

  it("fill a whole column in one call, with blank in, blank out and a zero denominator blank", () => {
    const engagements = [[4210], [""], [0], [1380]];
    const impressions = [[182_400], [95_000], [0], [41_020]];
    expect(ENGAGEMENT_RATE(engagements, impressions)).toEqual([[4210 / 182_400], [""], [""], [1380 / 41_020]]);
    expect(COST_PER_ENGAGEMENT(1250, engagements)).toEqual([[1250 / 4210], [""], [""], [1250 / 1380]]);
  });

  it("may pass 100% when people engage more than once per view", () => {
    expect(ENGAGEMENT_RATE(1500, 1000)).toBe(1.5);
  });

  it("say what to fix, naming the function, the argument and the position in the range", () => {
    expect(() => ENGAGEMENT_RATE([[12], [-3]], [[100], [100]])).toThrow("ENGAGEMENT_RATE: engagements in row 2 of the range is -3; enter a count of 0 or more.");
    expect(() => COST_PER_ENGAGEMENT("abc", 10)).toThrow("COST_PER_ENGAGEMENT: cost is the text 'abc'; enter a number.");
    expect(() => ENGAGEMENT_RATE([[1], [2]], [[1, 2]])).toThrow("ENGAGEMENT_RATE: engagements is 2 rows × 1 column but impressions is 1 row × 2 columns; give ranges of the same size.");
  });

  it("have help in English and French for the formula bar", () => {
    for (const name of ["ENGAGEMENT_RATE", "COST_PER_ENGAGEMENT"]) {
      const fn = FUNCTIONS.find((spec) => spec.name === name)!;
      expect(fn.params.map((param) => param.name)).toEqual(name === "ENGAGEMENT_RATE" ? ["engagements", "impressions"] : ["cost", "engagements"]);
      expect(fn.frenchSummary).toMatch(/interactions/);
      expect(fn.params.every((param) => param.help !== "" && param.frenchHelp !== "")).toBe(true);
    }
  });
});
