/**
 * From the sidebar's request to a scorecard plan: checks everything first (columns, every cell,
 * options), so that a bad request writes nothing; every problem is named in one error.
 */
import { checkedField, joinedTableTotal, type JoinLink } from "./matchSheet";
import { cpa, cpc, cpl, roi, type Metric } from "../metrics";
import type { ChannelTotals } from "./aggregate";
import { breakDown } from "./breakdown";
import { requestMessages, type RequestMessages } from "../i18n/requestMessages";
import { blankColumnTest, hasDataRows, withoutBlankColumns } from "../import/blankColumns";
import { mixedResults } from "../import/resultTypes";
import { readAndSum, type ChannelRow } from "./channelRows";
import { rowsNoted, type RowsNoted, type RowsRead } from "../import/rows";
import { fieldsSharingAColumn, missingRequiredFields } from "./columnMapping";
import { bounceWeight, costMetric, revenueColumn, type CostMetric } from "./columns";
import { ALL_FIELDS, type Field } from "./fields";
import { NUMERIC_FIELDS, type NumericField } from "../import/fields";
import { planScorecard, type ScorecardPlan, type ScorecardTexts, type SourceLink } from "./plan";
import type { PeriodsSummary, ScorecardRequest } from "./request";
import { comparableDays, dayOfReadRow, freeColumns, periodColumn, rowOverPeriods, type PeriodColumn } from "./periodColumn";
import { autoUnit, figuresByPeriod, MAX_PERIODS, PERIOD_CHOICES, periodsBetween, type PeriodUnit } from "./periods";

const MAX_LISTED_ISSUES = 10;
/** The fields a partial column may hold: amounts and counts, whose blank is no data (a blank rate is already unknown). */
const SUMMED_FIELDS: readonly NumericField[] = NUMERIC_FIELDS.filter((field) => field !== "bounceRate" && field !== "targetRoi");

export class ScorecardRequestError extends Error {}

export interface PlanContext {
  sheetName: string;
  /** The channel cells now in the source rows, when linking: they must still be the rows sent. */
  sourceChannels: readonly unknown[] | null;
  /** The cells now in each breakdown column (by column of the request), when linking: likewise. */
  sourceBreakdown?: ReadonlyMap<number, readonly unknown[]> | null;
  /** The cells now in the periods' date column, when linking with periods: they must compare as days. */
  sourceDates?: readonly unknown[] | null;
  /**
   * With several sources (request.parts), when linking: for each, the cells now in its sheet's
   * channel and breakdown columns (by column of the request), and its sheet's last row.
   */
  sourceParts?: readonly { cells: ReadonlyMap<number, readonly unknown[]>; lastRow: number }[] | null;
  texts: ScorecardTexts;
  moneyFormat: string;
  builtOn: string;
  /**
   * Where a linked build's name keys go, and the source sheet's last row (its grid's, not its
   * data's), down to which its sums read: never past it, since Sheets has no rows there.
   */
  keys?: { sheetName: string; sourceLastRow: number } | null;
  /** The user's language for every refusal; English unless told. */
  messages?: RequestMessages;
}

export interface PreparedScorecard {
  plan: ScorecardPlan;
  channels: ChannelTotals[];
  /** The best ROI, when the scorecard has ROI. */
  best: { channel: string; roi: number } | null;
  /** The lowest cost per result (per conversion, else lead, else click), on the total cost. */
  bestCost: { channel: string; metric: CostMetric; value: number } | null;
  /** The table's cost per result: total cost over total results. */
  totalCost: { metric: CostMetric; value: number } | null;
  /** Total cost / total conversions; null without conversions. */
  totalCpa: number | null;
  rowsNoted: RowsNoted;
  /** The period section, when asked for. */
  periods: Omit<PeriodsSummary, "layout"> | null;
}

/** Refuses the build with the first problems, and how many more. */
export function refuse(problems: string[], messages: RequestMessages): never {
  const listed = problems.slice(0, MAX_LISTED_ISSUES);
  const more = problems.length > listed.length ? messages.andMore(problems.length - listed.length) : "";
  throw new ScorecardRequestError(`${listed.join(" ")}${more}`);
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isAmount = (value: unknown, minimum: (n: number) => boolean) => value === undefined || value === null || (isNumber(value) && minimum(value));

function checkShape(request: ScorecardRequest, messages: RequestMessages): void {
  const { rows, options } = request ?? {};
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) refuse([messages.notATable], messages);
  if (!options || !isAmount(options.targetRoi, (n) => n >= -1)) refuse([messages.badTargetRoi], messages);
  const problems = [
    !isAmount(options.margin, (n) => n > 0 && n <= 1) && messages.badMargin,
    !isAmount(options.valuePerConversion, (n) => n >= 0) && messages.badValuePerConversion,
    !isAmount(options.hourlyRate, (n) => n >= 0) && messages.badHourlyRate,
    !isAmount(options.targetCpa, (n) => n > 0) && messages.badTargetCpa,
  ];
  const stated = problems.filter((problem): problem is string => problem !== false);
  if (stated.length > 0) refuse(stated, messages);
}

