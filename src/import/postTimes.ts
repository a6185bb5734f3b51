/**
 * When each post went out, from a column of dates with a time of day (Meta's and Instagram's
 * "Publish time", TikTok's "Post time", LinkedIn's "Created date", a Date cell): its weekday and
 * hour, as the export writes them. Times are never shifted: they are in the export's (or the
 * spreadsheet's) time zone, and a zone suffix (Z, +02:00) is read as written. A column whose days or
 * hours cannot be decided is reported, never guessed.
 */
import { daysOfDateColumn, type DateColumn, type DateColumnReading } from "./dates";

/** weekday: 0 is Monday, 6 Sunday (ISO 8601); hour: 0 to 23. */
export interface PostTime {
  weekday: number;
  hour: number;
}

export type PostTimesReading =
  /** times: per data row, null for a blank cell. */
  | { kind: "times"; column: number; times: (PostTime | null)[] }
  /** No column holds dates with a time of day. */
  | { kind: "none" }
  /** Several columns do: the user names the one of the posts. */
  | { kind: "several"; columns: number[] }
  /** The column's days cannot be decided (day/month order, a cell that is no date). */
  | { kind: "days"; column: number; reading: Exclude<DateColumnReading, { kind: "dates" }> }
  /** A cell with a day and no time of day, or a time that is no time of day (25:10, 13:05 PM). */
  | { kind: "noTime"; column: number; row: number; text: string }
  /** Some cells say AM or PM and this one does not: 2:05 could be either. */
  | { kind: "clock"; column: number; row: number; text: string; example: string };

// A time of day after a date: 14:05, 14:05:00, 2:05 PM, 2:05 p.m.
const TIME = /(?:^|[\sT,])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?\s?m\.?)?(?![\d:])/i;
// A day alone as Sheets gives a Date cell at midnight (yyyy-mm-dd): that post went out at 00:00.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

type Clock = { hour: number; meridiem: "a" | "p" | null };

function clockOf(text: string): Clock | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const [, hour, minute, second, meridiem] = match;
  const [h, m, s] = [Number(hour), Number(minute), Number(second ?? 0)];
  if (m > 59 || s > 59) return null;
  if (meridiem === undefined) return h <= 23 ? { hour: h, meridiem: null } : null;
  if (h < 1 || h > 12) return null;
  // 12:30 AM is half past midnight, 12:30 PM half past noon.
  return { hour: (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0), meridiem: meridiem.toLowerCase() as "a" | "p" };
}

const isBlank = (cell: unknown) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
const textOf = (cell: unknown) => String(cell).trim();

/** Monday 0 to Sunday 6, for a day written yyyy-mm-dd. */
function weekdayOf(day: string): number {
  const [year, month, date] = day.split("-").map(Number);
  return (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
}

/** The column's times, or why they cannot be read. */
function readColumn(column: number, header: string, cells: readonly unknown[], reading: DateColumnReading): PostTimesReading {
  if (reading.kind !== "dates") return { kind: "days", column, reading };
  const clocks = cells.map((cell) => (isBlank(cell) ? null : clockOf(textOf(cell))));
  const twelveHour = clocks.findIndex((clock) => clock?.meridiem);
  const days = daysOfDateColumn(header, cells);
  const times: (PostTime | null)[] = [];
  for (let row = 0; row < cells.length; row++) {
    const day = days[row];
    if (day === null) {
      times.push(null);
      continue;
    }
    const text = textOf(cells[row]);
    const clock = clocks[row] ?? (ISO_DAY.test(text) ? { hour: 0, meridiem: null } : null);
    if (clock === null) return { kind: "noTime", column, row, text };
    if (twelveHour >= 0 && clock.meridiem === null) return { kind: "clock", column, row, text, example: textOf(cells[twelveHour]) };
    times.push({ weekday: weekdayOf(day), hour: clock.hour });
  }
  return { kind: "times", column, times };
}

/**
 * The posts' times: from the column given, else from the one date column whose cells carry a time of
 * day. dates: the import's date columns (report.dates).
 */
export function readPostTimes(headers: readonly string[], rows: readonly (readonly unknown[])[], dates: readonly DateColumn[], given: number | null = null): PostTimesReading {
  const cellsOf = (column: number) => rows.map((row) => row[column]);
  const timed = dates.filter(({ column }) => cellsOf(column).some((cell) => !isBlank(cell) && clockOf(textOf(cell)) !== null));
  const candidates = given === null ? timed : dates.filter(({ column }) => column === given);
  if (candidates.length === 0) return { kind: "none" };
  if (candidates.length > 1) return { kind: "several", columns: candidates.map(({ column }) => column) };
  const [{ column, reading }] = candidates;
  return readColumn(column, headers[column] ?? "", cellsOf(column), reading);
}
