/**
 * Random cases for the native twins: rows of inputs (blanks, zeros, texts, negatives, rates,
 * amounts) given to a function cell by cell and as ranges, some arguments typed as literals, and
 * what our function computes on them, to compare with what an engine computes from the twins.
 */
import fc from "fast-check";
import { customFunctions, FUNCTIONS, portableFormula, type FunctionSpec } from "../../src/functions";

/** A cell of input: null is an empty cell. */
export type InputCell = number | string | null;

export interface TwinCase {
  readonly name: string;
  /** One row per element, one cell per argument given. */
  readonly rows: readonly (readonly InputCell[])[];
  /** Per argument: a number typed in the formula instead of its column, or null to read the column. */
  readonly literals: readonly (number | null)[];
}

/** What a cell shows: a number, a blank, or an error. */
export type Outcome = number | "" | "error";

const inputCell: fc.Arbitrary<InputCell> = fc.oneof(
  fc.constant(null),
  fc.constant(0),
  fc.integer({ min: -1000, max: -1 }),
  fc.double({ min: -1, max: -0.001, noNaN: true }),
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.double({ min: 0.001, max: 100_000, noNaN: true }),
  fc.double({ min: 0.0001, max: 1, noNaN: true }),
  fc.constantFrom(0.009, 0.02, 0.9, 1, 9, 1000, 0.003, 1.5, 2),
  fc.constantFrom("abc", "n/a", "Facebook"),
);

const literal: fc.Arbitrary<number | null> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1000, 0.02, 0.009, 2, 100, -5) },
);

/** Cases of one function: 1 to 6 rows; ROI with or without its margin. */
export function twinCases(spec: FunctionSpec): fc.Arbitrary<TwinCase> {
  const required = spec.params.filter((param) => param.defaultValue === undefined).length;
  return fc.integer({ min: required, max: spec.params.length }).chain((arity) =>
    fc.record({
      name: fc.constant(spec.name),
      rows: fc.array(fc.array(inputCell, { minLength: arity, maxLength: arity }), { minLength: 1, maxLength: 6 }),
      // At least one argument reads its column, so the range call has ranges.
      literals: fc.array(literal, { minLength: arity, maxLength: arity }).map((values) => (values.every((value) => value !== null) ? [null, ...values.slice(1)] : values)),
    }),
  );
}

export const SPECS = FUNCTIONS;

const COLUMNS = "ABCD";

/** The call of a case's row `row` (1-based, on the sheet), or of all its rows as ranges when `row` is null; its first row at `top`. */
export function callOf(twinCase: TwinCase, top: number, row: number | null): string {
  const bottom = top + twinCase.rows.length - 1;
  const args = twinCase.literals.map((value, i) => {
    if (value !== null) return String(value);
    return row === null ? `${COLUMNS[i]}${top}:${COLUMNS[i]}${bottom}` : `${COLUMNS[i]}${row}`;
  });
  return `=${twinCase.name}(${args.join(", ")})`;
}

/** The native twin of a call, which must be rewritable. */
export function twinOf(call: string): string {
  const portable = portableFormula(call);
  if (!portable.rewritten) throw new Error(`${call} was not rewritten: ${"problem" in portable ? portable.problem : "no call found"}`);
  return portable.formula;
}

function outcomeOf(compute: () => unknown): Outcome | Outcome[] {
  try {
    const output = compute();
    return Array.isArray(output) ? output.map((row: unknown[]) => row[0] as Outcome) : (output as Outcome);
  } catch {
    return "error";
  }
}

/** The arguments of one row as Sheets hands them to our function: literals typed in the call, empty cells as "". */
const rowArguments = (twinCase: TwinCase, row: readonly InputCell[]) => row.map((cell, i) => twinCase.literals[i] ?? cell ?? "");

const rowOutcome = (name: string, args: readonly (number | string)[]) => outcomeOf(() => customFunctions[name](...args)) as Outcome;

