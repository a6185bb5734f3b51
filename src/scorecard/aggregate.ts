/** One row per distinct channel: per-day and per-ad rows of a channel are summed. */
import { channelKey, channelName } from "./channelKey";
import type { ChannelRow } from "./channelRows";
import type { NumericField } from "../import/fields";

/** The figures a channel sums over its rows (reach too: the scorecard cannot know who was reached twice). */
const SUMMED = [
  "budget", "leads", "qualifiedLeads", "customers", "visits", "conversions", "revenue", "impressions", "clicks", "plannedBudget", "otherCosts", "hours",
  "reach", "engagements", "reactions", "comments", "shares",
] as const satisfies readonly (keyof ChannelRow)[];

const zeroSums = () => Object.fromEntries(SUMMED.map((field) => [field, 0])) as Record<(typeof SUMMED)[number], number>;

/** The rows of a channel whose source has a field only some sources have, and their spend: what its ratios are over. */
export interface Coverage {
  rows: number;
  spend: number;
}

export interface ChannelTotals extends Omit<ChannelRow, "dimensions" | "covers"> {
  /** How many data rows were summed into this one. */
  rowCount: number;
  /** Per field only some sources have: the rows of sources with it, absent when none. */
  covered: Partial<Record<NumericField, Coverage>>;
}

export type BounceWeight = "visits" | "leads" | null;
type Total = ChannelTotals & { bouncedWeight: number; weightWithBounce: number };

/**
 * Channels in order of first appearance, named as first written (spaces tidied); names equal for
 * the sheet's formulas are one channel. Bounce rate weighted by visits or leads (the scorecard's
 * bounceWeight), never averaged. Rows are added one by one, as they are read: none need be kept.
 */
export class ChannelSums {
  private readonly byKey = new Map<string, Total>();
  // Exports repeat each channel's name on thousands of rows: each spelling is tidied once.
  private readonly bySpelling = new Map<string, Total>();

  constructor(private readonly bounceWeight: BounceWeight = "leads") {}

  add(row: Omit<ChannelRow, "dimensions">): void {
    let total = this.bySpelling.get(row.channel);
    if (!total) {
      const key = channelKey(row.channel);
      total = this.byKey.get(key);
      if (!total) {
        total = { channel: channelName(row.channel), bounceRate: null, targetRoi: null, ...zeroSums(), rowCount: 0, covered: {}, bouncedWeight: 0, weightWithBounce: 0 };
        this.byKey.set(key, total);
      }
      this.bySpelling.set(row.channel, total);
    }
    for (const field of SUMMED) total[field] += row[field];
    total.rowCount += 1;
    for (const field of row.covers ?? []) {
      const coverage = (total.covered[field] ??= { rows: 0, spend: 0 });
      coverage.rows += 1;
      coverage.spend += row.budget;
    }
    if (row.bounceRate !== null && this.bounceWeight !== null) {
      total.bouncedWeight += row.bounceRate * row[this.bounceWeight];
      total.weightWithBounce += row[this.bounceWeight];
    }
    total.targetRoi ??= row.targetRoi;
  }

  totals(): ChannelTotals[] {
    return [...this.byKey.values()].map(({ bouncedWeight, weightWithBounce, ...total }) => ({
      ...total,
      bounceRate: weightWithBounce > 0 ? bouncedWeight / weightWithBounce : null,
    }));
  }
}

export function aggregateByChannel(rows: readonly ChannelRow[], bounceWeight: BounceWeight = "leads"): ChannelTotals[] {
  const sums = new ChannelSums(bounceWeight);
  for (const row of rows) sums.add(row);
  return sums.totals();
}
