/**
 * Numbers as exports write them: currency signs and codes, thousands separators of every kind,
 * a decimal comma or dot, percent strings, placeholders for "no value". Whether "1,000" is a
 * thousand or one is decided per column, from all its cells.
 */
import { CURRENCY_PATTERN, currenciesMeant } from "./currencies";

export type DecimalMark = "." | ",";

/** How a column's decimal mark was decided, for the report. */
export type MarkReason =
  /** Some cell shows it, such as 4,838.80 or 1,234,567 (dot) or 7 307,37 (comma). */
  | "written"
  /** Cells such as 1,000 read with the file's or the spreadsheet's convention. */
  | "convention"
  /** No cell depends on the mark (whole numbers, numbers already typed as numbers). */
  | "plain"
  /** Cells such as 1,000 with no convention to settle them. */
  | "ambiguous"
  /** Some cells show a decimal dot and others a decimal comma. */
  | "mixed";

export interface ColumnNumbers {
  mark: DecimalMark | null;
  reason: MarkReason;
}

export type NumberReading =
  | { kind: "number"; value: number; fromText: boolean }
  | { kind: "blank"; fromText: boolean }
  | { kind: "error"; found: string; fix: string };

// "--", "—", "n/a": the platform had no figure; "< 10%": a bound, not a figure (Google Ads' impression share).
const PLACEHOLDER = /^(?:-{1,3}|[\u2013\u2014]|n\/?a|#n\/a|none|null|[<>]\s*\d[\d.,]*\s*%?)$/i;
const LEADING_CURRENCY = new RegExp(`^(${CURRENCY_PATTERN})\\s*`);
const TRAILING_CURRENCY = new RegExp(`\\s*(${CURRENCY_PATTERN})$`);
const GROUPING = /[ \u00a0\u202f'\u2019]/;
const SCIENTIFIC = /^(\d+(?:\.\d+)?)e([+-]?\d+)$/i;
// Most cells of an export: 102, 12.34, read at once (bareValue) where a dot can only be a decimal point.
const MAX_BARE_WHOLE_DIGITS = 15;
// Digits up to 15 are an exact integer, and 10^22 the largest exact power of ten: their quotient is
// the correctly rounded value, as Number() reads the text.
const MAX_EXACT_DIGITS = 15;
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => 10 ** power);

interface Shape {
  negative: boolean;
  percent: boolean;
  /** Digits with their separators, such as "1,234.5" or "7 307,37". */
  core: string;
  /** The currency sign or code written with the number ("R$", "€", "USD"), or null. */
  currency: string | null;
}

/** The sign, percent and digits of a text, or null when it is not written as a number. */
function shapeOf(text: string): Shape | null {
  let rest = text.trim();
  let negative = false;
  if (/^\(.*\)$/.test(rest)) {
    // Accounting negatives: (1,200.00)
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  const percent = rest.endsWith("%");
  if (percent) rest = rest.slice(0, -1).trim();
  let currency: string | null = null;
  const strip = (pattern: RegExp) => {
    rest = rest.replace(pattern, (_, sign: string) => {
      currency ??= sign;
      return "";
    });
  };
  strip(LEADING_CURRENCY);
  if (/^[-\u2212+]/.test(rest)) {
    negative = negative || rest[0] !== "+";
    rest = rest.slice(1).trim();
  }
  strip(LEADING_CURRENCY);
  if (!/\d$/.test(rest)) strip(TRAILING_CURRENCY);
  if (!/^(?:\d|[.,]\d)(?:[\d.,\u00a0\u202f '\u2019]*\d)?$/.test(rest) && !SCIENTIFIC.test(rest)) return null;
  return { negative, percent, core: rest, currency };
}

/** What a cell tells about the column's decimal mark: a mark, "either" (1,000 or 1.000), or nothing. */
function markShown(core: string): DecimalMark | "either" | null {
  if (SCIENTIFIC.test(core)) return core.includes(".") ? "." : null;
  let commas = 0;
  let dots = 0;
  for (let i = 0; i < core.length; i++) {
    if (core[i] === ",") commas++;
    else if (core[i] === ".") dots++;
  }
  if (commas > 0 && dots > 0) return core.lastIndexOf(".") > core.lastIndexOf(",") ? "." : ",";
  if (commas > 1) return ".";
  if (dots > 1) return ",";
  if (commas === 0 && dots === 0) return null;
  const mark: DecimalMark = commas === 1 ? "," : ".";
  const at = core.indexOf(mark);
  const whole = core.slice(0, at);
  // With spaces or apostrophes as thousands separators, the one comma or dot is the decimal mark.
  if (GROUPING.test(whole)) return mark;
  if (core.length - at - 1 !== 3 || whole === "0" || whole.length > 3) return mark;
  return "either";
}

const DIGIT = /\d/;

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/**
 * The value of a text of 1 to 15 digits, with a decimal point and digits after it when decimals
 * are allowed (102, 12.34); undefined for any other text.
 */
function bareValue(text: string, decimalsAllowed: boolean): number | undefined {
  let digits = 0;
  let integer = 0;
  let pointAt = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) {
      integer = integer * 10 + (code - 48);
      digits++;
    } else if (code === 46 && decimalsAllowed && pointAt < 0 && i > 0) pointAt = i;
    else return undefined;
  }
  const whole = pointAt < 0 ? text.length : pointAt;
  const decimals = pointAt < 0 ? 0 : text.length - pointAt - 1;
  if (whole === 0 || whole > MAX_BARE_WHOLE_DIGITS || (pointAt >= 0 && decimals === 0)) return undefined;
  if (digits > MAX_EXACT_DIGITS || decimals >= EXACT_POWERS_OF_TEN.length) return Number(text);
  return decimals === 0 ? integer : integer / EXACT_POWERS_OF_TEN[decimals];
}

/**
 * The mark a cell of digits with at most one dot shows (markShown, without taking it apart); undefined
 * for any other text. Most cells of an export are such: 102, 12.34.
 */
function plainMarkShown(cell: string): DecimalMark | "either" | null | undefined {
  let whole = 0;
  while (whole < cell.length && isDigitCode(cell.charCodeAt(whole))) whole++;
  if (whole === 0) return undefined;
  if (whole === cell.length) return null;
  if (cell.charCodeAt(whole) !== 46 || whole + 1 === cell.length) return undefined;
  for (let i = whole + 1; i < cell.length; i++) if (!isDigitCode(cell.charCodeAt(i))) return undefined;
  const decimals = cell.length - whole - 1;
  return decimals !== 3 || (whole === 1 && cell[0] === "0") || whole > 3 ? "." : "either";
}

/** The marks a column's cells show, whatever the convention. */
interface MarksShown {
  dot: boolean;
  comma: boolean;
  either: boolean;
}

// A column's repeated texts (dates, campaign names) are taken apart once, up to this many distinct texts.
const REMEMBERED_TEXTS = 10_000;

/** What a column's text cells tell, noted in its marks shown: most cells of an export are read without taking their shape apart. */
function markNoter(): (cell: string, shown: MarksShown) => void {
  const remembered = new Map<string, DecimalMark | "either" | null>();
  const markShownBy = (cell: string) => {
    const plain = plainMarkShown(cell);
    if (plain !== undefined) return plain;
    // Text without a digit is no number.
    if (!DIGIT.test(cell)) return null;
    let mark = remembered.get(cell);
    if (mark === undefined) {
      const shape = shapeOf(cell);
      mark = shape ? markShown(shape.core) : null;
      if (remembered.size < REMEMBERED_TEXTS) remembered.set(cell, mark);
    }
    return mark;
  };
  return (cell, shown) => {
    const mark = markShownBy(cell);
    if (mark === ".") shown.dot = true;
    else if (mark === ",") shown.comma = true;
    else if (mark === "either") shown.either = true;
  };
}

/** The marks each column's cells show, read row by row (a large table's rows are each visited once). */
function marksShownByColumn(rows: readonly (readonly unknown[])[]): MarksShown[] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const shown = Array.from({ length: width }, (): MarksShown => ({ dot: false, comma: false, either: false }));
  const noters = Array.from({ length: width }, markNoter);
  // A cell the same as the one above it (a campaign's name, a day, a status) shows nothing new.
  const above: unknown[] = new Array(width).fill(undefined);
  for (const row of rows) {
    for (let column = 0; column < row.length; column++) {
      const cell = row[column];
      if (cell === above[column]) continue;
      above[column] = cell;
      if (typeof cell === "string") noters[column](cell, shown[column]);
    }
  }
  return shown;
}

/** A column's decimal mark from the marks its cells show; convention is the file's or the spreadsheet's, when known. */
function columnMark({ dot, comma, either }: MarksShown, convention: DecimalMark | null): ColumnNumbers {
  if (dot && comma) return { mark: null, reason: "mixed" };
  if (dot || comma) return { mark: dot ? "." : ",", reason: "written" };
  if (either && convention === null) return { mark: null, reason: "ambiguous" };
  return either ? { mark: convention, reason: "convention" } : { mark: convention ?? ".", reason: "plain" };
}

/** Decides a column's decimal mark from all its cells; convention is the file's or the spreadsheet's, when known. */
export function decideColumnMark(cells: readonly unknown[], convention: DecimalMark | null): ColumnNumbers {
  const [shown = { dot: false, comma: false, either: false }] = marksShownByColumn(cells.map((cell) => [cell]));
  return columnMark(shown, convention);
}

/**
 * The decimal mark of every column, decided from its data cells. Cells such as "1,000" follow the
 * mark the table's other columns show (4,838.80 elsewhere: a decimal point), else the convention.
 */
export function decideMarks(rows: readonly (readonly unknown[])[], convention: DecimalMark | null): ColumnNumbers[] {
  const shown = marksShownByColumn(rows);
  const alone = shown.map((column) => columnMark(column, null));
  const written = new Set(alone.flatMap((column) => (column.reason === "written" ? [column.mark] : [])));
  const tableConvention = written.size === 1 ? [...written][0] : convention;
  return alone.map((column, index) => (column.reason === "ambiguous" ? columnMark(shown[index], tableConvention) : column));
}

// Languages that write 1 234,5 (regions that write 1,234.5 are the exceptions below).
const COMMA_LANGUAGES = new Set([
  "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "sv", "da", "fi", "nb", "no", "cs", "sk", "tr", "el", "hu", "ro", "id", "vi",
  "uk", "bg", "hr", "sl", "lt", "lv", "et",
]);
const DOT_REGIONS = new Set(["MX", "US", "CH", "PR"]);

/** The decimal mark of a spreadsheet locale such as "fr_FR" or "en_US". */
export function decimalMarkOfLocale(locale: string): DecimalMark {
  const [language, region = ""] = locale.split(/[-_]/);
  return COMMA_LANGUAGES.has(language.toLowerCase()) && !DOT_REGIONS.has(region.toUpperCase()) ? "," : ".";
}

const THOUSANDS_GROUPS = /^\d{1,3}(?:\D\d{3})*$/;
// India groups lakhs and crores: ₹1,23,45,678.50 (read so only beside a rupee sign or code).
const INDIAN_GROUPS = /^\d{1,2}(?:,\d{2})+,\d{3}$/;

function valueOf(core: string, mark: DecimalMark | null, rupees = false): number | string {
  const scientific = SCIENTIFIC.exec(core);
  if (scientific) {
    if (mark === "," && core.includes(".")) return "is written in scientific notation with a dot in a column of decimal commas";
    return Number(core);
  }
  const other = mark === "," ? "." : ",";
  const decimalAt = mark === null ? -1 : core.lastIndexOf(mark);
  const whole = decimalAt >= 0 ? core.slice(0, decimalAt) : core;
  const fraction = decimalAt >= 0 ? core.slice(decimalAt + 1) : "";
  if (mark === null && markShown(core) === "either") return "could be a thousands separator or a decimal mark";
  if (/[^\d]/.test(fraction)) return "has its separators in the wrong places";
  if (/[^\d]/.test(whole)) {
    const separators = new Set(whole.replace(/\d/g, ""));
    if (separators.size > 1 || !(THOUSANDS_GROUPS.test(whole) || (rupees && INDIAN_GROUPS.test(whole))) || (separators.has(mark ?? "") && !separators.has(other))) {
      return "has its separators in the wrong places";
    }
  }
  return Number(`${whole.replace(/\D/g, "")}.${fraction || "0"}`);
}

/** The currency sign or code a cell writes its number with ("R$ 236,86" -> "R$"); null for a plain number or other text. */
export function currencyWritten(cell: unknown): string | null {
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (text === "" || bareValue(text, true) !== undefined) return null;
  return shapeOf(text)?.currency ?? null;
}

/**
 * The value of a cell of plain digits (a decimal point too in a column of decimal points), as
 * readNumber reads it, without a reading made for it; undefined for any other cell.
 */
export const plainValue = (cell: unknown, mark: DecimalMark | null): number | undefined => (typeof cell === "string" ? bareValue(cell, mark === ".") : undefined);

/** Reads one cell of a column whose decimal mark was decided (null: undecided, only unambiguous text reads). */
export function readNumber(cell: unknown, mark: DecimalMark | null): NumberReading {
  if (cell === "" || cell === null || cell === undefined) return { kind: "blank", fromText: false };
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { kind: "number", value: cell, fromText: false } : { kind: "error", found: `is ${cell}`, fix: "enter a finite number" };
  }
  if (typeof cell === "boolean") return { kind: "error", found: `is ${cell ? "TRUE" : "FALSE"}, a boolean`, fix: "enter a number" };
  const text = String(cell).trim();
  if (text === "") return { kind: "blank", fromText: true };
  const bare = bareValue(text, mark === ".");
  if (bare !== undefined) return { kind: "number", value: bare, fromText: true };
  if (PLACEHOLDER.test(text)) return { kind: "blank", fromText: true };
  const shape = shapeOf(text);
  if (!shape) return { kind: "error", found: `is the text '${text}'`, fix: "enter a number" };
  const value = valueOf(shape.core, mark, shape.currency !== null && currenciesMeant(shape.currency).includes("INR"));
  if (typeof value === "string") return { kind: "error", found: `is '${text}', which ${value}`, fix: "write it with no thousands separator and a decimal point, such as 1234.5" };
  if (!Number.isFinite(value)) return { kind: "error", found: `is '${text}', too large a number`, fix: "enter a smaller number" };
  const signed = shape.negative ? -value : value;
  return { kind: "number", value: shape.percent ? signed / 100 : signed, fromText: true };
}
