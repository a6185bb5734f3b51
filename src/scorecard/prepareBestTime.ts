/**
 * From the rows the sidebar (or the command line) sends to the best time to post table: the posts'
 * times read, their figures read, or a refusal that says what to fix. Pure.
 */
import { readDateColumns } from "../import/dates";
import { decideMarks, type DecimalMark } from "../import/numbers";
import { readPostTimes, type PostTimesReading } from "../import/postTimes";
import { readRows } from "../import/rows";
import type { ColumnMapping } from "./columnMapping";
import { bestTimeMeasure, bestTimeTable, type BestTimeTable } from "./bestTime";
import { refuse, ScorecardRequestError } from "./prepare";
import type { RawCell, SourceRange } from "./request";
import type { BestTimeTexts } from "../i18n/bestTimeTexts";
import { describeIssueIn, type RequestMessages } from "../i18n/requestMessages";

/** What travels from the sidebar through google.script.run: plain JSON. */
export interface BestTimeRequest {
  headers: string[];
  rows: RawCell[][];
  mapping: ColumnMapping;
  decimalMarks?: (DecimalMark | null)[];
  source: SourceRange | null;
  /** The column of the posts' times (0-based); null or absent: the one column of dates with a time of day. */
  timeColumn?: number | null;
}

export interface BestTimeResult {
  sheetName: string;
  /** Monday 0:00 to Sunday 23:00: what a post brought (null without posts) and how many posts. */
  table: BestTimeTable;
  /** "48 posts; Best: Tuesday 14:00, €52.10 (4 posts)", in the user's language. */
  summary: string;
  /** The times were written with their offset (example) and converted to timeZone; null when none was. */
  converted: { timeZone: string; example: string } | null;
}

export interface PreparedBestTime {
  table: BestTimeTable;
  timeColumn: string;
  converted: BestTimeResult["converted"];
}

function refusal(reading: Exclude<PostTimesReading, { kind: "times" }>, headers: readonly string[], firstRowNumber: number, given: number | null, texts: BestTimeTexts): string {
  const name = (column: number) => headers[column] || String(column + 1);
  switch (reading.kind) {
    case "none":
      return given === null ? texts.noTimes : texts.notTimes(name(given));
    case "several":
      return texts.several(reading.columns.map(name));
    case "days": {
      const why = reading.reading;
      const reason =
        why.kind === "dayOrMonth" ? texts.dayOrMonth(why.example)
        : why.kind === "bothOrders" ? texts.bothOrders(why.dayFirst, why.monthFirst)
        : texts.notADate(why.text, firstRowNumber + why.row);
      return texts.days(name(reading.column), reason);
    }
    case "noTime":
      return texts.noTime(name(reading.column), firstRowNumber + reading.row, reading.text);
    case "clock":
      return texts.clock(name(reading.column), firstRowNumber + reading.row, reading.text, reading.example);
    case "mixedZones":
      return texts.mixedZones(name(reading.column), firstRowNumber + reading.row, reading.text, reading.example);
  }
}

/**
 * messages: the scorecard's words for a cell that cannot be read, in the user's language; timeZone:
 * the spreadsheet's, the hours of the table.
 */
export function prepareBestTime(request: BestTimeRequest, texts: BestTimeTexts, messages: RequestMessages, timeZone: string): PreparedBestTime {
  if (!request || !Array.isArray(request.headers) || !Array.isArray(request.rows) || typeof request.mapping !== "object" || request.mapping === null) {
    throw new ScorecardRequestError("The request has no rows to read.");
  }
  const { headers, rows, mapping, source } = request;
  const firstRowNumber = source ? source.firstRow + (source.hasHeader ? 1 : 0) : 1;
  const given = Number.isInteger(request.timeColumn) ? request.timeColumn! : null;
  const mapped = new Set(Object.values(mapping));
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), headers.length);
  const dates = readDateColumns(headers, rows, Array.from({ length: width }, (_, column) => column).filter((column) => !mapped.has(column)));
  const times = readPostTimes(headers, rows, dates, timeZone, given);
  if (times.kind !== "times") throw new ScorecardRequestError(refusal(times, headers, firstRowNumber, given, texts));
  const measure = bestTimeMeasure(mapping);
  if (measure === null) throw new ScorecardRequestError(texts.noMeasure);
  const marks = Array.isArray(request.decimalMarks) ? request.decimalMarks : decideMarks(rows, null).map((column) => column.mark);
  const read = readRows(rows, mapping, marks, firstRowNumber, describeIssueIn(messages));
  if (read.issues.length > 0) refuse(read.issues.map((issue) => issue.message), messages);
  const table = bestTimeTable(read.rows, times.times, (row) => row.row - firstRowNumber, measure);
  // A post whose row has no figure at all is no row to the reading, but it is a post left out all the same.
  const blankPosts = read.rowsWithoutFigures.filter((row) => times.times[row - firstRowNumber]);
  const withoutFigures = [...table.withoutFigures, ...blankPosts].sort((a, b) => a - b);
  const converted = times.offsetExample === null ? null : { timeZone, example: times.offsetExample };
  return { table: { ...table, withoutFigures }, timeColumn: headers[times.column] || String(times.column + 1), converted };
}
