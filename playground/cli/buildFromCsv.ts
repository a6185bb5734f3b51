/** Runs the built add-on on a CSV export, in the emulated Sheets, as the sidebar would after reading the file. */
import { basename } from "node:path";
import { en } from "../../src/i18n";
import { requestMessages } from "../../src/i18n/requestMessages";
import { describeColumns, describeImport, describeRows, hasDataRows, importTable, type ImportChoices, type ImportResult } from "../../src/import";
import { MONEY_FIELDS } from "../../src/import/currency";
import { describeReportCurrency } from "../../src/import/describe";
import { readRows, type RowsNoted } from "../../src/import/rows";
import type { Field } from "../../src/import/fields";
import type { ScorecardOptions, ScorecardRequest, ScorecardResult } from "../../src/scorecard/request";
import { fieldLabel } from "../../src/sidebar/scorecard/fieldLabels";
import { moneyFormat, moneyOf } from "../../src/scorecard/moneyFormat";
import { DAY_FORMAT, literalText, sheetCells, sheetNameOfFile, withDayNumbers } from "../../src/sources/dataSheet";
import { columnLetters } from "../emulation/a1";
import { NEW_SHEET_ROWS } from "../emulation/sheetModel";
import { sheetTooLarge } from "../engine";
import type { CellReading, RawCell, SheetFile, WorkbookFile } from "../runtime/contract";
import type { HeldSheet } from "../engine/heldRows";
import { createSession, type EmulatedSession } from "../runtime/session";
import type { CsvTable } from "../../src/import/csv";
import { periodsNote } from "./report";
import { checkNeededColumns, SCORECARD_NEEDS, type NeededColumns } from "./neededColumns";
import { UsageError } from "./options";

export interface CsvBuild {
  session: EmulatedSession;
  result: ScorecardResult;
  /** The scorecard sheet as the grid shows it. */
  cells: CellReading[][];
  /** How the file was read, in words, for standard error. */
  notes: string[];
}

export interface BuildOptions {
  /** The header row and columns the user named (--map), resolved against the file's cells. */
  choices: (cells: readonly (readonly string[])[]) => Pick<ImportChoices, "headerRow" | "columns">;
  /** The scorecard options the command line sets. */
  scorecard: Pick<ScorecardOptions, "targetRoi" | "margin" | "valuePerConversion" | "hourlyRate" | "targetCpa" | "byPeriod">;
  /** The columns to break down by (--breakdown), resolved against the file's header row and width. */
  breakdown: (headers: readonly string[], width: number) => number[];
  /** True when the workbook is written (--out): the data sheet then holds every row, which a linked scorecard reads. */
  writesWorkbook: boolean;
}

/** A sheet name Sheets accepts, from the file's name. */
export const sheetNameOf = (path: string) => sheetNameOfFile(basename(path));


/**
 * The money columns' number format where the export says its currency, as Sheets formats amounts it
 * imports ("£1,234.50" is 1234.5 shown in pounds): the add-on finds the currency in its spend cells.
 */
export function moneyFormats(imported: ImportResult, cells: RawCell[][], firstDataRow: number, locale: string): (string | null)[][] {
  const { currency } = imported.report;
  if (currency.kind !== "found") return [];
  const format = moneyFormat(moneyOf(currency, null, locale), locale);
  const columns = new Set(MONEY_FIELDS.flatMap((field) => (imported.mapping[field] === undefined ? [] : [imported.mapping[field]!])));
  return cells.map((row, r) => row.map((cell, c) => (r >= firstDataRow && columns.has(c) && typeof cell === "number" ? format : null)));
}

/** The date columns as days (withDayNumbers), each day's cell in the day format. */
export function withDays(imported: ImportResult, cells: RawCell[][], firstDataRow: number, formats: (string | null)[][], labelColumns: ReadonlySet<number>): void {
  for (const column of withDayNumbers(imported, cells, firstDataRow, labelColumns)) {
    for (let r = firstDataRow; r < cells.length; r++) {
      if (typeof cells[r][column] !== "number") continue;
      while (formats.length <= r) formats.push([]);
      while (formats[r].length <= column) formats[r].push(null);
      formats[r][column] = DAY_FORMAT;
    }
  }
}

/**
 * A data sheet's cells as the session takes them: with --out, every row is held outside the formula
 * engine (see heldRows.ts, where text is never a formula), which keeps the lines down to the header,
 * as literal text; else those lines alone.
 */
export function heldData(
  sheetName: string,
  cells: RawCell[][],
  formats: (string | null)[][],
  firstDataRow: number,
  writesWorkbook: boolean,
): Pick<SheetFile, "cells" | "formats"> & { held: ReadonlyMap<string, HeldSheet> } {
  return { cells: literalText(cells.slice(0, firstDataRow)), formats: formats.slice(0, firstDataRow), held: new Map(writesWorkbook ? [[sheetName, { cells, formats }]] : []) };
}

/** A short line of the file, ended with blank cells as the sheet would hold it. */
const filled = (row: string[], width: number) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill("")] : row);

/**
 * Formulas over the data sheet read every row: rows the import skips or files apart would count
 * where they should not. Only a written workbook links, so only then are the rows read here too.
 */
function linkable(imported: ImportResult): boolean {
  const { totalsRows, noChannelRows } = readRows(imported.dataRows, imported.mapping, imported.marks, 1);
  return totalsRows.length === 0 && noChannelRows.length === 0;
}


/** The CSV in an emulated spreadsheet, with the data as the add-on's sidebars send it after reading the file. */
export interface LoadedCsv {
  session: EmulatedSession;
  data: Pick<ScorecardRequest, "headers" | "rows" | "mapping" | "breakdown" | "decimalMarks" | "source">;
  /**
   * True when the scorecard may be formulas over the data sheet: the workbook is written, and the
   * sheet's formulas would read the rows as the import did (no totals rows, no rows without a channel).
   */
  linked: boolean;
  /** How the file was read (its encoding, header, columns), in words, for standard error; the add-on tells what it made of the rows. */
  notes: string[];
}

