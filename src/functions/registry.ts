/**
 * The one description of every custom function. The build generates the Apps Script stubs and
 * their JSDoc from it; the README reference, the sidebar's help and the engine plugin read it too.
 */
import * as metrics from "../metrics";
import type { Metric } from "../metrics";
import type { ParamSpec } from "./vectorize";

/** How a result is meant to be shown: drives number formats and the examples in the docs. */
export type ResultFormat = "money" | "percent" | "multiple" | "count";

export interface FunctionSpec {
  readonly name: string;
  readonly summary: string;
  readonly params: readonly ParamSpec[];
  readonly result: ResultFormat;
  /** A formula on literal values and what it gives: shown in help, and checked by the tests. */
  readonly example: { readonly formula: string; readonly value: number };
  readonly compute: (...values: number[]) => Metric;
}

const cost: ParamSpec = { name: "cost", kind: "money", help: "Amount spent: a cell or a range." };
const impressions: ParamSpec = { name: "impressions", kind: "count", help: "Times the ad or post was shown." };
const goal: ParamSpec = { name: "goal", kind: "count", help: "Number of sales (conversions) to reach." };
const conversionRate: ParamSpec = {
  name: "conversion_rate",
  kind: "rate",
  help: "Share of visitors who buy, such as 2%.",
};
const ctr: ParamSpec = { name: "ctr", kind: "rate", help: "Click-through rate: share of impressions that click, such as 2%." };

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "ROI",
    summary: "Net return on investment: (gain × margin − cost) / cost, where 900% means nine times the cost back as profit.",
    params: [
      { name: "gain", kind: "money", help: "Revenue (or margin) the spending brought in." },
      cost,
      { name: "margin", kind: "margin", help: "Optional share of the gain that is profit, such as 40%; 100% when left out.", defaultValue: 1 },
    ],
    result: "percent",
    example: { formula: "=ROI(10000, 1000)", value: 9 },
    compute: metrics.roi,
  },
  {
    name: "ROAS",
    summary: "Return on ad spend: revenue / cost, a multiple such as 4.0x.",
    params: [{ name: "revenue", kind: "money", help: "Revenue the ads brought in." }, cost],
    result: "multiple",
    example: { formula: "=ROAS(10000, 1000)", value: 10 },
    compute: metrics.roas,
  },
  {
    name: "CPA",
    summary: "Cost per acquisition: cost / conversions.",
    params: [cost, { name: "conversions", kind: "count", help: "Sales or other conversions." }],
    result: "money",
    example: { formula: "=CPA(5000, 1000)", value: 5 },
    compute: metrics.cpa,
  },
  {
    name: "CPL",
    summary: "Cost per lead: cost / leads.",
    params: [cost, { name: "leads", kind: "count", help: "Visitors who reached the landing page." }],
    result: "money",
    example: { formula: "=CPL(5000, 50000)", value: 0.1 },
    compute: metrics.cpl,
  },
  {
    name: "CPC",
    summary: "Cost per click: cost / clicks.",
    params: [cost, { name: "clicks", kind: "count", help: "Clicks on the ad or post." }],
    result: "money",
    example: { formula: "=CPC(5000, 50000)", value: 0.1 },
    compute: metrics.cpc,
  },
  {
    name: "CPM",
    summary: "Cost per thousand impressions: cost / impressions × 1000.",
    params: [cost, impressions],
    result: "money",
    example: { formula: "=CPM(5000, 2500000)", value: 2 },
    compute: metrics.cpm,
  },
  {
    name: "CTR",
    summary: "Click-through rate: clicks / impressions.",
    params: [{ name: "clicks", kind: "count", help: "Clicks on the ad or post." }, impressions],
    result: "percent",
    example: { formula: "=CTR(30, 1000)", value: 0.03 },
    compute: metrics.ctr,
  },
  {
    name: "CONVERSION_RATE",
    summary: "Conversion rate: conversions / visitors (may exceed 100% when visitors buy more than once).",
    params: [
      { name: "conversions", kind: "count", help: "Sales or other conversions." },
      { name: "visitors", kind: "count", help: "Visitors (leads or clicks) who could convert." },
    ],
    result: "percent",
    example: { formula: "=CONVERSION_RATE(5, 100)", value: 0.05 },
    compute: metrics.conversionRate,
  },
  {
    name: "VISITORS_NEEDED",
    summary: "Visitors needed to reach a sales goal: goal / conversion rate, rounded up.",
    params: [goal, conversionRate],
    result: "count",
    example: { formula: "=VISITORS_NEEDED(1000, 2%)", value: 50000 },
    compute: metrics.visitorsNeeded,
  },
  {
    name: "IMPRESSIONS_NEEDED",
    summary: "Impressions needed to reach a sales goal: goal / conversion rate / click-through rate, rounded up.",
    params: [goal, conversionRate, ctr],
    result: "count",
    example: { formula: "=IMPRESSIONS_NEEDED(1000, 2%, 2%)", value: 2500000 },
    compute: metrics.impressionsNeeded,
  },
  {
    name: "BUDGET",
    summary: "Budget to reach a sales goal: impressions needed / 1000 × cost per thousand impressions.",
    params: [goal, conversionRate, ctr, { name: "cpm", kind: "money", help: "Cost per thousand impressions." }],
    result: "money",
    example: { formula: "=BUDGET(1000, 2%, 2%, 2)", value: 5000 },
    compute: metrics.budget,
  },
  {
    name: "BREAK_EVEN",
    summary: "Conversions needed to break even (ROI = 0): cost / profit per conversion, rounded up.",
    params: [cost, { name: "profit_per_conversion", kind: "money", help: "Profit (margin) each conversion brings." }],
    result: "count",
    example: { formula: "=BREAK_EVEN(1000, 100)", value: 10 },
    compute: metrics.breakEven,
  },
];
