/** The built scorecard on standard output: an aligned table, or JSON with stable keys. */
import { addonTexts } from "../../src/i18n";
import type { ColumnKey } from "../../src/scorecard/columns";
import type { CellView } from "../runtime/contract";

const HEADER_ROW = 2;

/** The header, channel and totals rows: from the header down to the last non-empty row. */
function tableRows(cells: CellView[][]): CellView[][] {
  const rows = cells.slice(HEADER_ROW);
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((cell) => cell.display === "")) end--;
  return rows.slice(0, end);
}

export function textTable(cells: CellView[][]): string {
  const rows = tableRows(cells);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c]?.display.length ?? 0)));
  return rows
    .map((row) => row.map((cell, c) => (cell.numeric ? cell.display.padStart(widths[c]) : cell.display.padEnd(widths[c]))).join("  ").trimEnd())
    .join("\n");
}

export function jsonReport(cells: CellView[][], summary: string): string {
  const keyOfHeader = new Map(Object.entries(addonTexts("en").headers).map(([key, header]) => [header, key as ColumnKey]));
  const [header, ...rest] = tableRows(cells);
  const keys = header.map((cell) => keyOfHeader.get(cell.display) ?? cell.display);
  // A blank cell (a ratio over zero, a verdict without ROI) is null, so numeric keys hold numbers or null.
  const valueOf = (cell: CellView | undefined) => (cell === undefined || cell.value === "" ? null : cell.value);
  const asObject = (row: CellView[]) => Object.fromEntries(keys.map((key, c) => [key, valueOf(row[c])]));
  return JSON.stringify({ channels: rest.slice(0, -1).map(asObject), totals: asObject(rest[rest.length - 1]), summary }, null, 2);
}
