/** The source rows' money cells as the sheet shows them, whose signs say the data's currency. */
import { MONEY_FIELDS } from "../import/currency";
import type { ColumnMapping } from "../import/fields";
import type { RawCell, SourceRange } from "../scorecard/request";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The last row of the selected range ("A1:F6" -> 6); null for whole columns. */
const lastSelectedRow = (rangeA1: string) => {
  const match = /(\d+)$/.exec(rangeA1);
  return match ? Number(match[1]) : null;
};

/**
 * The rows sent, with their money cells as the source sheet shows them ("£1,234.50" where the
 * value is 1234.5 in a pound format), read in one getDisplayValues over the money columns of the
 * selected range. For the currency only: figures are read from the values. Rows added in the
 * sidebar below the selection, and typed rows, stay as sent.
 */
export function withShownMoney(sheet: Sheet | null, rows: readonly (readonly RawCell[])[], mapping: ColumnMapping, source: SourceRange | null): RawCell[][] {
  const columns = MONEY_FIELDS.flatMap((field) => (Number.isInteger(mapping?.[field]) ? [mapping[field]!] : []));
  const copy = rows.map((row) => [...row]);
  if (!source || !sheet || columns.length === 0) return copy;
  const firstDataRow = source.firstRow + (source.hasHeader ? 1 : 0);
  const height = Math.min(rows.length, (lastSelectedRow(source.rangeA1) ?? Infinity) - firstDataRow + 1);
  if (!(height > 0)) return copy;
  const left = Math.min(...columns);
  const shown = sheet.getRange(firstDataRow, source.firstColumn + left, height, Math.max(...columns) - left + 1).getDisplayValues();
  shown.forEach((cells, r) => {
    for (const column of columns) copy[r][column] = cells[column - left];
  });
  return copy;
}
