/** The selected range as the sidebar needs it: read by the import (header found, mapping guessed), plain JSON. */
import { importTable } from "../import";
import type { DecimalMark } from "../import/numbers";
import { columnLetter } from "./sheetText";
import type { RawCell, SelectionData } from "./request";

export interface RangePosition {
  sheetName: string;
  rangeA1: string;
  firstRow: number;
  firstColumn: number;
}

const isBlank = (cell: unknown) => cell === "" || cell === null || cell === undefined;

/** How a date cell reads as text: in the spreadsheet's time zone, so that a day stays that day. */
export type DateText = (date: Date) => string;

/** google.script.run carries no Date: dates travel as text. */
export function plainCell(cell: unknown, dateText: DateText): RawCell {
  if (Object.prototype.toString.call(cell) === "[object Date]") return dateText(cell as Date);
  if (typeof cell === "number" || typeof cell === "string" || typeof cell === "boolean") return cell;
  return cell === null || cell === undefined ? "" : String(cell);
}

/** convention: the spreadsheet locale's decimal mark. */
export function selectionData(values: readonly (readonly unknown[])[], position: RangePosition, convention: DecimalMark, dateText: DateText): SelectionData {
  let end = values.length;
  // A whole-column selection (A:H) ends in hundreds of empty rows.
  while (end > 0 && values[end - 1].every(isBlank)) end--;
  const cells = values.slice(0, end).map((row) => row.map((cell) => plainCell(cell, dateText)));
  const imported = importTable(cells, { convention });
  const headerRow = imported.report.headerRow;
  const width = values[0]?.length ?? 0;
  return {
    ...position,
    firstRow: position.firstRow + (headerRow ?? 0),
    hasHeader: headerRow !== null,
    headers: headerRow !== null ? imported.headers : Array.from({ length: width }, (_, i) => columnLetter(position.firstColumn + i)),
    rows: imported.dataRows as RawCell[][],
    mapping: imported.mapping,
    breakdown: imported.breakdown,
    convention,
    report: imported.report,
  };
}
