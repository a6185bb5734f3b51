/**
 * How large a formula the playground computes. One typed formula reading two million-row ranges
 * took seconds of every request and gigabytes; one spilling a million rows made every later save,
 * view and restart crawl. Such a formula is refused with its size before it is computed (Sheets
 * itself caps a spreadsheet at 10 million cells, and errors on a result past the sheet's edge).
 */
import type { HyperFormula } from "hyperformula";
import { toQualifiedA1 } from "../emulation/a1";
import { engineContent } from "../emulation/cellContent";
import { createEngine, type FunctionTable } from "../engine";
import { formulaReach } from "../engine/formulaReach";
import type { WorkbookFile } from "./workbookFile";

/** Cells one formula may read, its ranges added up: a tenth of Sheets' whole-spreadsheet limit. */
export const MAX_FORMULA_READ_CELLS = 1_000_000;
/**
 * Cells one formula's result may fill: 100,000 rows of one column, as many as one paste may hold.
 * Every cell filled is computed, shown and exported: 100,000 of them take seconds to download as .xlsx.
 */
export const MAX_FORMULA_RESULT_CELLS = 100_000;

const count = (n: number) => n.toLocaleString("en-US");

interface FormulaCell {
  sheet: { name: string; engineId: number };
  /** 1-based. */
  row: number;
  column: number;
  /** As the engine reads it ("=..."). */
  formula: string;
}

function reachOf(engine: HyperFormula, { sheet, row, column, formula }: FormulaCell) {
  const reach = formulaReach(engine, { sheet: sheet.engineId, row: row - 1, col: column - 1 }, formula);
  return { ...reach, where: toQualifiedA1(sheet.name, { row, column, numRows: 1, numColumns: 1 }) };
}

function resultProblem({ filled, where }: { filled: number; where: string }): string | null {
  if (filled <= MAX_FORMULA_RESULT_CELLS) return null;
  return `The formula in ${where} would fill ${count(filled)} cells; the playground takes results of at most ${count(MAX_FORMULA_RESULT_CELLS)} cells. Give it fewer rows.`;
}

/** Why a typed formula is too large to compute (what it reads, or what it fills), or null. */
export function formulaTooLarge(engine: HyperFormula, cell: FormulaCell): string | null {
  const reach = reachOf(engine, cell);
  if (reach.read > MAX_FORMULA_READ_CELLS) {
    return `The formula in ${reach.where} reads ${count(reach.read)} cells; the playground computes formulas reading at most ${count(MAX_FORMULA_READ_CELLS)}. Give its ranges fewer rows (B2:B stops at the last row of data).`;
  }
  return resultProblem(reach);
}

/** Every formula of a workbook file, with its sheet and place (1-based). */
function formulasOf(file: WorkbookFile): { sheet: WorkbookFile["sheets"][number]; row: number; column: number; cell: string }[] {
  const formulas: ReturnType<typeof formulasOf> = [];
  for (const sheet of file.sheets) {
    sheet.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (typeof cell === "string" && cell.startsWith("=")) formulas.push({ sheet, row: r + 1, column: c + 1, cell });
      }),
    );
  }
  return formulas;
}

/**
 * Throws on the first formula of a workbook file whose result is too large (such a file would
 * never finish opening). Read from the formulas alone, in an engine holding none of the data.
 */
export function checkFormulaResults(file: WorkbookFile, table: FunctionTable): void {
  const formulas = formulasOf(file);
  // Data alone (a CSV file's cells) has nothing to tell: no engine is built for it.
  if (formulas.length === 0) return;
  const names = new Set(file.sheets.map((sheet) => sheet.name.toLowerCase()));
  const engine = createEngine(table, { sheets: Object.fromEntries(file.sheets.map((sheet) => [sheet.name, []])) });
  try {
    for (const { sheet, row, column, cell } of formulas) {
      const formula = engineContent(cell, (name) => names.has(name.toLowerCase()), new Set());
      const problem = resultProblem(reachOf(engine, { sheet: { name: sheet.name, engineId: engine.getSheetId(sheet.name)! }, row, column, formula: String(formula) }));
      if (problem) throw new Error(problem);
    }
  } finally {
    engine.destroy();
  }
}
