/**
 * The scorecard's columns: which ones a build has (optional fields and options add theirs), how
 * each cell is computed, and how the totals row sums it. Computed columns are native Sheets
 * formulas, written once here for channel rows and totals alike, so totals are always ratios of sums.
 */
import type { ChannelTotals } from "./aggregate";
import { summedEngagementParts } from "../import/fields";
import type { Field } from "./fields";

export type ColumnKey =
  | "channel" | "budget" | "plannedBudget" | "pacing" | "otherCosts" | "hours" | "timeCost" | "totalCost"
  | "impressions" | "reach" | "reactions" | "comments" | "shares" | "engagements" | "engagementRate" | "shareRate"
  | "clicks" | "ctr" | "clicksPerEngagement" | "visits" | "leads" | "qualifiedLeads" | "customers" | "leadToCustomerRate" | "bounceRate" | "conversions" | "conversionRate" | "revenue"
  | "estimatedRevenue" | "cpa" | "cpl" | "costPerQualifiedLead" | "cpc" | "costPerEngagement" | "roi" | "roas" | "targetRoi" | "verdict"
  | "spendShare" | "revenueShare" | "conversionShare" | "leadShare" | "clickShare"
  | SpendWithKey;

/**
 * The fields a ratio to spend is taken of (a return, a cost per result, pacing). When only some
 * sources have one, its ratios are over the spend of the rows that have it: that spend is a column.
 */
export const SPEND_WITH = {
  revenue: "spendWithRevenue",
  conversions: "spendWithConversions",
  leads: "spendWithLeads",
  qualifiedLeads: "spendWithQualifiedLeads",
  clicks: "spendWithClicks",
  engagements: "spendWithEngagements",
  plannedBudget: "spendWithPlannedBudget",
} as const;
export type SpendWithField = keyof typeof SPEND_WITH;
export type SpendWithKey = (typeof SPEND_WITH)[SpendWithField];

