/** The kinds of argument our functions take, and the range of values each accepts. */

export type ArgKind = "money" | "count" | "rate" | "margin";

interface KindRule {
  accepts(value: number): boolean;
  fix: string;
}

const KIND_RULES: Record<ArgKind, KindRule> = {
  money: { accepts: (v) => v >= 0, fix: "enter an amount of 0 or more" },
  count: { accepts: (v) => v >= 0, fix: "enter a count of 0 or more" },
  // A planned rate of 2 is a typo for 2%, and a rate of 0 can never reach a goal.
  rate: { accepts: (v) => v > 0 && v <= 1, fix: "enter a rate above 0% and up to 100%, such as 2%" },
  margin: { accepts: (v) => v >= 0 && v <= 1, fix: "enter a margin from 0% to 100%, such as 40%" },
};

export function kindAccepts(kind: ArgKind, value: number): boolean {
  return KIND_RULES[kind].accepts(value);
}

export function kindFix(kind: ArgKind): string {
  return KIND_RULES[kind].fix;
}
