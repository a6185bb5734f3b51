/**
 * The scorecard's breakdown: data rows summed per value of a breakdown column (campaign, owner,
 * region...), and per channel and value of the first one. Values are compared as channels are
 * (channelKey); a blank value is a value of its own (""), never dropped. Rows go by spend, largest first.
 */
import { aggregateByChannel, type BounceWeight, type ChannelTotals } from "./aggregate";
import { channelKey } from "./channelKey";
import type { ChannelRow } from "./channelRows";

export interface Dimension {
  /** The column's header, which names the section. */
  header: string;
  /** 1-based sheet column of the column in a linked source; null when not linked. */
  sourceColumn: number | null;
}

/** A channel of the two-level table: its figures, then its values of the first breakdown column. */
export interface ChannelValues {
  channel: ChannelTotals;
  values: ChannelTotals[];
}

/** The rows of the breakdown sections; "channel" names a value in each ChannelTotals of a dimension. */
export interface Breakdown {
  dimensions: Dimension[];
  /** The first dimension within each channel. */
  withinChannels: ChannelValues[];
  /** Each dimension's values, in the order of dimensions. */
  byValue: ChannelTotals[][];
}

// Array.prototype.sort is stable: equal spends keep their first appearance.
const bySpend = (a: ChannelTotals, b: ChannelTotals) => b.budget - a.budget;

function totalsByValue(rows: readonly ChannelRow[], dimension: number, bounceWeight: BounceWeight): ChannelTotals[] {
  return aggregateByChannel(rows.map((row) => ({ ...row, channel: row.dimensions[dimension] })), bounceWeight).sort(bySpend);
}

/** bounceWeight: what the scorecard weighs bounce rates by (see columns' bounceWeight). */
export function breakDown(rows: readonly ChannelRow[], channels: readonly ChannelTotals[], dimensions: Dimension[], bounceWeight: BounceWeight = "leads"): Breakdown {
  const rowsOfChannel = new Map<string, ChannelRow[]>();
  for (const row of rows) {
    const key = channelKey(row.channel);
    const list = rowsOfChannel.get(key);
    if (list) list.push(row);
    else rowsOfChannel.set(key, [row]);
  }
  return {
    dimensions,
    withinChannels: [...channels].sort(bySpend).map((channel) => ({ channel, values: totalsByValue(rowsOfChannel.get(channelKey(channel.channel))!, 0, bounceWeight) })),
    byValue: dimensions.map((_, dimension) => totalsByValue(rows, dimension, bounceWeight)),
  };
}