const sameText = (a: unknown, b: unknown) => String(a ?? "").trim() === String(b ?? "").trim();

/** What reading the rows noted, the rows aside. */
type RowsNotedRead = Omit<RowsRead, "rows">;

/** Why formulas over the source would not give the figures read, or null when they would. */
function unlinkable(read: RowsNotedRead): Parameters<RequestMessages["cannotLink"]>[2] | null {
  if (read.totalsRows.length > 0) return "totals";
  if (read.noChannelRows.length > 0) return "noChannel";
  if (read.numbersFromText) return "numbersAsText";
  return null;
}

/** A column as the user knows it: its header, else its position. */
const columnName = (request: ScorecardRequest, column: number, messages: RequestMessages) =>
  String(request.headers?.[column] ?? "").trim() || messages.columnNumber(column + 1);

/** The breakdown columns, each a column of the data that no field reads; refused with what to fix otherwise. */
function breakdownColumns(request: ScorecardRequest, messages: RequestMessages): number[] {
  const { breakdown, headers, mapping } = request;
  if (breakdown === undefined) return [];
  const width = Array.isArray(headers) ? headers.length : 0;
  const isColumn = (column: unknown): column is number => Number.isInteger(column) && (column as number) >= 0 && (column as number) < width;
  if (!Array.isArray(breakdown) || !breakdown.every(isColumn) || new Set(breakdown).size !== breakdown.length) refuse([messages.badBreakdown], messages);
  const fieldOf = (column: number) => (Object.entries(mapping) as [Field, number][]).find(([, mapped]) => mapped === column)?.[0];
  const problems = breakdown.flatMap((column) => {
    const field = fieldOf(column);
    return field === undefined ? [] : [messages.breakdownIsMapped(columnName(request, column, messages), messages.fields[field])];
  });
  if (problems.length > 0) refuse(problems, messages);
  return breakdown;
}

const isDate = (cell: unknown) => Object.prototype.toString.call(cell) === "[object Date]";

/**
 * The link over several sources: the request's columns, numbered from 1, are the link's; each part
 * maps them to its sheet's columns or holds one name for them. Each part's rows must still be the
 * rows sent, as for one source.
 */
