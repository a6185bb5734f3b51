/** The built scorecard on standard output: an aligned table, or JSON with stable keys. */
import { addonTexts, printable } from "../../src/i18n";
import type { ColumnKey } from "../../src/scorecard/columns";
import type { PeriodsSummary, ScorecardResult } from "../../src/scorecard/request";
import { columnLetters } from "../emulation/a1";
import type { CellReading } from "../runtime/contract";

const HEADER_ROW = 2;

// What JSON.stringify leaves raw in strings: DEL, the C1 controls (U+009B opens escape sequences too), bidi overrides.
const RAW_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export { printable };

/** The rows of a block from its header down, while its first cell holds something. */
function rowsFrom(cells: CellReading[][], left: number, width: number): CellReading[][] {
  const rows = cells.slice(HEADER_ROW).map((row) => row.slice(left, left + width));
  const end = rows.findIndex((row) => (row[0]?.display ?? "") === "");
  return end < 0 ? rows : rows.slice(0, end);
}

const isBlank = (row: CellReading[]) => row.every((cell) => cell.display === "");

/** The rows of the tables, from the header down to the last non-empty row, left of column `end`. */
function tableRows(cells: CellReading[][], end: number): CellReading[][] {
  const rows = cells.slice(HEADER_ROW).map((row) => row.slice(0, end));
  let last = rows.length;
  while (last > 0 && isBlank(rows[last - 1])) last--;
  return rows.slice(0, last);
}

interface Blocks {
  /** The channel table, then each breakdown section (title, header, rows, totals): parted by a blank row. */
  tables: { title: string | null; rows: CellReading[][] }[];
  /** The total's funnel, right of the tables after a blank column; null without one. */
  funnel: CellReading[][] | null;
}

function blocks(cells: CellReading[][]): Blocks {
  const header = cells[HEADER_ROW];
  // Past column B: a broken-down scorecard's channel table leaves B blank (its sections' second label column).
  const gap = header.findIndex((cell, c) => c > 1 && cell.display === "");
  const funnelLeft = gap < 0 ? -1 : header.findIndex((cell, c) => c > gap && cell.display !== "");
  const found: CellReading[][][] = [[]];
  for (const row of tableRows(cells, funnelLeft < 0 ? header.length : funnelLeft - 1)) {
    if (isBlank(row)) found.push([]);
    else found[found.length - 1].push(row);
  }
  const tables = found.map((rows, i) => (i === 0 ? { title: null, rows } : { title: rows[0][0].display, rows: rows.slice(1) }));
  return { tables, funnel: funnelLeft < 0 ? null : rowsFrom(cells, funnelLeft, FUNNEL_COLUMNS) };
}

const FUNNEL_COLUMNS = 3;

const MIN_SIGNIFICANT_DIGITS = 2;
const SIGNIFICANT = new Intl.NumberFormat("en-US", { maximumSignificantDigits: MIN_SIGNIFICANT_DIGITS, useGrouping: false });

/** A rate the sheet's format rounds away ("0.0%" for a CTR of 0.016%) keeps two significant digits: "0.016%". */
function rateWithDigits(cell: CellReading): string {
  const shown = printable(cell.display);
  const percent = /\s*%$/.exec(shown);
  if (!percent || typeof cell.value !== "number" || cell.value === 0) return shown;
  if (shown.replace(/\D/g, "").replace(/^0+/, "").length >= MIN_SIGNIFICANT_DIGITS) return shown;
  const digits = SIGNIFICANT.format(cell.value * 100);
  return `${shown.includes(",") ? digits.replace(".", ",") : digits}${percent[0]}`;
}

/** Rows of cells as aligned text: numbers to the right, text to the left. */
export function alignedTable(table: CellReading[][]): string {
  const rows = table.map((row) => row.map((cell) => ({ numeric: cell.numeric, text: rateWithDigits(cell) })));
  const widths = rows[0].map((_, c) => rows.reduce((widest, row) => Math.max(widest, row[c]?.text.length ?? 0), 0));
  return rows
    .map((row) => row.map((cell, c) => (cell.numeric ? cell.text.padStart(widths[c]) : cell.text.padEnd(widths[c]))).join("  ").trimEnd())
    .join("\n");
}

