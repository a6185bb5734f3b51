/**
 * A CSV file as the cells of its data sheet, for the command line's workbook and for the sidebar's
 * file picker alike: numbers where the import read numbers (so linked formulas sum them), names kept
 * as typed, text kept literal, and a sheet name Sheets accepts.
 */
import type { ImportResult } from "../import";
import { daysOfColumn, isDateHeader } from "../import/dates";
import { readNumber, type DecimalMark } from "../import/numbers";
import { daySerial } from "../scorecard/periods";
import type { RawCell } from "../scorecard/request";
import { guardText } from "../scorecard/sheetText";

/** Sheets names a sheet in at most 100 characters; 90 leave room for " (2)". */
const NAME_LENGTH = 90;

/** A sheet name Sheets accepts, from a file's name (its extension left out). */
export function sheetNameOfFile(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, "").replace(/[[\]*?:/\\]/g, " ").slice(0, NAME_LENGTH).trim() || "Data";
}

/** The data sheet holds numbers where the import read numbers, so linked formulas sum them. */
export function sheetCells(rows: readonly string[][], width: number, firstDataRow: number, marks: readonly (DecimalMark | null)[], labelColumns: ReadonlySet<number>): RawCell[][] {
  return rows.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = row[c] ?? "";
      if (r < firstDataRow || labelColumns.has(c)) return cell;
      const reading = readNumber(cell, marks[c] ?? null);
      if (reading.kind === "number") return reading.value;
      return reading.kind === "blank" ? "" : cell;
    }),
  );
}

/** Text cells stay literal text: "-Retargeting", "+Promo" or "=HYPERLINK(...)" never run as formulas. */
export const literalText = (cells: RawCell[][]) => cells.map((row) => row.map((cell) => (typeof cell === "string" ? guardText(cell) : cell)));

/** How a data sheet shows its days. */
export const DAY_FORMAT = "yyyy-mm-dd";

/**
 * The date columns (under a date header) as day numbers, shown as days by DAY_FORMAT: formulas
 * compare them with a period's first and last days. The days are the import's reading (day or month
 * first decided from the whole column), never the spreadsheet locale's guess at "01/02/2026". A
 * column broken down by (labelColumns) stays the text the sheet's names are matched by. Returns the
 * columns changed.
 */
export function withDayNumbers(imported: Pick<ImportResult, "headers" | "report">, cells: RawCell[][], firstDataRow: number, labelColumns: ReadonlySet<number>): number[] {
  return imported.report.dates.flatMap(({ column, reading }) => {
    const header = imported.headers[column] ?? "";
    if (reading.kind !== "dates" || !isDateHeader(header) || labelColumns.has(column)) return [];
    const { days } = daysOfColumn(header, cells.slice(firstDataRow).map((row) => row[column]));
    days?.forEach((day, i) => {
      if (day !== null) cells[firstDataRow + i][column] = daySerial(day);
    });
    return [column];
  });
}
