// A budget plan worked out by hand from an export's rows, for tests to hold the add-on's plans against.
import type { FunnelRow } from "./periodFixtures";

/**
 * A plan at today's mix, by hand: each channel's share of the goal is its share of the results, its
 * impressions the sales over conversion rate and CTR rounded up (to 15 digits first, as the sheet
 * does), its budget those impressions at its CPM.
 */
export function mixPlan(rows: readonly FunnelRow[], goal: number) {
  const channels = new Map<string, { spend: number; impressions: number; clicks: number; results: number }>();
  for (const row of rows) {
    const sums = channels.get(row.channel) ?? { spend: 0, impressions: 0, clicks: 0, results: 0 };
    sums.spend += row.spend;
    sums.impressions += row.impressions;
    sums.clicks += row.clicks;
    sums.results += row.results;
    channels.set(row.channel, sums);
  }
  const proven = [...channels.values()].reduce((sum, channel) => sum + channel.results, 0);
  const plans = [...channels].map(([channel, sums]) => {
    const sales = (goal * sums.results) / proven;
    const impressions = Math.ceil(Number((sales / (sums.results / sums.clicks) / (sums.clicks / sums.impressions)).toPrecision(15)));
    return { channel, proven: sums.results, impressions, budget: (impressions / 1000) * ((sums.spend / sums.impressions) * 1000) };
  });
  return { channels: plans, budget: plans.reduce((sum, plan) => sum + plan.budget, 0) };
}
