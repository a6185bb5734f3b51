/** The rows the scorecard sidebar edits, as plain data, and the edits the user makes to them. */
import type { ColumnMapping } from "../../scorecard/columnMapping";
import type { Field } from "../../scorecard/fields";
import { importTable, type ImportReport } from "../../import";
import { readCurrency } from "../../import/currency";
import type { DecimalMark } from "../../import/numbers";
import type { RawCell, SelectionData, SourceRange } from "../../scorecard/request";

export interface DataTable {
  headers: string[];
  rows: RawCell[][];
  mapping: ColumnMapping;
  /** The columns to break the scorecard down by, in order; none of them mapped to a field. */
  breakdown: number[];
  /** Where the rows were read from; null for typed rows. */
  source: SourceRange | null;
  /** The decimal mark settling cells such as "1,000": the spreadsheet's, or null for typed rows. */
  convention: DecimalMark | null;
  /** How the selection was read; null for typed rows. */
  report: ImportReport | null;
  /** True once the user changed a cell read from the selection. */
  edited: boolean;
  /** True once rows were added or deleted: the rows no longer match the source range row for row. */
  reshaped: boolean;
}

const TYPED_FIELDS: Field[] = ["channel", "budget", "leads", "bounceRate", "conversions", "revenue"];

export function typedTable(headerOf: (field: Field) => string): DataTable {
  return {
    headers: TYPED_FIELDS.map(headerOf),
    rows: [TYPED_FIELDS.map(() => "")],
    mapping: Object.fromEntries(TYPED_FIELDS.map((field, i) => [field, i])),
    breakdown: [],
    source: null,
    convention: null,
    report: null,
    edited: false,
    reshaped: false,
  };
}

export function tableFromSelection({ headers, rows, mapping, breakdown, convention, report, ...source }: SelectionData): DataTable {
  return { headers, rows, mapping, breakdown, source, convention, report, edited: false, reshaped: false };
}

/** How the rows were read, with the currency as the columns are mapped now: the user may have picked the money columns since. */
export function reportAsMapped(table: DataTable): ImportReport | null {
  return table.report && { ...table.report, currency: readCurrency(table.headers, table.rows, table.mapping) };
}

const emptyRow = (table: DataTable): RawCell[] => table.headers.map(() => "");

export function setCell(table: DataTable, row: number, column: number, value: string): DataTable {
  const rows = table.rows.map((cells, r) => (r === row ? cells.map((cell, c) => (c === column ? value : cell)) : cells));
  return { ...table, rows, edited: true };
}

export function addRow(table: DataTable): DataTable {
  return { ...table, rows: [...table.rows, emptyRow(table)], reshaped: true };
}

export function deleteRow(table: DataTable, row: number): DataTable {
  return { ...table, rows: table.rows.filter((_, r) => r !== row), reshaped: true };
}

/**
 * A whole export pasted into the empty typed table replaces it: its header row is found below any
 * title lines and its columns mapped, as "Use selection" does. Null when the block is not one.
 */
function pastedExport(table: DataTable, pasted: string[][]): DataTable | null {
  if (table.source !== null || filledRowCount(table) > 0) return null;
  const imported = importTable(pasted);
  if (imported.report.headerRow === null || imported.report.decisions.length === 0) return null;
  const width = imported.headers.length;
  const rows = imported.dataRows.map((cells) => Array.from({ length: width }, (_, c) => String(cells[c] ?? "")));
  return { headers: imported.headers, rows, mapping: imported.mapping, breakdown: imported.breakdown, source: null, convention: null, report: imported.report, edited: true, reshaped: true };
}

/** Tab-separated text, as Sheets and Excel copy it, filled in from a cell; rows are added as needed. */
export function pasteAt(table: DataTable, row: number, column: number, text: string): DataTable {
  const pasted = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n").map((line) => line.split("\t"));
  const whole = pastedExport(table, pasted);
  if (whole) return whole;
  const rows = table.rows.map((cells) => [...cells]);
  pasted.forEach((cells, r) => {
    while (rows.length <= row + r) rows.push(emptyRow(table));
    cells.forEach((value, c) => {
      if (column + c < table.headers.length) rows[row + r][column + c] = value;
    });
  });
  return { ...table, rows, edited: true, reshaped: table.reshaped || rows.length > table.rows.length };
}

/** Maps a column to a field (or to nothing); a field moves from any column that had it, and a mapped column leaves the breakdown. */
export function mapColumn(table: DataTable, column: number, field: Field | null): DataTable {
  const mapping: ColumnMapping = {};
  for (const [f, c] of Object.entries(table.mapping) as [Field, number][]) if (c !== column && f !== field) mapping[f] = c;
  if (field) mapping[field] = column;
  return { ...table, mapping, breakdown: field ? table.breakdown.filter((c) => c !== column) : table.breakdown };
}

/** Sets the breakdown's column at a position (past the end: adds one); null removes that position. */
export function setBreakdown(table: DataTable, position: number, column: number | null): DataTable {
  const breakdown = [...table.breakdown];
  if (column === null) breakdown.splice(position, 1);
  else breakdown[position] = column;
  return { ...table, breakdown: breakdown.filter((c, i) => breakdown.indexOf(c) === i) };
}

export function fieldOfColumn(table: DataTable, column: number): Field | null {
  const entry = (Object.entries(table.mapping) as [Field, number][]).find(([, c]) => c === column);
  return entry ? entry[0] : null;
}

const isBlankCell = (cell: RawCell) => cell === "" || cell === null;

/** Rows with at least one filled cell: the ones the scorecard reads. */
export function filledRowCount(table: DataTable): number {
  return table.rows.filter((cells) => !cells.every(isBlankCell)).length;
}
