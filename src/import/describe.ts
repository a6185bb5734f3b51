/** The import's report in words, for the sidebar and the command line; the texts come in the user's language. */
import type { CurrencyEvidence, CurrencyReading } from "./currency";
import type { ImportReport } from "./index";
import { ALL_FIELDS, summedEngagementParts, type ColumnMapping, type Field } from "./fields";
import type { RowsNoted } from "./rows";
import type { DateForm } from "./dates";
import { rowList } from "../i18n/lists";

/** How the export's currency is told (the wording is shared with the build's refusal of two currencies). */
export interface CurrencyTexts {
  currencyFound: (currency: string, where: string) => string;
  currencyMixed: (first: string, second: string) => string;
  currencySaid: (currency: string, where: string) => string;
  currencyFromHeader: (header: string) => string;
  currencyFromColumn: (column: string, row: number) => string;
  currencyFromCell: (text: string, column: string, row: number) => string;
  currencyFromFormat: (column: string, row: number) => string;
  currencyStated: string;
}

export interface ImportTexts extends CurrencyTexts {
  headerBelowTitle: (row: number, lines: number) => string;
  preferredColumn: (field: string, chosen: string, others: string) => string;
  plannedBesideSpend: (spend: string, planned: string) => string;
  perDayBudgetLeftOut: (budget: string) => string;
  campaignAsChannel: (column: string) => string;
  derivedLeftOut: (columns: string) => string;
  engagementsSummed: (columns: string) => string;
  decimalComma: (column: string) => string;
  decimalConvention: (column: string, comma: boolean) => string;
  decimalAmbiguous: (column: string) => string;
  decimalMixed: (column: string) => string;
  datesRead: (column: string, form: DateForm, first: string, last: string) => string;
  datesDayOrMonth: (column: string, example: string) => string;
  datesBothOrders: (column: string, dayFirst: string, monthFirst: string) => string;
  notADate: (column: string, text: string, row: number) => string;
  repeatedRows: (count: number, rows: string, earlier: string) => string;
  columnsRead: (pairs: string) => string;
  columnRead: (field: string, column: string) => string;
  emptyColumn: (column: string, field: string | null) => string;
  rowsWithoutFigures: (count: number, rows: string) => string;
  totalsSkipped: (count: number, rows: string) => string;
  noChannelRows: (count: number, rows: string) => string;
  noCostRows: (count: number, rows: string) => string;
}

const quoted = (names: readonly string[]) => names.map((name) => `“${name}”`).join(", ");

/**
 * The currency the export says, and where; or its two currencies. A column is named by its header;
 * rowNumber turns an index of the data rows into the row the user sees.
 */
export function describeCurrency(reading: CurrencyReading, name: (column: number) => string, rowNumber: (index: number) => number, texts: CurrencyTexts): string | null {
  const where = ({ from }: CurrencyEvidence) => {
    if (from.kind === "header") return texts.currencyFromHeader(name(from.column));
    if (from.kind === "column") return texts.currencyFromColumn(name(from.column), rowNumber(from.row));
    if (from.kind === "format") return texts.currencyFromFormat(name(from.column), rowNumber(from.row));
    if (from.kind === "stated") return texts.currencyStated;
    return texts.currencyFromCell(from.text, name(from.column), rowNumber(from.row));
  };
  if (reading.kind === "none") return null;
  if (reading.kind === "mixed") {
    const said = (evidence: CurrencyEvidence) => texts.currencySaid(evidence.written, where(evidence));
    return texts.currencyMixed(said(reading.first), said(reading.second));
  }
  const currency = reading.codes.length === 1 ? reading.codes[0] : reading.evidence.written;
  return texts.currencyFound(currency, where(reading.evidence));
}

/** The report's currency line; firstRow is the sheet row of the cells' first row. */
export function describeReportCurrency(report: ImportReport, headers: readonly string[], firstRow: number, texts: CurrencyTexts): string | null {
  const firstDataRow = firstRow + (report.headerRow === null ? 0 : report.headerRow + 1);
  return describeCurrency(report.currency, (column) => headers[column] || String(column + 1), (index) => firstDataRow + index, texts);
}

