/**
 * How much of the workbook one formula would read and fill, known from HyperFormula's parse alone
 * (nothing is computed): so that a formula too large for the playground is refused before it runs.
 * Open-ended ranges (B:B, B2:B) count down to the last row holding data, as they read.
 */
import type { HyperFormula, SimpleCellAddress } from "hyperformula";

export interface FormulaReach {
  /** Cells of the ranges and references it reads, added up. */
  read: number;
  /** Cells its result fills: 1 for a single value. */
  filled: number;
}

interface CellRange {
  start: SimpleCellAddress;
  end: SimpleCellAddress;
}

interface Dependency {
  absolutize(base: SimpleCellAddress): CellRange | SimpleCellAddress | unknown;
}

// HyperFormula's parser and array-size predictor are not public; this is the path setCellContents takes.
interface EngineInternals {
  _crudOperations: {
    operations: {
      parser: { parse(formula: string, address: SimpleCellAddress): { ast: unknown; errors: unknown[]; dependencies: Dependency[] } };
      arraySizePredictor: { checkArraySize(ast: unknown, address: SimpleCellAddress): { width: number; height: number } };
    };
  };
}

const isRange = (value: unknown): value is CellRange => typeof value === "object" && value !== null && "start" in value && "end" in value;

function usedSize(engine: HyperFormula, sheet: number): { width: number; height: number } {
  return engine.doesSheetExist(engine.getSheetName(sheet) ?? "") ? engine.getSheetDimensions(sheet) : { width: 0, height: 0 };
}

function cellsOf(engine: HyperFormula, { start, end }: CellRange): number {
  const used = usedSize(engine, start.sheet);
  const lastRow = Number.isFinite(end.row) ? end.row : used.height - 1;
  const lastColumn = Number.isFinite(end.col) ? end.col : used.width - 1;
  return Math.max(0, lastRow - start.row + 1) * Math.max(0, lastColumn - start.col + 1);
}

/** The reach of an engine formula ("=..." as HyperFormula reads it) entered at the address; a formula that does not parse reaches nothing. */
export function formulaReach(engine: HyperFormula, address: SimpleCellAddress, formula: string): FormulaReach {
  const { parser, arraySizePredictor } = (engine as unknown as EngineInternals)._crudOperations.operations;
  const { ast, errors, dependencies } = parser.parse(formula, address);
  if (errors.length > 0) return { read: 0, filled: 1 };
  const read = dependencies.reduce((cells, dependency) => {
    const absolute = dependency.absolutize(address);
    return cells + (isRange(absolute) ? cellsOf(engine, absolute) : 1);
  }, 0);
  const size = arraySizePredictor.checkArraySize(ast, address);
  return { read, filled: Math.max(1, size.width) * Math.max(1, size.height) };
}
