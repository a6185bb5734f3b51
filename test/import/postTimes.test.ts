// When each post went out: weekday (Monday first) and hour, read as the export writes them, or
// converted to the spreadsheet's time zone when the export writes each time's offset; a column whose
// days or hours cannot be decided is said, never guessed. Weekdays are written here by hand from the
// calendar: 1 January 2026 is a Thursday, so 1 March 2026 is a Sunday and 1 October a Thursday.
import { describe, expect, it } from "vitest";
import { readDateColumns } from "../../src/import/dates";
import { readPostTimes } from "../../src/import/postTimes";

const [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY] = [0, 1, 2, 3, 4, 5, 6];

/** One column of times under its header, read as the import finds it among the table's columns. */
function timesOf(header: string, cells: unknown[], timeZone = "Europe/Paris") {
  const rows = cells.map((cell) => [cell]);
  return readPostTimes([header], rows, readDateColumns([header], rows, [0]), timeZone);
}

describe("a column of publish times", () => {
  it("reads 12-hour times right: 12:20 AM is 0:00, 12:45 PM is 12:00, 2:05 PM is 14:00", () => {
    expect(timesOf("Published", ["1/10/2026 12:20 AM", "1/11/2026 12:45 PM", "1/8/2026 2:05 PM", "1/13/2026 9:40 am", "1/22/2026 11:59 PM"])).toEqual({
      kind: "times",
      column: 0,
      times: [
        { weekday: SATURDAY, hour: 0 },
        { weekday: SUNDAY, hour: 12 },
        { weekday: THURSDAY, hour: 14 },
        { weekday: TUESDAY, hour: 9 },
        { weekday: THURSDAY, hour: 23 },
      ],
      offsetExample: null,
    });
  });

  it("reads 24-hour times month first (Meta Business Suite) and day first, the order decided by the whole column", () => {
    expect(timesOf("Publish time", ["01/05/2026 08:00", "01/14/2026 12:10", "", "01/11/2026 21:30"])).toMatchObject({
      times: [{ weekday: MONDAY, hour: 8 }, { weekday: WEDNESDAY, hour: 12 }, null, { weekday: SUNDAY, hour: 21 }],
    });
    expect(timesOf("Heure de publication", ["06/01/2026 10:00", "13/01/2026 10:20", "08/01/2026 17:30"])).toMatchObject({
      times: [{ weekday: TUESDAY, hour: 10 }, { weekday: TUESDAY, hour: 10 }, { weekday: THURSDAY, hour: 17 }],
    });
  });

  it("reads ISO times without an offset as written, in any spreadsheet zone, and month names", () => {
    for (const timeZone of ["Europe/Paris", "America/New_York"]) {
      expect(timesOf("Post time", ["2026-03-05 14:05:00", "2026-03-06T07:30:00", "2026-03-08T23:10:00"], timeZone)).toEqual({
        kind: "times",
        column: 0,
        times: [{ weekday: THURSDAY, hour: 14 }, { weekday: FRIDAY, hour: 7 }, { weekday: SUNDAY, hour: 23 }],
        offsetExample: null,
      });
    }
    expect(timesOf("Created date", ["Jan 15, 2026, 2:05 PM", "Jan 17, 2026, 10:00 AM"])).toMatchObject({
      times: [{ weekday: THURSDAY, hour: 14 }, { weekday: SATURDAY, hour: 10 }],
    });
  });

  it("takes a Date cell at midnight, which Sheets gives as its day alone, for 0:00", () => {
    expect(timesOf("Publish time", ["2026-01-05 18:00:00", "2026-01-06"])).toMatchObject({ times: [{ weekday: MONDAY, hour: 18 }, { weekday: TUESDAY, hour: 0 }] });
  });
});

