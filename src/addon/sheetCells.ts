/**
 * The cells of a source or a joined table, read in one getValues: a range, or a sheet's data
 * however many rows it has now; trailing blank rows dropped (a whole-column selection such as A:H
 * ends in hundreds), dates as the spreadsheet's days.
 */
import { addonTexts } from "../i18n/addonTexts";
import { plainCell } from "../scorecard/selection";
import { sheetReference } from "../scorecard/sheetText";
import { dateInZone } from "./dateInZone";
import { userLanguage } from "./userLanguage";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const isBlank = (cell: unknown) => cell === "" || cell === null || cell === undefined;

export interface SheetCells {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  range: GoogleAppsScript.Spreadsheet.Range;
  /** What messages call it: its sheet, or its sheet and range. */
  name: string;
  cells: unknown[][];
  /** The width of the range read. */
  width: number;
}

export function readSheetCells(spreadsheet: Spreadsheet, sheetName: string, rangeA1: string | null): SheetCells {
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(addonTexts(userLanguage()).sourceSheetMissing(sheetName));
  const range = rangeA1 ? sheet.getRange(rangeA1) : sheet.getDataRange();
  const values = range.getValues();
  let end = values.length;
  while (end > 0 && values[end - 1].every(isBlank)) end--;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const cells = values.slice(0, end).map((row) => row.map((cell) => plainCell(cell, (date) => dateInZone(date, timeZone))));
  return { sheet, range, name: rangeA1 ? sheetReference(sheetName, rangeA1) : sheetName, cells, width: values[0]?.length ?? 0 };
}

/** "selection" for the selected range, "sheet" for the active sheet's data: the sheet and range the user chose. */
export function chosenPlace(choice: "selection" | "sheet"): { sheetName: string; rangeA1: string | null } {
  if (choice === "selection") {
    const range = SpreadsheetApp.getActiveRange();
    if (!range || range.getNumRows() < 2) throw new Error(addonTexts(userLanguage()).selectData);
    return { sheetName: range.getSheet().getName(), rangeA1: range.getA1Notation() };
  }
  return { sheetName: SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName(), rangeA1: null };
}
