// Number formats as the scorecard and the sample use them, in en_US and fr_FR.
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../playground/emulation";

const NNBSP = "\u202F";

describe("formatNumber in en_US", () => {
  const en = (value: number, format: string | null) => formatNumber(value, format, "en_US");

  it.each([
    [1234.5, "1234.5"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.3333333333"],
    [123456789012, "123456789012"],
    [-5, "-5"],
    [0, "0"],
    [1e15, "1E+15"],
  ])("General shows %d as %s", (value, shown) => {
    expect(en(value, null)).toBe(shown);
    expect(en(value, "0.###############")).toBe(shown);
  });

  it.each([
    ["0", 2.5, "3"],
    ["0.00", 1.005, "1.01"],
    ["0.00", -0.001, "0.00"],
    ["#,##0", 1234567.89, "1,234,568"],
    ["#,##0", 0, "0"],
    ["#,##0.00", 1234.5, "1,234.50"],
    ["#,##0.00", -1234.5, "-1,234.50"],
    ["0%", 0.02, "2%"],
    ["0%", 9, "900%"],
    ["0.0%", 1 / 6, "16.7%"],
    ["0.00%", 0.025, "2.50%"],
    ['0.0"x"', 4, "4.0x"],
    ["0.0x", 10, "10.0x"],
    ["[$€]#,##0.00", 1234.5, "€1,234.50"],
    ['"€"#,##0.00', 1234.5, "€1,234.50"],
    ["#,##0.00 [$€]", 1234.5, "1,234.50 €"],
    ["[$€-40C]#,##0", 5000, "€5,000"],
    ["$#,##0.00", -5, "-$5.00"],
    ["#,##0;(#,##0)", -1234, "(1,234)"],
  ])("%s shows %d as %s", (format, value, shown) => {
    expect(en(value, format)).toBe(shown);
  });
});

describe("formatNumber in fr_FR: narrow no-break space thousands, decimal comma", () => {
  const fr = (value: number, format: string | null) => formatNumber(value, format, "fr_FR");

  it.each([
    [null, 1234.5, "1234,5"],
    ["0", 2.5, "3"],
    ["0.00", 2.5, "2,50"],
    ["#,##0", 2500000, `2${NNBSP}500${NNBSP}000`],
    ["#,##0.00", 1234567.891, `1${NNBSP}234${NNBSP}567,89`],
    ["0%", 0.02, "2%"],
    ["0.0%", 1 / 6, "16,7%"],
    ["0.00%", 0.025, "2,50%"],
    ['0.0"x"', 4, "4,0x"],
    ["0.0x", 10, "10,0x"],
    ["#,##0.00 [$€]", 1234.5, `1${NNBSP}234,50 €`],
    ['"€"#,##0.00', 1234.5, `€1${NNBSP}234,50`],
    ["$#,##0.00", 1234.5, `$1${NNBSP}234,50`],
    ["[$€]#,##0.00", -5, "-€5,00"],
  ])("%s shows %d as %s", (format, value, shown) => {
    expect(fr(value, format)).toBe(shown);
  });
});
