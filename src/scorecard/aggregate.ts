/** One row per distinct channel: per-day and per-ad rows of a channel are summed. */
import { channelKey, channelName } from "./channelKey";
import type { ChannelRow } from "./channelRows";

export interface ChannelTotals extends Omit<ChannelRow, "dimensions"> {
  /** How many data rows were summed into this one. */
  rowCount: number;
}

/**
 * Channels in order of first appearance, named as first written (spaces tidied); names equal for
 * the sheet's formulas are one channel. Bounce rate weighted by leads, never averaged.
 */
export function aggregateByChannel(rows: readonly ChannelRow[]): ChannelTotals[] {
  const byKey = new Map<string, ChannelTotals & { bouncedLeads: number; leadsWithBounce: number }>();
  for (const row of rows) {
    const key = channelKey(row.channel);
    let total = byKey.get(key);
    if (!total) {
      total = { channel: channelName(row.channel), bounceRate: null, targetRoi: null, budget: 0, leads: 0, conversions: 0, revenue: 0, impressions: 0, clicks: 0, plannedBudget: 0, otherCosts: 0, hours: 0, rowCount: 0, bouncedLeads: 0, leadsWithBounce: 0 };
      byKey.set(key, total);
    }
    total.budget += row.budget;
    total.leads += row.leads;
    total.conversions += row.conversions;
    total.revenue += row.revenue;
    total.impressions += row.impressions;
    total.clicks += row.clicks;
    total.plannedBudget += row.plannedBudget;
    total.otherCosts += row.otherCosts;
    total.hours += row.hours;
    total.rowCount += 1;
    if (row.bounceRate !== null) {
      total.bouncedLeads += row.bounceRate * row.leads;
      total.leadsWithBounce += row.leads;
    }
    total.targetRoi ??= row.targetRoi;
  }
  return [...byKey.values()].map(({ bouncedLeads, leadsWithBounce, ...total }) => ({
    ...total,
    bounceRate: leadsWithBounce > 0 ? bouncedLeads / leadsWithBounce : null,
  }));
}
