// Date columns as the platforms export them, decided per column from all their cells: the earliest
// and latest day each gives, or why it is not read as dates. Expected days are written by hand
// from the fixtures' cells.
import { describe, expect, it } from "vitest";
import { describeImport, importTable } from "../../src/import";
import { readDateColumn } from "../../src/import/dates";
import { en, fr } from "../../src/i18n";

/** Days of a month as a platform writes them, for a whole month of rows. */
const daysOf = (format: (day: number) => string, days = 31) => Array.from({ length: days }, (_, i) => format(i + 1));
const pad = (n: number) => String(n).padStart(2, "0");

describe("a date column read whole", () => {
  it.each([
    ["Reporting starts", daysOf((d) => `2026-01-${pad(d)}`), "iso", "2026-01-01", "2026-01-31"],
    ["Day", daysOf((d) => `2026-03-${pad(d)} 14:05:00`), "iso", "2026-03-01", "2026-03-31"],
    ["Jour", daysOf((d) => `${pad(d)}/01/2026`), "dayFirst", "2026-01-01", "2026-01-31"],
    ["Day", daysOf((d) => `1/${d}/2026`), "monthFirst", "2026-01-01", "2026-01-31"],
    ["Datum", daysOf((d) => `${d}.08.2019`), "dotted", "2019-08-01", "2019-08-31"],
    ["Fecha", daysOf((d) => `${d}-11-2024`, 30), "dayFirst", "2024-11-01", "2024-11-30"],
    ["Date", daysOf((d) => `202601${pad(d)}`), "compact", "2026-01-01", "2026-01-31"],
    ["Day", daysOf((d) => `Jan ${d}, 2026`), "monthNames", "2026-01-01", "2026-01-31"],
    ["Jour", daysOf((d) => `${d} janv. 2026`), "monthNames", "2026-01-01", "2026-01-31"],
    ["Dia", daysOf((d) => `${d} de janeiro de 2026`), "monthNames", "2026-01-01", "2026-01-31"],
    ["Fecha", daysOf((d) => `${d} ene 2026`), "monthNames", "2026-01-01", "2026-01-31"],
    ["Tag", daysOf((d) => `${d}. Januar 2026`), "monthNames", "2026-01-01", "2026-01-31"],
    ["Giorno", daysOf((d) => `${d} gennaio 2026`), "monthNames", "2026-01-01", "2026-01-31"],
    ["Month", ["January 2026", "February 2026", "March 2026"], "monthNames", "2026-01-01", "2026-03-01"],
  ])("“%s” %#", (header, cells, form, first, last) => {
    expect(readDateColumn(header, [...cells].reverse())).toEqual({ kind: "dates", form, first, last });
  });

  it("reads spreadsheet day numbers under a date header: 46023 is 1 January 2026", () => {
    // Days from Sheets' day 0, 30 December 1899, counted by hand: 1900-2025 has 126 years, 31 of them leap.
    const newYear2026 = 2 + 126 * 365 + 31;
    expect(newYear2026).toBe(46023);
    expect(readDateColumn("Date", [newYear2026 + 30, newYear2026, newYear2026 + 58])).toEqual({ kind: "dates", form: "serial", first: "2026-01-01", last: "2026-02-28" });
    // Without a date header a number is a figure.
    expect(readDateColumn("Spend", [newYear2026])).toBeNull();
  });

  it("reads a column without a date header when every cell is a date written with separators", () => {
    expect(readDateColumn("Period", ["2026-02-01", "", "2026-02-14"])).toEqual({ kind: "dates", form: "iso", first: "2026-02-01", last: "2026-02-14" });
    // A campaign named like a month is a name: the column's other cells are no dates.
    expect(readDateColumn("Campaign name", ["January 2026", "Retargeting – 30 days"])).toBeNull();
  });
});

describe("a date column that cannot be decided is said, never guessed", () => {
  it("every day 12 or less: day/month or month/day", () => {
    expect(readDateColumn("Date", ["05/04/2026", "06/04/2026", "07/04/2026"])).toEqual({ kind: "dayOrMonth", example: "05/04/2026" });
  });

  it("both orders in one column", () => {
    expect(readDateColumn("Date", ["31/01/2026", "01/31/2026"])).toEqual({ kind: "bothOrders", dayFirst: "31/01/2026", monthFirst: "01/31/2026" });
  });

  it("a day that does not exist, or a cell that is no date", () => {
    expect(readDateColumn("Day", ["2026-02-28", "2026-02-30"])).toEqual({ kind: "notADate", text: "2026-02-30", row: 1 });
    expect(readDateColumn("Jour", ["28/02/2026", "31/02/2026", "13/02/2026"])).toEqual({ kind: "notADate", text: "31/02/2026", row: 1 });
    // Google Ads' "Week" as week numbers: not days of January 1900.
    expect(readDateColumn("Week", [1, 2, 3])).toEqual({ kind: "notADate", text: "1", row: 0 });
    expect(readDateColumn("Quarter", ["Q1 2026"])).toEqual({ kind: "notADate", text: "Q1 2026", row: 0 });
  });
});

describe("the import report says what it read as dates", () => {
  // A Meta export by day, and a French export whose days cannot be told from months.
  const META = [
    ["Reporting starts", "Reporting ends", "Platform", "Amount spent (EUR)", "Purchases"],
    ["2026-11-02", "2026-11-02", "Facebook", "120.50", "4"],
    ["2026-11-03", "2026-11-03", "Instagram", "98.10", "3"],
    ["2026-11-01", "2026-11-01", "Facebook", "101.00", "2"],
  ];
  const FRENCH = [
    ["Date", "Canal", "Dépenses", "Conversions"],
    ["03/11/2026", "Facebook", "120,50", "4"],
    ["04/11/2026", "LinkedIn", "98,10", "3"],
  ];

  it("names each date column, its form and its first and last day, in English and French", () => {
    const imported = importTable(META);
    const lines = describeImport(imported.report, imported.headers, 1, en, String);
    expect(lines).toContain("Dates ← “Reporting starts”: year-month-day, 2026-11-01 to 2026-11-03.");
    expect(lines).toContain("Dates ← “Reporting ends”: year-month-day, 2026-11-01 to 2026-11-03.");
    expect(describeImport(imported.report, imported.headers, 1, fr, String)).toContain("Dates ← «\u00a0Reporting starts\u00a0»\u00a0: année-mois-jour, du 2026-11-01 au 2026-11-03.");
  });

  it("says why a column is not read as dates", () => {
    const imported = importTable(FRENCH, { convention: "," });
    expect(describeImport(imported.report, imported.headers, 1, en, String)).toContain(
      "“Date” is not read as dates: every value fits day/month and month/day (03/11/2026); export the dates as year-month-day.",
    );
  });
});
