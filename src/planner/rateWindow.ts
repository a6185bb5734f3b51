/**
 * A plan's rates measured on the last N periods of the data's dates only. The periods count back
 * from the one holding the data's last day, which counts even when the data stops before its end
 * (a week still running): its days are the most recent there are.
 */
import type { ChannelRow } from "../scorecard/channelRows";
import { addDays, nextStart, periodsBetween, periodStart, type PeriodUnit } from "../scorecard/periods";

export const WINDOW_UNITS: readonly PeriodUnit[] = ["day", "week", "month", "quarter"];

/** The periods asked for: the last `last` days, weeks, months or quarters. */
export interface RateWindowChoice {
  unit: PeriodUnit;
  last: number;
}

export interface RateWindow {
  unit: PeriodUnit;
  periods: number;
  /** The first period's first day. */
  start: string;
  /** The data's last day. */
  end: string;
  /** The last period's last day: after `end` when the data stops within it. */
  lastPeriodEnd: string;
  /** The rows the rates are measured on. */
  rows: number;
  /** Rows without a day, in no period: left out of the rates. */
  undatedRows: number;
}

export type WindowedRows =
  | { rows: ChannelRow[]; window: RateWindow }
  /** The data's dates span fewer periods than asked for. */
  | { spanned: number; first: string; last: string };

/** The rows dated in the last `choice.last` periods; dayOf: a row's day, null when blank. */
export function rowsInWindow(rows: readonly ChannelRow[], dayOf: (row: ChannelRow) => string | null, choice: RateWindowChoice): WindowedRows | null {
  const days = rows.map(dayOf);
  const dated = days.filter((day): day is string => day !== null);
  if (dated.length === 0) return null;
  const first = dated.reduce((a, b) => (b < a ? b : a));
  const last = dated.reduce((a, b) => (b > a ? b : a));
  const spanned = periodsBetween(first, last, choice.unit).length;
  if (spanned < choice.last) return { spanned, first, last };
  let start = periodStart(last, choice.unit);
  for (let i = 1; i < choice.last; i++) start = periodStart(addDays(start, -1), choice.unit);
  const kept = rows.filter((_, i) => days[i] !== null && days[i]! >= start);
  return {
    rows: kept,
    window: {
      unit: choice.unit,
      periods: choice.last,
      start,
      end: last,
      lastPeriodEnd: addDays(nextStart(periodStart(last, choice.unit), choice.unit), -1),
      rows: kept.length,
      undatedRows: days.length - dated.length,
    },
  };
}
