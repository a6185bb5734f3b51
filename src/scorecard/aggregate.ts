/** One row per distinct channel: per-day and per-ad rows of a channel are summed. */
import { channelKey, channelName } from "./channelKey";
import type { ChannelRow } from "./channelRows";

/** The figures a channel sums over its rows (reach too: the scorecard cannot know who was reached twice). */
const SUMMED = [
  "budget", "leads", "qualifiedLeads", "customers", "visits", "conversions", "revenue", "impressions", "clicks", "plannedBudget", "otherCosts", "hours",
  "reach", "engagements", "reactions", "comments", "shares",
] as const satisfies readonly (keyof ChannelRow)[];

const zeroSums = () => Object.fromEntries(SUMMED.map((field) => [field, 0])) as Record<(typeof SUMMED)[number], number>;

export interface ChannelTotals extends Omit<ChannelRow, "dimensions"> {
  /** How many data rows were summed into this one. */
  rowCount: number;
}

/**
 * Channels in order of first appearance, named as first written (spaces tidied); names equal for
 * the sheet's formulas are one channel. Bounce rate weighted by visits or leads (the scorecard's
 * bounceWeight), never averaged.
 */
export function aggregateByChannel(rows: readonly ChannelRow[], bounceWeight: "visits" | "leads" | null = "leads"): ChannelTotals[] {
  type Total = ChannelTotals & { bouncedWeight: number; weightWithBounce: number };
  const byKey = new Map<string, Total>();
  // Exports repeat each channel's name on thousands of rows: each spelling is tidied once.
  const bySpelling = new Map<string, Total>();
  for (const row of rows) {
    let total = bySpelling.get(row.channel);
    if (!total) {
      const key = channelKey(row.channel);
      total = byKey.get(key);
      if (!total) {
        total = { channel: channelName(row.channel), bounceRate: null, targetRoi: null, ...zeroSums(), rowCount: 0, bouncedWeight: 0, weightWithBounce: 0 };
        byKey.set(key, total);
      }
      bySpelling.set(row.channel, total);
    }
    for (const field of SUMMED) total[field] += row[field];
    total.rowCount += 1;
    if (row.bounceRate !== null && bounceWeight !== null) {
      total.bouncedWeight += row.bounceRate * row[bounceWeight];
      total.weightWithBounce += row[bounceWeight];
    }
    total.targetRoi ??= row.targetRoi;
  }
  return [...byKey.values()].map(({ bouncedWeight, weightWithBounce, ...total }) => ({
    ...total,
    bounceRate: weightWithBounce > 0 ? bouncedWeight / weightWithBounce : null,
  }));
}
