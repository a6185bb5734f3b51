/**
 * The scorecard's columns: which ones a build has (optional fields add theirs), how each cell is
 * computed, and how the totals row sums it. Computed columns are native Sheets formulas, written
 * once here for channel rows and totals alike, so totals are always ratios of sums.
 */
import type { ChannelTotals } from "./aggregate";
import type { Field } from "./fields";

export type ColumnKey =
  | "channel" | "group" | "budget" | "impressions" | "clicks" | "ctr" | "leads" | "bounceRate" | "conversions"
  | "conversionRate" | "revenue" | "cpa" | "roi" | "roas" | "targetRoi" | "verdict";

export type ColumnFormat = "text" | "money" | "count" | "percent" | "multiple";

/** A1 references for the row being written: a column's cell in this row, and the shared cells. */
export interface RowRefs {
  cell(key: ColumnKey): string;
  /** The cell holding the scorecard's target ROI. */
  target: string;
  verdicts: { scaleUp: string; keep: string; cut: string };
}

export interface ColumnSpec {
  key: ColumnKey;
  format: ColumnFormat;
  /** The data field an input column shows. */
  field?: Field & keyof ChannelTotals;
  /** A computed column's formula, the same on channel rows and on the totals row. */
  formula?: (refs: RowRefs) => string;
  /** How the totals row fills an input column; computed columns reuse their formula. */
  total?: "sum" | "leadWeighted" | "none";
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const ratio = (numerator: string, denominator: string) => `=IFERROR(${numerator}/${denominator}, "")`;

function verdictFormula({ cell, target, verdicts }: RowRefs, hasRowTargets: boolean): string {
  const roi = cell("roi");
  const goal = hasRowTargets ? `IF(${cell("targetRoi")}="", ${target}, ${cell("targetRoi")})` : target;
  return `=IF(${roi}="", "", IF(${roi}>=${goal}, ${quote(verdicts.scaleUp)}, IF(${roi}<0, ${quote(verdicts.cut)}, ${quote(verdicts.keep)})))`;
}

/** The columns for data that has the given optional fields, in display order. */
export function scorecardColumns(present: ReadonlySet<Field>): ColumnSpec[] {
  const has = (field: Field) => present.has(field);
  const columns: (ColumnSpec | false)[] = [
    { key: "channel", format: "text", field: "channel", total: "none" },
    has("group") && { key: "group", format: "text", field: "group", total: "none" },
    { key: "budget", format: "money", field: "budget", total: "sum" },
    has("impressions") && { key: "impressions", format: "count", field: "impressions", total: "sum" },
    has("clicks") && { key: "clicks", format: "count", field: "clicks", total: "sum" },
    has("impressions") && has("clicks") && { key: "ctr", format: "percent", formula: (r) => ratio(r.cell("clicks"), r.cell("impressions")) },
    { key: "leads", format: "count", field: "leads", total: "sum" },
    has("bounceRate") && { key: "bounceRate", format: "percent", field: "bounceRate", total: "leadWeighted" },
    { key: "conversions", format: "count", field: "conversions", total: "sum" },
    { key: "conversionRate", format: "percent", formula: (r) => ratio(r.cell("conversions"), r.cell("leads")) },
    { key: "revenue", format: "money", field: "revenue", total: "sum" },
    { key: "cpa", format: "money", formula: (r) => ratio(r.cell("budget"), r.cell("conversions")) },
    { key: "roi", format: "percent", formula: (r) => ratio(`(${r.cell("revenue")}-${r.cell("budget")})`, r.cell("budget")) },
    { key: "roas", format: "multiple", formula: (r) => ratio(r.cell("revenue"), r.cell("budget")) },
    has("targetRoi") && { key: "targetRoi", format: "percent", field: "targetRoi", total: "none" },
    { key: "verdict", format: "text", formula: (r) => verdictFormula(r, has("targetRoi")) },
  ];
  return columns.filter((column): column is ColumnSpec => column !== false);
}
