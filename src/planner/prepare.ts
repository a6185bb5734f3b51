/**
 * From the sidebar's (or the command line's) request to a budget plan: checks everything first,
 * so that a bad request writes nothing; each refusal says what to fix.
 */
import type { PlanTexts } from "../i18n/planTexts";
import { requestMessages, type RequestMessages } from "../i18n/requestMessages";
import { mixedResults } from "../import/resultTypes";
import { NO_ROWS_NOTED, rowsNoted, type RowsNoted } from "../import/rows";
import { aggregateByChannel } from "../scorecard/aggregate";
import { channelKey } from "../scorecard/channelKey";
import { readAndSum, type ChannelRow } from "../scorecard/channelRows";
import { dayOfReadRow, freeColumns, periodColumn, rowOverPeriods } from "../scorecard/periodColumn";
import { fieldsSharingAColumn } from "../scorecard/columnMapping";
import type { Field } from "../scorecard/fields";
import { moneyFormat, moneyOf, moneyOfData, type Money } from "../scorecard/moneyFormat";
import { sheetReference } from "../scorecard/sheetText";
import type { MoneyFormats } from "../import/currency";
import { channelsFromData, channelsFromTyped, type PlanChannel } from "./channels";
import { goalBeyondExact } from "./goalBound";
import { planBudgetSheet, type BudgetSheetPlan } from "./plan";
import { rowsInWindow, WINDOW_UNITS, type RateWindow, type RateWindowChoice } from "./rateWindow";
import type { BudgetPlanRequest, GoalKind, RateSource, SplitKind } from "./request";
import { channelsFromScorecard, type ReadColumn, type ScorecardLink, type ScorecardNames } from "./scorecardSource";

export class BudgetPlanRequestError extends Error {}

/** The plan's what-if block changes CTR and conversion rate by this much (editable in the sheet). */
export const WHAT_IF_CHANGE = 0.1;
export const DEFAULT_CAP = 2;
const MAX_LISTED_ISSUES = 10;