/** How the columns and numbers were understood. firstRow is the sheet row of the cells' first row. */
export function describeImport(
  report: ImportReport,
  headers: readonly string[],
  firstRow: number,
  texts: ImportTexts,
  fieldLabel: (field: Field) => string,
): string[] {
  const name = (column: number) => headers[column] || String(column + 1);
  const lines: string[] = [];
  if (report.headerRow !== null && report.linesAbove > 0) lines.push(texts.headerBelowTitle(firstRow + report.headerRow, report.linesAbove));
  for (const decision of report.decisions) {
    if (decision.because === "preferred") lines.push(texts.preferredColumn(fieldLabel(decision.field), name(decision.column), quoted(decision.over.map(name))));
    if (decision.because === "plannedBesideSpend") lines.push(texts.plannedBesideSpend(name(decision.spend), name(decision.column)));
    if (decision.because === "perDayBudgetLeftOut") lines.push(texts.perDayBudgetLeftOut(name(decision.column)));
    if (decision.because === "campaignAsChannel") lines.push(texts.campaignAsChannel(name(decision.column)));
  }
  const currency = describeReportCurrency(report, headers, firstRow, texts);
  if (currency !== null) lines.push(currency);
  if (report.derived.length > 0) lines.push(texts.derivedLeftOut(quoted(report.derived.map(name))));
  const mapped = new Map(report.decisions.filter((decision) => decision.because !== "perDayBudgetLeftOut").map((decision) => [decision.field, decision.column]));
  // A field another column holds is not missing: only the empty column is said.
  for (const { column, field } of report.empty) lines.push(texts.emptyColumn(name(column), mapped.has(field) ? null : fieldLabel(field).toLowerCase()));
  const parts = summedEngagementParts((field) => mapped.has(field));
  if (parts.length > 0) lines.push(texts.engagementsSummed(quoted(parts.map((part) => name(mapped.get(part)!)))));
  for (const { column, mark, reason } of report.numbers) {
    // A decimal point the numbers show goes without saying; a decimal comma is worth confirming.
    if (reason === "written" && mark === ",") lines.push(texts.decimalComma(name(column)));
    if (reason === "convention") lines.push(texts.decimalConvention(name(column), mark === ","));
    if (reason === "ambiguous") lines.push(texts.decimalAmbiguous(name(column)));
    if (reason === "mixed") lines.push(texts.decimalMixed(name(column)));
  }
  const firstDataRow = firstRow + (report.headerRow === null ? 0 : report.headerRow + 1);
  for (const { column, reading } of report.dates) {
    if (reading.kind === "dates") lines.push(texts.datesRead(name(column), reading.form, reading.first, reading.last));
    if (reading.kind === "dayOrMonth") lines.push(texts.datesDayOrMonth(name(column), reading.example));
    if (reading.kind === "bothOrders") lines.push(texts.datesBothOrders(name(column), reading.dayFirst, reading.monthFirst));
    if (reading.kind === "notADate") lines.push(texts.notADate(name(column), reading.text, firstDataRow + reading.row));
  }
  const { repeated } = report;
  if (repeated.length > 0) {
    const numbers = (indexes: readonly number[]) => rowList(indexes.map((index) => firstDataRow + index));
    lines.push(texts.repeatedRows(repeated.length, numbers(repeated.map(({ row }) => row)), numbers(repeated.map(({ of }) => of))));
  }
  return lines;
}

/** Every field read and its column, in the fields' order: "Leads ← “Landing page views”" is seen, never assumed. */
export function describeColumns(mapping: ColumnMapping, headers: readonly string[], texts: ImportTexts, fieldLabel: (field: Field) => string): string[] {
  const pairs = ALL_FIELDS.flatMap((field) => {
    const column = mapping[field];
    return column === undefined ? [] : [texts.columnRead(fieldLabel(field), headers[column] || String(column + 1))];
  });
  return pairs.length > 0 ? [texts.columnsRead(pairs.join(", "))] : [];
}

/** What reading the rows found: totals skipped, rows without figures or a channel, results without a cost. */
export function describeRows(read: RowsNoted, texts: ImportTexts): string[] {
  return [
    read.totalsRows.length > 0 && texts.totalsSkipped(read.totalsRows.length, rowList(read.totalsRows)),
    read.rowsWithoutFigures.length > 0 && texts.rowsWithoutFigures(read.rowsWithoutFigures.length, rowList(read.rowsWithoutFigures)),
    read.noChannelRows.length > 0 && texts.noChannelRows(read.noChannelRows.length, rowList(read.noChannelRows)),
    read.noCostRows.length > 0 && texts.noCostRows(read.noCostRows.length, rowList(read.noCostRows)),
  ].filter((line): line is string => line !== false);
}