function partsLink(request: ScorecardRequest, context: PlanContext, read: RowsNotedRead, breakdown: readonly number[], dates: PeriodColumn | null, messages: RequestMessages): SourceLink {
  const { mapping, rows } = request;
  const parts = request.parts!;
  const reason = unlinkable(read);
  const first = parts[0];
  if (reason !== null) refuse([messages.cannotLink(first.rangeA1, first.sheetName, reason)], messages);
  if (!context.keys || !context.sourceParts || context.sourceParts.length !== parts.length) throw new Error("A linked build of several sources needs each one's cells and a sheet for its name keys.");
  const width = request.headers.length;
  const isColumn = (at: unknown) =>
    (Number.isInteger(at) && (at as number) >= 0) || (typeof at === "object" && at !== null && typeof (at as { name?: unknown }).name === "string");
  // A field's column may be missing from a source (a field only some sources have); a channel or breakdown column never is.
  const matched = new Set([mapping.channel!, ...breakdown, ...(dates ? [dates.column] : [])]);
  const fieldColumns = new Set(Object.values(mapping));
  const isPartColumn = (at: unknown, column: number) => isColumn(at) || (at === null && !matched.has(column) && fieldColumns.has(column));
  const isRate = (rate: unknown) => rate === null || (typeof rate === "number" && Number.isFinite(rate) && rate > 0);
  const wellFormed = parts.every(
    (part) => Number.isInteger(part.rowCount) && part.rowCount >= 0 && Array.isArray(part.columns) && part.columns.length === width && part.columns.every(isPartColumn) && isRate(part.rate),
  );
  if (!wellFormed || parts.reduce((sum, part) => sum + part.rowCount, 0) !== rows.length) refuse([messages.sourceChanged(first.rangeA1, first.sheetName)], messages);
  let start = 0;
  const linked = parts.map((part, p) => {
    const slice = rows.slice(start, start + part.rowCount);
    start += part.rowCount;
    const changed = () => refuse([messages.sourceChanged(part.rangeA1, part.sheetName)], messages);
    for (const column of [mapping.channel!, ...breakdown, ...(dates ? [dates.column] : [])]) {
      const at = part.columns[column];
      const cells = context.sourceParts![p].cells.get(column);
      if (typeof at === "object" && at !== null) {
        if (!slice.every((row) => sameText(row[column], at.name))) changed();
      } else if (column === dates?.column) {
        if (!cells || !comparableDays(cells, dates)) refuse([messages.datesNotLinkable(dates.header)], messages);
      } else {
        if (cells?.some(isDate)) refuse([messages.datesCannotLink(columnName(request, column, messages))], messages);
        if (!cells || cells.length !== slice.length || !slice.every((row, i) => sameText(row[column], cells[i]))) changed();
      }
    }
    const columns = new Map<number, number | { name: string }>(
      part.columns.flatMap((at, column) => (at === null ? [] : [[column + 1, typeof at === "number" ? part.firstColumn + at : at] as [number, number | { name: string }]])),
    );
    return { sheetName: part.sheetName, rangeA1: part.rangeA1, firstRow: part.firstRow + (part.hasHeader ? 1 : 0), lastRow: context.sourceParts![p].lastRow, columns, rate: part.rate };
  });
  const columns: SourceLink["columns"] = {};
  for (const [field, index] of Object.entries(mapping) as [Field, number][]) columns[field] = index + 1;
  return {
    sheetName: first.sheetName,
    firstRow: linked[0].firstRow,
    lastRow: linked[0].firstRow + first.rowCount - 1,
    columns,
    breakdown: breakdown.map((index) => index + 1),
    rangeA1: first.rangeA1,
    keys: { sheetName: context.keys.sheetName, matchColumns: [columns.channel!, ...breakdown.map((index) => index + 1)], lastRow: Math.max(...linked.map((part) => part.lastRow)) },
    parts: linked,
    ...(dates && { dayColumn: dates.column + 1 }),
    ...(request.join && { joined: joinedCheck(request.join) }),
  };
}

/** A live joined table's check: the field it counts, the table's total of it, and the fields its match sheet sums. */
function joinedCheck(join: JoinLink): NonNullable<SourceLink["joined"]> {
  const field = checkedField(join);
  return { field, tableTotal: joinedTableTotal(join, field), fields: join.fields };
}

function sourceLink(request: ScorecardRequest, context: PlanContext, read: RowsNotedRead, breakdown: readonly number[], dates: PeriodColumn | null, messages: RequestMessages): SourceLink | null {
  const { source, mapping, rows, options } = request;
  if (Array.isArray(request.parts) && request.parts.length > 0 && options.linkToSource) return partsLink(request, context, read, breakdown, dates, messages);
  const { keys } = context;
  if (!source || !options.linkToSource) return null;
  const reason = unlinkable(read);
  if (reason !== null) refuse([messages.cannotLink(source.rangeA1, source.sheetName, reason)], messages);
  // Linked cells read the source's rows: they must be the rows the user checked.
  const unchanged = (column: number, cells: readonly unknown[] | null | undefined) =>
    !!cells && cells.length === rows.length && rows.every((row, i) => sameText(row[column], cells[i]));
  const sourceChanged = () => refuse([messages.sourceChanged(source.rangeA1, source.sheetName)], messages);
  if (!unchanged(mapping.channel!, context.sourceChannels)) sourceChanged();
  for (const column of context.sourceBreakdown ? breakdown : []) {
    const cells = context.sourceBreakdown!.get(column);
    // A date reads as its serial number in a formula: no name could match it.
    if (cells?.some(isDate)) refuse([messages.datesCannotLink(columnName(request, column, messages))], messages);
    if (!unchanged(column, cells)) sourceChanged();
  }
  if (dates && (!context.sourceDates || context.sourceDates.length !== rows.length || !comparableDays(context.sourceDates, dates))) {
    refuse([messages.datesNotLinkable(dates.header)], messages);
  }
  if (!keys) throw new Error("A linked build needs a sheet for its name keys.");
  const firstRow = source.firstRow + (source.hasHeader ? 1 : 0);
  const columns: SourceLink["columns"] = {};
  for (const [field, index] of Object.entries(mapping) as [Field, number][]) columns[field] = source.firstColumn + index;
  const breakdownColumns = breakdown.map((index) => source.firstColumn + index);
  const lastRow = firstRow + rows.length - 1;
  return {
    sheetName: source.sheetName,
    firstRow,
    lastRow,
    columns,
    breakdown: breakdownColumns,
    rangeA1: source.rangeA1,
    keys: { sheetName: keys.sheetName, matchColumns: [columns.channel!, ...breakdownColumns], lastRow: keys.sourceLastRow },
    ...(dates && { dayColumn: source.firstColumn + dates.column }),
  };
}