/** The channel table, each breakdown section under its title, the period section, then the total's funnel when the scorecard has one. */
export function textTable(sheet: CellReading[][], periods: PeriodsSummary | null = null): string {
  const cells = periods ? sheet.slice(0, periods.layout.titleRow - 2) : sheet;
  const { tables, funnel } = blocks(cells);
  return [
    ...tables.map(({ title, rows }) => (title === null ? alignedTable(rows) : `${printable(title)}\n${alignedTable(rows)}`)),
    ...(periods ? [periodsTable(sheet, periods)] : []),
    ...(funnel ? [alignedTable(funnel)] : []),
  ].join("\n\n");
}

/** The period section under its title: its header and rows, without the channel table's columns it leaves blank. */
function periodsTable(cells: CellReading[][], { layout }: PeriodsSummary): string {
  const rows = cells.slice(layout.headerRow - 1, layout.lastRow);
  const used = rows[0].flatMap((cell, c) => (cell.display === "" ? [] : [c]));
  return `${printable(cells[layout.titleRow - 1][0].display)}\n${alignedTable(rows.map((row) => used.map((c) => row[c])))}`;
}

/** The scorecard's error cells, one line each ("G5 #ERROR!: CPA: ..."); none when every figure computed. */
export function errorCells(cells: CellReading[][]): string[] {
  return cells.flatMap((row, r) =>
    row.flatMap((cell, c) => (cell.error === undefined ? [] : [`${columnLetters(c + 1)}${r + 1} ${cell.display}: ${cell.error}`])),
  );
}

/** The scorecard as JSON: its tables, the ISO 4217 code of its money (null when only a sign such as "$" is known), its summary. */
export function jsonReport(sheet: CellReading[][], { currency, summary, periods }: Pick<ScorecardResult, "currency" | "summary"> & Partial<Pick<ScorecardResult, "periods">>): string {
  // The period section comes last: read on its own (periodsReport), never as a breakdown section.
  const cells = periods ? sheet.slice(0, periods.layout.titleRow - 2) : sheet;
  const keyOfHeader = new Map(Object.entries(addonTexts("en").headers).map(([key, header]) => [header, key as ColumnKey]));
  // A blank cell (a ratio over zero, a verdict without ROI) is null, so numeric keys hold numbers or null.
  const valueOf = (cell: CellReading | undefined) => (cell === undefined || cell.value === "" ? null : cell.value);
  const table = (rows: CellReading[][]) => {
    const [header, ...rest] = rows;
    const keys = header.map((cell) => keyOfHeader.get(cell.display) ?? cell.display);
    const asObject = (row: CellReading[]) => Object.fromEntries(keys.flatMap((key, c) => (key === "" ? [] : [[key, valueOf(row[c])]])));
    return { rows: rest.slice(0, -1).map(asObject), totals: asObject(rest[rest.length - 1]) };
  };
  const { tables: [channels, ...sections], funnel } = blocks(cells);
  const { rows, totals } = table(channels.rows);
  // A section's rows are keyed by its header: a breakdown column's values under its own name.
  const breakdown = sections.map(({ title, rows: sectionRows }) => ({ title, ...table(sectionRows) }));
  // Each stage by its column key ("impressions"), with the total and its rate of the stage before (null for the first).
  const stages = funnel?.slice(1).map(([stage, total, rate]) => ({ stage: keyOfHeader.get(stage.display) ?? stage.display, total: valueOf(total), rate: valueOf(rate) }));
  const json = JSON.stringify(
    { currency, channels: rows, totals, ...(breakdown.length > 0 ? { breakdown } : {}), ...(stages && { funnel: stages }), ...(periods && { periods: periodsReport(sheet, periods) }), summary },
    null,
    2,
  );
  return escapeRawJson(json);
}

