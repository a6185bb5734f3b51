/**
 * Conditional format rules evaluated on the current values, as Sheets paints them: for each cell,
 * the first rule that matches gives its format. A colour scale matches every number of its ranges
 * (not blanks, not text) and gives it a background between its points' colours.
 */
import type { CellValue } from "hyperformula";
import { columnLetters, columnNumber, parseA1, type GridArea } from "./a1";
import { readValues } from "./cells";
import { cellKey, type ConditionalFormatRuleDescription, type GradientDescription, type GradientPointDescription, type SheetModel } from "./sheetModel";
import type { Workbook } from "./workbook";

export type RuleFormat = Pick<ConditionalFormatRuleDescription, "background" | "fontColor" | "bold">;

type Criterion = Omit<ConditionalFormatRuleDescription, "ranges" | "background" | "fontColor" | "bold">;

const NUMBER_CHECKS: Record<string, (n: number, a: number, b: number) => boolean> = {
  NUMBER_LESS_THAN: (n, a) => n < a,
  NUMBER_LESS_THAN_OR_EQUAL_TO: (n, a) => n <= a,
  NUMBER_GREATER_THAN: (n, a) => n > a,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: (n, a) => n >= a,
  NUMBER_EQUAL_TO: (n, a) => n === a,
  NUMBER_NOT_EQUAL_TO: (n, a) => n !== a,
  NUMBER_BETWEEN: (n, a, b) => n >= Math.min(a, b) && n <= Math.max(a, b),
  NUMBER_NOT_BETWEEN: (n, a, b) => n < Math.min(a, b) || n > Math.max(a, b),
};

// Sheets compares text regardless of case.
const TEXT_CHECKS: Record<string, (text: string, pattern: string) => boolean> = {
  TEXT_CONTAINS: (text, pattern) => text.includes(pattern),
  TEXT_DOES_NOT_CONTAIN: (text, pattern) => !text.includes(pattern),
  TEXT_EQUAL_TO: (text, pattern) => text === pattern,
  TEXT_STARTS_WITH: (text, pattern) => text.startsWith(pattern),
  TEXT_ENDS_WITH: (text, pattern) => text.endsWith(pattern),
};

// A string literal or a quoted sheet name (kept as is), or a cell reference not followed by "(" or "!".
const TOKEN = /("(?:[^"]|"")*"|'(?:[^']|'')*')|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;

/** The formula as Sheets applies it to the cell rows down and columns right of the range's top-left: relative references move. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(TOKEN, (match, quoted: string | undefined, columnFixed: string, letters: string, rowFixed: string, row: string) => {
    if (quoted) return match;
    const column = columnFixed ? letters : columnLetters(columnNumber(letters) + columns);
    return `${columnFixed}${column}${rowFixed}${rowFixed ? row : Number(row) + rows}`;
  });
}

// A function call over fixed references only, such as MIN($I$4:$I$5003): the same for every cell.
const FIXED_CALL = /\b[A-Za-z][A-Za-z0-9._]*\(([$A-Za-z0-9:!,.\s+\-*/]*)\)/g;
const FIXED_REFERENCE = /\$[A-Za-z]{1,3}\$\d+/;

/**
 * The rule's formula with its calls over fixed references computed once, as numbers or booleans:
 * "=I4=MIN($I$4:$I$5003)" would otherwise scan the whole column again for every cell.
 */
export function withFixedCallsComputed(formula: string, compute: (formula: string) => CellValue | CellValue[][]): string {
  let previous: string;
  let current = formula;
  do {
    previous = current;
    current = current.replace(FIXED_CALL, (call, args: string) => {
      if (!FIXED_REFERENCE.test(args) || shiftFormula(args, 1, 1) !== args) return call;
      const value = compute(`=${call}`);
      if (typeof value === "number" && Number.isFinite(value)) return `(${value})`;
      return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : call;
    });
  } while (current !== previous);
  return current;
}

const isBlank = (value: CellValue) => value === null || value === "";

function calculate(workbook: Workbook, sheet: SheetModel, formula: string): CellValue {
  try {
    const result = workbook.engine.calculateFormula(formula, sheet.engineId);
    return Array.isArray(result) ? (result[0]?.[0] ?? null) : result;
  } catch {
    return null;
  }
}

function matches(workbook: Workbook, sheet: SheetModel, rule: Criterion, value: CellValue, down: number, right: number): boolean {
  const [first, second] = rule.values;
  if (rule.criteria === "CUSTOM_FORMULA") {
    const result = calculate(workbook, sheet, shiftFormula(String(first), down, right));
    return result === true || (typeof result === "number" && result !== 0);
  }
  if (rule.criteria === "CELL_EMPTY") return isBlank(value);
  if (rule.criteria === "CELL_NOT_EMPTY") return !isBlank(value);
  const numberCheck = NUMBER_CHECKS[rule.criteria];
  if (numberCheck) return typeof value === "number" && numberCheck(value, Number(first), Number(second));
  const textCheck = TEXT_CHECKS[rule.criteria];
  if (textCheck) return !isBlank(value) && typeof value !== "object" && textCheck(String(value).toLowerCase(), String(first).toLowerCase());
  return false;
}

