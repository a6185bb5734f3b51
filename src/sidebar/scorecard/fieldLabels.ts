/** The fields' names in the user's language. */
import type { Messages } from "../../i18n";
import type { Field } from "../../scorecard/fields";

export function fieldLabel(messages: Messages, field: Field): string {
  const labels: Record<Field, string> = {
    channel: messages.fieldChannel,
    budget: messages.fieldBudget,
    leads: messages.fieldLeads,
    bounceRate: messages.fieldBounceRate,
    conversions: messages.fieldConversions,
    revenue: messages.fieldRevenue,
    impressions: messages.fieldImpressions,
    clicks: messages.fieldClicks,
    visits: messages.fieldVisits,
    qualifiedLeads: messages.fieldQualifiedLeads,
    customers: messages.fieldCustomers,
    targetRoi: messages.fieldTargetRoi,
    plannedBudget: messages.fieldPlannedBudget,
    otherCosts: messages.fieldOtherCosts,
    hours: messages.fieldHours,
    reach: messages.fieldReach,
    engagements: messages.fieldEngagements,
    reactions: messages.fieldReactions,
    comments: messages.fieldComments,
    shares: messages.fieldShares,
  };
  return labels[field];
}
