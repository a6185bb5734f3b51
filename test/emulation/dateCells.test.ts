// A number shown as a date or a time reads through getValues as a Date, as Apps Script gives it:
// the day number read as a wall-clock time in the spreadsheet's time zone.
import { describe, expect, it } from "vitest";
import { isDateTimeFormat } from "../../playground/emulation/dateCells";
import { emulate } from "./emulate";

/** 29 January 2026 is day 46,051 counted from 30 December 1899. */
const JANUARY_29 = 46_051;
/** 1 July 2026. */
const JULY_1 = 46_204;

function datedCells(timeZone: string) {
  const { sheet, workbook } = emulate();
  workbook.settings.timeZone = timeZone;
  const range = sheet().getRange("A1:D1");
  range.setValues([[JANUARY_29, JULY_1 + 0.75, 0.5, 1234.5]]);
  range.setNumberFormats([["yyyy-mm-dd", "yyyy-mm-dd hh:mm", "h:mm", '"$"#,##0.00']]);
  return { range, cell: (a1: string) => sheet().getRange(a1) };
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === "[object Date]";

describe("getValues over date cells", () => {
  it("gives Dates at the wall-clock time in the spreadsheet's zone, New York's winter and summer offsets included", () => {
    const [[day, dateTime, time, money]] = datedCells("America/New_York").range.getValues();
    expect(isDate(day) && day.toISOString()).toBe("2026-01-29T05:00:00.000Z");
    expect(isDate(dateTime) && dateTime.toISOString()).toBe("2026-07-01T22:00:00.000Z");
    // A time alone is that time on 30 December 1899 (Eastern Standard Time since 1883).
    expect(isDate(time) && time.toISOString()).toBe("1899-12-30T17:00:00.000Z");
    expect(money).toBe(1234.5);
  });

  it("gives the same days in Paris an hour before midnight UTC", () => {
    const [[day]] = datedCells("Europe/Paris").range.getValues();
    expect(isDate(day) && day.toISOString()).toBe("2026-01-28T23:00:00.000Z");
  });

  it("gives getValue's single cell likewise, and shows the day as text", () => {
    const first = datedCells("UTC").cell("A1");
    const value = first.getValue();
    expect(isDate(value) && value.toISOString()).toBe("2026-01-29T00:00:00.000Z");
    expect(first.getDisplayValue()).toBe("2026-01-29");
  });
});

describe("date and time formats", () => {
  it("are told from number formats whose letters are quoted or bracketed", () => {
    for (const format of ["yyyy-mm-dd", "d/m/yyyy", "mmm d", "h:mm am/pm", "[h]:mm:ss", "dddd"]) expect(isDateTimeFormat(format), format).toBe(true);
    for (const format of ["0.###############", "#,##0.00", '"$"#,##0.00', "[$€]#,##0.00", '0.0"x"', "+0.0%;-0.0%;0.0%", "[Red]0.00", '#,##0 "days"', "General"]) {
      expect(isDateTimeFormat(format), format).toBe(false);
    }
  });
});
