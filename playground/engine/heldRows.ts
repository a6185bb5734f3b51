/**
 * Data sheets whose rows stay out of the engine: the command line's --out writes every row of each
 * export to its data sheet, and three 50,000-row exports would be millions of engine cells (seconds
 * and gigabytes to load) for formulas that sum a few columns. The engine holds such a sheet's lines
 * down to its header; a formula's reference to the sheet is handed to the engine as
 * HELD.ROWS("<the reference, URI-encoded>"), which reads the cells from here, and shown back as
 * typed. Held cells are values (text is text as written, never a formula) that nothing writes
 * while they are held.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, SimpleRangeValue } from "hyperformula";
import type { RawCell } from "../runtime/contract";

export const HELD_ROWS_FUNCTION = "HELD.ROWS";

/** A held cell's value as getValues reads it, empty as null. */
type HeldValue = number | string | boolean | null;
/** A held cell's value as the engine's functions read it. */
type InternalValue = number | string | boolean | typeof EmptyValue;

/** A reference to a held sheet: its 0-based first row and columns; `bottom` null when it runs down to the data's end. */
interface HeldArea {
  sheet: string;
  top: number;
  bottom: number | null;
  left: number;
  right: number;
}

// Text in double quotes is left alone; a sheet is quoted ('Channel data'!) or bare (meta!).
const STRING = /("(?:[^"]|"")*")/;
const REFERENCE = /(?<![\w$.'!])('(?:[^']|'')+'|[A-Za-z_][\w.]*)!(\$?[A-Za-z]{1,3})(\$?\d+)?(?::(\$?[A-Za-z]{1,3})(\$?\d+)?)?(?![\w$(!:])/g;
const ENGINE = new RegExp(String.raw`("(?:[^"]|"")*")|${HELD_ROWS_FUNCTION.replace(".", "\\.")}\("([^"]*)"\)`, "gi");

const sheetNameOf = (written: string) => (written.startsWith("'") ? written.slice(1, -1).replace(/''/g, "'") : written);
const columnNumber = (letters: string) => [...letters.replace("$", "").toUpperCase()].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
const rowNumber = (digits: string) => Number(digits.replace("$", ""));

function areaOf(reference: string): HeldArea | null {
  const match = new RegExp(REFERENCE.source).exec(reference);
  if (!match || match[0] !== reference) return null;
  const [, sheet, fromColumn, fromRow, toColumn, toRow] = match;
  // A column alone is a reference only as a range (B:B).
  if (fromRow === undefined && toColumn === undefined) return null;
  const [left, right] = [columnNumber(fromColumn), columnNumber(toColumn ?? fromColumn)];
  const top = fromRow === undefined ? 1 : rowNumber(fromRow);
  const bottom = toColumn === undefined ? top : toRow === undefined ? null : rowNumber(toRow);
  return { sheet: sheetNameOf(sheet).toLowerCase(), top: Math.min(top, bottom ?? top) - 1, bottom: bottom === null ? null : Math.max(top, bottom) - 1, left: Math.min(left, right) - 1, right: Math.max(left, right) - 1 };
}

const valueOf = (cell: RawCell | undefined): HeldValue => (cell === undefined || cell === "" ? null : cell);

/** A held sheet: every cell (text as written, never a formula), and the number formats of its cells (null where none). */
export interface HeldSheet {
  cells: readonly (readonly RawCell[])[];
  formats: readonly (readonly (string | null)[])[];
}

/** The held sheets of one workbook, by lower-case sheet name. */
export class HeldRows {
  private readonly sheets: ReadonlyMap<string, HeldSheet>;
  /** Each reference's values, read once: a scorecard's cells read the same columns again and again. */
  private readonly read = new Map<string, InternalValue[][]>();
  private readonly figures = new Map<string, unknown>();
  /** The reference each HELD.ROWS result was read from, for indexes of held rows (indexedSumifs.ts). */
  private readonly references = new WeakMap<SimpleRangeValue, string>();
  /** The sheets still held: one written to is released into the engine (see Workbook.releaseHeld). */
  private held: Set<string>;

  constructor(sheets: ReadonlyMap<string, HeldSheet>) {
    this.sheets = new Map([...sheets].map(([name, sheet]) => [name.toLowerCase(), sheet]));
    this.held = new Set(this.sheets.keys());
  }

  holds(sheetName: string): boolean {
    return this.held.has(sheetName.toLowerCase());
  }

  /** The sheet's cells and formats, no longer held from now on. */
  release(sheetName: string): HeldSheet {
    this.held.delete(sheetName.toLowerCase());
    return this.sheets.get(sheetName.toLowerCase())!;
  }

  /** The names of the sheets held now, and back to holding them (a workbook restored to a state before a release). */
  heldNames(): string[] {
    return [...this.held];
  }

  holdAgain(names: readonly string[]): void {
    this.held = new Set(names);
  }

  /** A held sheet as its saved file keeps it: each text with a leading ', as a user types text to keep it text, never a formula or a number. */
  saved(sheetName: string): HeldSheet {
    const { cells, formats } = this.sheets.get(sheetName.toLowerCase())!;
    return { cells: cells.map((row) => row.map((cell) => (typeof cell === "string" && cell !== "" ? `'${cell}` : cell))), formats };
  }

  /** The rows and columns of a held sheet's cells. */
  size(sheetName: string): { rows: number; columns: number } {
    const cells = this.sheets.get(sheetName.toLowerCase())?.cells ?? [];
    return { rows: cells.length, columns: cells.reduce((widest, row) => Math.max(widest, row.length), 0) };
  }

  /** A block's values as getValues reads them (0-based first row and column). */
  block(sheetName: string, row: number, column: number, numRows: number, numColumns: number): HeldValue[][] {
    const cells = this.sheets.get(sheetName.toLowerCase())?.cells ?? [];
    return Array.from({ length: numRows }, (_, r) => Array.from({ length: numColumns }, (_, c) => valueOf(cells[row + r]?.[column + c])));
  }

  /** A held cell's number format (0-based row and column), or null. */
  formatAt(sheetName: string, row: number, column: number): string | null {
    return this.sheets.get(sheetName.toLowerCase())?.formats[row]?.[column] ?? null;
  }

  /** A block's number formats (0-based first row and column), null where none. */
  formatBlock(sheetName: string, row: number, column: number, numRows: number, numColumns: number): (string | null)[][] {
    return Array.from({ length: numRows }, (_, r) => Array.from({ length: numColumns }, (_, c) => this.formatAt(sheetName, row + r, column + c)));
  }

  /** The formula with its references to held sheets handed to HELD.ROWS; anything else unchanged. */
  toEngine(formula: string): string {
    if (!formula.startsWith("=")) return formula;
    return formula
      .split(STRING)
      .map((part, i) => (i % 2 === 1 ? part : part.replace(REFERENCE, (reference: string, sheet: string) => (this.holds(sheetNameOf(sheet)) && areaOf(reference) ? `${HELD_ROWS_FUNCTION}("${encodeURIComponent(reference)}")` : reference))))
      .join("");
  }

  /** A figure of held rows (such as SUM of a reference), computed the first time only: the rows never change. */
  aggregate(key: string, compute: () => unknown): unknown {
    if (!this.figures.has(key)) this.figures.set(key, compute());
    return this.figures.get(key);
  }

  /** True when the reference (URI-encoded) is to a held sheet. */
  reads(encoded: string): boolean {
    const area = areaOf(decodeURIComponent(encoded));
    return area !== null && this.holds(area.sheet);
  }

  /** The numbers of a held reference, row by row; null when it is not a held sheet's. */
  numbers(encoded: string): number[] | null {
    const area = areaOf(decodeURIComponent(encoded));
    if (!area || !this.holds(area.sheet)) return null;
    const block = this.block(area.sheet, area.top, area.left, this.bottomOf(area) - area.top + 1, area.right - area.left + 1);
    return block.flat().filter((value): value is number => typeof value === "number");
  }

  /** The held reference a HELD.ROWS result was read from, or undefined for any other array. */
  referenceOf(values: SimpleRangeValue): string | undefined {
    return this.references.get(values);
  }

  /** The size of a HELD.ROWS result. */
  sizeOf(encoded: string): ArraySize {
    const area = areaOf(decodeURIComponent(encoded));
    if (!area || !this.holds(area.sheet)) return ArraySize.scalar();
    return new ArraySize(area.right - area.left + 1, this.bottomOf(area) - area.top + 1);
  }

  /** A HELD.ROWS result: the cells of the reference, a single cell as its value. */
  values(encoded: string): SimpleRangeValue | number | string | boolean | typeof EmptyValue | CellError {
    const area = areaOf(decodeURIComponent(encoded));
    if (!area || !this.holds(area.sheet)) return new CellError(ErrorType.REF, `${HELD_ROWS_FUNCTION} reads a held sheet's cells.`);
    let rows = this.read.get(encoded);
    if (!rows) {
      rows = this.block(area.sheet, area.top, area.left, this.bottomOf(area) - area.top + 1, area.right - area.left + 1).map((row) => row.map((value) => value ?? EmptyValue));
      this.read.set(encoded, rows);
    }
    if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
    // A copy each time: HyperFormula's array arithmetic writes its results over the arrays it is given.
    const values = SimpleRangeValue.onlyValues(rows.map((row) => row.slice()));
    this.references.set(values, encoded);
    return values;
  }

  /** An open-ended reference runs down to the held rows' end (at least its first row). */
  private bottomOf(area: HeldArea): number {
    return area.bottom ?? Math.max(area.top, this.size(area.sheet).rows - 1);
  }
}

/** The formula as typed: each HELD.ROWS("...") its reference again. */
export function fromHeldReferences(formula: string): string {
  if (!formula.startsWith("=") || !formula.toUpperCase().includes(HELD_ROWS_FUNCTION)) return formula;
  return formula.replace(ENGINE, (match, literal: string | undefined, encoded: string) => (literal !== undefined ? match : decodeURIComponent(encoded)));
}

// HyperFormula hands its function plugins their engine's dependency graph: the held rows are found by it,
// or, while an engine is being built (its formulas computed before it is returned), as the ones it is built with.
const heldByGraph = new WeakMap<object, HeldRows>();
let building: HeldRows | null = null;

/** Builds an engine whose HELD.ROWS read these rows (none when null). */
export function withHeldRows<T extends object>(held: HeldRows | null, build: () => T): T {
  building = held;
  try {
    const engine = build();
    if (held) heldByGraph.set((engine as unknown as { dependencyGraph: object }).dependencyGraph, held);
    return engine;
  } finally {
    building = null;
  }
}

export function heldRowsOf(dependencyGraph: object): HeldRows | undefined {
  return heldByGraph.get(dependencyGraph) ?? building ?? undefined;
}
