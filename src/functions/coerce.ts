/** Turns one cell, as Sheets passes it, into a number or a blank. */
import { BLANK, type CellInput } from "./cells";
import { InputProblem } from "./inputProblem";

// A plain decimal with an optional currency sign before or after, and an optional percent sign.
const NUMERIC_TEXT = /^([$€£¥]\s*)?([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([$€£¥]\s*)?(%)?$/i;
const HAS_COMMA_BETWEEN_DIGITS = /\d,\d/;

function isDate(value: unknown): value is Date {
  // Dates may come from another realm (a vm context), where instanceof Date fails.
  return Object.prototype.toString.call(value) === "[object Date]";
}

function parseNumericText(text: string): number | typeof BLANK {
  const trimmed = text.trim();
  if (trimmed === "") return BLANK;
  const match = NUMERIC_TEXT.exec(trimmed);
  if (match && !(match[1] && match[3]) && Number.isFinite(Number(match[2]))) {
    const number = Number(match[2]);
    return match[4] ? number / 100 : number;
  }
  if (HAS_COMMA_BETWEEN_DIGITS.test(trimmed)) {
    throw new InputProblem(
      `is the text '${trimmed}', which is ambiguous (a thousands separator or a decimal comma?)`,
      "enter the number without a comma, such as 1000 or 1.5",
    );
  }
  throw new InputProblem(`is the text '${trimmed}'`, "enter a number", trimmed);
}

/** Reads a cell: a number, or BLANK for an empty cell; anything else throws an InputProblem. */
export function readCell(value: CellInput): number | typeof BLANK {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new InputProblem(`is ${value}`, "enter a finite number");
  }
  if (typeof value === "string") return parseNumericText(value);
  if (typeof value === "boolean") {
    throw new InputProblem(`is ${value ? "TRUE" : "FALSE"}, a boolean`, "enter a number");
  }
  if (isDate(value)) {
    throw new InputProblem("is a date", "enter a number, or format the cell as a number");
  }
  if (value === undefined || value === null) {
    throw new InputProblem("is missing", "give a value or a range");
  }
  throw new InputProblem(`is not a cell value (${typeof value})`, "enter a number");
}
