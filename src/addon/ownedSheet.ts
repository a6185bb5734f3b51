/**
 * The sheets the add-on owns (a scorecard, its key sheet, a budget plan): marked with developer
 * metadata that names their sheet id, so that a copy of one (Sheets copies a sheet's metadata with
 * it) is never taken for ours; emptied on rebuild; protected with a warning, so that a teammate
 * typing over a formula is asked first.
 */
import type { BuildTarget, ExistingSheet } from "../scorecard/target";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet id a mark names; null for a mark written before marks named one, or unreadable. */
function markedSheetId(value: string | null): number | null {
  try {
    const sheetId: unknown = JSON.parse(value ?? "null")?.sheetId;
    return typeof sheetId === "number" ? sheetId : null;
  } catch {
    return null;
  }
}

/**
 * The spreadsheet's sheets (or the names given), each marked ours when it carries the key's mark
 * naming its own id. A mark naming no id (from an older build) counts only while a single sheet
 * carries one: once that sheet was copied, neither copy is taken for ours.
 */
export function existingSheets(spreadsheet: Spreadsheet, key: string, names: readonly string[] = spreadsheet.getSheets().map((sheet) => sheet.getName())): ExistingSheet[] {
  const marks = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .find()
    .flatMap((metadata) => {
      const sheet = metadata.getLocation().getSheet();
      return sheet ? [{ name: sheet.getName(), sheetId: sheet.getSheetId(), names: markedSheetId(metadata.getValue()) }] : [];
    });
  const unnamed = marks.filter((mark) => mark.names === null);
  const ours = new Set(marks.filter((mark) => mark.names === mark.sheetId || (mark.names === null && unnamed.length === 1)).map((mark) => mark.name));
  return names.map((name) => ({ name, ours: ours.has(name) }));
}

/**
 * Our own previous sheet of this kind, emptied (with the metadata under builtFrom, which told how the
 * last build was made); or a new sheet, marked as ours. Either way protected with a warning.
 */
export function ownSheet(spreadsheet: Spreadsheet, target: BuildTarget, key: string, protectionNote: string, builtFrom?: string): Sheet {
  let sheet: Sheet | null;
  if ("insert" in target) {
    sheet = spreadsheet.insertSheet(target.insert);
    sheet.addDeveloperMetadata(key, JSON.stringify({ version: 1, sheetId: sheet.getSheetId() }));
  } else {
    sheet = spreadsheet.getSheetByName(target.rebuild);
    if (!sheet) throw new Error(`The sheet ${target.rebuild} was removed while building; build again.`);
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    if (builtFrom) for (const metadata of sheet.getDeveloperMetadata()) if (metadata.getKey() === builtFrom) metadata.remove();
  }
  // A sheet already protected keeps its protection (protect() returns it), set again in case it was changed.
  sheet.protect().setDescription(protectionNote).setWarningOnly(true);
  return sheet;
}

/** Grows the sheet to at least this many rows (and columns, when given): cells written or summed past its grid would be out of it. */
export function ensureGrid(sheet: Sheet, rows: number, columns?: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns === undefined) return;
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
