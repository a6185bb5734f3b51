/**
 * The one description of every custom function. The build generates the Apps Script stubs and
 * their JSDoc from it; the README reference, the sidebar's help and the engine plugin read it too.
 */
import * as metrics from "../metrics";
import type { Metric } from "../metrics";
import { nativeRoundDownWhole, nativeRoundUpWhole } from "./nativeRounding";
import type { ParamSpec } from "./vectorize";

/** How a result is meant to be shown: drives number formats and the examples in the docs. */
export type ResultFormat = "money" | "percent" | "multiple" | "count";

export interface FunctionSpec {
  readonly name: string;
  /** English: the JSDoc Sheets reads, and the README. */
  readonly summary: string;
  /** The same in French, for French users of the sidebar and the playground. */
  readonly frenchSummary: string;
  readonly params: readonly ParamSpec[];
  readonly result: ResultFormat;
  /** A formula on literal values and what it gives: shown in help, and checked by the tests. */
  readonly example: { readonly formula: string; readonly value: number };
  readonly compute: (...values: number[]) => Metric;
  /** The same computation in native formulas, for files where the add-on does not run (see nativeTwin.ts). */
  readonly native: NativeComputation;
}

export interface NativeComputation {
  /** The arguments (by position) whose 0 leaves the maths undefined: the result is then blank. */
  readonly denominators: readonly number[];
  /** The value from one element of each argument, known to be numbers the function accepts; in compute's order of operations. */
  readonly value: (args: readonly string[]) => string;
}

const ratio = (numerator: number, denominator: number): NativeComputation => ({
  denominators: [denominator],
  value: (args) => `${args[numerator]}/${args[denominator]}`,
});

// French typography: a no-break space (\u00a0) before ":" and "%".
const cost: ParamSpec = { name: "cost", kind: "money", help: "Amount spent: a cell or a range.", frenchHelp: "Coût, montant dépensé\u00a0: une cellule ou une plage." };
const impressions: ParamSpec = {
  name: "impressions",
  kind: "count",
  help: "Times the ad or post was shown.",
  frenchHelp: "Nombre d’affichages de l’annonce ou de la publication.",
};
const goal: ParamSpec = {
  name: "goal",
  kind: "count",
  help: "Number of sales (conversions) to reach.",
  frenchHelp: "Objectif\u00a0: nombre de ventes (conversions) à atteindre.",
};
const conversionRate: ParamSpec = {
  name: "conversion_rate",
  kind: "rate",
  help: "Share of visitors who buy, such as 2%.",
  frenchHelp: "Taux de conversion\u00a0: part des visiteurs qui achètent, par exemple 2\u00a0%.",
};
const ctr: ParamSpec = {
  name: "ctr",
  kind: "rate",
  help: "Click-through rate: share of impressions that click, such as 2%.",
  frenchHelp: "Taux de clics\u00a0: part des impressions suivies d’un clic, par exemple 2\u00a0%.",
};
const cpm: ParamSpec = { name: "cpm", kind: "money", help: "Cost per thousand impressions.", frenchHelp: "Coût pour mille impressions (CPM)." };
const conversions: ParamSpec = { name: "conversions", kind: "count", help: "Sales or other conversions.", frenchHelp: "Ventes ou autres conversions." };
const engagements: ParamSpec = {
  name: "engagements",
  kind: "count",
  help: "Likes, comments, shares and other interactions with the post.",
  frenchHelp: "J’aime, commentaires, partages et autres interactions avec la publication.",
};
const clicks: ParamSpec = { name: "clicks", kind: "count", help: "Clicks on the ad or post.", frenchHelp: "Clics sur l’annonce ou la publication." };

