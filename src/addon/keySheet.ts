/**
 * Writes a linked scorecard's key sheet (see scorecard/linkedInput) in a fixed number of service
 * calls, whatever the number of rows: the add-on's own sheet, marked and protected like the
 * scorecard, rebuilt only when it carries that mark, with just the columns its formulas fill.
 * It is hidden once the scorecard is the sheet shown (see buildScorecard).
 */
import type { KeySheetPlan } from "../scorecard/plan";
import type { BuildTarget } from "../scorecard/target";
import { ensureGrid, ownSheet } from "./ownedSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const KEYS_METADATA_KEY = "socialRoi.scorecardKeys";

export function writeKeySheet(spreadsheet: Spreadsheet, plan: KeySheetPlan, target: BuildTarget, protectionNote: string): Sheet {
  const sheet = ownSheet(spreadsheet, target, KEYS_METADATA_KEY, protectionNote);
  // The rows the array results fill must exist beforehand.
  ensureGrid(sheet, plan.lastRow);
  // A sheet keeps one column at least, even when every source's names are one per source (no key to compute).
  const columns = plan.blocks.reduce((widest, block) => Math.max(widest, block.firstColumn + block.formulas.length - 1), 1);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  // A block per source: their number, never the channels', sets the number of calls.
  for (const block of plan.blocks) sheet.getRange(block.firstRow, block.firstColumn, 1, block.formulas.length).setFormulas([block.formulas]);
  return sheet;
}
