/**
 * Best time to post: the posts of a per-post export grouped by the weekday and hour they went out,
 * each cell with what a post there brought (revenue per post, else conversions per post, else the
 * engagement rate: engagements / impressions or reach, pooled) and how many posts it holds, so that
 * a single post is not read as a trend. Pure: rows in, a 7 x 24 table out.
 */
import { summedEngagementParts, type ColumnMapping, type Field } from "../import/fields";
import type { ImportedRow } from "../import/rows";
import type { PostTime } from "../import/postTimes";

export type BestTimeMeasure = "revenuePerPost" | "conversionsPerPost" | "engagementRate";

export const WEEKDAYS = 7;
export const HOURS = 24;
/** A cell of fewer posts is greyed: too few to call a trend. */
export const MIN_POSTS = 3;

export interface BestTimeCell {
  /** 0 is Monday, 6 Sunday. */
  weekday: number;
  /** 0 to 23, as the export writes the time. */
  hour: number;
  /** What a post there brought; null without posts (or, for a rate, without impressions). */
  value: number | null;
  posts: number;
}

export interface BestTimeTable {
  measure: BestTimeMeasure;
  /** For an engagement rate: what it is a rate of. */
  base: "impressions" | "reach" | null;
  /** Monday 0:00, Monday 1:00 ... Sunday 23:00. */
  cells: BestTimeCell[];
  /** Posts counted, and posts left out for want of the measure's figures (their sheet rows). */
  posts: number;
  withoutFigures: number[];
  /** The cell of at least MIN_POSTS posts with the highest value; null when none has that many. */
  best: BestTimeCell | null;
}

interface Measure {
  measure: BestTimeMeasure;
  base: "impressions" | "reach" | null;
  /** A post's share of the cell's figure: the amount summed, and the base it is divided by (1: per post). */
  of: (row: ImportedRow) => { amount: number; base: number } | null;
}

/** What the table measures, from the fields the data has: an outcome first, engagement without one. */
export function bestTimeMeasure(mapping: ColumnMapping): Measure | null {
  const has = (field: Field) => mapping[field] !== undefined;
  const perPost = (measure: BestTimeMeasure, field: "revenue" | "conversions"): Measure => ({
    measure,
    base: null,
    of: ({ values }) => (values[field] === null ? null : { amount: values[field]!, base: 1 }),
  });
  if (has("revenue")) return perPost("revenuePerPost", "revenue");
  if (has("conversions")) return perPost("conversionsPerPost", "conversions");
  const parts = summedEngagementParts(has);
  const base = has("impressions") ? "impressions" : has("reach") ? "reach" : null;
  if (base === null || (!has("engagements") && parts.length === 0)) return null;
  const engagementsOf = ({ values }: ImportedRow) => {
    if (has("engagements")) return values.engagements;
    const given = parts.filter((part) => values[part] !== null);
    return given.length === 0 ? null : given.reduce((sum, part) => sum + values[part]!, 0);
  };
  return {
    measure: "engagementRate",
    base,
    of: (row) => {
      const engagements = engagementsOf(row);
      const shown = row.values[base];
      return engagements === null || shown === null ? null : { amount: engagements, base: shown };
    },
  };
}

/** rowIndex: a read row's index among the data rows, where its time is. */
export function bestTimeTable(rows: readonly ImportedRow[], times: readonly (PostTime | null)[], rowIndex: (row: ImportedRow) => number, measure: Measure): BestTimeTable {
  const sums = Array.from({ length: WEEKDAYS * HOURS }, () => ({ amount: 0, base: 0, posts: 0 }));
  const withoutFigures: number[] = [];
  let posts = 0;
  for (const row of rows) {
    const time = times[rowIndex(row)];
    if (!time) continue;
    const figures = measure.of(row);
    if (figures === null) {
      withoutFigures.push(row.row);
      continue;
    }
    const sum = sums[time.weekday * HOURS + time.hour];
    sum.amount += figures.amount;
    sum.base += figures.base;
    sum.posts++;
    posts++;
  }
  const cells = sums.map(({ amount, base, posts: count }, i): BestTimeCell => ({
    weekday: Math.floor(i / HOURS),
    hour: i % HOURS,
    value: count === 0 || base === 0 ? null : amount / base,
    posts: count,
  }));
  const trusted = cells.filter((cell) => cell.posts >= MIN_POSTS && cell.value !== null);
  const best = trusted.reduce<BestTimeCell | null>((top, cell) => (top === null || cell.value! > top.value! ? cell : top), null);
  return { measure: measure.measure, base: measure.base, cells, posts, withoutFigures, best };
}