/** How the file was read, then what the add-on made of its rows, in words, for standard error. */
export const notesWithRows = (notes: readonly string[], rowsNoted: RowsNoted) => [...notes, ...describeRows(rowsNoted, en)];

/**
 * Without --out only the figures are printed, and the add-on builds them from the rows it is sent:
 * the data sheet then holds the lines down to the header, not the rows, which a large export would
 * make millions of cells in the formula engine.
 */
export function loadCsv(path: string, table: CsvTable, choices: BuildOptions["choices"], { breakdown: breakdownOf = () => [], writesWorkbook, needs = SCORECARD_NEEDS }: Partial<Pick<BuildOptions, "breakdown">> & Pick<BuildOptions, "writesWorkbook"> & { needs?: NeededColumns }): LoadedCsv {
  const tooLarge = sheetTooLarge(table.rows.length, table.rows.reduce((widest, row) => Math.max(widest, row.length), 0));
  if (tooLarge) throw new Error(`the file has ${tooLarge}: keep only the columns and rows the scorecard reads (channel, spend, results, revenue), or export fewer`);
  const imported = importTable(table.rows, { ...choices(table.rows), convention: table.convention });
  const { headers, mapping, marks, report } = imported;
  const headerRow = report.headerRow;
  // A header alone, "No data available." under it, or title lines alone (an empty period).
  if (!hasDataRows(imported.dataRows)) throw new Error(requestMessages("en").noDataRows);
  if (report.currency.kind === "mixed") throw new Error(describeReportCurrency(report, headers, 1, en)!);
  const sheetName = sheetNameOf(path);
  const width = table.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  checkNeededColumns({ headers, width, mapping, decisions: report.decisions }, needs);
  const breakdown = breakdownOf(headers, width);
  const mappedColumn = (Object.entries(mapping) as [Field, number][]).find(([, column]) => breakdown.includes(column));
  if (mappedColumn) {
    const [field, column] = mappedColumn;
    throw new UsageError(`--breakdown: '${headers[column] || columnLetters(column + 1)}' is read as the ${fieldLabel(en, field).toLowerCase()}; break down by a column of names, such as a campaign or an owner`);
  }
  // Names stay text: a campaign named 2024 is the name the sheet shows, as typed.
  const labelColumns = new Set([...(mapping.channel === undefined ? [] : [mapping.channel]), ...breakdown]);
  // Index of the first data row: below the header, or the first row of a file without one (mapped by letters).
  const firstData = headerRow === null ? 0 : headerRow + 1;
  const cells = sheetCells(writesWorkbook ? table.rows : table.rows.slice(0, firstData), width, firstData, marks, labelColumns);
  const sourceRow = headerRow === null ? 1 : headerRow + 1;
  const locale = table.convention === "," ? "fr_FR" : "en_US";
  const formats = moneyFormats(imported, cells, firstData, locale);
  if (writesWorkbook) withDays(imported, cells, firstData, formats, labelColumns);
  const data = heldData(sheetName, cells, formats, firstData, writesWorkbook);
  const workbook: WorkbookFile = {
    version: 1,
    locale,
    // As many rows as the file, as Sheets imports it, whether or not its data rows are cells here.
    sheets: [{ name: sheetName, cells: data.cells, formats: data.formats, frozenRows: firstData, metadata: [], maxRows: Math.max(table.rows.length, NEW_SHEET_ROWS) }],
    active: { sheet: sheetName, range: `A${sourceRow}:${columnLetters(width)}${table.rows.length}` },
  };
  const linked = writesWorkbook && linkable(imported);
  return {
    session: createSession({ workbook, userLocale: "en", heldSheets: data.held }),
    data: {
      headers: headerRow === null ? Array.from({ length: width }, (_, c) => columnLetters(c + 1)) : headers,
      // Without the rows in the sheet, the add-on reads the file's text, as it reads the sidebar's pasted rows.
      rows: writesWorkbook ? cells.slice(firstData) : table.rows.slice(firstData).map((row) => filled(row, width)),
      mapping,
      breakdown,
      decimalMarks: marks,
      source: { sheetName, rangeA1: workbook.active.range, firstRow: sourceRow, firstColumn: 1, hasHeader: headerRow !== null },
    },
    linked,
    notes: [
      `read as ${table.encoding}, ${table.delimiter === "\t" ? "tab" : table.delimiter === ";" ? "semicolon" : "comma"} separated`,
      ...describeImport(report, headers, 1, en, (field) => fieldLabel(en, field)),
      ...describeColumns(mapping, headers, en, (field) => fieldLabel(en, field)),
    ],
  };
}

export function buildFromCsv(path: string, table: CsvTable, options: BuildOptions): CsvBuild {
  const { session, data, linked, notes } = loadCsv(path, table, options.choices, options);
  // No charts: the .xlsx holds none (exceljs writes no charts), so neither their data nor their rows.
  const request: ScorecardRequest = { ...data, options: { ...options.scorecard, chart: false, linkToSource: linked } };
  const result = session.runServerFunction("buildScorecard", [request]) as ScorecardResult;
  const valuesNote = options.writesWorkbook && !linked;
  return {
    session,
    result,
    cells: session.usedCellReadings(result.sheetName),
    notes: [...notesWithRows(notes, result.rowsNoted), ...(result.periods ? periodsNote(result.periods) : []), ...(valuesNote ? ["the scorecard holds the values read (not formulas over the data sheet): the file has totals rows or rows without a channel"] : [])],
  };
}
