import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideColumnMark, decideMarks, decimalMarkOfLocale, readNumber, type DecimalMark } from "../../src/import/numbers";

/** The value of a text read in a column of the given mark, or the reading when it is not a number. */
const valueOf = (text: unknown, mark: DecimalMark | null) => {
  const reading = readNumber(text, mark);
  return reading.kind === "number" ? reading.value : reading.kind;
};

describe("numbers as exports write them", () => {
  it.each([
    ["$1,200", ".", 1200],
    ["$1,200.50", ".", 1200.5],
    ["1 200 €", ",", 1200],
    ["EUR 1.200,50", ",", 1200.5],
    ["USD 12", ".", 12],
    ["12 USD", ".", 12],
    ["4,838.80", ".", 4838.8],
    ["1,234,567", ".", 1234567],
    ["7 307,37 €", ",", 7307.37],
    ["7\u00a0307,37\u00a0€", ",", 7307.37],
    ["7\u202f307,37", ",", 7307.37],
    ["7.307,37", ",", 7307.37],
    ["1'234.50", ".", 1234.5],
    ["1\u2019234.50", ".", 1234.5],
    ["CHF 1'234.50", ".", 1234.5],
    ["£99.99", ".", 99.99],
    ["-12.5", ".", -12.5],
    ["(1,200.00)", ".", -1200],
    ["0,45", ",", 0.45],
    [".5", ".", 0.5],
  ] as const)("reads %s in a column of decimal '%s' as %s", (text, mark, expected) => {
    expect(valueOf(text, mark)).toBe(expected);
  });

  it("reads percentages as fractions, as Sheets stores them", () => {
    expect(valueOf("48,5 %", ",")).toBeCloseTo(0.485, 12);
    expect(valueOf("2.5%", ".")).toBeCloseTo(0.025, 12);
    expect(valueOf("10.50%", ".")).toBeCloseTo(0.105, 12);
  });

  it("reads placeholders for a missing figure as blank", () => {
    for (const text of ["--", "—", "–", "-", "n/a", "N/A", "< 10%", "> 90%", "<10%", "  "]) {
      expect(readNumber(text, "."), text).toEqual({ kind: "blank", fromText: true });
    }
    expect(readNumber("", ".")).toEqual({ kind: "blank", fromText: false });
    expect(readNumber(null, ".")).toEqual({ kind: "blank", fromText: false });
  });

  it("keeps numbers typed as numbers, and refuses what is not a finite number", () => {
    expect(readNumber(1234.5, ",")).toEqual({ kind: "number", value: 1234.5, fromText: false });
    expect(readNumber(Number.NaN, ".").kind).toBe("error");
    expect(readNumber(Number.POSITIVE_INFINITY, ".").kind).toBe("error");
    expect(readNumber(true, ".").kind).toBe("error");
    expect(readNumber("abc", ".")).toMatchObject({ kind: "error", found: "is the text 'abc'" });
    expect(readNumber("12 apples", ".").kind).toBe("error");
    expect(readNumber("2026-11-01", ".").kind).toBe("error");
  });

  it("reads scientific notation only where it cannot be misread, and never gives Infinity", () => {
    expect(valueOf("1e308", ".")).toBe(1e308);
    expect(valueOf("2.5E3", ".")).toBe(2500);
    expect(valueOf("1e5", ",")).toBe(100000);
    expect(valueOf("2.5E3", ",")).toBe("error");
    expect(readNumber("1e400", ".")).toMatchObject({ kind: "error", found: "is '1e400', too large a number" });
    expect(valueOf("9".repeat(400), ".")).toBe("error");
    expect(valueOf(`${"9".repeat(400)}.5`, ".")).toBe("error");
  });

  it("refuses separators in the wrong places rather than guess", () => {
    expect(valueOf("12,5", ".")).toBe("error");
    expect(valueOf("1.5", ",")).toBe("error");
    expect(valueOf("1,23,456", ".")).toBe("error");
    expect(valueOf("1,000", null)).toBe("error");
    expect(readNumber("1,000", null)).toMatchObject({ found: "is '1,000', which could be a thousands separator or a decimal mark" });
  });
});

