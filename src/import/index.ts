/**
 * The import: a block of cells (as getValues or a parsed CSV gives them) in, typed rows out, with a
 * report of every decision taken on the way, for the user to see. Pure: no Apps Script here.
 */
import { blankColumnTest, hasDataRows, withoutBlankColumns, type EmptyColumn } from "./blankColumns";
import { readCurrency, type CurrencyReading } from "./currency";
import { readDateColumns, type DateColumn } from "./dates";
import type { ColumnMapping } from "./fields";
import { findHeaderRow } from "./headerRow";
import { fieldOfHeader, isBreakdownHeader } from "./headerNames";
import { guessMapping, withChoices, type MappingDecision } from "./mapping";
import { decideMarks, type DecimalMark, type MarkReason } from "./numbers";
import { readRows, type DescribeIssue, type RowsRead } from "./rows";
import { repeatedRows, type RepeatedRow } from "./repeatedRows";

export interface ImportChoices {
  /** Index of the header row in the cells, when the user named it (such as --map by header name). */
  headerRow?: number | null;
  /** Field -> column index, chosen by the user over the guess. */
  columns?: ColumnMapping;
  /** The decimal mark of the file or spreadsheet ("," for a French semicolon file), for cells such as 1,000. */
  convention?: DecimalMark | null;
}

export interface ColumnNumbersReport {
  column: number;
  mark: DecimalMark | null;
  reason: MarkReason;
}

/** What the import decided, as plain JSON: the sidebar and the command line word it for the user. */
export interface ImportReport {
  /** Index of the header row in the cells; null when there is none. */
  headerRow: number | null;
  /** Title and blank lines above the header. */
  linesAbove: number;
  decisions: MappingDecision[];
  /** Ratio columns ("Cost / conv.", "CTR") left out. */
  derived: number[];
  /** The mapped number columns whose decimal mark mattered. */
  numbers: ColumnNumbersReport[];
  /** Columns blank on every data row, left unread (no data, not zeros): each with the field it was chosen for or its header names. */
  empty: EmptyColumn[];
  /** The currency the export says its money is in (rows are indexes of the data rows). */
  currency: CurrencyReading;
  /** The columns of days (rows are indexes of the data rows): read, or why not. */
  dates: DateColumn[];
  /** Data rows (indexes) that repeat an earlier one cell for cell, with a spend: counted, and said. */
  repeated: RepeatedRow[];
}

export interface ImportResult {
  headers: string[];
  /** The rows below the header, as given. */
  dataRows: readonly (readonly unknown[])[];
  mapping: ColumnMapping;
  /** Decimal mark of each column. */
  marks: (DecimalMark | null)[];
  /** Columns to break the scorecard down by, suggested from their headers (campaign, owner, region...). */
  breakdown: number[];
  report: ImportReport;
}

/** The columns no field reads: where days, campaigns and other labels are. */
function unmappedColumns(headers: readonly string[], rows: readonly (readonly unknown[])[], mapped: ReadonlySet<number>): number[] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), headers.length);
  return Array.from({ length: width }, (_, column) => column).filter((column) => !mapped.has(column));
}

export function importTable(cells: readonly (readonly unknown[])[], choices: ImportChoices = {}): ImportResult {
  const headerRow = choices.headerRow ?? findHeaderRow(cells);
  const headers = headerRow === null ? [] : cells[headerRow].map((cell) => (cell === null || cell === undefined ? "" : String(cell).trim()));
  const dataRows = headerRow === null ? cells : cells.slice(headerRow + 1);
  // Without data rows every column is blank: nothing to tell apart.
  const isBlank = hasDataRows(dataRows) ? blankColumnTest(dataRows) : () => false;
  // The guess passes blank columns by, so that another column may hold their field.
  const guess = withChoices(guessMapping(headers.map((header, column) => (isBlank(column) ? "" : header))), choices.columns ?? {});
  const { mapping, emptied } = withoutBlankColumns(guess.mapping, isBlank);
  const unread = headers.flatMap((header, column) => {
    const field = isBlank(column) && !emptied.some((empty) => empty.column === column) ? fieldOfHeader(header) : null;
    return field ? [{ field, column }] : [];
  });
  const columns = decideMarks(dataRows, choices.convention ?? null);
  const mappedColumns = new Set(Object.values(mapping));
  return {
    headers,
    dataRows,
    mapping,
    marks: columns.map((column) => column.mark),
    breakdown: headers.flatMap((header, column) => (!mappedColumns.has(column) && !isBlank(column) && isBreakdownHeader(header) ? [column] : [])),
    report: {
      headerRow,
      linesAbove: headerRow ?? 0,
      decisions: guess.decisions.filter((decision) => !emptied.some((empty) => empty.column === decision.column)),
      derived: guess.derived,
      numbers: columns.flatMap((column, index) => (mappedColumns.has(index) && column.reason !== "plain" ? [{ column: index, ...column }] : [])),
      empty: [...emptied, ...unread].sort((a, b) => a.column - b.column),
      currency: readCurrency(headers, dataRows, mapping),
      dates: readDateColumns(headers, dataRows, unmappedColumns(headers, dataRows, mappedColumns)),
      repeated: repeatedRows(dataRows, mapping.budget),
    },
  };
}

/** Imports, then reads the rows: the command line and the tests, which have the whole table at once. */
export function importRows(cells: readonly (readonly unknown[])[], choices: ImportChoices = {}, firstRowNumber = 1, describeIssue?: DescribeIssue): ImportResult & { read: RowsRead } {
  const imported = importTable(cells, choices);
  const headerRow = imported.report.headerRow;
  const read = readRows(imported.dataRows, imported.mapping, imported.marks, firstRowNumber + (headerRow === null ? 0 : headerRow + 1), describeIssue);
  return { ...imported, read };
}

export { describeColumns, describeImport, describeRows } from "./describe";
export { hasDataRows } from "./blankColumns";
