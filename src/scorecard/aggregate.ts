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

/** A row's figures as read (null: blank) or as a channel row holds them. */
export type RowFigures = { readonly [Field in (typeof SUMMED)[number] | "bounceRate" | "targetRoi"]: number | null };

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

  /** Adds a row's figures (a blank one adds 0); covers: the fields only some sources have that its source has. */
  add(channel: string, figures: RowFigures, covers: readonly NumericField[] | undefined): void {
    let total = this.bySpelling.get(channel);
    if (!total) {
      const key = channelKey(channel);
      total = this.byKey.get(key);
      if (!total) {
        total = { channel: channelName(channel), bounceRate: null, targetRoi: null, ...zeroSums(), rowCount: 0, covered: {}, bouncedWeight: 0, weightWithBounce: 0 };
        this.byKey.set(key, total);
      }
      this.bySpelling.set(channel, total);
    }
    for (const field of SUMMED) total[field] += figures[field] ?? 0;
    total.rowCount += 1;
    for (const field of covers ?? []) {
      const coverage = (total.covered[field] ??= { rows: 0, spend: 0 });
      coverage.rows += 1;
      coverage.spend += figures.budget ?? 0;
    }
    if (figures.bounceRate !== null && this.bounceWeight !== null) {
      const weight = figures[this.bounceWeight] ?? 0;
      total.bouncedWeight += figures.bounceRate * weight;
      total.weightWithBounce += weight;
    }
    total.targetRoi ??= figures.targetRoi;
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
  for (const row of rows) sums.add(row.channel, row, row.covers);
  return sums.totals();
}
