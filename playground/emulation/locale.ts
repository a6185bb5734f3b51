/**
 * What a user types, read the way Sheets reads it in the spreadsheet's locale, and formulas shown
 * back that way. In fr_FR numbers take a decimal comma ("12,5", "4 200,00 €", "12,5 %") and
 * formula arguments are separated by ";" (=ROI(12,5; 10)). The engine, like Apps Script's
 * setFormula and getFormula, always reads and writes the English way: "=ROI(12.5, 10)".
 */

interface Syntax {
  decimal: string;
  argument: string;
}

const ENGLISH: Syntax = { decimal: ".", argument: "," };
const COMMA_DECIMAL: Syntax = { decimal: ",", argument: ";" };
// Locales whose decimal separator is a comma, by language ("fr_FR", "fr-CA"...).
const COMMA_DECIMAL_LANGUAGES = new Set(["fr", "de", "es", "it", "pt", "nl"]);

function syntaxFor(locale: string): Syntax {
  return COMMA_DECIMAL_LANGUAGES.has(locale.split(/[_-]/)[0].toLowerCase()) ? COMMA_DECIMAL : ENGLISH;
}

// Text in double quotes and quoted sheet names are left as typed.
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

function outsideQuotes(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join("");
}

// A number typed with a decimal comma and spaces (any kind) between thousands: "4 200,50 €", "-12,5 %".
const COMMA_NUMBER = /^\s*([-+]?)([$€£]?)\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?\s*([$€£]?)\s*(%?)\s*$/;

/** What separates a formula's arguments in the locale: "," or ";". */
export function argumentSeparatorFor(locale: string): string {
  return syntaxFor(locale).argument;
}

/** The typed text as the engine reads it: "12,5" gives "12.5" and "=ROI(12,5; 10)" "=ROI(12.5, 10)" in fr_FR. */
export function engineInput(input: string, locale: string): string {
  if (syntaxFor(locale) === ENGLISH) return input;
  if (input.startsWith("=")) {
    return outsideQuotes(input, (code) => code.replace(/(?<![\w$.])(\d+),(\d+)/g, "$1.$2").replace(/;/g, ","));
  }
  const number = COMMA_NUMBER.exec(input);
  if (!number) return input;
  const [, sign, before, int, fraction, after, percent] = number;
  return `${sign}${before}${int.replace(/\D/g, "")}${fraction === undefined ? "" : `.${fraction}`}${after}${percent}`;
}

/** The engine's formula as a user of the locale reads it: "=ROI(12.5, 10)" reads "=ROI(12,5; 10)" in fr_FR. */
export function localFormula(formula: string, locale: string): string {
  if (syntaxFor(locale) === ENGLISH) return formula;
  return outsideQuotes(formula, (code) => code.replace(/,/g, ";").replace(/(?<![\w$.])(\d+)\.(\d+)/g, "$1,$2"));
}

/**
 * The spreadsheet locale the playground opens its workbook in for a user's language ("fr" or
 * "fr_FR" give fr_FR); undefined keeps the workbook's own (en_US for the sample).
 */
export function spreadsheetLocaleFor(userLocale: string | undefined): string | undefined {
  const match = /^([a-z]{2})(?:[-_]([a-z]{2}))?$/i.exec(userLocale?.trim() ?? "");
  if (!match || match[1].toLowerCase() === "en") return undefined;
  return `${match[1].toLowerCase()}_${(match[2] ?? match[1]).toUpperCase()}`;
}