describe("times written with their offset, converted to the spreadsheet's time zone", () => {
  it("puts 14:05Z at 15:00 in Paris (UTC+1 in March) and 9:00 in New York (UTC-5 before its change)", () => {
    expect(timesOf("Post time", ["2026-03-05T14:05:00Z"], "Europe/Paris")).toEqual({ kind: "times", column: 0, times: [{ weekday: THURSDAY, hour: 15 }], offsetExample: "2026-03-05T14:05:00Z" });
    expect(timesOf("Post time", ["2026-03-05T14:05:00Z"], "America/New_York")).toMatchObject({ times: [{ weekday: THURSDAY, hour: 9 }] });
  });

  it("reads +01:00, the Graph API's +0000 and -0800 with milliseconds, the weekday changing across midnight", () => {
    // 14:05+01:00 is 13:05Z, 8:05 in New York; 14:05-08:00 is 22:05Z, 23:05 in Paris; 23:10Z on Friday is 0:10 on Saturday in Paris.
    const cells = ["2026-03-05 14:05:00+01:00", "2026-03-05T14:05:00.000-0800", "2026-03-06T23:10:00+0000"];
    expect(timesOf("Post time", cells, "Europe/Paris")).toMatchObject({ times: [{ weekday: THURSDAY, hour: 14 }, { weekday: THURSDAY, hour: 23 }, { weekday: SATURDAY, hour: 0 }] });
    expect(timesOf("Post time", cells, "America/New_York")).toMatchObject({ times: [{ weekday: THURSDAY, hour: 8 }, { weekday: THURSDAY, hour: 17 }, { weekday: FRIDAY, hour: 18 }] });
  });

  it("counts the minutes: 14:45Z is 20:15 in Kolkata (UTC+5:30), the 20:00 column", () => {
    expect(timesOf("Post time", ["2026-03-05T14:45:00Z"], "Asia/Kolkata")).toMatchObject({ times: [{ weekday: THURSDAY, hour: 20 }] });
  });

  it("follows Paris's clock changes: Sunday 29 March 2026 and Sunday 25 October 2026, at 1:00 UTC", () => {
    // Before 1:00Z on 29 March Paris is UTC+1, after UTC+2; before 1:00Z on 25 October UTC+2, after UTC+1.
    const cells = ["2026-03-28T23:30:00Z", "2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"];
    expect(timesOf("Post time", cells, "Europe/Paris")).toMatchObject({
      times: [{ weekday: SUNDAY, hour: 0 }, { weekday: SUNDAY, hour: 1 }, { weekday: SUNDAY, hour: 3 }, { weekday: SUNDAY, hour: 2 }, { weekday: SUNDAY, hour: 2 }],
    });
  });

  it("follows New York's clock changes: Sunday 8 March 2026 at 7:00 UTC and Sunday 1 November 2026 at 6:00 UTC", () => {
    // Before 7:00Z on 8 March New York is UTC-5, after UTC-4; before 6:00Z on 1 November UTC-4, after UTC-5.
    const cells = ["2026-03-08T03:00:00Z", "2026-03-08T06:30:00Z", "2026-03-08T07:30:00Z", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z"];
    expect(timesOf("Post time", cells, "America/New_York")).toMatchObject({
      times: [{ weekday: SATURDAY, hour: 22 }, { weekday: SUNDAY, hour: 1 }, { weekday: SUNDAY, hour: 3 }, { weekday: SUNDAY, hour: 1 }, { weekday: SUNDAY, hour: 1 }],
    });
  });
});

describe("a column that cannot say when posts went out", () => {
  it("times with and without an offset in one column: the row without is named", () => {
    expect(timesOf("Post time", ["2026-03-05T14:05:00Z", "", "2026-03-06 09:00:00", "2026-03-07T10:00:00Z"])).toEqual({
      kind: "mixedZones", column: 0, row: 2, text: "2026-03-06 09:00:00", example: "2026-03-05T14:05:00Z",
    });
    // A Date cell at midnight (its day alone) is in the spreadsheet's zone, not at an offset.
    expect(timesOf("Post time", ["2026-03-06", "2026-03-05T14:05:00+01:00"])).toEqual({
      kind: "mixedZones", column: 0, row: 0, text: "2026-03-06", example: "2026-03-05T14:05:00+01:00",
    });
  });

  it("day/month or month/day: every day 12 or less", () => {
    expect(timesOf("Publish time", ["01/05/2026 08:00", "02/05/2026 12:10"])).toEqual({ kind: "days", column: 0, reading: { kind: "dayOrMonth", example: "01/05/2026 08:00" } });
  });

  it("a post without its hour, or an hour that is none", () => {
    expect(timesOf("Publish time", ["01/15/2026 08:00", "01/16/2026"])).toEqual({ kind: "noTime", column: 0, row: 1, text: "01/16/2026" });
    expect(timesOf("Publish time", ["01/15/2026 08:00", "01/16/2026 13:05 PM"])).toEqual({ kind: "noTime", column: 0, row: 1, text: "01/16/2026 13:05 PM" });
    expect(timesOf("Publish time", ["01/15/2026 08:00", "01/16/2026 24:30"])).toEqual({ kind: "noTime", column: 0, row: 1, text: "01/16/2026 24:30" });
    expect(timesOf("Post time", ["2026-03-05T14:05:00Z", "2026-03-06T09:00:00+25:00"])).toEqual({ kind: "noTime", column: 0, row: 1, text: "2026-03-06T09:00:00+25:00" });
  });

  it("times written in forms no export here is known to write, or with a zone named rather than given as an offset", () => {
    for (const text of ["06/01/2026 14h05", "06/01/2026 14 h 05", "1/15/2026 2:05 p.m.", "1/15/2026 2.05 PM", "2026-03-05 14:05:00 UTC", "2026-03-05T14:05:00 +01:00"]) {
      expect(timesOf("Publish time", ["2026-03-04 10:00:00", text]), text).toEqual({ kind: "days", column: 0, reading: { kind: "notADate", text, row: 1 } });
    }
  });

  it("2:05 without AM or PM in a column that writes them", () => {
    expect(timesOf("Published", ["1/15/2026 9:15 AM", "1/16/2026 2:05"])).toEqual({ kind: "clock", column: 0, row: 1, text: "1/16/2026 2:05", example: "1/15/2026 9:15 AM" });
  });

  it("no column with a time of day, or several", () => {
    expect(timesOf("Day", ["2026-01-05", "2026-01-06"])).toEqual({ kind: "none" });
    const rows = [["2026-01-05 10:00", "2026-01-07 09:00"]];
    expect(readPostTimes(["Created", "Scheduled"], rows, readDateColumns(["Created", "Scheduled"], rows, [0, 1]), "Europe/Paris")).toEqual({ kind: "several", columns: [0, 1] });
    expect(readPostTimes(["Created", "Scheduled"], rows, readDateColumns(["Created", "Scheduled"], rows, [0, 1]), "Europe/Paris", 1)).toMatchObject({ kind: "times", column: 1 });
  });
});
