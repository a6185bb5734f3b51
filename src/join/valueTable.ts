/**
 * Every value of a join in one list, in the table's order of networks then the rest: what each
 * value matched (by default or by the user's choice), or why it matched nothing, with its rows and
 * totals. The sidebar's mapping table shows it; nothing of the table is left out of it.
 */
import type { JoinResult, UnmatchedWhy } from "./join";
import type { JoinedValues } from "./originTable";

export interface JoinedValue {
  value: string;
  rows: number;
  values: JoinedValues;
  /** The network it matched; null when it matched none. */
  network: string | null;
  /** How: the defaults, or the user's choice; null when it matched none. */
  by: "default" | "chosen" | null;
  /** Why it counts in no channel: it matched nothing, or a network without spend. */
  why: UnmatchedWhy | "withoutSpend" | null;
  candidates: string[];
}

export function joinedValues(join: Pick<JoinResult, "networks" | "unmatched" | "withoutSpend">): JoinedValue[] {
  return [
    ...join.networks.flatMap((entry) => entry.matched.map(({ value, rows, values, by }) => ({ value, rows, values, network: entry.network, by, why: null, candidates: [] }))),
    ...join.withoutSpend.map(({ value, rows, values, network }) => ({ value, rows, values, network, by: null, why: "withoutSpend" as const, candidates: [network] })),
    ...join.unmatched.map(({ value, rows, values, why, candidates }) => ({ value, rows, values, network: null, by: null, why, candidates })),
  ];
}