/** What counts a channel's cost and gain as the sheet's formulas do: the fields the data has and the options. */
interface Figures {
  present: ReadonlySet<Field>;
  /** The fields only some sources have: their ratios are over the spend of the rows that have them. */
  partial: ReadonlySet<NumericField>;
  valuePerConversion: number | null;
  hourlyRate: number | null;
  margin: number;
}

type Counted = Pick<ChannelTotals, "budget" | "otherCosts" | "hours" | "conversions" | "leads" | "clicks" | "covered">;

/** The cost a ratio of the field is over: the whole cost, or the spend of the rows that have a field only some sources have (null when none has). */
function costOver(channel: Counted, field: NumericField, { partial, hourlyRate }: Figures): number | null {
  if (partial.has(field)) return channel.covered[field]?.spend ?? null;
  return channel.budget + channel.otherCosts + channel.hours * (hourlyRate ?? 0);
}

/** The revenue, or the conversions its estimate counts, and the field it is of; null without either, or when no row of the channel has it. */
function gainOf(channel: ChannelTotals, figures: Figures): { value: number; field: NumericField } | null {
  const revenue = revenueColumn({ present: figures.present, valuePerConversion: figures.valuePerConversion !== null });
  if (revenue === null) return null;
  const field = revenue === "revenue" ? "revenue" : "conversions";
  if (figures.partial.has(field) && channel.covered[field] === undefined) return null;
  return { value: revenue === "revenue" ? channel.revenue : channel.conversions * figures.valuePerConversion!, field };
}

const RESULTS: Record<CostMetric, "conversions" | "leads" | "clicks"> = { cpa: "conversions", cpl: "leads", cpc: "clicks" };

/** The cost per result of a channel, over the cost of the rows with results; null when undefined. */
function costPerResult(metric: CostMetric, channel: Counted, figures: Figures): Metric {
  const cost = costOver(channel, RESULTS[metric], figures);
  if (cost === null) return null;
  return metric === "cpa" ? cpa(cost, channel.conversions) : metric === "cpl" ? cpl(cost, channel.leads) : cpc(cost, channel.clicks);
}

function bestRoi(channels: readonly ChannelTotals[], figures: Figures): PreparedScorecard["best"] {
  let best: PreparedScorecard["best"] = null;
  for (const channel of channels) {
    const gain = gainOf(channel, figures);
    const cost = gain && costOver(channel, gain.field, figures);
    const value = gain === null || cost === null ? null : roi(gain.value, cost, figures.margin);
    // An amount too large for a number (1e308 + 1e308) shows #NUM! in the sheet: never the best.
    if (value !== null && Number.isFinite(value) && (best === null || value > best.roi)) best = { channel: channel.channel, roi: value };
  }
  return best;
}

function bestCost(channels: readonly ChannelTotals[], metric: CostMetric, figures: Figures): PreparedScorecard["bestCost"] {
  let best: PreparedScorecard["bestCost"] = null;
  for (const channel of channels) {
    const value = costPerResult(metric, channel, figures);
    if (value !== null && Number.isFinite(value) && (best === null || value < best.value)) best = { channel: channel.channel, metric, value };
  }
  return best;
}

/**
 * The fields only some of several sources have (request.partial), of those the data has: amounts
 * and counts whose blank cells are the rows of the other sources. Their ratios are over the spend of
 * the rows that have them, which other costs and hours would not be part of: refused together.
 */
