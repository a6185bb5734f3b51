/** Called by the sidebar: writes one of our formulas into the current cell, in one write call. */
import { FUNCTIONS } from "../functions";
import { cellAddress } from "./cellAddress";
import { formulaToInsert } from "./formulaToInsert";

/** Returns where the formula went, such as "Sheet1!B3". */
export function insertFormula(formula: string): string {
  const checked = formulaToInsert(formula, FUNCTIONS.map((fn) => fn.name));
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const cell = spreadsheet.getCurrentCell() ?? spreadsheet.getActiveRange()?.getCell(1, 1);
  if (!cell) throw new Error("No cell is selected: select a cell, then insert again.");
  cell.setFormula(checked);
  return cellAddress(cell.getSheet().getName(), cell.getA1Notation());
}
