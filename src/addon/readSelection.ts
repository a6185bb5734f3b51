/** Called by the scorecard sidebar: the selected range, read in one getValues. */
import { addonTexts } from "../i18n";
import { decimalMarkOfLocale } from "../import/numbers";
import { selectionData } from "../scorecard/selection";
import type { SelectionData } from "../scorecard/request";
import { dateInZone } from "./dateInZone";
import { userLanguage } from "./userLanguage";

export function readSelection(): SelectionData {
  const texts = addonTexts(userLanguage());
  const range = SpreadsheetApp.getActiveRange();
  if (!range || range.getNumRows() < 2) throw new Error(texts.selectData);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const selection = selectionData(
    range.getValues(),
    { sheetName: range.getSheet().getName(), rangeA1: range.getA1Notation(), firstRow: range.getRow(), firstColumn: range.getColumn() },
    decimalMarkOfLocale(spreadsheet.getSpreadsheetLocale()),
    (date) => dateInZone(date, timeZone),
  );
  if (selection.rows.length === 0) throw new Error(texts.noDataRows);
  return selection;
}
