/** Called by the sidebar: writes one of our formulas into the current cell, formatted for its result. */
import { functionCatalog, FUNCTIONS, portableFormula, resultNumberFormatOf } from "../functions";
import { requestMessages } from "../i18n";
import { cellAddress } from "./cellAddress";
import { formulaToInsert } from "./formulaToInsert";
import { userLanguage } from "./userLanguage";
import type { FormulaInsertion } from "./insertion";

// What getNumberFormat() answers for a cell nobody formatted.
const UNFORMATTED = new Set(["", "General", "0.###############"]);

/**
 * A formula already in the cell is replaced only when `replacing` names that cell (such as
 * "Sheet1!B3"), as the sidebar does once the user agreed; otherwise nothing is written and the
 * answer says which formula is there. A value or a blank cell is written over without asking.
 * With `native`, the formula is written as its native twin, which works in any file.
 */
export function insertFormula(formula: string, replacing?: string | null, native?: boolean): FormulaInsertion {
  const messages = requestMessages(userLanguage());
  const ours = formulaToInsert(formula, FUNCTIONS.map((fn) => fn.name), messages);
  const checked = native === true ? portableFormula(ours).formula : ours;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const cell = spreadsheet.getCurrentCell() ?? spreadsheet.getActiveRange()?.getCell(1, 1);
  if (!cell) throw new Error(messages.noCellSelected);
  const address = cellAddress(cell.getSheet().getName(), cell.getA1Notation());
  const existing = cell.getFormula();
  if (existing !== "" && replacing !== address) return { status: "holdsFormula", cell: address, formula: existing };
  cell.setFormula(checked);
  // A format the user chose is kept; an unformatted cell shows the result as it reads best.
  const numberFormat = resultNumberFormatOf(ours, functionCatalog());
  if (numberFormat && UNFORMATTED.has(cell.getNumberFormat())) cell.setNumberFormat(numberFormat);
  return { status: "inserted", cell: address };
}
