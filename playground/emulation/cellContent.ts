/**
 * How Sheets turns what is entered into a cell (by a user, or by setValues, which behaves the same)
 * into cell contents, and how it reads them back through getValues and getDisplayValues.
 */
import { CellValueDetailedType, DetailedCellError, ErrorType, type CellValue, type RawCellContent } from "hyperformula";
import { toEngineFormula } from "../engine/openRanges";
import { missingSheet, unresolvedFormula } from "../engine/unresolvedSheets";
import type { HeldRows } from "../engine/heldRows";
import { formatNumber } from "./numberFormat";

/** What setValues accepts in a cell here (Dates are not emulated). */
export type CellInput = number | string | boolean | null | undefined;

/** A cell as getValues returns it: "" when blank, an error cell as its code ("#DIV/0!"). */
export type SheetValue = number | string | boolean;

/**
 * The engine content for an entered value. HyperFormula already makes "=..." a formula, "'..."
 * literal text, and "1500", "2%", "$1500", "TRUE" numbers and booleans; "" clears the cell.
 * Formulas are written the engine's way ("B2:B" has no HyperFormula syntax: see openRanges.ts);
 * one naming a sheet that does not exist is held unresolved (see unresolvedSheets.ts), and that
 * sheet's name, lower case, added to `awaited`.
 */
export function engineContent(input: CellInput, sheetExists: (name: string) => boolean, awaited: Set<string>, held: HeldRows | null = null): RawCellContent {
  if (input === "" || input === undefined) return null;
  if (typeof input !== "string") return input;
  const missing = missingSheet(input, sheetExists);
  if (missing === null) return toEngineFormula(held ? held.toEngine(input) : input);
  awaited.add(missing.toLowerCase());
  return unresolvedFormula(missing, input);
}

/**
 * Sheets makes text such as "-abc" or "+A1" a formula ("=-abc"), where HyperFormula keeps it as
 * text; so text starting with + or - that the engine did not read as a number becomes a formula.
 */
export function formulaForSignedText(input: string, type: CellValueDetailedType): string | undefined {
  return /^[+-]/.test(input) && type === CellValueDetailedType.STRING ? `=${input}` : undefined;
}

const isPercentFormat = (format: string | undefined) => format !== undefined && format.includes("%");
const isCurrencyFormat = (format: string | undefined) => format !== undefined && /[$€£¥]/.test(format);

/**
 * The number format Sheets gives a cell from typed text: "2%" shows as 2% ("0%"), "2.5%" as
 * 2.50% ("0.00%"), "$1500" as $1,500.00, "1500€" as 1,500.00 €; none when the cell's format
 * already shows that kind.
 */
export function typedNumberFormat(
  input: string,
  type: CellValueDetailedType,
  currencySymbol: string | undefined,
  currentFormat: string | undefined,
): string | undefined {
  if (type === CellValueDetailedType.NUMBER_PERCENT && !isPercentFormat(currentFormat)) return /[.,]\d/.test(input) ? "0.00%" : "0%";
  if (type === CellValueDetailedType.NUMBER_CURRENCY && !isCurrencyFormat(currentFormat)) {
    const symbol = currencySymbol ?? "$";
    // "4200,00 €", as the French type money, keeps its sign after the amount.
    return input.trim().endsWith(symbol) ? `#,##0.00 [$${symbol}]` : `"${symbol}"#,##0.00`;
  }
  return undefined;
}

/** Sheets shows a circular reference and a blocked array result as #REF!, where HyperFormula has its own codes. */
function errorCode(error: DetailedCellError): string {
  return error.type === ErrorType.CYCLE || error.type === ErrorType.SPILL ? "#REF!" : error.value;
}

export function sheetValue(value: CellValue): SheetValue {
  if (value === null) return "";
  if (value instanceof DetailedCellError) return errorCode(value);
  return value;
}

/** An error cell's code and message, or undefined for any other cell. */
export function cellError(value: CellValue): { code: string; message: string } | undefined {
  if (!(value instanceof DetailedCellError)) return undefined;
  // HyperFormula gives a division by zero no message.
  const message = value.message || (value.type === ErrorType.DIV_BY_ZERO ? "Division by zero." : errorCode(value));
  return { code: errorCode(value), message };
}

/** What the cell shows: numbers through their number format, booleans as TRUE/FALSE, errors as their code. */
export function displayValue(value: CellValue, numberFormat: string | undefined, locale: string): string {
  if (typeof value === "number") return formatNumber(value, numberFormat, locale);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(sheetValue(value));
}
