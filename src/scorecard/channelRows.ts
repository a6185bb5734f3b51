/**
 * Reads the user's data rows into channel rows, with the import's reading of every cell: every
 * problem is reported with its row and what to do, before anything is written.
 */
import type { ColumnMapping, NumericField } from "../import/fields";
import { decideMarks, type DecimalMark } from "../import/numbers";
import { readRows, type ImportedRow, type RowsRead } from "../import/rows";
import { aggregateByChannel, ChannelSums, type BounceWeight, type ChannelTotals } from "./aggregate";
import { describeIssueIn, requestMessages, type RequestMessages } from "../i18n/requestMessages";

export { FIELD_LABELS, type RowIssue } from "../import/rows";

export interface ChannelRow {
  channel: string;
  budget: number;
  leads: number;
  qualifiedLeads: number;
  customers: number;
  visits: number;
  /** Null when the data has no bounce rate for the row. */
  bounceRate: number | null;
  conversions: number;
  revenue: number;
  impressions: number;
  clicks: number;
  /** The row's value in each breakdown column (trimmed text; "" when blank), in the request's order. */
  dimensions: string[];
  targetRoi: number | null;
  plannedBudget: number;
  otherCosts: number;
  hours: number;
  reach: number;
  engagements: number;
  reactions: number;
  comments: number;
  shares: number;
  /** The fields only some sources have (see ScorecardRequest.partial) that this row's source has; absent when there are none. */
  covers?: readonly NumericField[];
}

export type ChannelRowsRead = RowsRead<ChannelRow>;

/**
 * The import's reading of a row as a channel row: a blank count or amount adds 0; a blank bounce rate or target stays unknown.
 * partial: the fields only some sources have, whose cell is blank exactly on the rows of the sources without them.
 */
function channelRow(channel: string, values: ImportedRow["values"], cells: readonly unknown[], breakdown: readonly number[], partial: readonly NumericField[]): ChannelRow {
  // One object literal of fixed shape: a spread in it costs a slow copy on every one of a large export's rows.
  const row: ChannelRow = {
    channel,
    dimensions: breakdown.map((column) => String(cells[column] ?? "").trim()),
    budget: values.budget ?? 0,
    leads: values.leads ?? 0,
    qualifiedLeads: values.qualifiedLeads ?? 0,
    customers: values.customers ?? 0,
    visits: values.visits ?? 0,
    bounceRate: values.bounceRate,
    conversions: values.conversions ?? 0,
    revenue: values.revenue ?? 0,
    impressions: values.impressions ?? 0,
    clicks: values.clicks ?? 0,
    targetRoi: values.targetRoi,
    plannedBudget: values.plannedBudget ?? 0,
    otherCosts: values.otherCosts ?? 0,
    hours: values.hours ?? 0,
    reach: values.reach ?? 0,
    engagements: values.engagements ?? 0,
    reactions: values.reactions ?? 0,
    comments: values.comments ?? 0,
    shares: values.shares ?? 0,
  };
  if (partial.length > 0) row.covers = coveredBy(values, partial);
  return row;
}

/** Of the fields only some sources have, those the row's cells hold (its source has them). */
const coveredBy = (values: ImportedRow["values"], partial: readonly NumericField[]) => partial.filter((field) => values[field] !== null);

/** The columns' decimal marks decided from the rows, when the user was shown none. */
const marksOf = (rows: readonly (readonly unknown[])[]) => decideMarks(rows, null).map((column) => column.mark);

/**
 * Reads data rows (no header). firstRowNumber is the number the user sees for rows[0]; marks are
 * the columns' decimal marks the user was shown (decided from the rows when not given).
 * breakdown: the 0-based columns whose values each row carries in its dimensions.
 */
export function readChannelRows(
  rows: readonly (readonly unknown[])[],
  mapping: ColumnMapping,
  firstRowNumber: number,
  marks: readonly (DecimalMark | null)[] = marksOf(rows),
  messages: RequestMessages = requestMessages("en"),
  breakdown: readonly number[] = [],
  partial: readonly NumericField[] = [],
): ChannelRowsRead {
  return readRows(rows, mapping, marks, firstRowNumber, describeIssueIn(messages), (_, channel, values, cells) => channelRow(channel, values, cells, breakdown, partial));
}

export interface ChannelTotalsRead extends Omit<RowsRead, "rows"> {
  channels: ChannelTotals[];
  /** How many rows were summed. */
  rowCount: number;
}

/**
 * Reads data rows as readChannelRows does, summed by channel as they are read, none kept: a large
 * export's rows would be hundreds of thousands of objects. A summary row is told only once every
 * row is read: when one was among them, the rows are read again and summed without it.
 */
export function readChannelTotals(
  rows: readonly (readonly unknown[])[],
  mapping: ColumnMapping,
  firstRowNumber: number,
  marks: readonly (DecimalMark | null)[] = marksOf(rows),
  messages: RequestMessages,
  bounceWeight: BounceWeight,
  partial: readonly NumericField[] = [],
): ChannelTotalsRead {
  const sums = new ChannelSums(bounceWeight);
  let summed = 0;
  const { rows: kept, ...noted } = readRows(rows, mapping, marks, firstRowNumber, describeIssueIn(messages), (_, channel, values) => {
    sums.add(channel, values, partial.length > 0 ? coveredBy(values, partial) : undefined);
    summed++;
  });
  if (kept.length === summed) return { ...noted, channels: sums.totals(), rowCount: summed };
  const { rows: again, ...notedAgain } = readChannelRows(rows, mapping, firstRowNumber, marks, messages, [], partial);
  return { ...notedAgain, channels: aggregateByChannel(again, bounceWeight), rowCount: again.length };
}

/**
 * The rows read and summed by channel; the rows are kept only when a column of each is asked for
 * (a breakdown, the days of periods), to be summed again by it.
 */
export function readAndSum(
  rows: readonly (readonly unknown[])[],
  mapping: ColumnMapping,
  firstRowNumber: number,
  marks: readonly (DecimalMark | null)[] | undefined,
  messages: RequestMessages,
  breakdown: readonly number[],
  weight: BounceWeight,
  partial: readonly NumericField[] = [],
): ChannelTotalsRead & { rows: ChannelRow[] | null } {
  if (breakdown.length === 0) return { ...readChannelTotals(rows, mapping, firstRowNumber, marks, messages, weight, partial), rows: null };
  const { rows: read, ...noted } = readChannelRows(rows, mapping, firstRowNumber, marks, messages, breakdown, partial);
  return { ...noted, channels: aggregateByChannel(read, weight), rowCount: read.length, rows: read };
}