function partialFields(request: ScorecardRequest, present: ReadonlySet<Field>, messages: RequestMessages): NonNullable<ScorecardRequest["partial"]> {
  if (request.partial === undefined) return [];
  const isTexts = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === "string");
  const wellFormed =
    Array.isArray(request.partial) &&
    request.partial.every((entry) => typeof entry === "object" && entry !== null && SUMMED_FIELDS.includes(entry.field) && isTexts(entry.sources) && isTexts(entry.networks));
  // Only the parts of several sources tell a source without the field from a blank cell: one linked source cannot.
  const linkedToOne = request.options.linkToSource && request.source !== null && !(Array.isArray(request.parts) && request.parts.length > 0);
  if (!wellFormed || (linkedToOne && request.partial.length > 0)) refuse([messages.notATable], messages);
  const partial = request.partial.filter(({ field }) => present.has(field));
  if (partial.length > 0 && (present.has("otherCosts") || present.has("hours"))) {
    refuse([messages.partialWithOtherCosts(partial.map(({ field }) => messages.fields[field]))], messages);
  }
  return partial;
}

/** The channels summed into one, as the totals row sums them. */
function totalOf(channels: readonly ChannelTotals[]): Counted {
  const sum = (field: Exclude<keyof Counted, "covered">) => channels.reduce((total, channel) => total + channel[field], 0);
  const covered: Counted["covered"] = {};
  for (const channel of channels) {
    for (const [field, coverage] of Object.entries(channel.covered) as [NumericField, NonNullable<Counted["covered"][NumericField]>][]) {
      const total = (covered[field] ??= { rows: 0, spend: 0 });
      total.rows += coverage.rows;
      total.spend += coverage.spend;
    }
  }
  return { budget: sum("budget"), otherCosts: sum("otherCosts"), hours: sum("hours"), conversions: sum("conversions"), leads: sum("leads"), clicks: sum("clicks"), covered };
}

const isFilled = (cells: readonly unknown[]) => cells.some((cell) => cell !== "" && cell !== null && cell !== undefined);

/** A field whose column is blank on every row is no data: left out, never read as zeros. */
function withoutBlankFields(request: ScorecardRequest): ScorecardRequest {
  return { ...request, mapping: withoutBlankColumns(request.mapping, blankColumnTest(request.rows)).mapping };
}

export function prepareScorecard(sent: ScorecardRequest, context: PlanContext): PreparedScorecard {
  const messages = context.messages ?? requestMessages("en");
  checkShape(sent, messages);
  const filled = sent.rows.some(isFilled);
  if (filled && !hasDataRows(sent.rows)) refuse([messages.noDataRows], messages);
  const request = filled ? withoutBlankFields(sent) : sent;
  const { mapping, rows, source, options } = request;
  const missing = missingRequiredFields(mapping);
  if (missing.length > 0) refuse([messages.missingColumns(missing.map((f) => messages.fields[f]))], messages);
  const present = new Set(ALL_FIELDS.filter((field) => field !== "channel" && field !== "budget" && mapping[field] !== undefined));
  const metric = costMetric(present);
  if (metric === null) refuse([messages.missingOutcome], messages);
  const shared = fieldsSharingAColumn(mapping);
  if (shared.length > 0) refuse([messages.sharedColumn(shared.map((f) => messages.fields[f]))], messages);
  const mixed = mixedResults(request.headers ?? [], rows, mapping);
  if (mixed) refuse([messages.mixedResults(columnName(request, mixed.column, messages), columnName(request, mixed.typeColumn, messages), mixed.kinds, messages.fields[mixed.field])], messages);
  const hourlyRate = options.hourlyRate ?? null;
  if (present.has("hours") && hourlyRate === null) refuse([messages.hoursWithoutRate], messages);
  const partial = partialFields(request, present, messages);
  const breakdown = breakdownColumns(request, messages);

  const firstRowNumber = source ? source.firstRow + (source.hasHeader ? 1 : 0) : 1;
  const dates = options.byPeriod ? datesOfPeriods(request, present, breakdown, firstRowNumber, messages) : null;
  const marks = Array.isArray(request.decimalMarks) ? request.decimalMarks.map((mark) => (mark === "," || mark === "." ? mark : null)) : undefined;
  const weight = bounceWeight(present);
  // The day of each row travels as a last breakdown value, which no section shows.
  const read = readAndSum(rows, mapping, firstRowNumber, marks, messages, dates ? [...breakdown, dates.column] : breakdown, weight, partial.map(({ field }) => field));
  if (read.issues.length > 0) refuse(read.issues.map((issue) => issue.message), messages);
  if (read.rowCount === 0) refuse([filled ? messages.noDataRows : messages.noRows], messages);

  const { channels } = read;
  const figures: Figures = {
    present, partial: new Set(partial.map(({ field }) => field)), valuePerConversion: options.valuePerConversion ?? null, hourlyRate, margin: options.margin ?? 1,
  };
  const periods = dates && periodsOf(rows, read.rows!, channels, dates, options.byPeriod!, weight, firstRowNumber, messages);
  const link = sourceLink(request, context, read, breakdown, dates, messages);
  const dimensions = breakdown.map((column, i) => ({ header: columnName(request, column, messages), sourceColumn: link ? link.breakdown[i] : null }));
  const plan = planScorecard({
    sheetName: context.sheetName,
    channels,
    present,
    partial,
    source: link,
    breakdown: read.rows && dimensions.length > 0 ? breakDown(read.rows, channels, dimensions, weight) : null,
    periods: periods && { unit: periods.unit, dateHeader: dates!.header, periods: periods.figures, sourceColumn: link?.dayColumn ?? null },
    targetRoi: options.targetRoi ?? null,
    margin: options.margin ?? null,
    valuePerConversion: figures.valuePerConversion,
    hourlyRate,
    targetCost: options.targetCpa ?? null,
    chart: options.chart !== false,
    moneyFormat: context.moneyFormat,
    builtOn: context.builtOn,
    joinedFrom: typeof options.joinedFrom === "string" ? options.joinedFrom : null,
    texts: context.texts,
  });
  const total = totalOf(channels);
  const totalCost = costPerResult(metric, total, figures);
  const totalConversionCost = present.has("conversions") ? costOver(total, "conversions", figures) : null;
  return {
    plan,
    channels,
    best: bestRoi(channels, figures),
    bestCost: bestCost(channels, metric, figures),
    totalCost: totalCost === null ? null : { metric, value: totalCost },
    totalCpa: totalConversionCost === null ? null : cpa(totalConversionCost, total.conversions),
    rowsNoted: rowsNoted(read),
    periods: periods && periods.summary,
  };
}