// Rates are never 0 (the rule refuses it), so a goal over a rate needs no blank for a zero.
const visitorsNeeded: NativeComputation = { denominators: [], value: ([goal, rate]) => nativeRoundUpWhole(`${goal}/${rate}`) };

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "ROI",
    summary: "Net return on investment: (gain × margin − cost) / cost, where 900% means nine times the cost back as profit.",
    frenchSummary:
      "Retour sur investissement net, la rentabilité\u00a0: (gain × marge − coût) / coût\u00a0; 900\u00a0% signifie neuf fois le coût regagné en bénéfice.",
    params: [
      { name: "gain", kind: "money", help: "Revenue (or margin) the spending brought in.", frenchHelp: "Chiffre d’affaires (ou marge) rapporté par la dépense." },
      cost,
      {
        name: "margin",
        kind: "margin",
        help: "Optional share of the gain that is profit, such as 40%; 100% when left out.",
        frenchHelp: "Facultatif\u00a0: part du gain qui est du bénéfice, par exemple 40\u00a0%\u00a0; 100\u00a0% si omis.",
        defaultValue: 1,
      },
    ],
    result: "percent",
    example: { formula: "=ROI(10000, 1000)", value: 9 },
    compute: metrics.roi,
    native: { denominators: [1], value: ([gain, cost, margin]) => `(${gain}*${margin}-${cost})/${cost}` },
  },
  {
    name: "ROAS",
    summary: "Return on ad spend: revenue / cost, a multiple such as 4.0x.",
    frenchSummary: "Retour sur dépenses publicitaires\u00a0: chiffre d’affaires / coût, un multiple comme 4,0x.",
    params: [{ name: "revenue", kind: "money", help: "Revenue the ads brought in.", frenchHelp: "Chiffre d’affaires (ventes) rapporté par les annonces." }, cost],
    result: "multiple",
    example: { formula: "=ROAS(10000, 1000)", value: 10 },
    compute: metrics.roas,
    native: ratio(0, 1),
  },
  {
    name: "CPA",
    summary: "Cost per acquisition: cost / conversions.",
    frenchSummary: "Coût par acquisition\u00a0: coût / conversions (ventes).",
    params: [cost, conversions],
    result: "money",
    example: { formula: "=CPA(5000, 1000)", value: 5 },
    compute: metrics.cpa,
    native: ratio(0, 1),
  },
  {
    name: "CPL",
    summary: "Cost per lead: cost / leads.",
    frenchSummary: "Coût par lead (prospect)\u00a0: coût / leads.",
    params: [cost, { name: "leads", kind: "count", help: "Visitors who reached the landing page.", frenchHelp: "Visiteurs arrivés sur la page de destination." }],
    result: "money",
    example: { formula: "=CPL(5000, 50000)", value: 0.1 },
    compute: metrics.cpl,
    native: ratio(0, 1),
  },
  {
    name: "CPC",
    summary: "Cost per click: cost / clicks.",
    frenchSummary: "Coût par clic\u00a0: coût / clics.",
    params: [cost, clicks],
    result: "money",
    example: { formula: "=CPC(5000, 50000)", value: 0.1 },
    compute: metrics.cpc,
    native: ratio(0, 1),
  },
  {
    name: "CPM",
    summary: "Cost per thousand impressions: cost / impressions × 1000.",
    frenchSummary: "Coût pour mille impressions\u00a0: coût / impressions × 1000.",
    params: [cost, impressions],
    result: "money",
    example: { formula: "=CPM(5000, 2500000)", value: 2 },
    compute: metrics.cpm,
    native: { denominators: [1], value: ([cost, impressions]) => `${cost}/${impressions}*1000` },
  },
  {
    name: "CTR",
    summary: "Click-through rate: clicks / impressions.",
    frenchSummary: "Taux de clics\u00a0: clics / impressions.",
    params: [clicks, impressions],
    result: "percent",
    example: { formula: "=CTR(30, 1000)", value: 0.03 },
    compute: metrics.ctr,
    native: ratio(0, 1),
  },
  {
    name: "ENGAGEMENT_RATE",
    summary: "Engagement rate: engagements (likes, comments, shares, clicks...) / impressions, or / reach.",
    frenchSummary: "Taux d’engagement\u00a0: interactions (j’aime, commentaires, partages, clics...) / impressions, ou / couverture.",
    params: [
      engagements,
      { ...impressions, help: "Times the post was shown, or the people it reached.", frenchHelp: "Nombre d’affichages de la publication, ou personnes touchées (couverture)." },
    ],
    result: "percent",
    example: { formula: "=ENGAGEMENT_RATE(100, 1000)", value: 0.1 },
    compute: metrics.engagementRate,
    native: ratio(0, 1),
  },
  {
    name: "COST_PER_ENGAGEMENT",
    summary: "Cost per engagement: cost / engagements.",
    frenchSummary: "Coût par interaction\u00a0: coût / interactions.",
    params: [cost, engagements],
    result: "money",
    example: { formula: "=COST_PER_ENGAGEMENT(500, 2000)", value: 0.25 },
    compute: metrics.costPerEngagement,
    native: ratio(0, 1),
  },
  {
    name: "CONVERSION_RATE",
    summary: "Conversion rate: conversions / visitors (may exceed 100% when visitors buy more than once).",
    frenchSummary: "Taux de conversion\u00a0: conversions (ventes) / visiteurs (peut dépasser 100\u00a0% quand des visiteurs achètent plusieurs fois).",
    params: [
      conversions,
      { name: "visitors", kind: "count", help: "Visitors (leads or clicks) who could convert.", frenchHelp: "Visiteurs (leads ou clics) susceptibles de convertir." },
    ],
    result: "percent",
    example: { formula: "=CONVERSION_RATE(5, 100)", value: 0.05 },
    compute: metrics.conversionRate,
    native: ratio(0, 1),
  },
  {
    name: "VISITORS_NEEDED",
    summary: "Visitors needed to reach a sales goal: goal / conversion rate, rounded up.",
    frenchSummary: "Visiteurs nécessaires pour atteindre un objectif de ventes\u00a0: objectif / taux de conversion, arrondi au-dessus.",
    params: [goal, conversionRate],
    result: "count",
    example: { formula: "=VISITORS_NEEDED(1000, 2%)", value: 50000 },
    compute: metrics.visitorsNeeded,
    native: visitorsNeeded,
  },
  {
    name: "IMPRESSIONS_NEEDED",
    summary: "Impressions needed to reach a sales goal: goal / conversion rate / click-through rate, rounded up.",
    frenchSummary: "Impressions nécessaires pour atteindre un objectif de ventes\u00a0: objectif / taux de conversion / taux de clics, arrondi au-dessus.",
    params: [goal, conversionRate, ctr],
    result: "count",
    example: { formula: "=IMPRESSIONS_NEEDED(1000, 2%, 2%)", value: 2500000 },
    compute: metrics.impressionsNeeded,
    native: { denominators: [], value: ([goal, rate, ctr]) => nativeRoundUpWhole(`${goal}/${rate}/${ctr}`) },
  },
  {
    name: "BUDGET",
    summary: "Budget to reach a sales goal: impressions needed / 1000 × cost per thousand impressions.",
    frenchSummary: "Budget pour atteindre un objectif de ventes\u00a0: impressions nécessaires / 1000 × coût pour mille impressions.",
    params: [goal, conversionRate, ctr, cpm],
    result: "money",
    example: { formula: "=BUDGET(1000, 2%, 2%, 2)", value: 5000 },
    compute: metrics.budget,
    native: { denominators: [], value: ([goal, rate, ctr, cpm]) => `${nativeRoundUpWhole(`${goal}/${rate}/${ctr}`)}/1000*${cpm}` },
  },
  {
    name: "CLICKS_NEEDED",
    summary: "Clicks an ad must bring to reach a sales goal: goal / conversion rate, rounded up (each click is a visitor).",
    frenchSummary: "Clics qu’une annonce doit apporter pour atteindre un objectif de ventes\u00a0: objectif / taux de conversion, arrondi au-dessus (chaque clic est un visiteur).",
    params: [goal, conversionRate],
    result: "count",
    example: { formula: "=CLICKS_NEEDED(1000, 2%)", value: 50000 },
    compute: metrics.clicksNeeded,
    native: visitorsNeeded,
  },
  {
    name: "GOAL_FROM_BUDGET",
    summary: "Sales a budget buys, the inverse of BUDGET: budget / cpm × 1000 × click-through rate × conversion rate, rounded down.",
    frenchSummary:
      "Ventes qu’un budget permet d’obtenir, l’inverse de BUDGET\u00a0: budget / CPM × 1000 × taux de clics × taux de conversion, arrondi au-dessous.",
    params: [{ name: "budget", kind: "money", help: "Amount to spend.", frenchHelp: "Montant à dépenser." }, conversionRate, ctr, cpm],
    result: "count",
    example: { formula: "=GOAL_FROM_BUDGET(5000, 2%, 2%, 2)", value: 1000 },
    compute: metrics.goalFromBudget,
    native: { denominators: [3], value: ([spend, rate, ctr, cpm]) => nativeRoundDownWhole(`${spend}*1000/${cpm}*${ctr}*${rate}`) },
  },
  {
    name: "BREAK_EVEN",
    summary: "Conversions needed to break even (ROI = 0): cost / profit per conversion, rounded up.",
    frenchSummary: "Seuil de rentabilité\u00a0: conversions nécessaires pour un ROI nul, coût / bénéfice par conversion, arrondi au-dessus.",
    params: [cost, { name: "profit_per_conversion", kind: "money", help: "Profit (margin) each conversion brings.", frenchHelp: "Bénéfice (marge) rapporté par chaque conversion." }],
    result: "count",
    example: { formula: "=BREAK_EVEN(1000, 100)", value: 10 },
    compute: metrics.breakEven,
    native: { denominators: [1], value: ([cost, profit]) => nativeRoundUpWhole(`${cost}/${profit}`) },
  },
];
