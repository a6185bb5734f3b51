/**
 * Turns a metric on numbers into a custom function on cells and ranges, applying the contract:
 * broadcasting, blank in / blank out, undefined maths is blank, bad input is a clear error.
 */
import type { Metric } from "../metrics";
import { KIND_RULES, type ArgKind } from "./argKinds";
import { commonShape, describePosition, ShapeMismatch, shapeOf, singleValue, type Shape } from "./broadcast";
import { BLANK, type ArgInput, type CellInput, type CellOutput, type FunctionOutput } from "./cells";
import { readCell } from "./coerce";
import { argumentError, functionError } from "./errors";
import { InputProblem } from "./inputProblem";

// Bound once: global lookups are slow in sandboxed hosts (see argKinds.ts).
const isFiniteNumber = Number.isFinite;
const ArrayOfLength = Array;

export interface ParamSpec {
  readonly name: string;
  readonly kind: ArgKind;
  readonly help: string;
  readonly frenchHelp: string;
  /** Present on optional parameters: the value used when the argument is left out. */
  readonly defaultValue?: number;
}

export type CustomFunction = (...args: ArgInput[]) => FunctionOutput;

interface Computation {
  readonly name: string;
  readonly params: readonly ParamSpec[];
  readonly compute: (...values: number[]) => Metric;
}

function readArgument(
  fn: Computation,
  param: ParamSpec,
  raw: CellInput,
  shape: Shape | null,
  row: number,
  column: number,
  grid: CellInput[][] | null,
): number | typeof BLANK {
  const rule = KIND_RULES[param.kind];
  if ((raw === undefined || raw === null) && param.defaultValue !== undefined) return param.defaultValue;
  try {
    const value = readCell(raw);
    if (value !== BLANK && !rule.accepts(value)) throw new InputProblem(`is ${value}`, rule.fix);
    return value;
  } catch (problem) {
    if (!(problem instanceof InputProblem)) throw problem;
    const { found, fix } = isHeader(problem, grid, row, column) ? { found: `${problem.found} (a header?)`, fix: HEADER_FIX } : problem;
    throw argumentError(fn.name, param.name, describePosition(shape, row, column), found, fix);
  }
}

const HEADER_FIX = "start the range below the header, such as B2:B rather than B:B";

/** Text atop numbers: most likely the column's header, in a range such as B:B that starts on it (a column of names is not one). */
function isHeader(problem: InputProblem, grid: CellInput[][] | null, row: number, column: number): boolean {
  return problem.text !== undefined && row === 0 && grid !== null && grid.some((cells, r) => r > 0 && typeof cells[column] === "number");
}

function commonShapeOrError(fn: Computation, args: readonly ArgInput[]): Shape | null {
  try {
    return commonShape(fn.params.map((param, i) => ({ name: param.name, value: args[i] })));
  } catch (mismatch) {
    if (mismatch instanceof ShapeMismatch) throw functionError(fn.name, mismatch.message);
    throw mismatch;
  }
}

export function vectorize(fn: Computation): CustomFunction {
  const arity = fn.params.length;
  const accepts = fn.params.map((param) => KIND_RULES[param.kind].accepts);
  return (...args: ArgInput[]): FunctionOutput => {
    if (args.length > arity) {
      throw functionError(fn.name, `takes ${arity} arguments but was given ${args.length}; remove the extra ones`);
    }
    const shape = commonShapeOrError(fn, args);
    // Single values are read once; ranges cell by cell.
    const grids: (CellInput[][] | null)[] = [];
    // Sized for the longest parameter list, so that compute() never reads past the end (slow in V8).
    const values: (number | typeof BLANK)[] = [0, 0, 0, 0];
    for (let i = 0; i < arity; i++) {
      const isGrid = shapeOf(args[i]) !== null;
      grids.push(isGrid ? (args[i] as CellInput[][]) : null);
      values[i] = isGrid ? BLANK : readArgument(fn, fn.params[i], singleValue(args[i]), null, 0, 0, null);
    }

    const computeAt = (row: number, column: number): CellOutput => {
      let blank = false;
      for (let i = 0; i < arity; i++) {
        const grid = grids[i];
        if (grid !== null) {
          const raw = grid[row][column];
          // Plain numbers in range are the common case: take them without the full reading.
          values[i] = typeof raw === "number" && accepts[i](raw) ? raw : readArgument(fn, fn.params[i], raw, shape, row, column, grid);
        }
        if (values[i] === BLANK) blank = true;
      }
      if (blank) return BLANK;
      const result = fn.compute(values[0] as number, values[1] as number, values[2] as number, values[3] as number);
      if (result === null) return BLANK;
      if (!isFiniteNumber(result)) {
        throw functionError(fn.name, `the result${describePosition(shape, row, column)} is too large for a spreadsheet; check the inputs`);
      }
      return result + 0; // turns -0 into 0
    };

    if (shape === null) return computeAt(0, 0);
    // Preallocated: growing arrays by push leaves garbage that dominates the time on long ranges.
    const output: CellOutput[][] = new ArrayOfLength(shape.rows);
    for (let row = 0; row < shape.rows; row++) {
      const outputRow: CellOutput[] = new ArrayOfLength(shape.columns);
      for (let column = 0; column < shape.columns; column++) outputRow[column] = computeAt(row, column);
      output[row] = outputRow;
    }
    return output;
  };
}
