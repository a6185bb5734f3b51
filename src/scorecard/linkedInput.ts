/**
 * Input cells as live formulas over the source range: a channel's (or a breakdown row's) figure is
 * the sum of the source rows whose names match it, compared as channelKey compares them.
 *
 * A key sheet, owned by the add-on, holds each source row's name as a comparison key, one array
 * formula per column giving a key per row; input cells are SUMIFS over the key column. Sheets,
 * LibreOffice and the playground then read every source row once per key rather than once per
 * input cell: linear in rows + channels.
 */
import { channelNameFormula } from "./channelKey";
import type { Field, NumericField } from "../import/fields";
import { absoluteRange, columnLetter, quoteSheetName } from "./sheetText";

/** Where the data came from, so input cells can be live formulas over it. */
export interface SourceLink {
  sheetName: string;
  /** 1-based sheet rows of the first and last data rows. */
  firstRow: number;
  lastRow: number;
  /** 1-based sheet column of each mapped field. */
  columns: Partial<Record<Field, number>>;
  /** 1-based sheet column of each breakdown column, in the order of the breakdown. */
  breakdown: number[];
  /** The range the user selected, in A1 notation, for the subtitle. */
  rangeA1: string;
  /** The key sheet the input cells compare names through: see linkedKeys. */
  keys: LinkKeys;
}

export interface LinkKeys {
  sheetName: string;
  /** The source columns (1-based) matches may name: the channel's, and any breakdown column. */
  matchColumns: readonly number[];
  /** The last sheet row the sums read, below the data (see linkReach), so rows added there count. */
  lastRow: number;
}

/**
 * Source rows count for a cell when their name in a source column (1-based sheet column: the
 * channel's, or a breakdown column's) equals the name in the scorecard cell `cell` (such as $A4).
 */
export interface LinkedMatch {
  column: number;
  cell: string;
}

/**
 * The key sheet's formulas, on its row `firstRow`: one ARRAYFORMULA per column, whose results fill
 * the column down to `lastRow`, aligned with the source rows.
 */
export interface KeySheetPlan {
  sheetName: string;
  firstRow: number;
  lastRow: number;
  formulas: string[];
}

// The key of a name: its channelName, lower-cased, with the characters that SUMIFS criteria read
// as wildcards (* ? ~) spelled out (! first, so two names never share a key), behind a "k" so that
// no name reads as a number, a comparison (=x, >5) or a blank criterion.
const ESCAPES: [string, string][] = [["!", "!e"], ["*", "!s"], ["?", "!q"], ["~", "!t"]];
const keyFormula = (name: string) =>
  `"k"&${ESCAPES.reduce((text, [from, to]) => `SUBSTITUTE(${text}, "${from}", "${to}")`, `LOWER(${channelNameFormula(name)})`)}`;

const sourceRange = (source: SourceLink, column: number) => absoluteRange(source.sheetName, column, source.firstRow, source.keys.lastRow);
const rangeOf = (source: SourceLink, field: Field) => sourceRange(source, source.columns[field]!);
const keyRange = (source: SourceLink, keyColumn: number) => absoluteRange(source.keys.sheetName, keyColumn, source.firstRow, source.keys.lastRow);

function keyColumnOf(source: SourceLink, column: number): number {
  const index = source.keys.matchColumns.indexOf(column);
  if (index < 0) throw new Error(`Source column ${columnLetter(column)} has no key column: list it in the link's match columns.`);
  return index + 1;
}

/** The field a linked bounce rate is weighed by: the visits, else the leads (as the columns' bounceWeight); null without either. */
export function bounceWeightColumn(source: SourceLink): "visits" | "leads" | null {
  return source.columns.visits !== undefined ? "visits" : source.columns.leads !== undefined ? "leads" : null;
}

// After the key columns: the bounce rate times its weight, and the weight of rows that have a rate.
const weightedBounceColumn = (source: SourceLink) => source.keys.matchColumns.length + 1;
const ratedLeadsColumn = (source: SourceLink) => source.keys.matchColumns.length + 2;

const criteria = (source: SourceLink, matches: readonly LinkedMatch[]) =>
  matches.map(({ column, cell }) => `${keyRange(source, keyColumnOf(source, column))}, ${keyFormula(cell)}`).join(", ");

/** The sum of a numeric column over the matching source rows. */
export function linkedSum(source: SourceLink, field: NumericField, matches: readonly LinkedMatch[]): string {
  return `=SUMIFS(${rangeOf(source, field)}, ${criteria(source, matches)})`;
}

/** The bounce rate weighted by visits or leads over the matching rows; rows with a blank rate stay out, and none gives blank. */
export function linkedBounceRate(source: SourceLink, matches: readonly LinkedMatch[]): string {
  const sum = (keyColumn: number) => `SUMIFS(${keyRange(source, keyColumn)}, ${criteria(source, matches)})`;
  return `=IFERROR(${sum(weightedBounceColumn(source))}/${sum(ratedLeadsColumn(source))}, "")`;
}

/** The source's total of a column, to the sheet's last row whatever it becomes: what the scorecard should count. */
export function sourceTotal(source: SourceLink, field: NumericField): string {
  const letter = columnLetter(source.columns[field]!);
  return `SUM(${quoteSheetName(source.sheetName)}!$${letter}$${source.firstRow}:$${letter})`;
}

/**
 * The key sheet's formulas: a key per match column, then the bounce-rate weights when the link has
 * both. Each is element-wise over its source column (N() would not be: a blank or text count is 0
 * by IF(ISNUMBER())).
 */
export function linkedKeys(source: SourceLink): KeySheetPlan {
  const weight = bounceWeightColumn(source);
  const formulas = source.keys.matchColumns.map((column) => keyFormula(sourceRange(source, column)));
  if (source.columns.bounceRate !== undefined && weight !== null) {
    const [rate, count] = [rangeOf(source, "bounceRate"), rangeOf(source, weight)];
    const ratedCount = `IF(ISNUMBER(${count}), ${count}, 0)`;
    formulas.push(`IF(ISNUMBER(${rate}), ${rate}*${ratedCount}, "")`, `IF(ISNUMBER(${rate}), ${ratedCount}, "")`);
  }
  return { sheetName: source.keys.sheetName, firstRow: source.firstRow, lastRow: source.keys.lastRow, formulas: formulas.map((formula) => `=ARRAYFORMULA(${formula})`) };
}
