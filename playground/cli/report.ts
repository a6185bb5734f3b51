/** The built scorecard on standard output: an aligned table, or JSON with stable keys. */
import { addonTexts } from "../../src/i18n";
import type { ColumnKey } from "../../src/scorecard/columns";
import { columnLetters } from "../emulation/a1";
import type { CellView } from "../runtime/contract";

const HEADER_ROW = 2;

// Control characters (ESC starts terminal escape sequences) and bidirectional overrides.
const UNPRINTABLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
// What JSON.stringify leaves raw in strings: DEL, the C1 controls (U+009B opens escape sequences too), bidi overrides.
const RAW_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from the user's file as it may reach a terminal: a channel named "\u001b[31mred" prints as "[31mred". */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, "");
}

/** The rows of a block from its header down, while its first cell holds something. */
function rowsFrom(cells: CellView[][], left: number, width: number): CellView[][] {
  const rows = cells.slice(HEADER_ROW).map((row) => row.slice(left, left + width));
  const end = rows.findIndex((row) => (row[0]?.display ?? "") === "");
  return end < 0 ? rows : rows.slice(0, end);
}

/** The channel table (header, channels, totals) and the total's funnel beside it, after a blank column; null without one. */
function blocks(cells: CellView[][]): { table: CellView[][]; funnel: CellView[][] | null } {
  const header = cells[HEADER_ROW];
  const gap = header.findIndex((cell) => cell.display === "");
  if (gap < 0) return { table: rowsFrom(cells, 0, header.length), funnel: null };
  const funnel = rowsFrom(cells, gap + 1, FUNNEL_COLUMNS);
  return { table: rowsFrom(cells, 0, gap), funnel: funnel.length > 0 ? funnel : null };
}

const FUNNEL_COLUMNS = 3;

function aligned(block: CellView[][]): string {
  const rows = block.map((row) => row.map((cell) => ({ numeric: cell.numeric, text: printable(cell.display) })));
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c]?.text.length ?? 0)));
  return rows
    .map((row) => row.map((cell, c) => (cell.numeric ? cell.text.padStart(widths[c]) : cell.text.padEnd(widths[c]))).join("  ").trimEnd())
    .join("\n");
}

/** The channel table, then the total's funnel below it when the scorecard has one. */
export function textTable(cells: CellView[][]): string {
  const { table, funnel } = blocks(cells);
  return funnel ? `${aligned(table)}\n\n${aligned(funnel)}` : aligned(table);
}

/** The scorecard's error cells, one line each ("G5 #ERROR!: CPA: ..."); none when every figure computed. */
export function errorCells(cells: CellView[][]): string[] {
  return cells.flatMap((row, r) =>
    row.flatMap((cell, c) => (cell.error === undefined ? [] : [`${columnLetters(c + 1)}${r + 1} ${cell.display}: ${cell.error}`])),
  );
}

export function jsonReport(cells: CellView[][], summary: string): string {
  const keyOfHeader = new Map(Object.entries(addonTexts("en").headers).map(([key, header]) => [header, key as ColumnKey]));
  const { table, funnel } = blocks(cells);
  const [header, ...rest] = table;
  const keys = header.map((cell) => keyOfHeader.get(cell.display) ?? cell.display);
  // A blank cell (a ratio over zero, a verdict without ROI) is null, so numeric keys hold numbers or null.
  const valueOf = (cell: CellView | undefined) => (cell === undefined || cell.value === "" ? null : cell.value);
  const asObject = (row: CellView[]) => Object.fromEntries(keys.map((key, c) => [key, valueOf(row[c])]));
  // Each stage by its column key ("impressions"), with the total and its rate of the stage before (null for the first).
  const stages = funnel?.slice(1).map(([stage, total, rate]) => ({ stage: keyOfHeader.get(stage.display) ?? stage.display, total: valueOf(total), rate: valueOf(rate) }));
  const json = JSON.stringify({ channels: rest.slice(0, -1).map(asObject), totals: asObject(rest[rest.length - 1]), ...(stages && { funnel: stages }), summary }, null, 2);
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
