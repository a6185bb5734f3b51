import { describe, expect, it } from "vitest";
import { cellA1, columnLetters, isInside, parseRangeA1, rangeA1 } from "../../playground/page/a1";

describe("A1 notation", () => {
  it("names columns as Sheets does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("writes cells and ranges, whichever way the selection was dragged", () => {
    expect(cellA1({ row: 2, column: 1 })).toBe("B3");
    expect(rangeA1({ row: 8, column: 2 }, { row: 1, column: 1 })).toBe("B2:C9");
    expect(rangeA1({ row: 4, column: 4 }, { row: 4, column: 4 })).toBe("E5");
  });

  it("reads cells and ranges back, keeping the first cell as the anchor", () => {
    expect(parseRangeA1("b3")).toEqual({ anchor: { row: 2, column: 1 }, focus: { row: 2, column: 1 } });
    expect(parseRangeA1("C9:B2")).toEqual({ anchor: { row: 8, column: 2 }, focus: { row: 1, column: 1 } });
    expect(parseRangeA1("AA10")?.anchor).toEqual({ row: 9, column: 26 });
    expect(parseRangeA1("Sheet1!A1")).toBeNull();
  });

  it("knows which cells a selection covers", () => {
    const anchor = { row: 5, column: 3 };
    const focus = { row: 1, column: 1 };
    expect(isInside({ row: 3, column: 2 }, anchor, focus)).toBe(true);
    expect(isInside({ row: 6, column: 2 }, anchor, focus)).toBe(false);
  });
});
