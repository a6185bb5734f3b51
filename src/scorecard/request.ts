/**
 * What travels between the scorecard sidebar and the add-on through google.script.run: plain JSON.
 */
import type { ImportReport } from "../import";
import type { RowsNoted } from "../import/rows";
import type { DecimalMark } from "../import/numbers";
import type { NumericField } from "../import/fields";
import type { ColumnMapping } from "./columnMapping";
import type { PeriodChoice, PeriodUnit } from "./periods";
import type { JoinLink } from "./matchSheet";

export type RawCell = string | number | boolean | null;

/** The selected range, as readSelection() returns it to the sidebar. */
export interface SelectionData {
  sheetName: string;
  /** The selected range, such as "A1:H8". */
  rangeA1: string;
  /**
   * 1-based sheet row and column of the range's top-left cell; with a header, the header's row
   * (title lines above it are not part of the data).
   */
  firstRow: number;
  firstColumn: number;
  /** True when a header row was found (firstRow is then its row). */
  hasHeader: boolean;
  /** The header row's texts; without a header, column letters ("A", "B"...). */
  headers: string[];
  /** The data rows (after the header), as the sheet holds them. */
  rows: RawCell[][];
  /** The fields guessed from the headers. */
  mapping: ColumnMapping;
  /** Columns suggested to break the scorecard down by (campaign, owner, region...), from their headers. */
  breakdown: number[];
  /** The spreadsheet locale's decimal mark, for cells such as "1,000". */
  convention: DecimalMark;
  /** How the import understood the range, for the user to check. */
  report: ImportReport;
}

/** Where rows read from a selection came from. */
export type SourceRange = Omit<SelectionData, "headers" | "rows" | "mapping" | "breakdown" | "convention" | "report">;

/**
 * One of several sources (one export per network) whose rows follow one another in a request's rows:
 * a linked build sums each on its own sheet.
 */
export interface SourcePart extends SourceRange {
  /** How many of the request's rows are this source's, after the parts before it. */
  rowCount: number;
  /**
   * Per column of the request: the source's column (0-based, from its range's first column), the one
   * name it holds on every row (its network, or "" for a breakdown it has not), or null for a field it has not.
   */
  columns: (number | { name: string } | null)[];
  /** The scorecard's currency per unit of the source's: its money is multiplied by it; null when the same. */
  rate: number | null;
}

export interface ScorecardOptions {
  /** 0.2 is 20%; null: each row against the others' blended ROI. */
  targetRoi: number | null;
  /** The share of revenue that is profit, for ROI (0.4 is 40%); null or absent: all of it. */
  margin?: number | null;
  chart: boolean;
  /** Input cells become formulas over the source range, so the scorecard follows it. */
  linkToSource: boolean;
  /** Value of one conversion, for ROI and ROAS when the data has no revenue; null when not given. */
  valuePerConversion?: number | null;
  /** Cost of one hour, for the hours column; null when not given. */
  hourlyRate?: number | null;
  /** The CPA at or below which a channel scales up, when there is no revenue; null when not given. */
  targetCpa?: number | null;
  /** Where revenue, leads, qualified leads or customers came from when another table was joined ("shop.csv, joined by channel"), for the sheet to say. */
  joinedFrom?: string | null;
  /** A period section by day, week, month or quarter (auto: from the dates' span); null or absent for none. */
  byPeriod?: PeriodChoice | null;
}

export interface ScorecardRequest {
  headers: string[];
  rows: RawCell[][];
  mapping: ColumnMapping;
  /**
   * Columns (0-based, as in mapping; named by headers) to break the scorecard down by, in order: the
   * first also within each channel. None when absent.
   */
  breakdown?: number[];
  /** Each column's decimal mark, as the user was shown it; decided from the rows when absent. */
  decimalMarks?: (DecimalMark | null)[];
  /** Where the rows came from, when they were read from a selection (null for typed rows). */
  source: SourceRange | null;
  /** Several sources the rows came from, in order, when they were combined (source is then null). */
  parts?: SourcePart[];
  /**
   * Fields only some of several sources have, and the networks that have them: such a field's cell
   * is blank exactly on the rows of the sources without it, and its ratios are over the rows with it.
   * sources: the names of the sources that have it (fields the same sources have share their rows).
   */
  partial?: { field: NumericField; sources: string[]; networks: string[] }[];
  /** A table joined to the parts, live: the build writes its match sheet and sums it as one more part (see matchSheet.ts). */
  join?: JoinLink;
  options: ScorecardOptions;
}

export interface ScorecardResult {
  sheetName: string;
  channelCount: number;
  /** The channel with the best ROI, and that ROI (2.4 is 240%); null without ROI, or when no channel has a cost. */
  best: { channel: string; roi: number } | null;
  /** The channel with the lowest cost per conversion (else per lead, else per click), on the total cost. */
  bestCost: { channel: string; metric: "cpa" | "cpl" | "cpc"; value: number } | null;
  /** Total cost (spend, other costs, time) / total conversions; null without conversions. */
  totalCpa: number | null;
  /** The ISO 4217 code of the scorecard's money ("GBP"); null when only a sign shared by several currencies ("$") is known. */
  currency: string | null;
  /**
   * The one-line summary, in the user's language, such as "6 channels; best ROI: LinkedIn 240%; total CPA 12.40 EUR",
   * or without revenue "6 channels; best CPA: LinkedIn 9.80 EUR; total CPA 12.40 EUR".
   */
  summary: string;
  /** The rows skipped or flagged while reading them (totals rows, rows without a channel...), for the caller to tell the user. */
  rowsNoted: RowsNoted;
  /** The period section, when asked for; null otherwise. */
  periods: PeriodsSummary | null;
}

/** What the period section counts, for the caller to tell the user and to find it on the sheet. */
export interface PeriodsSummary {
  unit: PeriodUnit;
  /** The date column's header. */
  column: string;
  /** The periods' first and last days (yyyy-mm-dd). */
  first: string;
  last: string;
  count: number;
  /** Rows without a date: left out of the periods, and their spend shown by the section's check. */
  undatedRows: number;
  undatedSpend: number;
  /** 1-based sheet rows of the section: its title, header, first and last period rows; the A1 cell of its check of the spend outside the periods. */
  layout: { titleRow: number; headerRow: number; firstRow: number; lastRow: number; checkCell: string };
}
