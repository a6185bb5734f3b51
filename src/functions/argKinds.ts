/** The kinds of argument our functions take, and the range of values each accepts. */

export type ArgKind = "money" | "count" | "rate" | "margin";

// Bound once: in sandboxed hosts (node:vm, which the playground uses) every global lookup in a
// hot loop is slow.
const isFiniteNumber = Number.isFinite;

interface KindRule {
  readonly accepts: (value: number) => boolean;
  readonly fix: string;
  /** The same rule in native formulas: the conditions under which a number `value` (an expression) is refused. */
  readonly refusedWhen: (value: string) => readonly string[];
  /** A number the rule accepts, standing in for a blank cell while the other arguments are checked. */
  readonly blankStandIn: string;
}

export const KIND_RULES: Readonly<Record<ArgKind, KindRule>> = {
  money: { accepts: (v) => v >= 0 && isFiniteNumber(v), fix: "enter an amount of 0 or more", refusedWhen: (v) => [`${v}<0`], blankStandIn: "0" },
  count: { accepts: (v) => v >= 0 && isFiniteNumber(v), fix: "enter a count of 0 or more", refusedWhen: (v) => [`${v}<0`], blankStandIn: "0" },
  // A planned rate of 2 is a typo for 2%, and a rate of 0 can never reach a goal.
  rate: { accepts: (v) => v > 0 && v <= 1, fix: "enter a rate above 0% and up to 100%, such as 2%", refusedWhen: (v) => [`${v}<=0`, `${v}>1`], blankStandIn: "1" },
  margin: { accepts: (v) => v >= 0 && v <= 1, fix: "enter a margin from 0% to 100%, such as 40%", refusedWhen: (v) => [`${v}<0`, `${v}>1`], blankStandIn: "0" },
};
