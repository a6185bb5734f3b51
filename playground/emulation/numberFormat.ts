/**
 * Displays a number with a Sheets number format in a spreadsheet locale: General, "0", "0.00",
 * "#,##0", "#,##0.00", "0%", "0.0%", "0.00%", '0.0"x"', "0.0x", and currency formats such as
 * "[$€]#,##0.00", '"€"#,##0.00', "#,##0.00 [$€]", "$#,##0.00". Sections ("pos;neg;zero") are
 * honoured, and the ISO day format "yyyy-mm-dd" (a day number shown as its day); other date
 * formats, fractions, scientific and colour codes are not. Numbers too large to lay out
 * digit by digit (1e307 as a percent, 1e308 with cents) are shown in scientific notation.
 */

import { UNIX_EPOCH_DAY } from "./dateCells";

/** What Apps Script's getNumberFormat returns for a cell left in the default (General) format. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";

interface Separators {
  group: string;
  decimal: string;
  /** How a format's "%" reads. */
  percent?: string;
}

// From here on doubles have no fraction digits, and JavaScript itself writes them in exponent form.
const LARGEST_LAID_OUT = 1e21;

const SEPARATORS: Record<string, Separators> = {
  en: { group: ",", decimal: "." },
  // As the locale data (CLDR) has it: a narrow no-break space between thousands, a no-break space before "%".
  fr: { group: "\u202F", decimal: ",", percent: "\u00A0%" },
};

/** Separators by the locale's language ("fr_FR" -> fr); other languages use English ones. */
function separatorsFor(locale: string): Separators {
  return SEPARATORS[locale.split(/[_-]/)[0].toLowerCase()] ?? SEPARATORS.en;
}

function isGeneral(format: string | null | undefined): boolean {
  return !format || format === DEFAULT_NUMBER_FORMAT || /^(general|@)$/i.test(format);
}

/** The integer and fraction digits of abs rounded half-up to `decimals` places, in decimal (1.005 -> 1.01). */
function roundToDecimals(abs: number, decimals: number): { int: string; frac: string } {
  const [mantissa, exponent = "0"] = String(abs).split("e");
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  // The shortest decimal that reads back as the double (1.2345678901234568e20, not its binary expansion).
  const written = shifted < LARGEST_LAID_OUT ? String(shifted) : BigInt(shifted).toString();
  const digits = written.padStart(decimals + 1, "0");
  return { int: digits.slice(0, digits.length - decimals), frac: digits.slice(digits.length - decimals) };
}

