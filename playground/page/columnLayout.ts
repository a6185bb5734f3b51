/**
 * The grid's columns: the widths the sheet sets (or the default), widths fitted by a double-click
 * on a header's border, and each column's left edge, which places frozen columns and charts.
 */
import { useState } from "preact/hooks";
import type { CellView, SheetView } from "../runtime/contract";
import { receivedRows } from "./shownRows";

export const ROW_HEADER_WIDTH = 46;
const DEFAULT_WIDTH = 100;
// The playground's liberty: a wider first column until the sheet sets one, for labels such as the sample's.
const DEFAULT_FIRST_WIDTH = 150;
const CELL_PADDING = 10;
const MIN_FITTED_WIDTH = 24;
const FONT = '13px "Google Sans", Roboto, Arial, sans-serif';

export interface ColumnLayout {
  widths: number[];
  /** Each column's left edge, measured from the grid's left edge (after the row numbers). */
  lefts: number[];
  totalWidth: number;
  autoFit(column: number): void;
}

let measuringContext: CanvasRenderingContext2D | null = null;

function textWidth(text: string, bold: boolean): number {
  measuringContext ??= document.createElement("canvas").getContext("2d");
  if (!measuringContext) return text.length * 7;
  measuringContext.font = bold ? `700 ${FONT}` : FONT;
  return measuringContext.measureText(text).width;
}

/** The width that shows every value of the column in full, as Sheets' "fit to data". */
export function fittedWidth(cells: readonly (readonly CellView[])[], column: number): number {
  const widest = cells.reduce((width, row) => {
    const cell = row[column];
    return cell?.display ? Math.max(width, textWidth(cell.display, cell.bold === true)) : width;
  }, 0);
  return Math.max(MIN_FITTED_WIDTH, Math.ceil(widest) + CELL_PADDING);
}

export function useColumnLayout(sheet: SheetView, columns: number): ColumnLayout {
  // Fitted widths stay in the page, per sheet, until the sheet is drawn again from a new load.
  const [fitted, setFitted] = useState<Record<string, Record<number, number>>>({});
  const ownFitted = fitted[sheet.name] ?? {};
  const widths = Array.from(
    { length: columns },
    (_, column) => ownFitted[column] ?? sheet.columnWidths[column] ?? (column === 0 ? DEFAULT_FIRST_WIDTH : DEFAULT_WIDTH),
  );
  const lefts: number[] = [];
  let totalWidth = 0;
  for (const width of widths) {
    lefts.push(totalWidth);
    totalWidth += width;
  }
  const autoFit = (column: number) =>
    setFitted((current) => ({ ...current, [sheet.name]: { ...current[sheet.name], [column]: fittedWidth(receivedRows(sheet), column) } }));
  return { widths, lefts, totalWidth, autoFit };
}