/** The funnel's stages, widest first (people reached when there are no impressions): each one the data has is a column, and a stage of the total's funnel. */
export const FUNNEL_STAGES = ["impressions", "reach", "engagements", "clicks", "visits", "leads", "conversions"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export type ColumnFormat = "text" | "money" | "count" | "hours" | "percent" | "multiple";

/** The cost per result a verdict judges when there is no ROI: per conversion, else per lead, else per click. */
export type CostMetric = "cpa" | "cpl" | "cpc";

/** The option cells at the top of the sheet that formulas read. */
export type OptionKey = "targetRoi" | "valuePerConversion" | "hourlyRate" | "targetCost" | "margin";

/** A channel whose cost per result exceeds the target by this factor is cut (see the sheet's note). */
export const CUT_FACTOR = 1.5;

/** A1 references for the row being written: a column's cell in this row, its table's totals, and the option cells. */
export interface RowRefs {
  cell(key: ColumnKey): string;
  /** The column's cell on the totals row of the table (or breakdown section) the row belongs to. */
  total(key: ColumnKey): string;
  option(key: OptionKey): string;
  verdicts: { scaleUp: string; keep: string; cut: string };
}

export interface ColumnSpec {
  key: ColumnKey;
  format: ColumnFormat;
  /** The data field an input column shows. */
  field?: Field & keyof ChannelTotals;
  /** An input column of the spend of the rows that have this field (only some sources have it). */
  spendWith?: SpendWithField;
  /** An input column some rows leave blank (a field only some sources have): its total is blank when every cell is. */
  partial?: boolean;
  /** A computed column's formula, the same on channel rows and on the totals row. */
  formula?: (refs: RowRefs) => string;
  /** How the totals row fills an input column; computed columns reuse their formula, unless "none". */
  total?: "sum" | "weighted" | "none";
  /** The column a "weighted" total weighs each row's rate by. */
  weight?: ColumnKey;
}

/** What a build's data and options give: which columns exist follows from it. */
export interface ColumnChoice {
  /** The fields the data has (channel and budget always). */
  present: ReadonlySet<Field>;
  /** A value per conversion was given: with conversions and no revenue, it estimates revenue. */
  valuePerConversion: boolean;
  /** Each row's share of its table's spend and revenue (else conversions, leads or clicks): with a breakdown. */
  shares?: boolean;
  /**
   * The fields only some sources have, each with a key naming those sources (fields the same
   * sources have share a key); absent fields are every source's.
   */
  coverage?: ReadonlyMap<Field, string>;
}

const coverageOf = (choice: ColumnChoice, field: Field) => choice.coverage?.get(field) ?? "";
/** True when only some sources have the field. */
export const isPartial = (choice: ColumnChoice, field: Field) => coverageOf(choice, field) !== "";
/** True when the same rows have both fields: a ratio of their sums is then over the same rows. */
const sameRows = (choice: ColumnChoice, a: Field, b: Field) => coverageOf(choice, a) === coverageOf(choice, b);

/** How a build judges its channels: by ROI, or by a cost per result against a target. */
export type VerdictBasis = { by: "roi" } | { by: "cost"; metric: CostMetric };

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const ratio = (numerator: string, denominator: string) => `=IFERROR(${numerator}/${denominator}, "")`;
/** The revenue counted as profit: a blank margin cell counts it all. */
const marginOf = (r: RowRefs) => `IF(ISNUMBER(${r.option("margin")}), ${r.option("margin")}, 1)`;

/** Revenue from the data, else estimated from conversions; null when neither can be had. */
export function revenueColumn({ present, valuePerConversion }: ColumnChoice): "revenue" | "estimatedRevenue" | null {
  if (present.has("revenue")) return "revenue";
  return valuePerConversion && present.has("conversions") ? "estimatedRevenue" : null;
}

/** What a bounce rate is a share of, and so weighed by: the visits, else the leads (the visitors of the design's table). */
export function bounceWeight(present: ReadonlySet<Field>): "visits" | "leads" | null {
  return present.has("visits") ? "visits" : present.has("leads") ? "leads" : null;
}

/** Who could convert, for the conversion rate: the visits, else the leads, else the clicks, of the rows that have conversions. */
export function convertingAudience(choice: ColumnChoice): "visits" | "leads" | "clicks" | null {
  return (["visits", "leads", "clicks"] as const).find((field) => choice.present.has(field) && sameRows(choice, field, "conversions")) ?? null;
}

export function costMetric(present: ReadonlySet<Field>): CostMetric | null {
  if (present.has("conversions")) return "cpa";
  if (present.has("leads")) return "cpl";
  return present.has("clicks") ? "cpc" : null;
}

/** Engagements as a column: the data's own, the sum of its likes, comments and shares (when every source has them), or none. */
export function engagementsColumn(choice: ColumnChoice): "input" | "summed" | null {
  const { present } = choice;
  if (present.has("engagements")) return "input";
  const parts = summedEngagementParts((field) => present.has(field));
  return parts.length > 0 && !parts.some((part) => isPartial(choice, part)) ? "summed" : null;
}

/** The funnel stages the data has, in order: each stage's rate is of the one before, so only the stages every source has. */
export function funnelStages(choice: ColumnChoice): FunnelStage[] {
  const { present } = choice;
  return FUNNEL_STAGES.filter((stage) => {
    if (stage === "engagements") return engagementsColumn(choice) !== null && !isPartial(choice, stage);
    return present.has(stage) && !isPartial(choice, stage) && !(stage === "reach" && present.has("impressions") && !isPartial(choice, "impressions"));
  });
}

export function verdictBasis(choice: ColumnChoice): VerdictBasis | null {
  if (revenueColumn(choice) !== null) return { by: "roi" };
  const metric = costMetric(choice.present);
  return metric && { by: "cost", metric };
}

/**
 * Verdicts compare figures that differ only by binary noise (the same CPA summed in another order
 * is 1e-16 apart): within this tolerance, relative to the target, a figure counts as on it.
 */
export const VERDICT_TOLERANCE = "0.000000001";

/** What a verdict reads: the revenue and cost columns, and the results a cost is per. */
interface VerdictColumns {
  revenue: ColumnKey | null;
  cost: ColumnKey;
}

/** The rest of the table: its total less this row, a sum with every other row in it, whatever their number. */
const rest = (r: RowRefs, key: ColumnKey) => `(${r.total(key)}-${r.cell(key)})`;
/** True when the rest of the table has some of this figure (more than noise). */
const restHas = (r: RowRefs, key: ColumnKey) => `${rest(r, key)}>${VERDICT_TOLERANCE}*ABS(${r.total(key)})`;
const typedOr = (cell: string, otherwise: string) => `IF(ISNUMBER(${cell}), ${cell}, ${otherwise})`;

/**
 * ROI: a typed target (the row's own, else the option cell), or else the blended ROI of every
 * other row of the table (0% when that is a loss, or when there is no other row). Judged against
 * the rest, one row that is most of the spend is never measured against itself.
 */
function roiVerdict(r: RowRefs, { revenue, cost }: VerdictColumns, hasRowTargets: boolean): string {
  const roi = r.cell("roi");
  const restRoi = `(${rest(r, revenue!)}*${marginOf(r)}-${rest(r, cost)})/${rest(r, cost)}`;
  const blended = `IF(${restHas(r, cost)}, MAX(0, ${restRoi}), 0)`;
  const typed = typedOr(r.option("targetRoi"), blended);
  const goal = hasRowTargets ? typedOr(r.cell("targetRoi"), typed) : typed;
  const { scaleUp, keep, cut } = r.verdicts;
  return (
    `=IF(${roi}="", "", IF(${roi}>=${goal}-${VERDICT_TOLERANCE}, ${quote(scaleUp)}, ` +
    `IF(${roi}<-${VERDICT_TOLERANCE}, ${quote(cut)}, ${quote(keep)})))`
  );
}

/**
 * A cost per result: a typed target, or else the blended cost per result of every other row (with
 * no other results, the row's own: it is then the table). Scale up at or below it, cut above
 * CUT_FACTOR times it.
 */
function costVerdict(r: RowRefs, metric: CostMetric, { cost }: VerdictColumns): string {
  const perResult = r.cell(metric);
  const results = RESULTS_OF[metric];
  const blended = `IF(${rest(r, results)}>0, ${rest(r, cost)}/${rest(r, results)}, ${perResult})`;
  const target = typedOr(r.option("targetCost"), blended);
  const within = `(1+${VERDICT_TOLERANCE})`;
  const { scaleUp, keep, cut } = r.verdicts;
  return (
    `=IF(${perResult}="", "", IF(${perResult}<=${target}*${within}, ${quote(scaleUp)}, ` +
    `IF(${perResult}>${CUT_FACTOR}*${target}*${within}, ${quote(cut)}, ${quote(keep)})))`
  );
}

/** The results a cost per result is per. */
const RESULTS_OF: Record<CostMetric, ColumnKey> = { cpa: "conversions", cpl: "leads", cpc: "clicks" };

/** The outcome a row's share of results is taken of: revenue, else the result its cost is judged per. */
const SHARE_OF: Record<"revenue" | CostMetric, { key: ColumnKey; of: ColumnKey }> = {
  revenue: { key: "revenueShare", of: "revenue" },
  cpa: { key: "conversionShare", of: "conversions" },
  cpl: { key: "leadShare", of: "leads" },
  cpc: { key: "clickShare", of: "clicks" },
};

/** Shares of the table's total spend and results, side by side: "20% of spend brings 45% of revenue". */
function shareColumns(choice: ColumnChoice): ColumnSpec[] {
  const revenue = revenueColumn(choice);
  const results = revenue !== null ? { ...SHARE_OF.revenue, of: revenue } : SHARE_OF[costMetric(choice.present)!];
  // A row without the figure (its sources have none) has no share of it: blank, as Sheets would make "" a 0 in a division.
  const share = (of: ColumnKey) => (r: RowRefs) =>
    isPartial(choice, of as Field) ? `=IF(ISNUMBER(${r.cell(of)}), ${ratio(r.cell(of), r.total(of)).slice(1)}, "")` : ratio(r.cell(of), r.total(of));
  return [
    { key: "spendShare", format: "percent", formula: share("budget") },
    { key: results.key, format: "percent", formula: share(results.of) },
  ];
}

/** The field a revenue column is over: its own, or the conversions an estimate counts. */
const revenueField = (revenue: "revenue" | "estimatedRevenue") => (revenue === "revenue" ? "revenue" : "conversions");

/** The columns for a build, in display order. */
export function scorecardColumns(choice: ColumnChoice): ColumnSpec[] {
  const has = (field: Field) => choice.present.has(field);
  const partial = (field: Field) => isPartial(choice, field);
  const extraCost = has("otherCosts") || has("hours");
  const costKey: ColumnKey = extraCost ? "totalCost" : "budget";
  const revenue = revenueColumn(choice);
  const engagements = engagementsColumn(choice);
  // A ratio to spend of a field only some sources have is over the spend of the rows that have it.
  const spendWith = (Object.keys(SPEND_WITH) as SpendWithField[]).filter((field) => {
    if (field === "conversions" && revenue === "estimatedRevenue" && partial("conversions")) return true;
    return field === "engagements" ? engagements === "input" && partial(field) : has(field) && partial(field);
  });
  const costOver = (field: Field): ColumnKey => (spendWith.includes(field as SpendWithField) ? SPEND_WITH[field as SpendWithField] : costKey);
  const costFor = (field: Field) => (r: RowRefs) => r.cell(costOver(field));
  const basis = verdictBasis(choice);
  const judged: VerdictColumns = { revenue, cost: revenue === null ? costKey : costOver(revenueField(revenue)) };
  const parts = summedEngagementParts(has);
  // Rates of engagement are per impression, or per person reached when the data has no impressions; over the same rows.
  const audienceOf = (field: Field) => (["impressions", "reach"] as const).find((audience) => has(audience) && sameRows(choice, audience, field)) ?? null;
  const bounceBase = bounceWeight(choice.present);
  const converting = convertingAudience(choice);
  const input = (field: Field & keyof ChannelTotals, format: ColumnFormat): ColumnSpec => ({ key: field as ColumnKey, format, field, total: "sum", ...(partial(field) && { partial: true }) });
  const ratioOf = (a: Field, b: Field) => has(a) && has(b) && sameRows(choice, a, b);
  const engagementAudience = engagements !== null ? audienceOf("engagements") : null;
  const shareAudience = has("shares") ? audienceOf("shares") : null;
  const columns: (ColumnSpec | false)[] = [
    { key: "channel", format: "text", field: "channel", total: "none" },
    { key: "budget", format: "money", field: "budget", total: "sum" },
    ...spendWith.map((field): ColumnSpec => ({ key: SPEND_WITH[field], format: "money", spendWith: field, total: "sum", partial: true })),
    has("plannedBudget") && input("plannedBudget", "money"),
    has("plannedBudget") && { key: "pacing", format: "percent", formula: (r) => ratio(r.cell(partial("plannedBudget") ? SPEND_WITH.plannedBudget : "budget"), r.cell("plannedBudget")) },
    has("otherCosts") && input("otherCosts", "money"),
    has("hours") && input("hours", "hours"),
    has("hours") && { key: "timeCost", format: "money", formula: (r) => `=${r.cell("hours")}*${r.option("hourlyRate")}` },
    extraCost && {
      key: "totalCost",
      format: "money",
      formula: (r) => `=${[r.cell("budget"), has("otherCosts") && r.cell("otherCosts"), has("hours") && r.cell("timeCost")].filter(Boolean).join("+")}`,
    },
    has("impressions") && input("impressions", "count"),
    has("reach") && input("reach", "count"),
    has("reactions") && input("reactions", "count"),
    has("comments") && input("comments", "count"),
    has("shares") && input("shares", "count"),
    engagements === "input" && input("engagements", "count"),
    engagements === "summed" && { key: "engagements", format: "count", formula: (r) => `=${parts.map((part) => r.cell(part)).join("+")}` },
    engagementAudience !== null && { key: "engagementRate", format: "percent", formula: (r) => ratio(r.cell("engagements"), r.cell(engagementAudience)) },
    shareAudience !== null && { key: "shareRate", format: "percent", formula: (r) => ratio(r.cell("shares"), r.cell(shareAudience)) },
    has("clicks") && input("clicks", "count"),
    ratioOf("clicks", "impressions") && { key: "ctr", format: "percent", formula: (r) => ratio(r.cell("clicks"), r.cell("impressions")) },
    engagements !== null && has("clicks") && sameRows(choice, "clicks", "engagements") && {
      key: "clicksPerEngagement", format: "percent", formula: (r) => ratio(r.cell("clicks"), r.cell("engagements")),
    },
    has("visits") && input("visits", "count"),
    has("leads") && input("leads", "count"),
    has("qualifiedLeads") && input("qualifiedLeads", "count"),
    has("customers") && input("customers", "count"),
    ratioOf("customers", "leads") && { key: "leadToCustomerRate", format: "percent", formula: (r) => ratio(r.cell("customers"), r.cell("leads")) },
    has("bounceRate") && { key: "bounceRate", format: "percent", field: "bounceRate", ...(bounceBase ? { total: "weighted", weight: bounceBase } : { total: "none" }) },
    has("conversions") && input("conversions", "count"),
    has("conversions") && converting !== null && {
      key: "conversionRate",
      format: "percent",
      formula: (r) => ratio(r.cell("conversions"), r.cell(converting)),
    },
    revenue === "revenue" && input("revenue", "money"),
    revenue === "estimatedRevenue" && {
      key: "estimatedRevenue",
      format: "money",
      // A row without conversions (its source has none) has no estimate: blank, not an error.
      formula: (r) =>
        partial("conversions")
          ? `=IF(ISNUMBER(${r.cell("conversions")}), ${r.cell("conversions")}*${r.option("valuePerConversion")}, "")`
          : `=${r.cell("conversions")}*${r.option("valuePerConversion")}`,
    },
    has("conversions") && { key: "cpa", format: "money", formula: (r) => ratio(costFor("conversions")(r), r.cell("conversions")) },
    has("leads") && { key: "cpl", format: "money", formula: (r) => ratio(costFor("leads")(r), r.cell("leads")) },
    has("qualifiedLeads") && { key: "costPerQualifiedLead", format: "money", formula: (r) => ratio(costFor("qualifiedLeads")(r), r.cell("qualifiedLeads")) },
    has("clicks") && { key: "cpc", format: "money", formula: (r) => ratio(costFor("clicks")(r), r.cell("clicks")) },
    engagements !== null && { key: "costPerEngagement", format: "money", formula: (r) => ratio(costFor("engagements")(r), r.cell("engagements")) },
    revenue !== null && { key: "roi", format: "percent", formula: (r) => ratio(`(${r.cell(revenue)}*${marginOf(r)}-${r.cell(judged.cost)})`, r.cell(judged.cost)) },
    revenue !== null && { key: "roas", format: "multiple", formula: (r) => ratio(r.cell(revenue), r.cell(judged.cost)) },
    revenue !== null && has("targetRoi") && { key: "targetRoi", format: "percent", field: "targetRoi", total: "none" },
    ...(choice.shares ? shareColumns(choice) : []),
    basis !== null && {
      key: "verdict",
      format: "text",
      formula: (r) => (basis.by === "roi" ? roiVerdict(r, judged, has("targetRoi")) : costVerdict(r, basis.metric, { revenue, cost: costOver(RESULTS_OF[basis.metric] as Field) })),
      // The totals row is what the rows are judged against: it has no verdict of its own.
      total: "none",
    },
  ];
  return columns.filter((column): column is ColumnSpec => column !== false);
}
