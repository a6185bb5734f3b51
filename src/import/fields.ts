/** The columns a scorecard reads from the user's data, and which of them a build needs. */

export type Field =
  | "channel" | "budget" | "leads" | "bounceRate" | "conversions" | "revenue"
  /** Visits to the site: sessions, landing page views, visitors (a visit is not a lead). */
  | "visits"
  /** Leads the sales team accepted (sales-qualified: SQL), and the leads who became customers (won deals). */
  | "qualifiedLeads" | "customers"
  | "impressions" | "clicks" | "targetRoi"
  /** The planned budget, when the data also has the actual spend (budget): for pacing. */
  | "plannedBudget"
  /** Other costs of a row (production, tools, fees), added to the spend. */
  | "otherCosts"
  /** Hours spent on a row, costed at the hourly-rate option. */
  | "hours"
  /** People reached, and what they did with a post: engagements in all, or likes, comments and shares apart. */
  | "reach" | "engagements" | "reactions" | "comments" | "shares";

/** Field -> zero-based column index in the data; a field absent from the data has no entry. */
export type ColumnMapping = Partial<Record<Field, number>>;

export const REQUIRED_FIELDS: readonly Field[] = ["channel", "budget"];
/** A build needs at least one of these: something the spending brought. */
export const OUTCOME_FIELDS: readonly Field[] = ["conversions", "leads", "clicks"];
export const OPTIONAL_FIELDS: readonly Field[] = [
  "conversions", "leads", "qualifiedLeads", "customers", "revenue", "clicks", "impressions", "visits", "bounceRate", "targetRoi", "plannedBudget", "otherCosts", "hours",
  "reach", "engagements", "reactions", "comments", "shares",
];
export const ALL_FIELDS: readonly Field[] = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];

export type NumericField = Exclude<Field, "channel">;
export const NUMERIC_FIELDS = ALL_FIELDS.filter((field): field is NumericField => field !== "channel");

/** The kinds of engagement an export may give apart, whose sum is the engagements when it gives no total. */
export const ENGAGEMENT_PARTS = ["reactions", "comments", "shares"] as const;
export type EngagementPart = (typeof ENGAGEMENT_PARTS)[number];

/** The parts summed into engagements: none when the data has its own total, or fewer than two parts (one is not engagement). */
export function summedEngagementParts(has: (field: Field) => boolean): EngagementPart[] {
  const parts = ENGAGEMENT_PARTS.filter(has);
  return has("engagements") || parts.length < 2 ? [] : parts;
}
