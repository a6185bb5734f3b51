/**
 * Ranges in, ranges out: single values broadcast over ranges, and every range must share one shape.
 */
import type { ArgInput, CellInput } from "./cells";

// Bound once: global lookups are slow in sandboxed hosts (see argKinds.ts).
const isArray = Array.isArray;

export interface Shape {
  rows: number;
  columns: number;
}

export interface NamedArg {
  name: string;
  value: ArgInput;
}

export class ShapeMismatch extends Error {}

/** The shape of a range argument, or null for a single value (a 1×1 range counts as one). */
export function shapeOf(value: ArgInput): Shape | null {
  if (!isArray(value)) return null;
  const rows = value.length;
  const columns = rows > 0 && isArray(value[0]) ? value[0].length : 0;
  if (rows === 1 && columns === 1) return null;
  return { rows, columns };
}

export function describeShape({ rows, columns }: Shape): string {
  return `${rows} ${rows === 1 ? "row" : "rows"} × ${columns} ${columns === 1 ? "column" : "columns"}`;
}

/** The one shape all range arguments share (null when all are single values); throws when they differ. */
export function commonShape(args: readonly NamedArg[]): Shape | null {
  let common: Shape | null = null;
  let commonName = "";
  for (const arg of args) {
    const shape = shapeOf(arg.value);
    if (shape === null) continue;
    const ragged = (arg.value as CellInput[][]).some((row) => !isArray(row) || row.length !== shape.columns);
    if (shape.rows === 0 || shape.columns === 0 || ragged) {
      throw new ShapeMismatch(`${arg.name} is not a rectangular range; give a range of cells`);
    }
    if (common === null) {
      common = shape;
      commonName = arg.name;
    } else if (common.rows !== shape.rows || common.columns !== shape.columns) {
      throw new ShapeMismatch(
        `${commonName} is ${describeShape(common)} but ${arg.name} is ${describeShape(shape)}; give ranges of the same size`,
      );
    }
  }
  return common;
}

/** The value of a single-value argument (a 1×1 range gives its one cell). */
export function singleValue(value: ArgInput): CellInput {
  return isArray(value) ? value[0][0] : value;
}

/**
 * Where a cell sits in the range, in words: "in row 3 of the range", "in column 2 of the range" or
 * "in row 3, column 2 of the range"; "" for a single value. A custom function receives values, not
 * addresses: it cannot know sheet rows, and a bare "row 1" would read as the sheet's row 1.
 */
export function describePosition(shape: Shape | null, row: number, column: number): string {
  if (shape === null) return "";
  if (shape.columns === 1) return ` in row ${row + 1} of the range`;
  if (shape.rows === 1) return ` in column ${column + 1} of the range`;
  return ` in row ${row + 1}, column ${column + 1} of the range`;
}
