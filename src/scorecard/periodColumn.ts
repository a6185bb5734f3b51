/**
 * The date column a scorecard's periods count: among the columns no field reads and no breakdown
 * takes, the first the import reads as dates that is not the end of a span ("Reporting ends"); a day
 * column ("Day", "Date") before the start of a span, which Meta writes as the whole report's beside
 * a "Day" breakdown. Without one, a start and end pair ("Reporting starts" / "Reporting ends")
 * counts the start, and each row's span must fit one period: a row over two periods cannot be
 * split without a guess.
 */
import { daysOfColumn, isEndDateHeader, isStartDateHeader, readDateColumns, type DateColumnReading } from "../import/dates";
import type { RequestMessages } from "../i18n/requestMessages";
import { isTotalsRow } from "../import/totals";
import type { ChannelRow } from "./channelRows";
import { periodStart, type PeriodUnit } from "./periods";

export interface PeriodColumn {
  column: number;
  header: string;
  /** Each row's day (yyyy-mm-dd), null when blank. */
  days: (string | null)[];
  /** The span's last day of each row, when the export has an end column; and that column. */
  endDays: (string | null)[] | null;
  endColumn: number | null;
  reading: Extract<DateColumnReading, { kind: "dates" }>;
}

/** The columns of a request no field reads and no breakdown takes. */
export function freeColumns(width: number, taken: Iterable<number>): number[] {
  const used = new Set(taken);
  return Array.from({ length: width }, (_, column) => column).filter((column) => !used.has(column));
}

/**
 * The date column, or why there is none, in words. A totals row ("Total: Account" under Google Ads'
 * "Day") is no day: it is read as blank, as the scorecard skips it.
 */
export function periodColumn(
  headers: readonly string[],
  allRows: readonly (readonly unknown[])[],
  free: readonly number[],
  messages: RequestMessages,
  firstRowNumber: number,
  channelColumn: number | undefined,
): PeriodColumn | { problem: string } {
  const rows = allRows.map((row) => (isTotalsRow(row, channelColumn) ? [] : row));
  const found = readDateColumns(headers, rows, free);
  const isSpanStart = (column: number) => isStartDateHeader(headers[column] ?? "");
  const starts = found.filter(({ column }) => !isEndDateHeader(headers[column] ?? "")).sort((a, b) => Number(isSpanStart(a.column)) - Number(isSpanStart(b.column)));
  const start = starts.find(({ reading }) => reading.kind === "dates");
  if (!start) {
    const unread = starts[0] ?? found[0];
    if (!unread || unread.reading.kind === "dates") return { problem: messages.noDateColumn };
    const { reading } = unread;
    const why =
      reading.kind === "dayOrMonth" ? messages.datesBothOrders(reading.example)
      : reading.kind === "bothOrders" ? messages.datesMixedOrders(reading.dayFirst, reading.monthFirst)
      : messages.notADate(reading.text, firstRowNumber + reading.row);
    return { problem: messages.undecidedDates(headers[unread.column] ?? "", why) };
  }
  const header = headers[start.column] ?? "";
  const cellsOf = (column: number) => rows.map((row) => row[column]);
  const { days } = daysOfColumn(header, cellsOf(start.column));
  // A day column counts each row's day; only a span's start has an end to check.
  const end = isSpanStart(start.column) ? found.find(({ column, reading }) => column !== start.column && reading.kind === "dates" && isEndDateHeader(headers[column] ?? "")) : undefined;
  const endDays = end ? daysOfColumn(headers[end.column] ?? "", cellsOf(end.column)).days : null;
  return { column: start.column, header, days: days!, endDays, endColumn: end?.column ?? null, reading: start.reading as PeriodColumn["reading"] };
}

/**
 * A read row's day, from the date column's cell it carries as its last breakdown value: its text,
 * trimmed, as readChannelRows reads a breakdown cell. rows: the rows the column was read from.
 */
export function dayOfReadRow(rows: readonly (readonly unknown[])[], column: PeriodColumn): (row: ChannelRow) => string | null {
  const dayOfText = new Map<string, string | null>();
  column.days.forEach((day, i) => dayOfText.set(String(rows[i][column.column] ?? "").trim(), day));
  return (row) => dayOfText.get(row.dimensions[row.dimensions.length - 1]) ?? null;
}

/** The first row (index) whose span from its day to its end day leaves the period of its day; -1 when none. */
export function rowOverPeriods(column: PeriodColumn, unit: PeriodUnit): number {
  if (!column.endDays) return -1;
  return column.days.findIndex((day, i) => {
    const end = column.endDays![i];
    return day !== null && end !== null && end > day && periodStart(end, unit) !== periodStart(day, unit);
  });
}

const isDate = (cell: unknown) => Object.prototype.toString.call(cell) === "[object Date]";
const isBlank = (cell: unknown) => cell === null || cell === undefined || cell === "";

/**
 * True when the source sheet's cells of the date column compare as days in SUMIFS: Date cells, or
 * day numbers the import read as such. Text ("2026-01-31", "31/01/2026") or GA4's 20260131 would be
 * compared as text or as a number of another kind, and count in no period.
 */
export function comparableDays(cells: readonly unknown[], column: PeriodColumn): boolean {
  return cells.every((cell) => isBlank(cell) || isDate(cell) || (typeof cell === "number" && column.reading.form === "serial"));
}
