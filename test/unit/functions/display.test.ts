import { describe, expect, it } from "vitest";
import { formatResult, functionCatalog, signature } from "../../../src/functions";

const fn = (name: string) => functionCatalog().find((doc) => doc.name === name)!;
const example = (name: string, locale: string) => formatResult(fn(name).example.value, fn(name).result, locale);

describe("signature", () => {
  it("lists the parameters, optional ones in brackets", () => {
    expect(signature(fn("CPA"))).toBe("CPA(cost, conversions)");
    expect(signature(fn("ROI"))).toBe("ROI(gain, cost, [margin])");
  });
});

describe("formatResult", () => {
  it("shows each example's result as its format reads", () => {
    expect(example("ROI", "en-US")).toBe("900%");
    expect(example("ROAS", "en-US")).toBe("10.0x");
    expect(example("CPA", "en-US")).toBe("5.00");
    expect(example("BUDGET", "en-US")).toBe("5,000.00");
    expect(example("IMPRESSIONS_NEEDED", "en-US")).toBe("2,500,000");
    expect(example("CTR", "en-US")).toBe("3%");
  });

  it("keeps one decimal of a percentage that is not whole", () => {
    expect(formatResult(0.025, "percent", "en-US")).toBe("2.5%");
  });
});
