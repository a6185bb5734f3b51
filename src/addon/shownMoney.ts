/** The source rows' money cells as the sheet shows them, whose signs say the data's currency. */
import { MONEY_FIELDS } from "../import/currency";
import type { ColumnMapping } from "../import/fields";
import type { RawCell, SourceRange } from "../scorecard/request";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The rows sent, with their money cells as the source sheet shows them ("£1,234.50" where the
 * value is 1234.5 in a pound format), read in one getDisplayValues over the money columns. For the
 * currency only: figures are read from the values. Rows beyond the sheet, or typed rows, stay as sent.
 */
export function withShownMoney(spreadsheet: Spreadsheet, rows: readonly (readonly RawCell[])[], mapping: ColumnMapping, source: SourceRange | null): RawCell[][] {
  const columns = MONEY_FIELDS.flatMap((field) => (Number.isInteger(mapping?.[field]) ? [mapping[field]!] : []));
  const sheet = source && spreadsheet.getSheetByName(source.sheetName);
  const copy = () => rows.map((row) => [...row]);
  if (!source || !sheet || columns.length === 0 || rows.length === 0) return copy();
  const firstDataRow = source.firstRow + (source.hasHeader ? 1 : 0);
  const height = Math.min(rows.length, sheet.getMaxRows() - firstDataRow + 1);
  if (height <= 0) return copy();
  const left = Math.min(...columns);
  const shown = sheet.getRange(firstDataRow, source.firstColumn + left, height, Math.max(...columns) - left + 1).getDisplayValues();
  return rows.map((row, r) => {
    const cells = [...row];
    if (r < height) for (const column of columns) cells[column] = shown[r][column - left];
    return cells;
  });
}