/** JSON that prints safely on a terminal: what JSON.stringify leaves raw, written as \u escapes. */
export function escapeRawJson(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The keys of the period section's columns, by their English headers. */
function periodKeys(unit: PeriodsSummary["unit"]): Map<string, string> {
  const { headers, periods } = addonTexts("en");
  const keys = new Map<string, string>([
    [periods.label(unit), "label"], [periods.to, "end"], [headers.budget, "spend"],
    [headers.revenue, "revenue"], [headers.estimatedRevenue, "revenue"], [headers.roi, "roi"], [periods.roiChange, "roiChange"],
  ]);
  for (const results of ["conversions", "leads", "clicks"] as const) keys.set(headers[results], "results").set(periods.change(headers[results]), "resultsChange");
  for (const cost of ["cpa", "cpl", "cpc"] as const) keys.set(headers[cost], cost).set(periods.change(headers[cost]), `${cost}Change`);
  keys.set(periods.change(headers.budget), "spendChange");
  return keys;
}

/** The period section as JSON: each period's first and last days, its total and its channels, each with its change against the period before. */
export function periodsReport(cells: CellReading[][], periods: PeriodsSummary) {
  const { layout } = periods;
  const keys = periodKeys(periods.unit);
  const header = cells[layout.headerRow - 1].map((cell) => keys.get(cell.display) ?? "");
  const valueOf = (cell: CellReading | undefined) => (cell === undefined || cell.value === "" ? null : cell.value);
  type Figures = Record<string, unknown>;
  /** A row's figures by key, each change against the period before under change; its channel too when named. */
  const figures = (row: CellReading[], named: boolean): Figures => {
    const entries = header.flatMap((key, c) => {
      if (key === "" || key === "end" || (key === "label" && !named)) return [];
      return [key === "label" ? (["channel", row[c].display] as const) : ([key, valueOf(row[c])] as const)];
    });
    const change = Object.fromEntries(entries.filter(([key]) => key.endsWith("Change")).map(([key, value]) => [key.slice(0, -"Change".length), value]));
    return { ...Object.fromEntries(entries.filter(([key]) => !key.endsWith("Change"))), change };
  };
  const list: { start: string; end: string; total: Figures; channels: Figures[] }[] = [];
  // A period's total row holds its first and last days (a number each); its channels' rows follow it, named.
  const [label, end] = [header.indexOf("label"), header.indexOf("end")];
  for (const row of cells.slice(layout.firstRow - 1, layout.lastRow)) {
    if (typeof row[label].value === "number") list.push({ start: row[label].display, end: row[end].display, total: figures(row, false), channels: [] });
    else list[list.length - 1].channels.push(figures(row, true));
  }
  const [checkColumn, checkRow] = [columnIndex(layout.checkCell), Number(layout.checkCell.replace(/^[A-Z]+/, ""))];
  const check = cells[checkRow - 1][checkColumn];
  return {
    by: periods.unit,
    column: periods.column,
    first: periods.first,
    last: periods.last,
    undatedRows: periods.undatedRows,
    // The spend no period counts: rows without a date (and, live, rows dated past the last period).
    spendOutside: valueOf(check),
    periods: list,
  };
}

/** The 0-based column of an A1 cell such as "M30". */
const columnIndex = (a1: string) => [...a1.replace(/\d+$/, "")].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** What the period section counts, in words, for standard error. */
export function periodsNote(periods: PeriodsSummary): string[] {
  const count = `${periods.count} ${periods.unit}${periods.count === 1 ? "" : "s"}`;
  return [
    `periods: by ${periods.unit} from the dates in “${periods.column}”, ${periods.first} to ${periods.last} (${count})`,
    ...(periods.undatedRows > 0
      ? [`${periods.undatedRows} row${periods.undatedRows === 1 ? " has" : "s have"} no date in “${periods.column}”: left out of the periods, their spend shown as spent outside them`]
      : []),
  ];
}
