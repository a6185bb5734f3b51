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

/** The header, channel and totals rows: from the header down to the last non-empty row. */
function tableRows(cells: CellView[][]): CellView[][] {
  const rows = cells.slice(HEADER_ROW);
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((cell) => cell.display === "")) end--;
  return rows.slice(0, end);
}

const isBlank = (row: CellView[]) => row.every((cell) => cell.display === "");

/** The channel table, then each breakdown section (title, header, rows, totals): blocks parted by a blank row. */
function blocks(cells: CellView[][]): { title: string | null; rows: CellView[][] }[] {
  const found: CellView[][][] = [[]];
  for (const row of tableRows(cells)) {
    if (isBlank(row)) found.push([]);
    else found[found.length - 1].push(row);
  }
  return found.map((rows, i) => (i === 0 ? { title: null, rows } : { title: rows[0][0].display, rows: rows.slice(1) }));
}

/** Rows of cells as aligned text: numbers to the right, text to the left. */
export function alignedTable(table: CellView[][]): string {
  const rows = table.map((row) => row.map((cell) => ({ numeric: cell.numeric, text: printable(cell.display) })));
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c]?.text.length ?? 0)));
  return rows
    .map((row) => row.map((cell, c) => (cell.numeric ? cell.text.padStart(widths[c]) : cell.text.padEnd(widths[c]))).join("  ").trimEnd())
    .join("\n");
}

export function textTable(cells: CellView[][]): string {
  return blocks(cells)
    .map(({ title, rows }) => (title === null ? alignedTable(rows) : `${printable(title)}\n${alignedTable(rows)}`))
    .join("\n\n");
}

/** The scorecard's error cells, one line each ("G5 #ERROR!: CPA: ..."); none when every figure computed. */
export function errorCells(cells: CellView[][]): string[] {
  return cells.flatMap((row, r) =>
    row.flatMap((cell, c) => (cell.error === undefined ? [] : [`${columnLetters(c + 1)}${r + 1} ${cell.display}: ${cell.error}`])),
  );
}

export function jsonReport(cells: CellView[][], summary: string): string {
  const keyOfHeader = new Map(Object.entries(addonTexts("en").headers).map(([key, header]) => [header, key as ColumnKey]));
  // A blank cell (a ratio over zero, a verdict without ROI) is null, so numeric keys hold numbers or null.
  const valueOf = (cell: CellView | undefined) => (cell === undefined || cell.value === "" ? null : cell.value);
  const table = (rows: CellView[][]) => {
    const [header, ...rest] = rows;
    const keys = header.map((cell) => keyOfHeader.get(cell.display) ?? cell.display);
    const asObject = (row: CellView[]) => Object.fromEntries(keys.flatMap((key, c) => (key === "" ? [] : [[key, valueOf(row[c])]])));
    return { rows: rest.slice(0, -1).map(asObject), totals: asObject(rest[rest.length - 1]) };
  };
  const [channels, ...sections] = blocks(cells);
  const { rows, totals } = table(channels.rows);
  // A section's rows are keyed by its header: a breakdown column's values under its own name.
  const breakdown = sections.map(({ title, rows: sectionRows }) => ({ title, ...table(sectionRows) }));
  const json = JSON.stringify({ channels: rows, totals, ...(breakdown.length > 0 ? { breakdown } : {}), summary }, null, 2);
  return escapeRawJson(json);
}

/** JSON that prints safely on a terminal: what JSON.stringify leaves raw, written as \u escapes. */
export function escapeRawJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
