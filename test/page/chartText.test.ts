// A chart's axis numbers as the page draws them: in the spreadsheet's locale, in the axis format the script set.
import { describe, expect, it } from "vitest";
import { tickText } from "../../playground/page/chartText";

const linear = { logScale: false, format: null };

describe("a chart's axis numbers", () => {
  it("have thousands separators and whole percentages by default, in the spreadsheet's locale", () => {
    expect([tickText({ valueAxis: linear, percent: false, locale: "en_US" }, 500000), tickText({ valueAxis: linear, percent: true, locale: "en_US" }, -0.5)]).toEqual(["500,000", "-50%"]);
    // A French sheet groups with a space and spaces its percent sign, as its cells do.
    const [count, rate] = [tickText({ valueAxis: linear, percent: false, locale: "fr_FR" }, 500000), tickText({ valueAxis: linear, percent: true, locale: "fr_FR" }, -0.5)];
    expect(count.replace(/\s/g, " ")).toBe("500 000");
    expect(rate.replace(/\s/g, " ")).toBe("-50 %");
  });

  it("follow the axis format the chart's options set", () => {
    expect(tickText({ valueAxis: { logScale: false, format: "0.0%" }, percent: false, locale: "en_US" }, 0.125)).toBe("12.5%");
  });

  it("label a log axis at its powers of ten only", () => {
    const log = { valueAxis: { logScale: true, format: "#,##0" }, percent: false, locale: "en_US" };
    expect([1, 2, 5, 10, 100, 1000, 2000, 1_000_000].map((value) => tickText(log, value))).toEqual(["1", "", "", "10", "100", "1,000", "", "1,000,000"]);
  });
});
