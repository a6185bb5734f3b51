/**
 * When each post went out, from a column of dates with a time of day (Meta's and Instagram's
 * "Publish time", TikTok's "Post time", LinkedIn's "Created date", a Date cell): its weekday and
 * hour in the spreadsheet's time zone. A time written without a zone is already local to the export
 * (or the spreadsheet, for a Date cell) and read as written; one written with its offset (Z, +01:00,
 * the Graph API's +0000) is converted to the spreadsheet's zone, which can change its weekday. A
 * column whose days or hours cannot be decided, or that mixes the two kinds, is reported, never guessed.
 */
import { daysOfDateColumn, type DateColumn, type DateColumnReading } from "./dates";

/** weekday: 0 is Monday, 6 Sunday (ISO 8601); hour: 0 to 23. */
export interface PostTime {
  weekday: number;
  hour: number;
}

export type PostTimesReading =
  /** times: per data row, null for a blank cell. */
  /** offsetExample: a cell written with its offset, whose times were converted; null when none was. */
  | { kind: "times"; column: number; times: (PostTime | null)[]; offsetExample: string | null }
  /** No column holds dates with a time of day. */
  | { kind: "none" }
  /** Several columns do: the user names the one of the posts. */
  | { kind: "several"; columns: number[] }
  /** The column's days cannot be decided (day/month order, a cell that is no date). */
  | { kind: "days"; column: number; reading: Exclude<DateColumnReading, { kind: "dates" }> }
  /** A cell with a day and no time of day, or a time that is no time of day (25:10, 13:05 PM). */
  | { kind: "noTime"; column: number; row: number; text: string }
  /** Some cells say AM or PM and this one does not: 2:05 could be either. */
  | { kind: "clock"; column: number; row: number; text: string; example: string }
  /** Some times give their offset and this one does not: it cannot be put in the spreadsheet's zone. */
  | { kind: "mixedZones"; column: number; row: number; text: string; example: string };

// A time of day after a date: 14:05, 14:05:00, 2:05 PM, 2:05 p.m.
const TIME = /(?:^|[\sT,])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?\s?m\.?)?(?![\d:])/i;
// An offset after an ISO time: 14:05:00Z, 14:05:00+01:00, 14:05:00.000-0800.
const OFFSET = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|([+-])(\d{2}):?(\d{2}))$/;
// A day alone as Sheets gives a Date cell at midnight (yyyy-mm-dd): that post went out at 00:00.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

type Clock = { hour: number; minute: number; meridiem: "a" | "p" | null };

function clockOf(text: string): Clock | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const [, hour, minute, second, meridiem] = match;
  const [h, m, s] = [Number(hour), Number(minute), Number(second ?? 0)];
  if (m > 59 || s > 59) return null;
  if (meridiem === undefined) return h <= 23 ? { hour: h, minute: m, meridiem: null } : null;
  if (h < 1 || h > 12) return null;
  // 12:30 AM is half past midnight, 12:30 PM half past noon.
  return { hour: (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0), minute: m, meridiem: meridiem.toLowerCase() as "a" | "p" };
}

/** Minutes east of UTC a time is written in (Z is 0), null when it gives no offset, NaN for one that is none (+25:00). */
function offsetOf(text: string): number | null {
  const match = OFFSET.exec(text);
  if (!match) return null;
  const [, zone, sign, hours, minutes] = match;
  if (zone === "Z") return 0;
  // UTC-12:00 to UTC+14:00 are the offsets in use.
  if (Number(hours) > 14 || Number(minutes) > 59) return NaN;
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

const isBlank = (cell: unknown) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
const textOf = (cell: unknown) => String(cell).trim();

/** Monday 0 to Sunday 6, for a day written yyyy-mm-dd. */
function weekdayOf(day: string): number {
  const [year, month, date] = day.split("-").map(Number);
  return (new Date(Date.UTC(year, month - 1, date)).getUTCDay() + 6) % 7;
}

const zoneParts = new Map<string, Intl.DateTimeFormat>();

/** The day and hour, in timeZone, of a time written day (yyyy-mm-dd) and clock at offset minutes east of UTC. */
function shifted(day: string, clock: Clock, offset: number, timeZone: string): PostTime {
  const [year, month, date] = day.split("-").map(Number);
  const instant = Date.UTC(year, month - 1, date, clock.hour, clock.minute) - offset * 60_000;
  let format = zoneParts.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });
    zoneParts.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(instant)).map(({ type, value }) => [type, value]));
  return { weekday: weekdayOf(`${part.year}-${part.month}-${part.day}`), hour: Number(part.hour) };
}

