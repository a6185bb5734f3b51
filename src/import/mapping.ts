/** Which column holds which field: guessed from the headers, each guess explained; the user's choices win. */
import { ALL_FIELDS, OUTCOME_FIELDS, REQUIRED_FIELDS, type ColumnMapping, type Field } from "./fields";
import { isCampaignHeader, isDerivedMetric, isPerDayBudget, meaningsOfHeader } from "./headerNames";

export type MappingDecision =
  /** The only column whose header names the field. */
  | { field: Field; column: number; because: "name" }
  /** The best of several columns that could hold the field; the others are left out. */
  | { field: Field; column: number; because: "preferred"; over: number[] }
  /** A "Budget" column beside the actual spend: kept as the planned budget. */
  | { field: Field; column: number; because: "plannedBesideSpend"; spend: number }
  /** A budget per day, left out: pacing compares the period's spend with the period's budget. */
  | { field: Field; column: number; because: "perDayBudgetLeftOut" }
  /** No channel column: the campaign names the rows (a single platform's export). */
  | { field: Field; column: number; because: "campaignAsChannel" }
  /** Chosen by the user. */
  | { field: Field; column: number; because: "chosen" };

export interface GuessedMapping {
  mapping: ColumnMapping;
  decisions: MappingDecision[];
  /** Columns of ratios such as "Cost / conv." or "CTR", left out on purpose. */
  derived: number[];
}

// Fields that compete for the same headers are settled in this order: spend before planned budget.
const ORDER: readonly Field[] = ["channel", "budget", ...ALL_FIELDS.filter((field) => field !== "channel" && field !== "budget")];

export function guessMapping(headers: readonly unknown[]): GuessedMapping {
  const names = headers.map((header) => (typeof header === "string" ? header : String(header ?? "")));
  const meanings = names.map(meaningsOfHeader);
  const mapping: ColumnMapping = {};
  const decisions: MappingDecision[] = [];
  const taken = new Set<number>();
  const take = (decision: MappingDecision) => {
    mapping[decision.field] = decision.column;
    decisions.push(decision);
    taken.add(decision.column);
  };
  for (const field of ORDER) {
    const candidates = meanings
      .map((list, column) => ({ column, rank: list.find((meaning) => meaning.field === field)?.rank }))
      .filter((candidate): candidate is { column: number; rank: number } => candidate.rank !== undefined && !taken.has(candidate.column))
      .sort((a, b) => a.rank - b.rank || a.column - b.column);
    if (candidates.length === 0) {
      const campaign = names.findIndex((name, column) => !taken.has(column) && isCampaignHeader(name));
      if (field === "channel" && campaign >= 0) take({ field, column: campaign, because: "campaignAsChannel" });
      continue;
    }
    const [best, ...others] = candidates;
    if (field === "plannedBudget" && isPerDayBudget(names, best.column)) {
      decisions.push({ field, column: best.column, because: "perDayBudgetLeftOut" });
    } else if (field === "plannedBudget" && meanings[best.column][0]?.field === "budget" && mapping.budget !== undefined) {
      take({ field, column: best.column, because: "plannedBesideSpend", spend: mapping.budget });
    } else if (others.length > 0) {
      take({ field, column: best.column, because: "preferred", over: others.map((other) => other.column) });
    } else {
      take({ field, column: best.column, because: "name" });
    }
  }
  return { mapping, decisions: withoutPlannedBudgetRival(decisions), derived: names.flatMap((name, column) => (isDerivedMetric(name) ? [column] : [])) };
}

/** A budget column kept as the planned budget is said once, as such, not also as the cost's rival. */
function withoutPlannedBudgetRival(decisions: MappingDecision[]): MappingDecision[] {
  const planned = decisions.find((decision) => decision.because === "plannedBesideSpend")?.column;
  return decisions.map((decision) => {
    if (decision.because !== "preferred" || planned === undefined) return decision;
    const over = decision.over.filter((column) => column !== planned);
    return over.length > 0 ? { ...decision, over } : { field: decision.field, column: decision.column, because: "name" };
  });
}

/** The user's choices (field -> column) over the guess: a chosen column leaves the field it was guessed for. */
export function withChoices(guess: GuessedMapping, choices: ColumnMapping): GuessedMapping {
  const chosen = Object.entries(choices) as [Field, number][];
  if (chosen.length === 0) return guess;
  const chosenColumns = new Set(chosen.map(([, column]) => column));
  const kept = guess.decisions.filter((decision) => !chosenColumns.has(decision.column) && choices[decision.field] === undefined);
  const decisions: MappingDecision[] = [...kept, ...chosen.map(([field, column]) => ({ field, column, because: "chosen" as const }))];
  // A budget per day stays left out: it is reported, never read.
  const read = decisions.filter((decision) => decision.because !== "perDayBudgetLeftOut");
  return { ...guess, decisions, mapping: Object.fromEntries(read.map((decision) => [decision.field, decision.column])) };
}

export function missingRequiredFields(mapping: ColumnMapping): Field[] {
  return REQUIRED_FIELDS.filter((field) => mapping[field] === undefined);
}

/** True when no column holds conversions, leads or clicks: nothing to measure the spending against. */
export function lacksOutcome(mapping: ColumnMapping): boolean {
  return OUTCOME_FIELDS.every((field) => mapping[field] === undefined);
}

/** Fields mapped to the same column: the user must pick one. */
export function fieldsSharingAColumn(mapping: ColumnMapping): Field[] {
  return ALL_FIELDS.filter((field) => {
    const column = mapping[field];
    return column !== undefined && ALL_FIELDS.some((other) => other !== field && mapping[other] === column);
  });
}
