/**
 * Called by the scorecard sidebar's file picker: a CSV file the browser read, written to a new sheet
 * named after the file (never over a user's sheet), a chunk of rows per call and one setValues per
 * chunk, since Apps Script documents no size limit for google.script.run to rely on.
 */
import { addonTexts } from "../i18n/addonTexts";
import { moneyFormat, moneyOf } from "../scorecard/moneyFormat";
import { chooseTarget } from "../scorecard/target";
import { DAY_FORMAT, sheetNameOfFile } from "../sources/dataSheet";
import type { CsvChunk } from "../sources/sidebarRequest";
import { userLanguage } from "./userLanguage";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const IMPORTED_METADATA_KEY = "socialRoi.importedCsv";
/** Google Sheets holds at most 10 million cells in a spreadsheet, all sheets counted. */
const MAX_CELLS = 10_000_000;
const NEW_SHEET = { rows: 1000, columns: 26 };

function newSheet(spreadsheet: Spreadsheet, chunk: CsvChunk): Sheet {
  const texts = addonTexts(userLanguage());
  const sheets = spreadsheet.getSheets();
  const rows = Math.max(chunk.totalRows, NEW_SHEET.rows);
  const columns = Math.max(chunk.width, NEW_SHEET.columns);
  const cells = sheets.reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), rows * columns);
  if (cells > MAX_CELLS) throw new Error(texts.csvTooLarge(cells.toLocaleString("en-US")));
  const target = chooseTarget(sheets.map((sheet) => ({ name: sheet.getName(), ours: false })), sheetNameOfFile(chunk.fileName), null);
  const sheet = spreadsheet.insertSheet("insert" in target ? target.insert : target.rebuild);
  sheet.addDeveloperMetadata(IMPORTED_METADATA_KEY, JSON.stringify({ sheetId: sheet.getSheetId() }));
  if (rows > NEW_SHEET.rows) sheet.insertRowsAfter(NEW_SHEET.rows, rows - NEW_SHEET.rows);
  if (columns > NEW_SHEET.columns) sheet.insertColumnsAfter(NEW_SHEET.columns, columns - NEW_SHEET.columns);
  if (chunk.firstDataRow > 0) sheet.setFrozenRows(chunk.firstDataRow);
  // Amounts are numbers in the sheet: their format keeps the currency the file wrote ("£1,234.50").
  const dataRows = chunk.totalRows - chunk.firstDataRow;
  if (chunk.currency?.kind === "found" && dataRows > 0) {
    const locale = spreadsheet.getSpreadsheetLocale();
    const format = moneyFormat(moneyOf(chunk.currency, null, locale), locale);
    for (const column of chunk.moneyColumns) sheet.getRange(chunk.firstDataRow + 1, column + 1, dataRows, 1).setNumberFormat(format);
  }
  // Days are day numbers: shown as days, compared by formulas with a period's days.
  if (dataRows > 0) for (const column of chunk.dayColumns ?? []) sheet.getRange(chunk.firstDataRow + 1, column + 1, dataRows, 1).setNumberFormat(DAY_FORMAT);
  return sheet;
}

/** The sheet the first chunk created: it carries the mark naming its own id, so no other sheet is written over. */
function importedSheet(spreadsheet: Spreadsheet, sheetName: string): Sheet {
  const sheet = spreadsheet.getSheetByName(sheetName);
  const marked = sheet?.getDeveloperMetadata().some((metadata) => metadata.getKey() === IMPORTED_METADATA_KEY && JSON.parse(metadata.getValue() ?? "{}").sheetId === sheet.getSheetId());
  if (!sheet || !marked) throw new Error(addonTexts(userLanguage()).notImportedSheet(sheetName));
  return sheet;
}

/** Writes a chunk of the file's rows; returns the sheet's name, for the next chunk. */
export function importCsvRows(chunk: CsvChunk): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = chunk.sheetName === null ? newSheet(spreadsheet, chunk) : importedSheet(spreadsheet, chunk.sheetName);
  if (chunk.rows.length > 0) sheet.getRange(chunk.firstRow + 1, 1, chunk.rows.length, chunk.width).setValues(chunk.rows);
  return sheet.getName();
}
