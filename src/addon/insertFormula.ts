/** Called by the sidebar: writes one of our formulas into the current cell, formatted for its result. */
import { functionCatalog, FUNCTIONS, resultNumberFormatOf } from "../functions";
import { requestMessages } from "../i18n";
import { cellAddress } from "./cellAddress";
import { formulaToInsert } from "./formulaToInsert";
import { userLanguage } from "./userLanguage";

// What getNumberFormat() answers for a cell nobody formatted.
const UNFORMATTED = new Set(["", "General", "0.###############"]);

/** Returns where the formula went, such as "Sheet1!B3". */
export function insertFormula(formula: string): string {
  const messages = requestMessages(userLanguage());
  const checked = formulaToInsert(formula, FUNCTIONS.map((fn) => fn.name), messages);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const cell = spreadsheet.getCurrentCell() ?? spreadsheet.getActiveRange()?.getCell(1, 1);
  if (!cell) throw new Error(messages.noCellSelected);
  cell.setFormula(checked);
  // A format the user chose is kept; an unformatted cell shows the result as it reads best.
  const numberFormat = resultNumberFormatOf(checked, functionCatalog());
  if (numberFormat && UNFORMATTED.has(cell.getNumberFormat())) cell.setNumberFormat(numberFormat);
  return cellAddress(cell.getSheet().getName(), cell.getA1Notation());
}
