/**
 * Periods of a scorecard: days (yyyy-mm-dd) grouped by day, ISO week (from Monday, never cut by a
 * month's end), month or quarter, and each period's figures per channel. Every period between the
 * first and the last day is kept, empty ones included, so that each period's change is against the
 * one just before it.
 */
import { aggregateByChannel, type ChannelTotals } from "./aggregate";
import { channelKey } from "./channelKey";
import type { ChannelRow } from "./channelRows";

export type PeriodUnit = "day" | "week" | "month" | "quarter";
export type PeriodChoice = PeriodUnit | "auto";
export const PERIOD_CHOICES: readonly PeriodChoice[] = ["auto", "day", "week", "month", "quarter"];

/** A period's first and last days, both counted. */
export interface Period {
  start: string;
  end: string;
}

export interface PeriodFigures extends Period {
  /** Each channel of the scorecard, in its order; zeros where it had no rows. */
  channels: ChannelTotals[];
}

/** Beyond this many periods, a section would be tens of thousands of rows: a longer unit reads better. */
export const MAX_PERIODS = 400;
const DAY_MS = 86_400_000;
/** Automatic: up to 31 days by day, up to 6 months by week, else by month. */
const AUTO_DAYS = 31;
const AUTO_MONTHS = 6;

const toTime = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => toDay(toTime(day) + days * DAY_MS);
/** The same day `months` later, or the month's last day when it has no such day (as EDATE). */
function addMonths(day: string, months: number): string {
  const date = new Date(toTime(day));
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return toDay(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay)));
}

/** A day as the spreadsheet's day number (days since 30 December 1899), which a date format shows as the day. */
export const daySerial = (day: string) => Math.round((toTime(day) - Date.UTC(1899, 11, 30)) / DAY_MS);

export function autoUnit(first: string, last: string): PeriodUnit {
  if (toTime(last) - toTime(first) < AUTO_DAYS * DAY_MS) return "day";
  return last < addMonths(first, AUTO_MONTHS) ? "week" : "month";
}

/** The first day of the period holding `day`. */
export function periodStart(day: string, unit: PeriodUnit): string {
  if (unit === "day") return day;
  if (unit === "week") return addDays(day, -((new Date(toTime(day)).getUTCDay() + 6) % 7));
  const month = Number(day.slice(5, 7));
  const first = unit === "month" ? month : month - ((month - 1) % 3);
  return `${day.slice(0, 4)}-${String(first).padStart(2, "0")}-01`;
}

/** The first day of the period after the one starting on `start`. */
export function nextStart(start: string, unit: PeriodUnit): string {
  if (unit === "day") return addDays(start, 1);
  if (unit === "week") return addDays(start, 7);
  return addMonths(start, unit === "month" ? 1 : 3);
}

/** Every period from the one holding `first` to the one holding `last`. */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): Period[] {
  const periods: Period[] = [];
  for (let start = periodStart(first, unit); start <= last; ) {
    const next = nextStart(start, unit);
    periods.push({ start, end: addDays(next, -1) });
    start = next;
  }
  return periods;
}

/**
 * Each period's figures per channel. dayOf: a row's day, or null when blank (such rows are left
 * out: the caller counts them). The channels are the scorecard's, in its order.
 */
export function figuresByPeriod(
  rows: readonly ChannelRow[],
  dayOf: (row: ChannelRow) => string | null,
  channels: readonly ChannelTotals[],
  unit: PeriodUnit,
  bounceWeight: Parameters<typeof aggregateByChannel>[1],
): PeriodFigures[] {
  const rowsOfPeriod = new Map<string, ChannelRow[]>();
  let first: string | null = null;
  let last: string | null = null;
  for (const row of rows) {
    const day = dayOf(row);
    if (day === null) continue;
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
    const start = periodStart(day, unit);
    const list = rowsOfPeriod.get(start);
    if (list) list.push(row);
    else rowsOfPeriod.set(start, [row]);
  }
  if (first === null || last === null) return [];
  return periodsBetween(first, last, unit).map((period) => {
    const totals = new Map(aggregateByChannel(rowsOfPeriod.get(period.start) ?? [], bounceWeight).map((totals) => [channelKey(totals.channel), totals]));
    return { ...period, channels: channels.map((channel) => totals.get(channelKey(channel.channel)) ?? zeroTotals(channel.channel)) };
  });
}

function zeroTotals(channel: string): ChannelTotals {
  const [totals] = aggregateByChannel([
    {
      channel, budget: 0, leads: 0, visits: 0, bounceRate: null, conversions: 0, revenue: 0, impressions: 0, clicks: 0, dimensions: [],
      targetRoi: null, plannedBudget: 0, otherCosts: 0, hours: 0, reach: 0, engagements: 0, reactions: 0, comments: 0, shares: 0, qualifiedLeads: 0, customers: 0,
    },
  ]);
  return { ...totals, rowCount: 0 };
}