function intersection(a: GridArea, b: GridArea): GridArea | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const numRows = Math.min(a.row + a.numRows, b.row + b.numRows) - row;
  const numColumns = Math.min(a.column + a.numColumns, b.column + b.numColumns) - column;
  return numRows > 0 && numColumns > 0 ? { row, column, numRows, numColumns } : null;
}

/** PERCENTILE's inclusive rank, as Sheets computes it: between the two nearest numbers. */
function percentile(sorted: readonly number[], fraction: number): number {
  const rank = Math.min(Math.max(fraction, 0), 1) * (sorted.length - 1);
  const below = Math.floor(rank);
  return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (rank - below);
}

/** Where a point sits on the numbers of the rule's ranges; null for a value that is no number. */
function pointValue(point: GradientPointDescription, sorted: readonly number[], compute: (formula: string) => CellValue): number | null {
  const [low, high] = [sorted[0], sorted[sorted.length - 1]];
  if (point.type === "MIN") return low;
  if (point.type === "MAX") return high;
  const given = point.value.trim().startsWith("=") ? compute(point.value.trim()) : Number(point.value);
  if (typeof given !== "number" || !Number.isFinite(given)) return null;
  if (point.type === "PERCENT") return low + ((high - low) * given) / 100;
  if (point.type === "PERCENTILE") return percentile(sorted, given / 100);
  return given;
}

const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/** The colour a fraction of the way from one colour to another, channel by channel. */
function blend(from: string, to: string, fraction: number): string {
  const [a, b] = [channels(from), channels(to)];
  return `#${a.map((channel, i) => Math.round(channel + (b[i] - channel) * fraction).toString(16).padStart(2, "0")).join("")}`;
}

/** A number's colour on the scale: a point's own colour at and beyond it, blended between two points. */
export function scaleColor(stops: readonly { value: number; color: string }[], value: number): string {
  if (value <= stops[0].value) return stops[0].color;
  for (let i = 1; i < stops.length; i++) {
    const [from, to] = [stops[i - 1], stops[i]];
    if (value <= to.value) return to.value === from.value ? to.color : blend(from.color, to.color, (value - from.value) / (to.value - from.value));
  }
  return stops[stops.length - 1].color;
}

/** The scale's stops over the rule's numbers (all its ranges together); null when they have none. */
function scaleStops(workbook: Workbook, sheet: SheetModel, ranges: readonly GridArea[], gradient: GradientDescription): { value: number; color: string }[] | null {
  const numbers = ranges.flatMap((range) => readValues(workbook, sheet, range).flat().filter((value): value is number => typeof value === "number"));
  if (numbers.length === 0) return null;
  const sorted = numbers.sort((a, b) => a - b);
  const points = [gradient.min, gradient.mid, gradient.max].filter((point): point is GradientPointDescription => point !== undefined);
  const stops = points.map((point) => ({ value: pointValue(point, sorted, (formula) => calculate(workbook, sheet, formula)), color: point.color }));
  return stops.every((stop) => stop.value !== null) ? (stops as { value: number; color: string }[]) : null;
}

/** The formats the sheet's rules give the cells of the area they match, by cellKey. */
export function conditionalFormats(workbook: Workbook, sheet: SheetModel, area: GridArea): Map<string, RuleFormat> {
  const formats = new Map<string, RuleFormat>();
  for (const stored of sheet.rules) {
    if (stored.gradient) {
      const ranges = stored.ranges.flatMap((a1) => parseA1(a1)?.area(sheet.maxRows, sheet.maxColumns) ?? []);
      const stops = scaleStops(workbook, sheet, ranges, stored.gradient);
      for (const range of stops ? ranges : []) {
        const shown = intersection(range, area);
        if (!shown) continue;
        readValues(workbook, sheet, shown).forEach((cells, r) =>
          cells.forEach((value, c) => {
            const key = cellKey(shown.row + r, shown.column + c);
            if (typeof value === "number" && !formats.has(key)) formats.set(key, { background: scaleColor(stops!, value) });
          }),
        );
      }
      continue;
    }
    const { background, fontColor, bold } = stored;
    const rule =
      stored.criteria === "CUSTOM_FORMULA"
        ? { ...stored, values: [withFixedCallsComputed(String(stored.values[0]), (formula) => calculate(workbook, sheet, formula))] }
        : stored;
    for (const a1 of rule.ranges) {
      const range = parseA1(a1)?.area(sheet.maxRows, sheet.maxColumns);
      const shown = range && intersection(range, area);
      if (!range || !shown) continue;
      const values = readValues(workbook, sheet, shown);
      values.forEach((cells, r) =>
        cells.forEach((value, c) => {
          const row = shown.row + r;
          const column = shown.column + c;
          const key = cellKey(row, column);
          if (formats.has(key) || !matches(workbook, sheet, rule, value, row - range.row, column - range.column)) return;
          formats.set(key, { background, fontColor, bold });
        }),
      );
    }
  }
  return formats;
}
