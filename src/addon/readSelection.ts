/** Called by the scorecard sidebar: the selected range, read in one getValues. */
import { addonTexts } from "../i18n";
import { requestMessages } from "../i18n/requestMessages";
import { hasDataRows } from "../import/blankColumns";
import { decimalMarkOfLocale } from "../import/numbers";
import { selectionData } from "../scorecard/selection";
import type { SelectionData } from "../scorecard/request";
import { dateInZone } from "./dateInZone";
import { userLanguage } from "./userLanguage";

export function readSelection(): SelectionData {
  const language = userLanguage();
  const texts = addonTexts(language);
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
  // "No data available." under the header: an export of a period without data.
  if (!hasDataRows(selection.rows)) throw new Error(requestMessages(language).noDataRows);
  return selection;
}
