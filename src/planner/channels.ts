/**
 * A plan's channels and where their rates come from: figures read from data, the scorecard's live
 * cells by reference, or typed values. Each rate is a number, or a formula reading another sheet.
 */
import { conversionRate, cpm, ctr, type Metric } from "../metrics";
import type { ChannelTotals } from "../scorecard/aggregate";
import type { Cell } from "../scorecard/plan";
import { guardText } from "../scorecard/sheetText";
import type { TypedChannel } from "./request";

/** The cells of a plan row that its other cells may read. */
export interface PlanRowRefs {
  /** The scorecard row its channel is on (a plan whose rates come from the scorecard). */
  scorecardRow: string;
}

/** A cell of a channel row: a value or formula, or a formula over the row's own cells. */
export type RowCell = Cell | ((row: PlanRowRefs) => Cell);

export interface PlanChannel {
  /** Literal text. */
  name: Cell;
  /** Where its rates came from, in words, for its "Rates from" cell. */
  source: string;
  conversionRate: RowCell;
  ctr: RowCell;
  cpm: RowCell;
  /** Priced per click: its CPM then follows its CTR (CPC × CTR × 1,000), so that its budget stays clicks × CPC. */
  cpc: number | null;
  /** Results it has proven and what it spends today: only with data behind the rates. */
  proven: RowCell | null;
  spend: RowCell | null;
  /** Its own value per sale (revenue / results), used unless one is typed; null when its source has no revenue. */
  valuePerSale: RowCell | null;
  /** Share of the goal, for a typed split. */
  share: number | null;
}

const orBlank = (value: Metric): Cell => value ?? "";

/** The rates measured in the data: CTR = clicks / impressions, conversion rate = results / clicks, CPM = spend / impressions × 1000. */
export function channelsFromData(channels: readonly ChannelTotals[], outcome: "conversions" | "leads", source: string): PlanChannel[] {
  return channels.map((channel) => ({
    name: guardText(channel.channel),
    source,
    conversionRate: orBlank(conversionRate(channel[outcome], channel.clicks)),
    ctr: orBlank(ctr(channel.clicks, channel.impressions)),
    cpm: orBlank(cpm(channel.budget, channel.impressions)),
    cpc: null,
    proven: channel[outcome],
    spend: channel.budget,
    valuePerSale: null,
    share: null,
  }));
}

export function channelsFromTyped(channels: readonly TypedChannel[], source: string): PlanChannel[] {
  return channels.map((channel) => ({
    name: guardText(channel.channel),
    source,
    conversionRate: channel.conversionRate,
    ctr: channel.ctr,
    cpm: channel.cpm ?? "",
    cpc: channel.cpc ?? null,
    proven: null,
    spend: null,
    valuePerSale: null,
    share: channel.share,
  }));
}
