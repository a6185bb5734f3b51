/**
 * Dates as exports write them, decided per column like numbers: ISO (2026-01-31, with or without a
 * time), day and month in either order (31/01/2026, 1/31/2026, 16-11-2024: the order is decided from
 * the whole column), dotted days (1.08.2019: only day-first locales write dots), month names in
 * English, French, Portuguese, Spanish, German and Italian, and under a date header GA4's 20260105
 * and spreadsheet day numbers. Date cells reach the import as ISO text in the spreadsheet's time zone. A column whose
 * order cannot be decided, or with a cell that is no date, is reported, never guessed.
 */
import { normalizeHeader } from "./headerNames";

export type DateForm = "iso" | "compact" | "dayFirst" | "monthFirst" | "dotted" | "monthNames" | "serial";

export type DateColumnReading =
  /** first and last: the earliest and latest days, as yyyy-mm-dd. */
  | { kind: "dates"; form: DateForm; first: string; last: string }
  /** Every cell fits day/month and month/day: 05/04/2026 is 5 April or May 4. */
  | { kind: "dayOrMonth"; example: string }
  /** Some cells put the day first (31/01) and others the month (01/31). */
  | { kind: "bothOrders"; dayFirst: string; monthFirst: string }
  /** A cell of a date column is no date: row is its index among the data rows. */
  | { kind: "notADate"; text: string; row: number };

export interface DateColumn {
  column: number;
  reading: DateColumnReading;
}

// Headers of the day a row counts, in the languages the header tables cover (Meta's "Reporting
// starts"/"Reporting ends", Google Ads' "Day", "Week", "Month", GA4's "Date", post exports' "Publish time").
const DATE_HEADERS = new Set([
  "date", "day", "week", "month", "quarter", "reporting starts", "reporting ends", "start date", "end date", "publish time", "published", "date published", "posted",
  "jour", "semaine", "mois", "trimestre", "debut des rapports", "fin des rapports", "date de debut", "date de fin", "date de publication",
  "data", "dia", "semana", "mes", "inicio dos relatorios", "termino dos relatorios", "data de inicio", "data de publicacao",
  "fecha", "inicio del informe", "fin del informe", "fecha de inicio", "fecha de publicacion",
  "datum", "tag", "woche", "monat", "quartal", "berichtsbeginn", "berichtsende", "startdatum", "veroffentlicht",
  "giorno", "settimana", "mese", "trimestre", "inizio report", "fine report", "data di inizio", "data di pubblicazione",
]);

const START_HEADERS = new Set([
  "reporting starts", "start date", "debut des rapports", "date de debut", "inicio dos relatorios", "data de inicio", "inicio del informe", "fecha de inicio",
  "berichtsbeginn", "startdatum", "inizio report", "data di inizio",
]);
const END_HEADERS = new Set([
  "reporting ends", "end date", "fin des rapports", "date de fin", "termino dos relatorios", "fin del informe", "berichtsende", "fine report",
]);

const MONTHS: readonly (readonly string[])[] = [
  ["january", "janvier", "janeiro", "enero", "januar", "janner", "gennaio", "jan", "janv", "ene", "gen"],
  ["february", "fevrier", "fevereiro", "febrero", "februar", "febbraio", "feb", "fev", "fevr", "febr"],
  ["march", "mars", "marco", "marzo", "marz", "mar", "mrz"],
  ["april", "avril", "abril", "aprile", "apr", "avr", "abr"],
  ["may", "mai", "maio", "mayo", "maggio", "mag"],
  ["june", "juin", "junho", "junio", "juni", "giugno", "jun", "giu"],
  ["july", "juillet", "julho", "julio", "juli", "luglio", "jul", "juil", "lug"],
  ["august", "aout", "agosto", "aug", "ago"],
  ["september", "septembre", "setembro", "septiembre", "settembre", "sep", "sept", "set"],
  ["october", "octobre", "outubro", "octubre", "oktober", "ottobre", "oct", "okt", "out", "ott"],
  ["november", "novembre", "novembro", "noviembre", "nov"],
  ["december", "decembre", "dezembro", "diciembre", "dezember", "dicembre", "dec", "dez", "dic"],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
// Words that sit between a date's parts: "5 de janeiro de 2026", "le 5 janvier", "the 5th".
const FILLER_WORDS = new Set(["de", "del", "le", "the", "of", "st", "nd", "rd", "th", "er"]);

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ ,T]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;
const COMPACT = /^((?:19|20)\d{2})(\d{2})(\d{2})$/;
const TIME_OF_DAY = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?\b/g;
// Sheets' day numbers of 1 January 1970 and 31 December 2099: an ad export's days. Smaller numbers
// under a "Week" or "Month" header are week or month numbers, not days of 1900.
const SERIAL_RANGE = { min: 25_569, max: 73_050 };

