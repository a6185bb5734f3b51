/**
 * A goal so large that the plan's counts or money would leave the whole numbers a spreadsheet holds
 * exactly (2^53 - 1, about 9 × 10^15): such a plan would show rounded or overflowed figures (a budget
 * of $0.00 for 10^307 sales) as if they were right, so it is refused.
 */
import type { PlanChannel } from "./channels";

const EXACT_COUNT = Number.MAX_SAFE_INTEGER;
/** Money is exact to the cent below this. */
const EXACT_MONEY = Number.MAX_SAFE_INTEGER / 100;

export interface GoalBeyondExact {
  channel: string;
  impressions: number;
  budget: number;
}

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * The first channel whose impressions or budget would leave exact figures were the whole goal
 * (results to reach) put on it at its rates, or null. The whole goal bounds every split. Rates read
 * live from the scorecard are formulas, unknown here: those channels are not checked.
 */
export function goalBeyondExact(results: number, channels: readonly PlanChannel[]): GoalBeyondExact | null {
  for (const channel of channels) {
    const { conversionRate, ctr, cpc } = channel;
    if (!isNumber(conversionRate) || !isNumber(ctr) || conversionRate <= 0 || ctr <= 0) continue;
    const impressions = results / conversionRate / ctr;
    const cpm = cpc === null ? channel.cpm : cpc * ctr * 1000;
    const budget = isNumber(cpm) ? (impressions / 1000) * cpm : 0;
    // Names from data or typed are guarded text: 'Facebook.
    if (!(impressions <= EXACT_COUNT) || !(budget <= EXACT_MONEY)) return { channel: String(channel.name).replace(/^'/, ""), impressions, budget };
  }
  return null;
}
