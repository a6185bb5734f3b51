/** The command line's options: --map FIELD=COLUMN,..., --breakdown COLUMN,..., --target-roi, --margin and the amounts (--hourly-rate...). */
import { findHeaderRow, rowHoldingNames } from "../../src/import/headerRow";
import { ALL_FIELDS, type ColumnMapping, type Field } from "../../src/import/fields";
import { parseAmount } from "../../src/scorecard/amount";
import { parseTargetRoi } from "../../src/scorecard/targetRoi";
import { MAX_PERIODS, PERIOD_CHOICES, type PeriodChoice } from "../../src/scorecard/periods";
import { WINDOW_UNITS, type RateWindowChoice } from "../../src/planner/rateWindow";
import { columnLetters } from "../emulation/a1";

export class UsageError extends Error {}

/** What --map asked for, resolved against the file: the header row and the chosen columns. */
export interface MapChoice {
  headerRow: number | null;
  columns: ColumnMapping;
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
/** The command line calls the cost spend, as the scorecard's column does; cost and budget name it too. */
const SPEND_NAMES = ["spend", "cost", "budget"];
/** A field as --map names it: spend, conversions, bounce_rate, planned_budget... */
export const cliFieldName = (field: Field) => (field === "budget" ? "spend" : field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
const fieldNamed = (name: string) => (SPEND_NAMES.includes(squash(name)) ? "budget" : ALL_FIELDS.find((field) => squash(field) === squash(name)));
const isLetters = (column: string) => /^[A-Z]{1,2}$/i.test(column);
const letterIndex = (column: string) => [...column.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** "channel=Campaign,spend=Spent" (fields as in the scorecard: bounce_rate and target_roi too). */
export function mapPairs(text: string): { field: Field; column: string }[] {
  return text.split(",").filter((pair) => pair.trim() !== "").map((pair) => {
    const [name, column] = pair.split("=");
    const field = fieldNamed(name ?? "");
    if (!field || !column?.trim()) throw new UsageError(`--map: '${pair}' is not FIELD=COLUMN with a field among ${ALL_FIELDS.map(cliFieldName).join(", ")}`);
    return { field, column: column.trim() };
  });
}

/**
 * Columns by header name or letter. The header row is the one holding the names given, so a
 * mapping works where no header is recognized, which is when one is needed.
 */
export function parseMap(text: string, cells: readonly (readonly string[])[]): MapChoice {
  const pairs = mapPairs(text);
  const names = pairs.map((pair) => pair.column).filter((column) => !isLetters(column) || rowHoldingNames(cells, [column]) !== null);
  const headerRow = (names.length > 0 ? rowHoldingNames(cells, names) : null) ?? findHeaderRow(cells);
  const headers = headerRow === null ? [] : cells[headerRow];
  const width = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  const columns: ColumnMapping = {};
  for (const { field, column } of pairs) columns[field] = columnIndex("map", column, headers, width);
  return { headerRow, columns };
}

/** A column by header name or letter; option names the option in the error. */
export function columnIndex(option: string, column: string, headers: readonly string[], width: number): number {
  const byName = headers.findIndex((header) => header.trim().toLowerCase() === column.toLowerCase());
  const index = byName >= 0 ? byName : isLetters(column) ? letterIndex(column) : -1;
  if (index < 0 || index >= width) {
    const known = headers.filter((header) => header !== "").map((header) => `'${header}'`).join(", ");
    throw new UsageError(`--${option}: there is no column '${column}'; ${known ? `the columns are ${known}` : "no row holds the names given"} (or letters A-${columnLetters(width)})`);
  }
  return index;
}

/** Repeated or comma-separated KEY=VALUE pairs (--network meta.csv=Meta,ads.csv=Reddit): each key once. */
export function pairsOption(option: string, texts: readonly string[], shape: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const pair of texts.flatMap((text) => text.split(",")).filter((pair) => pair.trim() !== "")) {
    const at = pair.lastIndexOf("=");
    const [key, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    if (at < 0 || key === "" || value === "") throw new UsageError(`--${option}: '${pair}' is not ${shape}`);
    if (pairs.has(key)) throw new UsageError(`--${option}: '${key}' is given twice`);
    pairs.set(key, value);
  }
  return pairs;
}

/** "Campaign name,Owner" or "B,D": the columns to break the scorecard down by, in order, against the file's header. */
export function parseBreakdown(text: string, headers: readonly string[], width: number): number[] {
  const names = text.split(",").map((name) => name.trim()).filter((name) => name !== "");
  const columns = names.map((name) => columnIndex("breakdown", name, headers, width));
  const twice = names.find((_, i) => columns.indexOf(columns[i]) !== i);
  if (twice !== undefined) throw new UsageError(`--breakdown: the column '${twice}' is named twice; name each column once`);
  return columns;
}

/** "20%" or "20": a percentage, as in the sidebar; null when not given (the others' blended ROI). */
export function targetRoiOption(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = parseTargetRoi(text);
  if (value === null || value < -1) throw new UsageError(`--target-roi: '${text}' is not a percentage of -100% or more; write it as 20%`);
  return value;
}

/** "40%": the share of revenue that is profit; null when not given (all of it). */
export function marginOption(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = parseTargetRoi(text);
  if (value === null || value <= 0 || value > 1) throw new UsageError(`--margin: '${text}' is not a percentage above 0% and up to 100%; write it as 40%`);
  return value;
}

/** "100", "12.50" or "$45": an amount, as in the sidebar; null when the option is not given. */
export function amountOption(name: string, text: string | undefined, { aboveZero = false } = {}): number | null {
  if (text === undefined) return null;
  const value = parseAmount(text);
  if (value === null || (aboveZero && value === 0)) {
    throw new UsageError(`--${name}: '${text}' is not an amount${aboveZero ? " above 0" : ""}; write it as 12.50`);
  }
  return value;
}

/** "2%" or "2": a rate above 0% and up to 100%, as the sidebar reads it; null when the option is not given. */
export function rateOption(name: string, text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = parseTargetRoi(text);
  if (value === null || value <= 0 || value > 1) throw new UsageError(`--${name}: '${text}' is not a rate above 0% and up to 100%; write it as 2%`);
  return value;
}

/** A number above 0, such as a goal of 1000 or a cap of 1.5; null when the option is not given. */
export function positiveOption(name: string, text: string | undefined, what: string, example: string): number | null {
  if (text === undefined) return null;
  const value = parseAmount(text);
  if (value === null || value <= 0) throw new UsageError(`--${name}: '${text}' is not ${what} above 0; write it as ${example}`);
  if (value > Number.MAX_SAFE_INTEGER) {
    throw new UsageError(`--${name}: '${text}' is beyond the 9,007,199,254,740,991 a spreadsheet counts exactly; give a smaller number`);
  }
  return value;
}

/** "week": the periods of the scorecard's period section (auto: from the dates' span); null when not given. */
export function periodOption(text: string | undefined): PeriodChoice | null {
  if (text === undefined) return null;
  const choice = PERIOD_CHOICES.find((known) => known === text.trim().toLowerCase());
  if (!choice) throw new UsageError(`--by: '${text}' is not a period; write day, week, month, quarter or auto`);
  return choice;
}

/** The spreadsheet's time zone by its IANA name (Europe/Paris), as Intl spells it; a fixed offset or an unknown name is refused. */
export function timeZoneOption(text: string): string {
  const refused = new UsageError(`--time-zone: '${text}' is no time zone; give the spreadsheet's by its name, such as Europe/Paris or America/New_York`);
  // An offset (+01:00) knows no clock change: the spreadsheet's zone is a named one.
  if (!/^[A-Za-z]/.test(text)) throw refused;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: text }).resolvedOptions().timeZone;
  } catch {
    throw refused;
  }
}

/**
 * --by and --last of a plan: its rates from the last N days, weeks, months or quarters of the
 * file's dates; null when neither is given. Each needs the other: a plan counts whole periods back.
 */
export function rateWindowOption(by: string | undefined, last: string | undefined): RateWindowChoice | null {
  if (by === undefined && last === undefined) return null;
  if (by === undefined) throw new UsageError("--last goes with --by day, week, month or quarter: the periods to count back, such as --by week --last 4");
  if (last === undefined) throw new UsageError("--by: a plan takes its rates from the last N periods; give --last N too, such as --by week --last 4 (or leave out --by for every row)");
  const unit = WINDOW_UNITS.find((known) => known === by.trim().toLowerCase());
  if (!unit) throw new UsageError(`--by: '${by}' is not a period a plan counts back; write day, week, month or quarter`);
  const count = Number(last.trim());
  if (!/^\d+$/.test(last.trim()) || count < 1 || count > MAX_PERIODS) throw new UsageError(`--last: '${last}' is not a whole number of periods from 1 to ${MAX_PERIODS}; write it as 4`);
  return { unit, last: count };
}