/** "1.5E+15"; scaleExponent shifts the exponent (2 for a percent) without overflowing to Infinity. */
function scientific(abs: number, separators: Separators, scaleExponent = 0, decimals?: number): string {
  const written = decimals === undefined ? Number(abs.toPrecision(6)).toExponential() : abs.toExponential(decimals);
  const [mantissa, exponentText] = written.split("e");
  const exponent = Number(exponentText) + scaleExponent;
  const sign = exponent < 0 ? "-" : "+";
  return `${mantissa.replace(".", separators.decimal)}E${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

/** General: up to 10 significant digits, no grouping, scientific for very large or small numbers. */
function general(abs: number, separators: Separators): string {
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-6)) return scientific(abs, separators);
  const integerDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 0;
  const { int, frac } = roundToDecimals(abs, Math.max(0, 10 - integerDigits));
  const trimmed = frac.replace(/0+$/, "");
  return trimmed ? `${int}${separators.decimal}${trimmed}` : int;
}

type Part = { literal: string } | { pattern: string } | { percentSign: true };

/** Splits one format section into literal text and the digit pattern ("#,##0.00"). */
function parseSection(section: string): { parts: Part[]; percent: boolean } {
  const parts: Part[] = [];
  let percent = false;
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close < 0 ? section.length : close;
      parts.push({ literal: section.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === "\\") {
      parts.push({ literal: section[i + 1] ?? "" });
      i += 2;
    } else if (ch === "[") {
      // "[$€]" or "[$€-40C]" is a currency symbol; other brackets (colours, conditions) show nothing.
      const close = section.indexOf("]", i);
      const end = close < 0 ? section.length : close;
      const inner = section.slice(i + 1, end);
      if (inner.startsWith("$")) parts.push({ literal: inner.slice(1).split("-")[0] });
      i = end + 1;
    } else if ("0#?".includes(ch) && !parts.some((part) => "pattern" in part)) {
      const match = /^[0#?][0#?,.]*/.exec(section.slice(i))!;
      parts.push({ pattern: match[0] });
      i += match[0].length;
    } else {
      if (ch === "%") percent = true;
      parts.push(ch === "%" ? { percentSign: true } : { literal: ch });
      i += 1;
    }
  }
  return { parts, percent };
}

function renderDigits(abs: number, percent: boolean, pattern: string, separators: Separators): string {
  const [intPattern, fracPattern = ""] = pattern.split(".");
  const minFrac = (fracPattern.match(/0/g) ?? []).length;
  const maxFrac = (fracPattern.match(/[0#?]/g) ?? []).length;
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const scaled = percent ? abs * 100 : abs;
  if (!(scaled < LARGEST_LAID_OUT)) return scientific(abs, separators, percent ? 2 : 0, minFrac);
  const { int, frac } = roundToDecimals(scaled, maxFrac);
  let shownFrac = frac;
  while (shownFrac.length > minFrac && shownFrac.endsWith("0")) shownFrac = shownFrac.slice(0, -1);
  let shownInt = (int === "0" ? "" : int).padStart(minInt, "0");
  if (/[0#?],[0#?]/.test(intPattern)) shownInt = shownInt.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  return shownFrac ? `${shownInt}${separators.decimal}${shownFrac}` : shownInt;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  return [...sections, current];
}

function render(abs: number, section: string, separators: Separators): { text: string; zero: boolean } {
  if (isGeneral(section)) {
    const text = general(abs, separators);
    return { text, zero: !/[1-9]/.test(text) };
  }
  const { parts, percent } = parseSection(section);
  let zero = true;
  const text = parts
    .map((part) => {
      if ("percentSign" in part) return separators.percent ?? "%";
      if ("literal" in part) return part.literal;
      const digits = renderDigits(abs, percent, part.pattern, separators);
      if (/[1-9]/.test(digits)) zero = false;
      return digits;
    })
    .join("");
  return { text, zero };
}

export function formatNumber(value: number, format: string | null | undefined, locale: string): string {
  // A cell never holds these; a value that gets here anyway shows as Sheets' error for it.
  if (!Number.isFinite(value)) return "#NUM!";
  // Up to 31 December 9999, Sheets' last day.
  if (format?.toLowerCase() === "yyyy-mm-dd" && Math.abs(value) < 2_958_466) return new Date(Math.floor(value - UNIX_EPOCH_DAY) * 86_400_000).toISOString().slice(0, 10);
  const separators = separatorsFor(locale);
  const sections = isGeneral(format) ? [""] : splitSections(format!);
  if (value < 0 && sections.length > 1) return render(-value, sections[1], separators).text;
  if (value === 0 && sections.length > 2) return render(0, sections[2], separators).text;
  const { text, zero } = render(Math.abs(value), sections[0], separators);
  return value < 0 && !zero ? `-${text}` : text;
}

/**
 * The length of the longest display among numbers shown in one format: what a column's width fits.
 * A digit format's display grows with the number's size on each side of zero, so only the largest,
 * the most negative and zero are laid out; General integers are their digits. Anything else (General
 * fractions, numbers too large for digits) is laid out one by one.
 */
export function widestNumber(values: Iterable<number>, format: string | null | undefined, locale: string): number {
  let widest = 0;
  let [largest, lowest, zero] = [-Infinity, Infinity, false];
  for (const value of values) {
    if (isGeneral(format) && Number.isInteger(value) && Math.abs(value) < 1e15) widest = Math.max(widest, String(value).length);
    else if (isGeneral(format) || !(Math.abs(value) < 1e15)) widest = Math.max(widest, formatNumber(value, format, locale).length);
    else if (value === 0) zero = true;
    else if (value > 0) largest = Math.max(largest, value);
    else lowest = Math.min(lowest, value);
  }
  for (const value of [largest, lowest, ...(zero ? [0] : [])]) if (Number.isFinite(value)) widest = Math.max(widest, formatNumber(value, format, locale).length);
  return widest;
}
