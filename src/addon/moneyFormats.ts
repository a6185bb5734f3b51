/** The number formats of the source rows' money cells, whose currency signs say the data's currency. */
import { MONEY_FIELDS, type MoneyFormats } from "../import/currency";
import type { ColumnMapping } from "../import/fields";
import type { SourceRange } from "../scorecard/request";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The last row of the selected range ("A1:F6" -> 6); null for whole columns. */
const lastSelectedRow = (rangeA1: string) => {
  const match = /(\d+)$/.exec(rangeA1);
  return match ? Number(match[1]) : null;
};

/** Rows down to the last whose money cell holds a number: a format counts only over a number (see readCurrency). */
function rowsWithNumbers(rows: unknown, columns: readonly number[]): number {
  if (!Array.isArray(rows)) return 0;
  for (let r = rows.length - 1; r >= 0; r--) {
    const row: unknown = rows[r];
    if (Array.isArray(row) && columns.some((column) => typeof row[column] === "number")) return r + 1;
  }
  return 0;
}

/**
 * The money columns' number formats (by column, a format per row sent), read in one
 * getNumberFormats over the selected range, down to the last row whose money holds a number: text
 * amounts ("£1,234.50" read from a file) say their currency themselves, and a large export sent as
 * text needs no read. Rows added in the sidebar below the selection, and typed rows, have none.
 */
export function moneyFormatsOf(sheet: Sheet | null, rows: unknown, mapping: ColumnMapping, source: SourceRange | null): MoneyFormats {
  const columns = [...new Set(MONEY_FIELDS.flatMap((field) => (Number.isInteger(mapping?.[field]) ? [mapping[field]!] : [])))];
  if (!source || !sheet || columns.length === 0) return new Map();
  const firstDataRow = source.firstRow + (source.hasHeader ? 1 : 0);
  const height = Math.min(rowsWithNumbers(rows, columns), (lastSelectedRow(source.rangeA1) ?? Infinity) - firstDataRow + 1);
  if (!(height > 0)) return new Map();
  const left = Math.min(...columns);
  const formats = sheet.getRange(firstDataRow, source.firstColumn + left, height, Math.max(...columns) - left + 1).getNumberFormats();
  return new Map(columns.map((column) => [column, formats.map((row) => row[column - left])]));
}