interface Day {
  year: number;
  month: number;
  day: number;
}

type CellShape =
  | { kind: "day"; form: DateForm; day: Day }
  /** a/b/year with a and b both possible months: the column decides. */
  | { kind: "either"; first: number; second: number; year: number }
  | { kind: "none" };

const fullYear = (year: string) => (year.length === 4 ? Number(year) : Number(year) + (Number(year) < 30 ? 2000 : 1900));

function isRealDay({ year, month, day }: Day): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthNamed(text: string): Day | null {
  const words = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(TIME_OF_DAY, " ")
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !FILLER_WORDS.has(word));
  let month: number | undefined;
  const numbers: string[] = [];
  for (const word of words) {
    if (/^\d+$/.test(word)) numbers.push(word);
    else {
      // "5th", "1er": a number with its ending.
      const ordinal = /^(\d{1,2})(?:st|nd|rd|th|er|o|a)$/.exec(word);
      if (ordinal) numbers.push(ordinal[1]);
      else if (month === undefined && MONTH_OF.has(word)) month = MONTH_OF.get(word);
      else return null;
    }
  }
  if (month === undefined) return null;
  const year = numbers.find((number) => number.length === 4);
  const days = numbers.filter((number) => number.length <= 2);
  if (year === undefined || numbers.length > 2 || days.length > 1) return null;
  // "January 2026", a month's row: its first day.
  return { year: Number(year), month, day: days.length === 0 ? 1 : Number(days[0]) };
}

/** named: the column's header names a date, so that numbers may be days. */
function shapeOfCell(cell: unknown, named: boolean): CellShape {
  // GA4 writes its Date as 20260105, as text or a number.
  const compact = named && (typeof cell === "string" || typeof cell === "number") ? COMPACT.exec(String(cell).trim()) : null;
  if (compact) return { kind: "day", form: "compact", day: { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]) } };
  if (typeof cell === "number") {
    if (!named || !Number.isFinite(cell) || cell < SERIAL_RANGE.min || cell > SERIAL_RANGE.max) return { kind: "none" };
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000);
    return { kind: "day", form: "serial", day: { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() } };
  }
  if (typeof cell !== "string") return { kind: "none" };
  const text = cell.trim();
  const iso = ISO.exec(text);
  if (iso) return { kind: "day", form: "iso", day: { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) } };
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, first, separator, second, year] = numeric;
    if (separator === ".") return { kind: "day", form: "dotted", day: { year: fullYear(year), month: Number(second), day: Number(first) } };
    return { kind: "either", first: Number(first), second: Number(second), year: fullYear(year) };
  }
  const withMonthName = /[a-z]/i.test(text) ? monthNamed(text) : null;
  return withMonthName ? { kind: "day", form: "monthNames", day: withMonthName } : { kind: "none" };
}

const isoDay = ({ year, month, day }: Day) => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** True when a header names the day a row counts ("Day", "Reporting starts", "Datum"...). */
export const isDateHeader = (header: string) => DATE_HEADERS.has(normalizeHeader(header));

const isBlank = (cell: unknown) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** The day a/b/year means in the column's order. */
const inOrder = (shape: Extract<CellShape, { kind: "either" }>, order: "dayFirst" | "monthFirst"): Day =>
  order === "dayFirst" ? { year: shape.year, month: shape.second, day: shape.first } : { year: shape.year, month: shape.first, day: shape.second };

/**
 * How a column's cells read as dates, decided from all of them; null when it is no date column: its
 * header names no date and some cell is not a date written with separators or month names.
 */
export function readDateColumn(header: string, cells: readonly unknown[]): DateColumnReading | null {
  return readDateCells(header, cells.length, (row) => cells[row]);
}

