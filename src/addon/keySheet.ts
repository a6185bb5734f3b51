/**
 * Writes a linked scorecard's key sheet (see scorecard/linkedInput) in a fixed number of service
 * calls, whatever the number of rows: the add-on's own sheet, marked like the scorecard, rebuilt
 * only when it carries that mark.
 */
import type { KeySheetPlan } from "../scorecard/plan";
import type { BuildTarget } from "../scorecard/target";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const KEYS_METADATA_KEY = "socialRoi.scorecardKeys";

export function writeKeySheet(spreadsheet: Spreadsheet, plan: KeySheetPlan, target: BuildTarget): void {
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | null;
  if ("insert" in target) {
    sheet = spreadsheet.insertSheet(target.insert);
    sheet.addDeveloperMetadata(KEYS_METADATA_KEY, JSON.stringify({ version: 1 }));
  } else {
    sheet = spreadsheet.getSheetByName(target.rebuild);
    if (!sheet) throw new Error(`The sheet ${target.rebuild} was removed while building; build again.`);
    sheet.clear();
  }
  // The rows the array results fill must exist beforehand.
  const maxRows = sheet.getMaxRows();
  if (maxRows < plan.lastRow) sheet.insertRowsAfter(maxRows, plan.lastRow - maxRows);
  sheet.getRange(plan.firstRow, 1, 1, plan.formulas.length).setFormulas([plan.formulas]);
}
