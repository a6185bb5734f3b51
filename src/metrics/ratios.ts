/**
 * The metric definitions of the design (section 2), on plain numbers.
 * A result of null means the maths is undefined (a zero denominator); callers show it as blank.
 */
import { roundDownWhole, roundUpWhole } from "./roundUp";

export type Metric = number | null;

function divide(numerator: number, denominator: number): Metric {
  return denominator === 0 ? null : numerator / denominator;
}

/** Net return: (gain × margin − cost) / cost. 9 means 900%. */
export function roi(gain: number, cost: number, margin = 1): Metric {
  return divide(gain * margin - cost, cost);
}

/** Gross return on ad spend: revenue / cost. 10 means 10x. */
export function roas(revenue: number, cost: number): Metric {
  return divide(revenue, cost);
}

export function cpa(cost: number, conversions: number): Metric {
  return divide(cost, conversions);
}

export function cpl(cost: number, leads: number): Metric {
  return divide(cost, leads);
}

/** Cost per lead the sales team accepted (sales-qualified). */
export function costPerQualifiedLead(cost: number, qualifiedLeads: number): Metric {
  return divide(cost, qualifiedLeads);
}

/** The share of leads who became customers (the source's "lead conversion"). */
export function leadToCustomerRate(customers: number, leads: number): Metric {
  return divide(customers, leads);
}

export function cpc(cost: number, clicks: number): Metric {
  return divide(cost, clicks);
}

/** Cost per thousand impressions. */
export function cpm(cost: number, impressions: number): Metric {
  const perImpression = divide(cost, impressions);
  return perImpression === null ? null : perImpression * 1000;
}

export function ctr(clicks: number, impressions: number): Metric {
  return divide(clicks, impressions);
}

/** Engagements per impression (or per person reached); may exceed 1 when people engage more than once. */
export function engagementRate(engagements: number, impressions: number): Metric {
  return divide(engagements, impressions);
}

export function costPerEngagement(cost: number, engagements: number): Metric {
  return divide(cost, engagements);
}

/** May exceed 1 when one visitor converts several times. */
export function conversionRate(conversions: number, visitors: number): Metric {
  return divide(conversions, visitors);
}

export function visitorsNeeded(goal: number, conversionRate: number): Metric {
  const visitors = divide(goal, conversionRate);
  return visitors === null ? null : roundUpWhole(visitors);
}

/** The clicks an ad must bring: each click is a visitor, so this is visitorsNeeded in an ad buyer's words. */
export function clicksNeeded(goal: number, conversionRate: number): Metric {
  return visitorsNeeded(goal, conversionRate);
}

export function impressionsNeeded(goal: number, conversionRate: number, clickThroughRate: number): Metric {
  const visitors = divide(goal, conversionRate);
  const impressions = visitors === null ? null : divide(visitors, clickThroughRate);
  return impressions === null ? null : roundUpWhole(impressions);
}

/** Built on the rounded impression count, so it equals a sheet formula built on that count. */
export function budget(goal: number, conversionRate: number, clickThroughRate: number, costPerMille: number): Metric {
  const impressions = impressionsNeeded(goal, conversionRate, clickThroughRate);
  return impressions === null ? null : (impressions / 1000) * costPerMille;
}

/**
 * The sales a budget buys, the inverse of budget: impressions bought × CTR × conversion rate,
 * rounded down to whole sales, so that goalFromBudget(budget(goal, ...), ...) is at least goal.
 */
export function goalFromBudget(spend: number, conversionRate: number, clickThroughRate: number, costPerMille: number): Metric {
  const impressions = divide(spend * 1000, costPerMille);
  return impressions === null ? null : roundDownWhole(impressions * clickThroughRate * conversionRate);
}

/** Conversions needed for ROI = 0. */
export function breakEven(cost: number, profitPerConversion: number): Metric {
  const conversions = divide(cost, profitPerConversion);
  return conversions === null ? null : roundUpWhole(conversions);
}