/** The date column the periods count, checked; every problem refused with what to do. */
function datesOfPeriods(request: ScorecardRequest, present: ReadonlySet<Field>, breakdown: readonly number[], firstRowNumber: number, messages: RequestMessages): PeriodColumn {
  if (!PERIOD_CHOICES.includes(request.options.byPeriod!)) refuse([messages.badPeriod], messages);
  if (present.has("otherCosts") || present.has("hours")) refuse([messages.periodsWithOtherCosts], messages);
  const headers = Array.isArray(request.headers) ? request.headers.map((header) => String(header ?? "")) : [];
  const width = request.rows.reduce((widest, row) => Math.max(widest, row.length), headers.length);
  const found = periodColumn(headers, request.rows, freeColumns(width, [...Object.values(request.mapping), ...breakdown]), messages, firstRowNumber, request.mapping.channel);
  if ("problem" in found) refuse([found.problem], messages);
  return found;
}

/** Each period's figures per channel; rows without a day are left out and counted. */
function periodsOf(
  requestRows: ScorecardRequest["rows"],
  rows: readonly ChannelRow[],
  channels: readonly ChannelTotals[],
  dates: PeriodColumn,
  choice: NonNullable<ScorecardRequest["options"]["byPeriod"]>,
  weight: ReturnType<typeof bounceWeight>,
  firstRowNumber: number,
  messages: RequestMessages,
): { unit: PeriodUnit; figures: ReturnType<typeof figuresByPeriod>; summary: Omit<PeriodsSummary, "layout"> } {
  const dayOf = dayOfReadRow(requestRows, dates);
  const dated = rows.map(dayOf).filter((day): day is string => day !== null);
  if (dated.length === 0) refuse([messages.noDateColumn], messages);
  const [first, last] = [dated.reduce((a, b) => (b < a ? b : a)), dated.reduce((a, b) => (b > a ? b : a))];
  const unit = choice === "auto" ? autoUnit(first, last) : choice;
  const over = rowOverPeriods(dates, unit);
  if (over >= 0) refuse([messages.spansPeriods(firstRowNumber + over, dates.days[over]!, dates.endDays![over]!, messages.periodUnits[unit])], messages);
  const spanned = periodsBetween(first, last, unit);
  if (spanned.length > MAX_PERIODS) refuse([messages.tooManyPeriods(spanned.length, messages.periodUnits[unit], MAX_PERIODS)], messages);
  const undated = rows.filter((row) => dayOf(row) === null);
  return {
    unit,
    figures: figuresByPeriod(rows, dayOf, channels, unit, weight),
    summary: {
      unit, column: dates.header, first: spanned[0].start, last: spanned[spanned.length - 1].end, count: spanned.length,
      undatedRows: undated.length,
      undatedSpend: undated.reduce((sum, row) => sum + row.budget, 0),
    },
  };
}