describe("a column's decimal mark, decided from all its cells", () => {
  it("follows a cell that shows it", () => {
    expect(decideColumnMark(["1,000", "4,838.80", "12"], null)).toEqual({ mark: ".", reason: "written" });
    expect(decideColumnMark(["1,000", "1,234,567"], null)).toEqual({ mark: ".", reason: "written" });
    expect(decideColumnMark(["7.307,37", "1.000"], null)).toEqual({ mark: ",", reason: "written" });
    expect(decideColumnMark(["12,5", "1.000"], null)).toEqual({ mark: ",", reason: "written" });
    expect(decideColumnMark(["1 234,5"], null)).toEqual({ mark: ",", reason: "written" });
    expect(decideColumnMark(["0.45"], ",")).toEqual({ mark: ".", reason: "written" });
  });

  it("settles cells such as 1,000 with the convention, and says so; without one, reports them ambiguous", () => {
    expect(decideColumnMark(["1,000", "2,500"], ",")).toEqual({ mark: ",", reason: "convention" });
    expect(decideColumnMark(["1,000", "2,500"], ".")).toEqual({ mark: ".", reason: "convention" });
    expect(decideColumnMark(["1,000", "2,500"], null)).toEqual({ mark: null, reason: "ambiguous" });
  });

  it("reports a column mixing both marks instead of reading half of it wrong", () => {
    expect(decideColumnMark(["4,838.80", "7.307,37"], null)).toEqual({ mark: null, reason: "mixed" });
  });

  it("needs no mark for whole numbers and numbers already typed as numbers", () => {
    expect(decideColumnMark([12, 4.5, "300", "", "--"], null)).toEqual({ mark: ".", reason: "plain" });
  });

  it("settles an ambiguous column by the mark the table's other columns show", () => {
    const rows = [["9,265", "1,200.50"], ["12,000", "300.00"]];
    expect(decideMarks(rows, null)).toEqual([{ mark: ".", reason: "convention" }, { mark: ".", reason: "written" }]);
  });

  it("knows the decimal mark of a spreadsheet locale", () => {
    expect(["en_US", "en_GB", "fr_FR", "de_DE", "de_CH", "es_MX", "pt_BR", "ja_JP"].map(decimalMarkOfLocale)).toEqual([
      ".", ".", ",", ",", ".", ".", ",", ".",
    ]);
  });
});

describe("any text at all", () => {
  // Characters exports are made of, so the generator reaches the interesting shapes often.
  const exportText = fc.string({ unit: fc.constantFrom(..."0123456789.,'’ \u00a0\u202f$€%-()eE+<>n/aUSD"), maxLength: 24 });

  it("reads as a finite number, a blank or an error that says what was found, and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(exportText, fc.string()), fc.constantFrom<DecimalMark | null>(".", ",", null), (text, mark) => {
        const reading = readNumber(text, mark);
        if (reading.kind === "number") expect(Number.isFinite(reading.value)).toBe(true);
        if (reading.kind === "error") expect(reading.found).not.toBe("");
      }),
      { numRuns: 3000 },
    );
  });

  it("reads plain digits with a decimal point as the very number JavaScript reads from them, to the last bit", () => {
    const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max, size: "max" });
    fc.assert(
      fc.property(digits(1, 15), fc.option(digits(1, 26)), (whole, fraction) => {
        const text = fraction === null ? whole : `${whole}.${fraction}`;
        expect(readNumber(text, ".")).toEqual({ kind: "number", value: Number(text), fromText: true });
      }),
      { numRuns: 5000 },
    );
  });

  it("reads a number written with thousands separators and a decimal mark back to the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const grouped = whole.toLocaleString("en-US");
        const fraction = String(cents).padStart(2, "0");
        expect(valueOf(`$${grouped}.${fraction}`, ".")).toBe(Number(`${whole}.${fraction}`));
        expect(valueOf(`${whole.toLocaleString("fr-FR")},${fraction} €`, ",")).toBe(Number(`${whole}.${fraction}`));
        expect(valueOf(`${grouped.replace(/,/g, ".")},${fraction}`, ",")).toBe(Number(`${whole}.${fraction}`));
      }),
      { numRuns: 500 },
    );
  });
});
