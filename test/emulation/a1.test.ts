import { describe, expect, it } from "vitest";
import { columnLetters, parseA1, toA1, toQualifiedA1 } from "../../playground/emulation";

const area = (text: string) => parseA1(text)?.area(1000, 26);

describe("A1 notation", () => {
  it("names columns past Z", () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });

  it("reads cells, blocks, whole columns and rows, and open-ended columns", () => {
    expect(area("B2")).toEqual({ row: 2, column: 2, numRows: 1, numColumns: 1 });
    expect(area("$b$2:c9")).toEqual({ row: 2, column: 2, numRows: 8, numColumns: 2 });
    expect(area("A:C")).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 3 });
    expect(area("2:5")).toEqual({ row: 2, column: 1, numRows: 4, numColumns: 26 });
    expect(area("B2:B")).toEqual({ row: 2, column: 2, numRows: 999, numColumns: 1 });
  });

  it("reads a sheet name, quoted or not", () => {
    expect(parseA1("'Channel data'!A1:B2")?.sheetName).toBe("Channel data");
    expect(parseA1("'It''s'!A1")?.sheetName).toBe("It's");
    expect(parseA1("Sheet1!A1")?.sheetName).toBe("Sheet1");
  });

  it("refuses what is not a range", () => {
    for (const text of ["", "A", "A0", "1A", "A1:B2:C3", "hello world"]) expect(parseA1(text)).toBeNull();
  });

  it("writes ranges back", () => {
    expect(toA1({ row: 2, column: 2, numRows: 8, numColumns: 2 })).toBe("B2:C9");
    expect(toA1({ row: 1, column: 1, numRows: 1, numColumns: 1 })).toBe("A1");
    expect(toQualifiedA1("Channel scorecard", { row: 4, column: 1, numRows: 6, numColumns: 1 })).toBe("'Channel scorecard'!A4:A9");
  });
});