export interface PlanContext {
  sheetName: string;
  texts: PlanTexts;
  /** The spreadsheet's locale, whose currency money shows in unless the rates' source shows one. */
  locale: string;
  /** The number formats of the selected data's money cells (by column, a format per row), whose signs say the currency. */
  dataMoneyFormats: MoneyFormats;
  /** The channel scorecard the add-on built, as its cells hold it now (values and number formats); null when there is none. */
  scorecard: { sheetName: string; grid: unknown[][]; formats: string[][]; names: ScorecardNames } | null;
  messages?: RequestMessages;
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
/** 2.50 × 10^23: a figure too large to write out. */
const roughly = (value: number) => (Number.isFinite(value) ? value.toExponential(2).replace("e+", " × 10^") : "∞");

function refuse(problem: string): never {
  throw new BudgetPlanRequestError(problem);
}

const GOAL_KINDS: readonly unknown[] = ["sales", "leads", "revenue"] satisfies GoalKind[];
const RATE_SOURCES: readonly unknown[] = ["scorecard", "data", "typed"] satisfies RateSource[];
const SPLITS: readonly unknown[] = ["mix", "typed", "optimized"] satisfies SplitKind[];

function checkShape(request: BudgetPlanRequest, texts: PlanTexts): void {
  if (!GOAL_KINDS.includes(request?.goal?.kind) || !RATE_SOURCES.includes(request.rates) || !SPLITS.includes(request.split)) refuse(texts.unknownChoice);
  if (!isNumber(request.goal.value) || request.goal.value <= 0) refuse(texts.badGoal);
  const valuePerSale = request.valuePerSale ?? null;
  const needsValue = request.goal.kind === "revenue";
  if ((needsValue || valuePerSale !== null) && !(isNumber(valuePerSale) && valuePerSale > 0)) refuse(texts.badValuePerSale);
  if (request.split === "optimized" && !(isNumber(request.cap) && request.cap > 0)) refuse(texts.badCap);
  const window = request.window ?? null;
  if (window !== null && !(request.rates === "data" && WINDOW_UNITS.includes(window.unit) && Number.isInteger(window.last) && window.last >= 1)) refuse(texts.badWindow);
}

interface Channels {
  channels: PlanChannel[];
  /** The money of the rates' source, which the plan keeps. */
  money: Money;
  scorecard: ScorecardLink | null;
  rowsNoted: RowsNoted;
  window: RateWindow | null;
}

function fromScorecard(context: PlanContext, outcome: "conversions" | "leads"): Channels {
  const { texts, scorecard } = context;
  if (!scorecard) refuse(texts.noScorecard);
  const read = channelsFromScorecard(scorecard.grid, scorecard.sheetName, outcome, scorecard.names, texts.ratesFrom.scorecard(scorecard.sheetName));
  if ("missing" in read) {
    const header = (key: ReadColumn) => scorecard.names.headers[key][0];
    refuse(texts.scorecardMissing(scorecard.sheetName, read.missing.map(header)));
  }
  if ("noChannels" in read) refuse(texts.scorecardEmpty(scorecard.sheetName));
  const [row, column] = read.spendCell;
  return { channels: read.channels, scorecard: read.link, money: moneyOf({ kind: "none" }, scorecard.formats[row]?.[column] ?? null, context.locale), rowsNoted: NO_ROWS_NOTED, window: null };
}

function fromData(request: BudgetPlanRequest, context: PlanContext, outcome: "conversions" | "leads"): Channels {
  const messages = context.messages ?? requestMessages("en");
  const data = request.data;
  if (!data || !Array.isArray(data.rows) || !data.rows.every(Array.isArray)) refuse(messages.notATable);
  const needed: Field[] = ["channel", "budget", "impressions", "clicks", outcome];
  const missing = needed.filter((field) => data.mapping?.[field] === undefined);
  if (missing.length > 0) refuse(context.texts.dataMissing(missing.map((field) => messages.fields[field])));
  const shared = fieldsSharingAColumn(data.mapping);
  if (shared.length > 0) refuse(messages.sharedColumn(shared.map((f) => messages.fields[f])));
  const mixed = mixedResults(data.headers ?? [], data.rows, data.mapping);
  if (mixed) {
    const name = (column: number) => String(data.headers?.[column] ?? "").trim() || messages.columnNumber(column + 1);
    refuse(messages.mixedResults(name(mixed.column), name(mixed.typeColumn), mixed.kinds, messages.fields[mixed.field]));
  }
  const source = data.source;
  const firstRowNumber = source ? source.firstRow + (source.hasHeader ? 1 : 0) : 1;
  const money = moneyOfData(data, context.dataMoneyFormats, context.locale, firstRowNumber, messages);
  if ("mixed" in money) refuse(money.mixed);
  const marks = Array.isArray(data.decimalMarks) ? data.decimalMarks.map((mark) => (mark === "," || mark === "." ? mark : null)) : undefined;
  const dates = request.window ? datesOf(data, firstRowNumber, messages) : null;
  // The day of each row travels as a breakdown value, as the scorecard's periods read it.
  const read = readAndSum(data.rows, data.mapping, firstRowNumber, marks, messages, dates ? [dates.column] : [], "leads");
  if (read.issues.length > 0) {
    const listed = read.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => issue.message);
    refuse(`${listed.join(" ")}${read.issues.length > listed.length ? messages.andMore(read.issues.length - listed.length) : ""}`);
  }
  if (read.rowCount === 0) refuse(messages.noRows);
  const { ratesFrom } = context.texts;
  const where = source ? ratesFrom.data(sheetReference(source.sheetName, source.rangeA1)) : ratesFrom.rows;
  const all = read.channels;
  if (!dates) return { channels: channelsFromData(all, outcome, where), scorecard: null, money, rowsNoted: rowsNoted(read), window: null };
  const { rows, window } = windowed(read.rows!, dates, request.window!, context.texts, firstRowNumber, messages);
  const last = context.texts.lastPeriods(window.periods, messages.periodUnits[window.unit], window.start, window.end, window.lastPeriodEnd);
  const measured = aggregateByChannel(rows);
  const kept = new Set(measured.map((channel) => channelKey(channel.channel)));
  const absent = all.filter((channel) => !kept.has(channelKey(channel.channel))).map((channel) => channel.channel);
  if (absent.length > 0) refuse(context.texts.notInWindow(absent, last));
  return { channels: channelsFromData(measured, outcome, `${where}, ${last}`), scorecard: null, money, rowsNoted: rowsNoted(read), window };
}

type DataOfPlan = NonNullable<BudgetPlanRequest["data"]>;

/** The date column of the data, as the scorecard's periods find it; refused when none is read as dates. */
function datesOf(data: DataOfPlan, firstRowNumber: number, messages: RequestMessages) {
  const headers = Array.isArray(data.headers) ? data.headers.map((header) => String(header ?? "")) : [];
  const width = data.rows.reduce((widest, row) => Math.max(widest, row.length), headers.length);
  const found = periodColumn(headers, data.rows, freeColumns(width, Object.values(data.mapping)), messages, firstRowNumber, data.mapping.channel);
  if ("problem" in found) refuse(found.problem);
  return { ...found, rows: data.rows };
}

