/** Utilities.formatDate: a date as a pattern in a time zone (the pattern letters the add-on uses). */
import { fail, type ServiceContext } from "./context";

// SimpleDateFormat's letters, by the Intl part that gives each.
const PATTERN_PARTS: Record<string, Intl.DateTimeFormatPartTypes> = { yyyy: "year", MM: "month", dd: "day", HH: "hour", mm: "minute", ss: "second" };
const PATTERN = /yyyy|MM|dd|HH|mm|ss|'[^']*'|[A-Za-z]/g;

export class EmulatedUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, "formatDate"> {
  constructor(private readonly context: ServiceContext) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    // The script's Dates come from its own realm, where instanceof Date fails.
    if (Object.prototype.toString.call(date) !== "[object Date]" || typeof timeZone !== "string" || typeof format !== "string") {
      fail(this.context, "The parameters don't match the method signature for Utilities.formatDate.");
    }
    let parts: Intl.DateTimeFormatPart[];
    try {
      const formatter = new Intl.DateTimeFormat("en-US", {
        timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
      });
      parts = formatter.formatToParts(new Date((date as unknown as Date).getTime()));
    } catch {
      fail(this.context, `Invalid argument: timeZone ${timeZone}`);
    }
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
    return format.replace(PATTERN, (token) => {
      if (token in PATTERN_PARTS) return part(PATTERN_PARTS[token]);
      if (token.startsWith("'")) return token.slice(1, -1);
      fail(this.context, `The playground does not emulate the date pattern letter ${token} of Utilities.formatDate yet.`);
    });
  }
}