/** What our function gives for each row of a case, cell by cell (Sheets hands it empty cells as ""). */
export function ourRowOutcomes(twinCase: TwinCase): Outcome[] {
  return twinCase.rows.map((row) => rowOutcome(twinCase.name, rowArguments(twinCase, row)));
}

/** The double `steps` units in the last place away from zero from a non-zero number (toward zero when `steps` is negative). */
function nudged(value: number, steps: number): number {
  const bits = new BigInt64Array(new Float64Array([value]).buffer);
  bits[0] += BigInt(steps);
  return new Float64Array(bits.buffer)[0];
}

/**
 * The numbers our function gives for one row when one number it reads moves by one or two units in
 * the last place: enough to move the quotient it rounds by about one unit in its own last place
 * (a double's relative unit spans a factor of 2), never the several units that would carry an
 * exact whole number across the 15th digit's halfway point. Rounding to a whole number at 15
 * significant digits must not be fooled by binary floating point (DESIGN.md §2), so a quotient
 * within that noise of the halfway point may round either way: an engine's ROUND(q, digits), whose
 * q x 10^digits is itself rounded, picks its side by its own noise. Zeros stay zero (they are
 * blanks or refusals, not noise).
 */
function noiseNumbers(twinCase: TwinCase, row: readonly InputCell[]): Set<number> {
  const args = rowArguments(twinCase, row);
  const moved = args.flatMap((arg, i) =>
    typeof arg === "number" && arg !== 0 ? [1, 2, -1, -2].map((steps) => args.map((other, j) => (j === i ? nudged(arg, steps) : other))) : [],
  );
  return new Set(moved.map((variant) => rowOutcome(twinCase.name, variant)).filter((outcome): outcome is number => typeof outcome === "number"));
}

/** What our function gives over the case's columns as ranges: one outcome per row, or "error" for the whole range. */
export function ourRangeOutcome(twinCase: TwinCase): Outcome[] | "error" {
  const args = twinCase.literals.map((value, i) => value ?? twinCase.rows.map((row) => [row[i] ?? ""]));
  const outcome = outcomeOf(() => customFunctions[twinCase.name](...args));
  return outcome === "error" ? "error" : Array.isArray(outcome) ? outcome : twinCase.rows.map(() => outcome as Outcome);
}

/** Equal as a spreadsheet shows them: both errors, both blank, or numbers equal to 1e-9 of their size. */
export function sameOutcome(ours: Outcome, twin: Outcome): boolean {
  if (typeof ours === "number" && typeof twin === "number") return Math.abs(ours - twin) <= 1e-9 * Math.max(1, Math.abs(ours));
  return ours === twin;
}

/** Checks an engine's twins against our function on one case; a list of differences, empty when they agree. */
export function differences(twinCase: TwinCase, singleTwins: readonly Outcome[], rangeTwin: readonly Outcome[]): string[] {
  const found: string[] = [];
  const rows = ourRowOutcomes(twinCase);
  // A twin's number the function gives on the row's inputs moved by their binary noise.
  const noise = (r: number, twin: Outcome) => typeof twin === "number" && noiseNumbers(twinCase, twinCase.rows[r]).has(twin);
  rows.forEach((ours, r) => {
    if (!sameOutcome(ours, singleTwins[r]) && !noise(r, singleTwins[r])) found.push(`row ${r + 1}: ${JSON.stringify(twinCase.rows[r])} gives ${ours}, its twin ${singleTwins[r]}`);
    // Over ranges the twin refuses the bad rows only, and each of its rows is the row's own twin.
    if (!sameOutcome(singleTwins[r], rangeTwin[r])) found.push(`row ${r + 1} over ranges: ${rangeTwin[r]}, not ${singleTwins[r]} as alone`);
  });
  const range = ourRangeOutcome(twinCase);
  if (range === "error" ? !rangeTwin.includes("error") : range.some((ours, r) => !sameOutcome(ours, rangeTwin[r]) && !noise(r, rangeTwin[r]))) {
    found.push(`over ranges: ours ${JSON.stringify(range)}, the twin ${JSON.stringify(rangeTwin)}`);
  }
  return found;
}
