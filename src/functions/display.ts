/** How a function and its results read to people: the README, the sidebar's help. */
import type { FunctionDoc } from "./catalog";
import type { ResultFormat } from "./registry";

/** "ROI(gain, cost, [margin])": optional parameters in brackets, as Sheets' formula help shows them. */
export function signature(fn: FunctionDoc): string {
  return `${fn.name}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

/** A result as its format shows it, in a BCP 47 locale: money 5,000.00, percent 900%, multiple 10.0x, count 50,000. */
export function formatResult(value: number, format: ResultFormat, locale: string): string {
  const decimals = (digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (format) {
    case "money":
      return decimals(2).format(value);
    case "percent":
      return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value);
    case "multiple":
      return `${decimals(1).format(value)}x`;
    case "count":
      return decimals(0).format(value);
  }
}

/** The number format each kind of result reads best in, in any locale (money has no currency sign). */
export const RESULT_NUMBER_FORMATS: Readonly<Record<ResultFormat, string>> = {
  money: "#,##0.00",
  percent: "0.0%",
  multiple: '0.0"x"',
  count: "#,##0",
};

/** The format for a formula whose outermost call is one of our functions (such as =BUDGET(...)); null otherwise. */
export function resultNumberFormatOf(formula: string, catalog: readonly FunctionDoc[]): string | null {
  const call = /^=\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(formula.trim());
  const fn = call && catalog.find((doc) => doc.name === call[1].toUpperCase());
  return fn ? RESULT_NUMBER_FORMATS[fn.result] : null;
}
