/** What travels between the budget plan sidebar (or the command line) and the add-on: plain JSON. */
import type { RowsNoted } from "../import/rows";
import type { ScorecardRequest } from "../scorecard/request";
import type { RateWindow, RateWindowChoice } from "./rateWindow";

/** Sales and leads are counts to reach; a revenue goal is reached in sales worth the value per sale. */
export type GoalKind = "sales" | "leads" | "revenue";

/** Where the per-channel rates come from. */
export type RateSource = "scorecard" | "data" | "typed";

/** How the goal is split between channels. */
export type SplitKind = "mix" | "typed" | "optimized";

export interface TypedChannel {
  channel: string;
  /** Fractions, as Sheets stores them: 0.02 is 2%. */
  conversionRate: number;
  ctr: number;
  /** The price: per thousand impressions, or per click (one of the two; the other null or left out). */
  cpm: number | null;
  cpc?: number | null;
  /** Share of the goal, for a typed split; null otherwise. */
  share: number | null;
}

export interface BudgetPlanRequest {
  goal: { kind: GoalKind; value: number };
  /** Worth of one sale: required for a revenue goal, and gives expected revenue and ROI. */
  valuePerSale: number | null;
  /** Free text, such as "Q1 2027". */
  period: string;
  rates: RateSource;
  /** The selected data, read as the scorecard reads it (rates: "data"). */
  data: Pick<ScorecardRequest, "headers" | "rows" | "mapping" | "decimalMarks" | "source"> | null;
  /** Rates from data: only its rows dated in the last N periods; null or left out: every row. */
  window?: RateWindowChoice | null;
  /** Rates typed per channel (rates: "typed"). */
  typed: TypedChannel[] | null;
  split: SplitKind;
  /** Optimized: each channel gets at most this multiple of the conversions it has proven. */
  cap: number;
}

export interface BudgetPlanResult {
  sheetName: string;
  channelCount: number;
  /** The plan's figures as the sheet computed them: the total budget, and with optimization the budget saved. */
  budget: number | null;
  saved: number | null;
  /** False when the caps cannot reach the goal. */
  goalReached: boolean;
  summary: string;
  /** The data rows skipped or flagged while reading them, for the caller to tell the user (none for rates typed or from a scorecard). */
  rowsNoted: RowsNoted;
  /** The periods the rates were measured on, when the request asked for the last N only. */
  window: RateWindow | null;
}