/** The rows dated in the window asked for, with the window; every problem refused. */
function windowed(rows: readonly ChannelRow[], dates: ReturnType<typeof datesOf>, choice: RateWindowChoice, texts: PlanTexts, firstRowNumber: number, messages: RequestMessages) {
  const over = rowOverPeriods(dates, choice.unit);
  if (over >= 0) refuse(messages.spansPeriods(firstRowNumber + over, dates.days[over]!, dates.endDays![over]!, messages.periodUnits[choice.unit]));
  const found = rowsInWindow(rows, dayOfReadRow(dates.rows, dates), choice);
  if (found === null) refuse(messages.noDateColumn);
  if ("spanned" in found) refuse(texts.windowTooLong(choice.last, messages.periodUnits[choice.unit], found.spanned, found.first, found.last));
  return found;
}

const isRate = (value: unknown) => isNumber(value) && value > 0 && value <= 1;

function fromTyped(request: BudgetPlanRequest, context: PlanContext): Channels {
  const { texts } = context;
  const typed = request.typed;
  if (!Array.isArray(typed) || typed.length === 0) refuse(texts.noTypedRows);
  const headers = texts.sheet.headers;
  for (const channel of typed) {
    const name = String(channel?.channel ?? "").trim() || "?";
    if (!isRate(channel.conversionRate)) refuse(texts.badTypedRate(name, headers.conversionRate));
    if (!isRate(channel.ctr)) refuse(texts.badTypedRate(name, headers.ctr));
    const price = channel.cpc === null || channel.cpc === undefined ? channel.cpm : channel.cpm === null ? channel.cpc : NaN;
    if (!isNumber(price) || price <= 0) refuse(texts.badTypedCpm(name));
  }
  if (request.split === "typed") {
    const total = typed.reduce((sum, channel) => sum + (isNumber(channel.share) && channel.share >= 0 ? channel.share : NaN), 0);
    // Shares typed as percents add up to 100% give 0.9999999999999999 in doubles.
    if (!(Math.abs(total - 1) < 1e-9)) refuse(texts.badShares(Number.isNaN(total) ? "?" : `${Number((total * 100).toPrecision(12))}%`));
  }
  return { channels: channelsFromTyped(typed, texts.ratesFrom.typed), scorecard: null, money: moneyOf({ kind: "none" }, null, context.locale), rowsNoted: NO_ROWS_NOTED, window: null };
}

/** The plan's sheet, and the data rows skipped or flagged while reading its rates. */
export type PreparedBudgetPlan = BudgetSheetPlan & { rowsNoted: RowsNoted; window: RateWindow | null };

export function prepareBudgetPlan(request: BudgetPlanRequest, context: PlanContext): PreparedBudgetPlan {
  const { texts } = context;
  checkShape(request, texts);
  const outcome = request.goal.kind === "leads" ? "leads" : "conversions";
  const { channels, scorecard, money, rowsNoted: noted, window } =
    request.rates === "scorecard" ? fromScorecard(context, outcome) : request.rates === "data" ? fromData(request, context, outcome) : fromTyped(request, context);
  if (request.split === "typed" && request.rates !== "typed") refuse(texts.typedSharesNeedTypedRates);
  if (request.split !== "typed" && channels.some((channel) => channel.proven === null)) refuse(texts.needsProven);
  const results = request.goal.kind === "revenue" ? request.goal.value / request.valuePerSale! : request.goal.value;
  const beyond = goalBeyondExact(results, channels);
  if (beyond) refuse(texts.goalTooLarge(beyond.channel, roughly(beyond.impressions), roughly(beyond.budget)));
  const ratesFrom = channels[0].source;
  const sheet = planBudgetSheet({
    sheetName: context.sheetName,
    channels,
    scorecard,
    goal: request.goal,
    valuePerSale: request.valuePerSale ?? null,
    period: String(request.period ?? ""),
    ratesFrom,
    split: request.split,
    cap: request.split === "optimized" ? request.cap : DEFAULT_CAP,
    whatIf: WHAT_IF_CHANGE,
    moneyFormat: moneyFormat(money, context.locale),
    texts: texts.sheet,
  });
  return { ...sheet, rowsNoted: noted, window };
}
