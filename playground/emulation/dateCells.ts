/**
 * Date cells as Apps Script reads them: getValues returns a Date for a number shown in a date or
 * time format, the day number read as a wall-clock time in the spreadsheet's time zone.
 */

/** Sheets' day number of 1 January 1970: day numbers count from 30 December 1899. */
export const UNIX_EPOCH_DAY = 25_569;
const DAY_MS = 86_400_000;

/** True when a number format shows a date, a time or a duration ("yyyy-mm-dd", "d/m/yyyy", "h:mm am/pm", "[h]:mm"). */
export function isDateTimeFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // Quoted text, escaped characters and bracketed codes ([$€], [Red]) are not the format's letters; [h] [m] [s] are elapsed time.
  const letters = format.replace(/"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(letters);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How many minutes timeZone is ahead of UTC at the instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    const fields = { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" } as const;
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, ...fields, hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant (milliseconds since 1970 UTC) a day number names as a wall-clock time in timeZone. */
export function instantOfSerial(serial: number, timeZone: string): number {
  const wall = Math.round((serial - UNIX_EPOCH_DAY) * DAY_MS);
  const guess = wall - offsetMinutes(wall, timeZone) * 60_000;
  // Near a clock change the offset at the guess, not at the wall time, is the one that holds.
  return wall - offsetMinutes(guess, timeZone) * 60_000;
}
