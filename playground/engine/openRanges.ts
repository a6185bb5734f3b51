/**
 * Open-ended ranges as Sheets reads them: "B2:B" runs from B2 down to the sheet's last row.
 * HyperFormula has no such syntax, and a range written down to its last row would make it track
 * a million cells; so "B2:B" is handed to it as OPEN.RANGE(B2, B:B), a function of ours that reads
 * the column from B2 down to its data (its whole-column argument makes edits below recompute it),
 * and shown back as it was typed. Whole columns ("B:B") are HyperFormula's own syntax.
 */

import type { HyperFormula, SimpleCellAddress } from "hyperformula";
import { lastUsedRow } from "./openRangeArgument";
import { typedUnresolvedFormula } from "./unresolvedSheets";
import { fromHeldReferences } from "./heldRows";

export const OPEN_RANGE_FUNCTION = "OPEN.RANGE";

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
const TYPED = new RegExp(String.raw`(?<![\w$.'!])(${SHEET})?(${COLUMN})(${ROW}):(${COLUMN})(?![\w$(!:])`, "g");
const ENGINE = new RegExp(String.raw`OPEN\.RANGE\(\s*(${SHEET})?(${COLUMN})(${ROW})\s*,\s*(?:${SHEET})?${COLUMN}:(${COLUMN})\s*\)`, "gi");
// Text in double quotes is left alone.
const STRING = /("(?:[^"]|"")*")/;

function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split(STRING)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join("");
}

/** The formula as HyperFormula reads it; anything that is not a formula is returned unchanged. */
export function toEngineFormula(input: string): string {
  if (!input.startsWith("=")) return input;
  return outsideStrings(input, (code) =>
    code.replace(TYPED, (_, sheet = "", column: string, row: string, lastColumn: string) =>
      `${OPEN_RANGE_FUNCTION}(${sheet}${column}${row}, ${sheet}${column}:${lastColumn})`,
    ),
  );
}

/** The formula with each open-ended range closed at a row, for files that have no such syntax: "B2:B" -> "B2:B1048576". */
export function withOpenRangesClosed(formula: string, lastRow: number): string {
  if (!formula.startsWith("=")) return formula;
  return outsideStrings(formula, (code) =>
    code.replace(TYPED, (_, sheet = "", column: string, row: string, lastColumn: string) =>
      `${sheet}${column}${row}:${lastColumn}${lastColumn.startsWith("$") ? "$" : ""}${lastRow}`,
    ),
  );
}

/** The formula as the user typed it: OPEN.RANGE(B2, B:B) reads "B2:B" again, a formula over a missing sheet reads as typed. */
export function fromEngineFormula(formula: string): string {
  const unresolved = typedUnresolvedFormula(formula);
  if (unresolved !== null) return unresolved;
  const typed = fromHeldReferences(formula);
  if (!typed.startsWith("=") || !/OPEN\.RANGE\(/i.test(typed)) return typed;
  return outsideStrings(typed, (code) =>
    code.replace(ENGINE, (_, sheet = "", column: string, row: string, lastColumn: string) => `${sheet}${column}${row}:${lastColumn}`),
  );
}

interface GraphVertex {
  getAddress?(service: unknown): SimpleCellAddress;
}
interface ColumnsVertex extends GraphVertex {
  start: SimpleCellAddress;
  end: SimpleCellAddress;
}
interface EngineGraph {
  lazilyTransformingAstService: unknown;
  graph: { getInfiniteRanges(): ColumnsVertex[]; adjacentNodes(node: GraphVertex): Set<GraphVertex> };
}

// Per engine, the last row holding data of each set of whole columns read, when its readers were last entered.
const lastRowsSeen = new WeakMap<HyperFormula, Map<string, number>>();

/**
 * Enters again every formula reading an open-ended range: HyperFormula sizes a spilled result
 * when its formula is entered, so a result over "B2:B" reaches new rows of data only so.
 * Those formulas are the ones that read a whole column (OPEN.RANGE's second argument, or a typed
 * "B:B"): HyperFormula's graph lists them, so the other formulas of the workbook are not read.
 * A result's size follows only the last row holding data, so the formulas over columns whose last
 * row has not moved since they were last entered are left alone: entering one again re-reads its
 * whole column (50,000 rows for a linked scorecard's check of spend left out).
 */
export function refreshOpenRanges(engine: HyperFormula): void {
  const dependencies = (engine as unknown as { dependencyGraph: EngineGraph }).dependencyGraph;
  const seen = lastRowsSeen.get(engine) ?? new Map<string, number>();
  lastRowsSeen.set(engine, seen);
  const readers = new Map<string, SimpleCellAddress>();
  for (const column of dependencies.graph.getInfiniteRanges()) {
    const area = { sheet: column.start.sheet, top: 0, left: column.start.col, right: column.end.col };
    const key = `${area.sheet}:${area.left}:${area.right}`;
    const lastRow = lastUsedRow((engine as unknown as { dependencyGraph: Parameters<typeof lastUsedRow>[0] }).dependencyGraph, area);
    if (seen.get(key) === lastRow) continue;
    seen.set(key, lastRow);
    for (const vertex of dependencies.graph.adjacentNodes(column)) {
      const address = vertex.getAddress?.(dependencies.lazilyTransformingAstService);
      if (address) readers.set(`${address.sheet}:${address.row}:${address.col}`, address);
    }
  }
  const formulas = [...readers.values()].flatMap((address): [SimpleCellAddress, string][] => {
    const formula = engine.getCellFormula(address);
    return formula ? [[address, formula]] : [];
  });
  if (formulas.length > 0) engine.batch(() => formulas.forEach(([address, formula]) => engine.setCellContents(address, formula)));
}
