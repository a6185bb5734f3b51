/**
 * Input cells as live formulas over the source range: a channel's (or a breakdown row's) figure is
 * the sum of the source rows whose names match it, compared as channelKey compares them.
 */
import { channelNameFormula } from "./channelKey";
import type { Field, NumericField } from "../import/fields";
import { absoluteRange } from "./sheetText";

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
}

/**
 * Source rows count for a cell when their name in a source column (1-based sheet column: the
 * channel's, or a breakdown column's) equals the name in the scorecard cell `cell` (such as $A4).
 */
export interface LinkedMatch {
  column: number;
  cell: string;
}

const columnRange = (source: SourceLink, column: number) => absoluteRange(source.sheetName, column, source.firstRow, source.lastRow);
const rangeOf = (source: SourceLink, field: Field) => columnRange(source, source.columns[field]!);

// Compared as the channels were grouped (channelKey): a channel named 916 is the text '916 here.
const matching = (source: SourceLink, matches: readonly LinkedMatch[]) =>
  matches.map(({ column, cell }) => `(${channelNameFormula(columnRange(source, column))}=${cell})`).join("*");

/** The sum of a numeric column over the matching source rows. */
export function linkedSum(source: SourceLink, field: NumericField, matches: readonly LinkedMatch[]): string {
  return `=SUMPRODUCT(${matching(source, matches)}*${rangeOf(source, field)})`;
}

/** The bounce rate weighted by leads over the matching rows; rows with a blank rate stay out, and none gives blank. */
export function linkedBounceRate(source: SourceLink, matches: readonly LinkedMatch[]): string {
  const rows = matching(source, matches);
  const rates = rangeOf(source, "bounceRate");
  const leads = rangeOf(source, "leads");
  return `=IFERROR(SUMPRODUCT(${rows}*${rates}*${leads})/SUMPRODUCT(${rows}*ISNUMBER(${rates})*${leads}), "")`;
}
