/**
 * Open-ended ranges read down to their data: what a custom function receives for "B2:B" and "B:B",
 * and what OPEN.RANGE(B2, B:B) (see openRanges.ts) gives, is the column down to the last row that
 * holds data, not a million blank rows. Sheets hands over every row to the grid's end; blank rows
 * give blank results, so stopping at the data changes no figure and keeps the spilled result, and
 * the engine's memory, the size of the data.
 */
import { EmptyValue, SimpleRangeValue } from "hyperformula";
import type { FunctionPlugin } from "hyperformula";
import { OPEN_RANGE_FUNCTION } from "./openRanges";

type Ast = Parameters<FunctionPlugin["arraySizeForAst"]>[0];
type InterpreterState = Parameters<FunctionPlugin["arraySizeForAst"]>[1];
type DependencyGraph = FunctionPlugin["dependencyGraph"];

interface Address {
  sheet: number;
  row: number;
  col: number;
}

// The parts of HyperFormula's syntax-tree nodes read here (its AST types and node-type enum are not exported).
interface ColumnRangeAst {
  type: "COLUMN_RANGE";
  start: { toSimpleColumnAddress(base: Address): { sheet: number; col: number } };
  end: { toSimpleColumnAddress(base: Address): { sheet: number; col: number } };
}
interface CellReferenceAst {
  type: "CELL_REFERENCE";
  reference: { toSimpleCellAddress(base: Address): Address };
}
interface FunctionCallAst {
  type: "FUNCTION_CALL";
  procedureName: string;
  args: Ast[];
}
type ReadAst = ColumnRangeAst | CellReferenceAst | FunctionCallAst | { type: "OTHER" };

/** The columns and first row (0-based) of an open-ended range. */
export interface OpenArea {
  sheet: number;
  top: number;
  left: number;
  right: number;
}

function columnsOf(ast: ColumnRangeAst, base: Address): OpenArea {
  const [from, to] = [ast.start.toSimpleColumnAddress(base), ast.end.toSimpleColumnAddress(base)];
  return { sheet: from.sheet, top: 0, left: Math.min(from.col, to.col), right: Math.max(from.col, to.col) };
}

/** The area of OPEN.RANGE's arguments (a first cell, then its columns), or null when they are not those. */
export function openRangeArea(args: readonly Ast[], state: InterpreterState): OpenArea | null {
  const [first, columns] = args as unknown as ReadAst[];
  if (args.length !== 2 || first.type !== "CELL_REFERENCE" || columns.type !== "COLUMN_RANGE") return null;
  const start = first.reference.toSimpleCellAddress(state.formulaAddress);
  return { ...columnsOf(columns, state.formulaAddress), top: start.row };
}

/** The area of "B:B", or of "B2:B" as the engine reads it; null for any other argument. */
export function openArea(ast: Ast, state: InterpreterState): OpenArea | null {
  const node = ast as unknown as ReadAst;
  if (node.type === "COLUMN_RANGE") return columnsOf(node, state.formulaAddress);
  if (node.type === "FUNCTION_CALL" && node.procedureName === OPEN_RANGE_FUNCTION) return openRangeArea(node.args, state);
  return null;
}

/** The last row (0-based) of the area that holds data; the area's first row when none does. */
export function lastUsedRow(graph: DependencyGraph, area: OpenArea): number {
  for (let row = graph.getSheetHeight(area.sheet) - 1; row > area.top; row--) {
    for (let col = area.left; col <= area.right; col++) {
      if (graph.getScalarValue({ sheet: area.sheet, row, col }) !== EmptyValue) return row;
    }
  }
  return area.top;
}

/** The area's cells down to `bottom`, read from the engine. */
export function openAreaValues(graph: DependencyGraph, area: OpenArea, bottom: number): SimpleRangeValue {
  const rows = Array.from({ length: Math.max(1, bottom - area.top + 1) }, (_, r) =>
    Array.from({ length: area.right - area.left + 1 }, (_, c) => graph.getScalarValue({ sheet: area.sheet, row: area.top + r, col: area.left + c })),
  );
  return SimpleRangeValue.onlyValues(rows);
}
