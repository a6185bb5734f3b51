/**
 * Writes a live joined table's match sheet (see scorecard/matchSheet.ts) in a fixed number of
 * service calls, whatever the number of values: the add-on's own sheet, marked and protected like
 * the scorecard (a teammate changing a network is asked first), rebuilt only when it carries that mark.
 * It stays shown: its network cells are the join's matching, for the team to read and change.
 */
import type { MatchSheetPlan } from "../scorecard/matchSheet";
import type { BuildTarget } from "../scorecard/target";
import { ensureGrid, existingSheets, ownSheet } from "./ownedSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const MATCHES_METADATA_KEY = "socialRoi.revenueMatches";

export function writeMatchSheet(spreadsheet: Spreadsheet, plan: MatchSheetPlan, target: BuildTarget, protectionNote: string): void {
  const sheet = ownSheet(spreadsheet, target, MATCHES_METADATA_KEY, protectionNote);
  // The scorecard's sums read down to lastRow: the sheet has those rows, so a value typed there counts.
  ensureGrid(sheet, plan.lastRow);
  const width = plan.cells[0].length;
  sheet.getRange(1, 1, plan.cells.length, width).setValues(plan.cells);
  sheet.setFrozenRows(1);
}

/** Removes the match sheet of an earlier build, when this one has none: its formulas would read the key sheet's columns as they are now. */
export function removeMatchSheet(spreadsheet: Spreadsheet): void {
  const ours = existingSheets(spreadsheet, MATCHES_METADATA_KEY).find((sheet) => sheet.ours);
  const sheet = ours && spreadsheet.getSheetByName(ours.name);
  if (sheet) spreadsheet.deleteSheet(sheet);
}
