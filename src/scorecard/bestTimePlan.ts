/**
 * The best time to post sheet as plain data: the weekday x hour table of what a post brought, the
 * same grid of post counts below it, a colour scale over the values and grey over the cells of too
 * few posts. applyBestTimePlan (in addon/) writes it in a fixed number of calls.
 */
import { rowHeightOf, wrappedLines } from "./wrappedLines";
import { HOURS, MIN_POSTS, WEEKDAYS, type BestTimeCell, type BestTimeTable } from "./bestTime";
import type { Cell, ConditionalRulePlan, SheetGrid } from "./plan";
import { columnLetter, guardText } from "./sheetText";
import type { BestTimeTexts } from "../i18n/bestTimeTexts";

/** A colour scale's end: the lowest or highest number of its range, or a number. */
export type GradientPoint = { color: string; type: "MIN" | "MAX" } | { color: string; type: "NUMBER"; value: number };

export interface GradientRulePlan {
  range: string;
  min: GradientPoint;
  max: GradientPoint;
}

export interface BestTimePlan extends SheetGrid {
  sheetName: string;
  /** Sheets applies the first rule that matches a cell: the grey of too few posts comes before the scale. */
  conditionalRules: ConditionalRulePlan[];
  gradient: GradientRulePlan;
}

export interface BestTimeInput {
  sheetName: string;
  table: BestTimeTable;
  /** The time column's header, for the note. */
  timeColumn: string;
  /** The spreadsheet's time zone when the column's times gave their offset and were converted to it. */
  convertedTo: string | null;
  /** The number format of a value: money for revenue. */
  valueFormat: string;
  /** The best cell's value as the summary writes it. */
  formatValue: (value: number) => string;
  builtOn: string;
  source: string | null;
  texts: BestTimeTexts;
}

const NOTE_ROW = 2;
const HEADER_ROW = 4;
const VALUES_ROW = HEADER_ROW + 1;
const COUNTS_HEADER_ROW = VALUES_ROW + WEEKDAYS + 1;
const COUNTS_ROW = COUNTS_HEADER_ROW + 1;
const WIDTH = 1 + HOURS;
/** 1-based rows of Monday in the values and in the post counts; hour 0 is column B. */
export const BEST_TIME_ROWS = { values: VALUES_ROW, counts: COUNTS_ROW } as const;
const HOUR_FORMAT = '0":00"';
const LABEL_WIDTH = 150;
const HOUR_WIDTH = 72;
const NOTE_COLUMNS = 10;
// Sheets' own colour scale: white to its green; too few posts in the grey of a disabled cell.
const SCALE = { low: "#ffffff", high: "#57bb8a" };
const FEW_POSTS = { fontColor: "#80868b", background: "#efefef" };

const row = <T>(first: T, rest: T): T[] => [first, ...Array<T>(HOURS).fill(rest)];
const blankRow = (): Cell[] => Array<Cell>(WIDTH).fill("");

/** The colour scale runs over the cells of enough posts, so that one post's outlier does not wash out the rest. */
function scalePoints(cells: readonly BestTimeCell[]): Pick<GradientRulePlan, "min" | "max"> {
  const trusted = cells.flatMap((cell) => (cell.posts >= MIN_POSTS && cell.value !== null ? [cell.value] : []));
  const [low, high] = [Math.min(...trusted), Math.max(...trusted)];
  if (trusted.length === 0 || low === high) return { min: { color: SCALE.low, type: "MIN" }, max: { color: SCALE.high, type: "MAX" } };
  return { min: { color: SCALE.low, type: "NUMBER", value: low }, max: { color: SCALE.high, type: "NUMBER", value: high } };
}

export function planBestTime(input: BestTimeInput): BestTimePlan {
  const { table, texts } = input;
  const at = (weekday: number, hour: number) => table.cells[weekday * HOURS + hour];
  const hours = Array.from({ length: HOURS }, (_, hour) => hour);
  const days = Array.from({ length: WEEKDAYS }, (_, weekday) => weekday);
  const best = table.best;
  const bestLine = best
    ? texts.best(texts.weekdays[best.weekday], best.hour, input.formatValue(best.value!), best.posts)
    : texts.noBest(MIN_POSTS);
  const note = texts.note(MIN_POSTS, input.timeColumn, input.convertedTo, table.base && texts.rateOf[table.base], input.builtOn, input.source);
  const headerRow = (label: string): Cell[] => [guardText(label), ...hours];
  const cells: Cell[][] = [
    [guardText(texts.sheetName), ...blankRow().slice(1)],
    [guardText(texts.byHour), guardText(`${bestLine}. ${note}`), ...blankRow().slice(2)],
    blankRow(),
    headerRow(texts.measure[table.measure]),
    ...days.map((weekday) => [guardText(texts.weekdays[weekday]), ...hours.map((hour) => at(weekday, hour).value ?? "")]),
    blankRow(),
    headerRow(texts.posts),
    ...days.map((weekday) => [guardText(texts.weekdays[weekday]), ...hours.map((hour) => at(weekday, hour).posts || "")]),
  ];
  const hourRow = row("General", HOUR_FORMAT);
  const numberFormats = cells.map((_, r) => {
    const sheetRow = r + 1;
    if (sheetRow === HEADER_ROW || sheetRow === COUNTS_HEADER_ROW) return hourRow;
    if (sheetRow >= VALUES_ROW && sheetRow < VALUES_ROW + WEEKDAYS) return row("General", input.valueFormat);
    if (sheetRow >= COUNTS_ROW) return row("General", "#,##0");
    return row("General", "General");
  });
  const boldRows = new Set([1, HEADER_ROW, COUNTS_HEADER_ROW]);
  // The best hour and the note, wrapped across a screen's width of the hours' columns: text does not run past a frozen column.
  const noteHeight = rowHeightOf(wrappedLines(`${bestLine}  ${note}`, NOTE_COLUMNS * HOUR_WIDTH));
  const fontWeights = cells.map((_, r) => {
    const weight: "bold" | "normal" = boldRows.has(r + 1) ? "bold" : "normal";
    return row(weight, weight);
  });
  const lastHour = columnLetter(WIDTH);
  const values = `B${VALUES_ROW}:${lastHour}${VALUES_ROW + WEEKDAYS - 1}`;
  return {
    sheetName: input.sheetName,
    cells,
    numberFormats,
    fontWeights,
    headerRow: HEADER_ROW,
    frozenRows: HEADER_ROW,
    frozenColumns: 1,
    columnWidths: row(LABEL_WIDTH, HOUR_WIDTH),
    wrappedText: { row: NOTE_ROW, column: 1, mergedColumns: NOTE_COLUMNS, height: noteHeight },
    charts: [],
    conditionalRules: [{ range: values, formula: `=AND(ISNUMBER(B${VALUES_ROW}), B${COUNTS_ROW}<${MIN_POSTS})`, ...FEW_POSTS }],
    gradient: { range: values, ...scalePoints(table.cells) },
  };
}
