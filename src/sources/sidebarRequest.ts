/**
 * What travels between the scorecard sidebar and the add-on for several sources: plain JSON. A
 * source travels as where it is and what the user chose; its rows stay in the sheet, read by the
 * add-on when it reads the source and again when it builds.
 */
import type { ImportReport } from "../import";
import type { CurrencyReading } from "../import/currency";
import type { ColumnMapping } from "../import/fields";
import type { RowsNoted } from "../import/rows";
import type { RawCell, ScorecardOptions, ScorecardResult } from "../scorecard/request";
import type { JoinBy } from "../join/join";
import type { JoinedField, JoinedValues } from "../join/originTable";
import type { JoinedValue } from "../join/valueTable";
import type { BreakdownKind } from "./breakdownChoice";

/** A source as the user chose it: enough for the add-on to read it again, and to rebuild. */
export interface SourceSpec {
  sheetName: string;
  /** The range read; null for the sheet's data, however many rows it has then. */
  rangeA1: string | null;
  /** Field -> column (0-based in the range), as the user set them; null to take the import's guess. */
  columns: ColumnMapping | null;
  /** The network the user named; null to take the detected one. */
  network: string | null;
  /** True to keep the source's own channel column; null for the default. */
  keepChannel: boolean | null;
  /** The currency (ISO code) the user gave a source that says none; null or absent when not given. */
  currency?: string | null;
}

/** A source as the add-on read it, for the sidebar to show: no rows. */
export interface SourceSummary {
  spec: SourceSpec;
  /** What messages call it: its sheet, or its sheet and range. */
  name: string;
  /** The range read, such as "A1:H8", and the sheet row of its first cell. */
  rangeA1: string;
  firstRow: number;
  firstColumn: number;
  headers: string[];
  mapping: ColumnMapping;
  report: ImportReport;
  /** The rows skipped or flagged, as sheet rows. */
  rowsNoted: RowsNoted;
  /** The cells it cannot read, in words: nothing is built until they are fixed. */
  issues: string[];
  dataRows: number;
  /** The network its columns tell, or null: the user must name it. */
  detected: { network: string; headers: string[] } | null;
  /** The networks its columns could be, when they tie. */
  candidates: string[];
  /** True when it has a channel column of its own, which it may keep. */
  ownChannel: boolean;
  keepChannel: boolean;
  /** True when formulas over its sheet read what was read: its data rows are the rows read. */
  linkable: boolean;
}

/** The shop, CRM or analytics table joined to the sources, as the user chose it: where it is, how it is joined, the matches typed. */
export interface RevenueSpec {
  sheetName: string;
  /** The range read; null for the sheet's data. */
  rangeA1: string | null;
  by: JoinBy;
  /** A value as the join shows it -> the network the user matched it to, over the defaults. */
  matches: Record<string, string>;
  /** The currency (ISO code) the user gave a table that says none; null or absent when not given. */
  currency?: string | null;
}

/** The joined table as the add-on read it, for the sidebar to show: no rows. */
export interface RevenueSummary {
  spec: RevenueSpec;
  name: string;
  /** The headers its rows' origin is read from, and its campaign column's (null: it has none, so no join by campaign). */
  originColumns: string[];
  campaignColumn: string | null;
  fields: JoinedField[];
  dataRows: number;
  currency: CurrencyReading;
}

/** A join as the sidebar shows it: every value of the table with what it matched, the figures per network, and the report in words. */
export interface JoinPreview {
  fields: JoinedField[];
  /** The networks with spend, the ones a value can be matched to. */
  networks: string[];
  values: JoinedValue[];
  /** Every row of the table, matched or not. */
  total: JoinedValues;
  lines: string[];
}

export interface SourcesRequest {
  sources: SourceSpec[];
  /** A shop, CRM or analytics table whose revenue, leads, qualified leads and customers replace the sources' own; null or absent: none. */
  revenue?: RevenueSpec | null;
  /** Per currency (ISO code): one unit of it in the scorecard's currency. The scorecard's currency has none. */
  rates: Record<string, number>;
  /** The kinds of column to break down by (campaign, ad set / ad group...), in order; the kinds every source has when absent. */
  breakdownBy?: BreakdownKind[] | null;
  options: ScorecardOptions;
}

export interface SourcesResult extends ScorecardResult {
  /** How the sources were combined, in words: networks, currencies, partial fields. */
  notes: string[];
  /** The join of the revenue table; null without one. */
  join: JoinPreview | null;
}

/** The sources the last build used, read again, with their rates, revenue table and breakdown. */
export interface SavedSources {
  sources: SourceSummary[];
  rates: Record<string, number>;
  revenue: RevenueSummary | null;
  breakdownBy: BreakdownKind[] | null;
}

/** Rows of a CSV file on their way to a sheet of their own, a chunk per call. */
export interface CsvChunk {
  /** The file's name: the new sheet is named after it. */
  fileName: string;
  /** The sheet the first chunk created; null for the first chunk. */
  sheetName: string | null;
  /** Index of the chunk's first row in the file. */
  firstRow: number;
  rows: RawCell[][];
  /** The file's rows and columns, for the first chunk to size the sheet. */
  totalRows: number;
  width: number;
  /** The first data row (0-based) and the money columns, whose cells take the currency's format. */
  firstDataRow: number;
  moneyColumns: number[];
  /** The 0-based columns of days, as day numbers to show in the day format. */
  dayColumns: number[];
  currency: CurrencyReading;
}
