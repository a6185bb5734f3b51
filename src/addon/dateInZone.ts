/**
 * A date as Sheets shows it to the spreadsheet's users: in the spreadsheet's time zone (which may
 * not be the script's), the day alone when the time is midnight there.
 */
export function dateInZone(date: Date, timeZone: string): string {
  const text = Utilities.formatDate(date, timeZone, "yyyy-MM-dd HH:mm:ss");
  return text.endsWith(" 00:00:00") ? text.slice(0, "yyyy-MM-dd".length) : text;
}
