/** What a join of a shop, CRM or analytics table says: which values matched which network, which matched none, and why. */
import type { JoinedField } from "../join/originTable";

const list = (items: readonly string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
const rows = (count: number) => (count === 1 ? "1 row" : `${count} rows`);

export const joinTexts = {
  list,
  rows,
  fields: { revenue: "revenue", leads: "leads", qualifiedLeads: "qualified leads", customers: "customers" } satisfies Record<JoinedField, string>,
  joinedOn: (table: string, by: "channel" | "campaign", columns: readonly string[]) =>
    `${table}: joined by ${by} on ${list(columns.map((column) => `“${column}”`))}.`,
  networkMatched: (network: string, values: string, figures: string) => `${network} ← ${values}: ${figures}.`,
  networkUnmatched: (network: string, table: string) => `${network}: nothing in ${table} matched it (its figures from ${table} are 0).`,
  unmatched: (table: string, count: number) => `${table}: ${count === 1 ? "1 value matches" : `${count} values match`} no network (counted in no channel; match them with --match VALUE=NETWORK):`,
  unmatchedValue: (value: string, rowCount: number, figures: string, why: string) => `  ${value} (${rows(rowCount)}): ${figures}${why ? `; ${why}` : ""}`,
  why: {
    unknown: () => "",
    blank: () => "no origin",
    notPaid: (candidates: readonly string[]) => `${list(candidates)} only if paid: its medium does not say so`,
    ambiguous: (candidates: readonly string[]) => `could be ${list(candidates)}`,
    noCampaign: () => "no campaign of that name in the spend files",
  },
  withoutSpend: (value: string, network: string, rowCount: number, figures: string) =>
    `  ${value} (${rows(rowCount)}) matches ${network}, which has no spend file: ${figures}, left out`,
  withoutSpendTitle: (table: string) => `${table}: values matched to a network without spend (counted in no channel):`,
  ownColumnLeftOut: (source: string, column: string, field: string, table: string) => `${source}: its “${column}” is left out: ${field} comes from ${table}.`,
  stageCounted: (column: string, stage: string, count: number, as: string) => `${column}: “${stage}” (${rows(count)}) counted as ${as}.`,
  stageNotCounted: (column: string, stages: string) => `${column}: not counted: ${stages}.`,
  tableTotal: (table: string, figures: string) => `${table}: in all ${figures}.`,
};

export type JoinTexts = typeof joinTexts;
