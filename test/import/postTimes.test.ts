// When each post went out: weekday (Monday first) and hour, read as the export writes them, never
// shifted; a column whose days or hours cannot be decided is said, never guessed. Weekdays are
// written here by hand from the calendar: 1 January 2026 is a Thursday.
import { describe, expect, it } from "vitest";
import { readDateColumns } from "../../src/import/dates";
import { readPostTimes } from "../../src/import/postTimes";

const [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY] = [0, 1, 2, 3, 4, 5, 6];

/** One column of times under its header, read as the import finds it among the table's columns. */
function timesOf(header: string, cells: unknown[]) {
  const rows = cells.map((cell) => [cell]);
  return readPostTimes([header], rows, readDateColumns([header], rows, [0]));
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

  it("reads ISO times as written, a zone suffix included, and month names", () => {
    expect(timesOf("Post time", ["2026-03-05 14:05:00", "2026-03-06T07:30:00+01:00", "2026-03-08T23:10:00Z"])).toMatchObject({
      times: [{ weekday: THURSDAY, hour: 14 }, { weekday: FRIDAY, hour: 7 }, { weekday: SUNDAY, hour: 23 }],
    });
    expect(timesOf("Created date", ["Jan 15, 2026, 2:05 PM", "Jan 17, 2026, 10:00 AM"])).toMatchObject({
      times: [{ weekday: THURSDAY, hour: 14 }, { weekday: SATURDAY, hour: 10 }],
    });
  });

  it("takes a Date cell at midnight, which Sheets gives as its day alone, for 0:00", () => {
    expect(timesOf("Publish time", ["2026-01-05 18:00:00", "2026-01-06"])).toMatchObject({ times: [{ weekday: MONDAY, hour: 18 }, { weekday: TUESDAY, hour: 0 }] });
  });
});

describe("a column that cannot say when posts went out", () => {
  it("day/month or month/day: every day 12 or less", () => {
    expect(timesOf("Publish time", ["01/05/2026 08:00", "02/05/2026 12:10"])).toEqual({ kind: "days", column: 0, reading: { kind: "dayOrMonth", example: "01/05/2026 08:00" } });
  });

  it("a post without its hour, or an hour that is none", () => {
    expect(timesOf("Publish time", ["01/15/2026 08:00", "01/16/2026"])).toEqual({ kind: "noTime", column: 0, row: 1, text: "01/16/2026" });
    expect(timesOf("Publish time", ["01/15/2026 08:00", "01/16/2026 13:05 PM"])).toEqual({ kind: "noTime", column: 0, row: 1, text: "01/16/2026 13:05 PM" });
    expect(timesOf("Publish time", ["01/15/2026 08:00", "01/16/2026 24:30"])).toEqual({ kind: "noTime", column: 0, row: 1, text: "01/16/2026 24:30" });
  });

  it("2:05 without AM or PM in a column that writes them", () => {
    expect(timesOf("Published", ["1/15/2026 9:15 AM", "1/16/2026 2:05"])).toEqual({ kind: "clock", column: 0, row: 1, text: "1/16/2026 2:05", example: "1/15/2026 9:15 AM" });
  });

  it("no column with a time of day, or several", () => {
    expect(timesOf("Day", ["2026-01-05", "2026-01-06"])).toEqual({ kind: "none" });
    const rows = [["2026-01-05 10:00", "2026-01-07 09:00"]];
    expect(readPostTimes(["Created", "Scheduled"], rows, readDateColumns(["Created", "Scheduled"], rows, [0, 1]))).toEqual({ kind: "several", columns: [0, 1] });
    expect(readPostTimes(["Created", "Scheduled"], rows, readDateColumns(["Created", "Scheduled"], rows, [0, 1]), 1)).toMatchObject({ kind: "times", column: 1 });
  });
});
