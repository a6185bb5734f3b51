import { describe, expect, it } from "vitest";
import { parseAmount } from "../../src/scorecard/amount";

describe("an amount typed in an option", () => {
  it.each([
    ["100", 100], ["12.50", 12.5], ["12,5", 12.5], ["$100", 100], ["€ 45", 45], ["45 €", 45], ["1 000", 1000],
    ["1\u00a0250,75 €", 1250.75], ["0", 0], [" 7 ", 7],
  ])("reads %j as %d", (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(["", "abc", "-5", "1,000", "1.000", "12.5.1", "100 $ $", "1e3", "10%"])("refuses %j", (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});