/** The column's times, or why they cannot be read. */
function readColumn(column: number, header: string, cells: readonly unknown[], reading: DateColumnReading, timeZone: string): PostTimesReading {
  if (reading.kind !== "dates") return { kind: "days", column, reading };
  const clocks = cells.map((cell) => (isBlank(cell) ? null : clockOf(textOf(cell))));
  const twelveHour = clocks.findIndex((clock) => clock?.meridiem);
  const offsets = cells.map((cell) => (isBlank(cell) ? null : offsetOf(textOf(cell))));
  const withOffset = offsets.findIndex((offset) => offset !== null);
  const days = daysOfDateColumn(header, cells);
  const times: (PostTime | null)[] = [];
  for (let row = 0; row < cells.length; row++) {
    const day = days[row];
    if (day === null) {
      times.push(null);
      continue;
    }
    const text = textOf(cells[row]);
    const clock = clocks[row] ?? (ISO_DAY.test(text) ? { hour: 0, minute: 0, meridiem: null } : null);
    if (clock === null) return { kind: "noTime", column, row, text };
    if (twelveHour >= 0 && clock.meridiem === null) return { kind: "clock", column, row, text, example: textOf(cells[twelveHour]) };
    const offset = offsets[row];
    if (Number.isNaN(offset)) return { kind: "noTime", column, row, text };
    if (withOffset >= 0 && offset === null) return { kind: "mixedZones", column, row, text, example: textOf(cells[withOffset]) };
    times.push(offset === null ? { weekday: weekdayOf(day), hour: clock.hour } : shifted(day, clock, offset, timeZone));
  }
  return { kind: "times", column, times, offsetExample: withOffset >= 0 ? textOf(cells[withOffset]) : null };
}

export type PostTimeColumn =
  | { kind: "column"; column: number; reading: DateColumnReading }
  | Extract<PostTimesReading, { kind: "none" | "several" }>;

/** The column of the posts' times: the column given, else the one date column whose cells carry a time of day. */
export function findPostTimeColumn(rows: readonly (readonly unknown[])[], dates: readonly DateColumn[], given: number | null = null): PostTimeColumn {
  const timed = dates.filter(({ column }) => rows.some((row) => !isBlank(row[column]) && clockOf(textOf(row[column])) !== null));
  const candidates = given === null ? timed : dates.filter(({ column }) => column === given);
  if (candidates.length === 0) return { kind: "none" };
  if (candidates.length > 1) return { kind: "several", columns: candidates.map(({ column }) => column) };
  return { kind: "column", ...candidates[0] };
}

/**
 * The posts' times, from the column findPostTimeColumn finds. dates: the import's date columns
 * (report.dates); timeZone: the spreadsheet's (an IANA name), for the times written with their offset.
 */
export function readPostTimes(headers: readonly string[], rows: readonly (readonly unknown[])[], dates: readonly DateColumn[], timeZone: string, given: number | null = null): PostTimesReading {
  const found = findPostTimeColumn(rows, dates, given);
  if (found.kind !== "column") return found;
  const { column, reading } = found;
  return readColumn(column, headers[column] ?? "", rows.map((row) => row[column]), reading, timeZone);
}
