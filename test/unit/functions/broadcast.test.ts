import { describe, expect, it } from "vitest";
import { commonShape, describePosition, describeShape, shapeOf, ShapeMismatch } from "../../../src/functions/broadcast";

describe("broadcasting", () => {
  it("treats single values and 1×1 ranges as single values", () => {
    expect(shapeOf(5)).toBeNull();
    expect(shapeOf([[5]])).toBeNull();
    expect(shapeOf([[1], [2]])).toEqual({ rows: 2, columns: 1 });
  });

  it("finds the shape ranges share, ignoring single values", () => {
    const shape = commonShape([
      { name: "cost", value: [[1, 2], [3, 4], [5, 6]] },
      { name: "conversions", value: 7 },
    ]);
    expect(shape).toEqual({ rows: 3, columns: 2 });
    expect(commonShape([{ name: "cost", value: 1 }])).toBeNull();
  });

  it("names both shapes when ranges differ", () => {
    expect(() =>
      commonShape([
        { name: "cost", value: [[1], [2], [3]] },
        { name: "conversions", value: [[1], [2]] },
      ]),
    ).toThrow(new ShapeMismatch("cost is 3 rows × 1 column but conversions is 2 rows × 1 column; give ranges of the same size"));
  });

  it("rejects ragged arrays", () => {
    expect(() => commonShape([{ name: "cost", value: [[1, 2], [3]] }])).toThrow(/cost is not a rectangular range/);
  });

  it("describes shapes and positions in words", () => {
    expect(describeShape({ rows: 1, columns: 3 })).toBe("1 row × 3 columns");
    expect(describePosition(null, 0, 0)).toBe("");
    expect(describePosition({ rows: 9, columns: 1 }, 2, 0)).toBe(" in row 3 of the range");
    expect(describePosition({ rows: 1, columns: 9 }, 0, 1)).toBe(" in column 2 of the range");
    expect(describePosition({ rows: 4, columns: 2 }, 2, 1)).toBe(" in row 3, column 2 of the range");
  });
});
