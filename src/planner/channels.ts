/**
 * A plan's channels and where their rates come from: figures read from data, the scorecard's live
 * cells by reference, or typed values. Each rate is a number, or a formula reading another sheet.
 */
import { conversionRate, cpm, ctr, type Metric } from "../metrics";
import type { ChannelTotals } from "../scorecard/aggregate";
import type { Cell } from "../scorecard/plan";
import { guardText } from "../scorecard/sheetText";
import type { TypedChannel } from "./request";

export interface PlanChannel {
  /** Literal text, or a formula reading the scorecard's channel cell. */
  name: Cell;
  /** Where its rates came from, in words, for its "Rates from" cell. */
  source: string;
  conversionRate: Cell;
  ctr: Cell;
  cpm: Cell;
  /** Priced per click: its CPM then follows its CTR (CPC × CTR × 1,000), so that its budget stays clicks × CPC. */
  cpc: number | null;
  /** Results it has proven and what it spends today: only with data behind the rates. */
  proven: Cell | null;
  spend: Cell | null;
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
    share: channel.share,
  }));
}
