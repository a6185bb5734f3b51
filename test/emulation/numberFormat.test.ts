// Number formats as the scorecard and the sample use them, in en_US and fr_FR.
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../playground/emulation";

const NNBSP = "\u202F";
const NBSP = "\u00A0";

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
    ["0%", 0.02, `2${NBSP}%`],
    ["0.0%", 0.125, `12,5${NBSP}%`],
    ["0.0%", 1 / 6, `16,7${NBSP}%`],
    ["0.00%", 0.025, `2,50${NBSP}%`],
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

describe("formatNumber on numbers no format lays out digit by digit", () => {
  it.each([
    // 1e307 × 100 overflows a double: the percent is written from the exponent instead.
    ["0%", 1e307, "en_US", "1E+309%"],
    ["0.00%", 1e307, "en_US", "1.00E+309%"],
    ["0.0%", -2.5e306, "fr_FR", `-2,5E+308${NBSP}%`],
    ["[$€]#,##0.00", 1e308, "en_US", "€1.00E+308"],
    ["#,##0.00 [$€]", 1.7976931348623157e308, "fr_FR", "1,80E+308 €"],
    ["#,##0", 1e21, "en_US", "1E+21"],
    ['0.0"x"', 5e300, "en_US", "5.0E+300x"],
  ])("%s shows %d as %s in %s", (format, value, locale, shown) => {
    expect(formatNumber(value, format, locale)).toBe(shown);
  });

  it("lays out the largest numbers below 1e21 in full, grouped", () => {
    expect(formatNumber(123456789012345680000, "#,##0", "en_US")).toBe("123,456,789,012,345,680,000");
    expect(formatNumber(9e18, "0%", "en_US")).toBe("900000000000000000000%");
  });

  it.each([null, "0.00", "0%", "#,##0;(#,##0)"])("shows -0 as zero with %s, never with a minus sign", (format) => {
    expect(formatNumber(-0, format, "en_US")).toBe(formatNumber(0, format, "en_US"));
    expect(formatNumber(-0, format, "en_US")).not.toContain("-");
  });

  it("shows a number too small for the format as zero", () => {
    expect(formatNumber(1e-300, "0.00%", "en_US")).toBe("0.00%");
    expect(formatNumber(-1e-300, "[$€]#,##0.00", "en_US")).toBe("€0.00");
  });

  it.each([NaN, Infinity, -Infinity])("shows %d as #NUM!, as Sheets shows a number it cannot hold", (value) => {
    for (const format of [null, "0%", "[$€]#,##0.00"]) expect(formatNumber(value, format, "fr_FR")).toBe("#NUM!");
  });

  it("shows huge numbers in General in scientific notation", () => {
    expect(formatNumber(1e307, null, "en_US")).toBe("1E+307");
    expect(formatNumber(-1.5e308, null, "fr_FR")).toBe("-1,5E+308");
  });
});