/** readDateColumn over `count` cells, each read where it is (a table's column is not copied out of its rows). */
function readDateCells(header: string, count: number, cellAt: (row: number) => unknown): DateColumnReading | null {
  const named = isDateHeader(header);
  // Each distinct cell once, with its first row: an export repeats its days on every row of the day.
  const distinct = new Map<unknown, { shape: Exclude<CellShape, { kind: "none" }>; row: number }>();
  for (let row = 0; row < count; row++) {
    const cell = cellAt(row);
    if (isBlank(cell) || distinct.has(cell)) continue;
    const shape = shapeOfCell(cell, named);
    if (shape.kind === "none") return named ? { kind: "notADate", text: String(cell), row } : null;
    distinct.set(cell, { shape, row });
  }
  if (distinct.size === 0) return null;

  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  let either: string | null = null;
  for (const [cell, { shape }] of distinct) {
    if (shape.kind !== "either") continue;
    if (shape.first > 12) dayFirst ??= String(cell);
    else if (shape.second > 12) monthFirst ??= String(cell);
    else either ??= String(cell);
  }
  if (dayFirst !== null && monthFirst !== null) return { kind: "bothOrders", dayFirst, monthFirst };
  const order = dayFirst !== null ? "dayFirst" : monthFirst !== null ? "monthFirst" : null;
  if (either !== null && order === null) return { kind: "dayOrMonth", example: either };

  let first: string | null = null;
  let last: string | null = null;
  const forms = new Set<DateForm>();
  for (const [cell, { shape, row }] of distinct) {
    // An either-shaped cell implies an order: the column had a cell that decided it.
    const day = shape.kind === "day" ? shape.day : inOrder(shape, order!);
    if (!isRealDay(day)) return { kind: "notADate", text: String(cell), row };
    forms.add(shape.kind === "day" ? shape.form : order!);
    const text = isoDay(day);
    if (first === null || text < first) first = text;
    if (last === null || text > last) last = text;
  }
  // One form names the column; several (ISO days beside month names) read alike as days.
  return { kind: "dates", form: forms.size === 1 ? [...forms][0] : "iso", first: first!, last: last! };
}

/**
 * Each cell's day (yyyy-mm-dd; null when blank) in a column read as dates, in the order the whole
 * column decided; null when the column is not read as dates (its reading says why).
 */
export function daysOfColumn(header: string, cells: readonly unknown[]): { reading: DateColumnReading | null; days: (string | null)[] | null } {
  const reading = readDateColumn(header, cells);
  if (reading === null || reading.kind !== "dates") return { reading, days: null };
  const named = isDateHeader(header);
  const shapes = new Map<unknown, Exclude<CellShape, { kind: "none" }>>();
  for (const cell of cells) if (!isBlank(cell) && !shapes.has(cell)) shapes.set(cell, shapeOfCell(cell, named) as Exclude<CellShape, { kind: "none" }>);
  // The order the column decided: a cell such as 1/31/2026 puts the month first.
  const order = [...shapes.values()].some((shape) => shape.kind === "either" && shape.second > 12) ? "monthFirst" : "dayFirst";
  const dayOf = new Map([...shapes].map(([cell, shape]) => [cell, isoDay(shape.kind === "day" ? shape.day : inOrder(shape, order))]));
  const days = cells.map((cell) => (isBlank(cell) ? null : dayOf.get(cell)!));
  return { reading, days };
}

/** True when a header names the first day of a row's span ("Reporting starts", "Start date"), which may be the whole report's. */
export const isStartDateHeader = (header: string) => START_HEADERS.has(normalizeHeader(header));

/** True when a header names the last day of a row's span ("Reporting ends", "End date"), not the day it counts. */
export const isEndDateHeader = (header: string) => END_HEADERS.has(normalizeHeader(header));

/** The date columns of a table: each column a date header names or whose cells are dates written with separators. */
export function readDateColumns(headers: readonly string[], rows: readonly (readonly unknown[])[], columns: Iterable<number>): DateColumn[] {
  return [...columns].flatMap((column) => {
    const reading = readDateCells(headers[column] ?? "", rows.length, (row) => rows[row][column]);
    return reading === null ? [] : [{ column, reading }];
  });
}

/**
 * Each cell's day (yyyy-mm-dd) in a column that readDateColumn read as dates; null for a blank cell.
 * Read as dates, the column has at most one order of day and month: the one its cells decided.
 */
export function daysOfDateColumn(header: string, cells: readonly unknown[]): (string | null)[] {
  const named = isDateHeader(header);
  const shapes = cells.map((cell) => (isBlank(cell) ? null : shapeOfCell(cell, named)));
  const order = shapes.some((shape) => shape?.kind === "either" && shape.first > 12) ? "dayFirst" : "monthFirst";
  return shapes.map((shape) => (shape === null || shape.kind === "none" ? null : isoDay(shape.kind === "day" ? shape.day : inOrder(shape, order))));
}
