/** What a join of a shop, CRM or analytics table says, in the user's language: which values matched which network, which matched none, and why. */
import { listWith } from "./lists";
import type { JoinedField } from "../join/originTable";
import type { Language } from "./language";

const enList = listWith("and");
const enRows = (count: number) => (count === 1 ? "1 row" : `${count} rows`);

const en = {
  list: enList,
  rows: enRows,
  fields: { revenue: "revenue", leads: "leads", qualifiedLeads: "qualified leads", customers: "customers" } as Record<JoinedField, string>,
  joinedOn: (table: string, by: "channel" | "campaign", columns: readonly string[]) => `${table}: joined by ${by} on ${enList(columns.map((column) => `“${column}”`))}.`,
  networkMatched: (network: string, values: string, figures: string) => `${network} ← ${values}: ${figures}.`,
  networkUnmatched: (network: string, table: string) => `${network}: nothing in ${table} matched it (its figures from ${table} are 0).`,
  unmatched: (table: string, count: number) => `${table}: ${count === 1 ? "1 value matches" : `${count} values match`} no network (counted in no channel until matched by hand):`,
  unmatchedValue: (value: string, rowCount: number, figures: string, why: string) => `  ${value} (${enRows(rowCount)}): ${figures}${why ? `; ${why}` : ""}`,
  why: {
    unknown: (_: readonly string[]) => "",
    blank: (_: readonly string[]) => "no origin",
    notPaid: (candidates: readonly string[]) => `${enList(candidates)} only if paid: its medium does not say so`,
    ambiguous: (candidates: readonly string[]) => `could be ${enList(candidates)}`,
    noCampaign: (_: readonly string[]) => "no campaign of that name in the spend files",
  },
  withoutSpendTitle: (table: string) => `${table}: values matched to a network without spend (counted in no channel):`,
  withoutSpend: (value: string, network: string, rowCount: number, figures: string) => `  ${value} (${enRows(rowCount)}) matches ${network}, which has no spend file: ${figures}, left out`,
  ownColumnLeftOut: (source: string, column: string, field: string, table: string) => `${source}: its “${column}” is left out: ${field} comes from ${table}.`,
  stageCounted: (column: string, stage: string, count: number, as: string) => `${column}: “${stage}” (${enRows(count)}) counted as ${as}.`,
  stageNotCounted: (column: string, stages: string) => `${column}: not counted: ${stages}.`,
  tableTotal: (table: string, figures: string) => `${table}: in all ${figures}.`,
  notJoined: (table: string, columns: readonly string[]) => `${table}: ${enList(columns.map((column) => `“${column}”`))} not joined: the ads' own figures stay.`,
};

export type JoinTexts = typeof en;

// French typography: a no-break space (\u00a0) before ":" and ";".
const frList = listWith("et");
const frRows = (count: number) => (count === 1 ? "1 ligne" : `${count} lignes`);
const fr: JoinTexts = {
  list: frList,
  rows: frRows,
  fields: { revenue: "chiffre d’affaires", leads: "leads", qualifiedLeads: "leads qualifiés", customers: "clients" },
  joinedOn: (table, by, columns) => `${table}\u00a0: rapproché par ${by === "channel" ? "canal" : "campagne"} sur ${frList(columns.map((column) => `«\u00a0${column}\u00a0»`))}.`,
  networkMatched: (network, values, figures) => `${network} ← ${values}\u00a0: ${figures}.`,
  networkUnmatched: (network, table) => `${network}\u00a0: rien dans ${table} ne lui correspond (ses chiffres venant de ${table} sont 0).`,
  unmatched: (table, count) => `${table}\u00a0: ${count === 1 ? "1 valeur ne correspond" : `${count} valeurs ne correspondent`} à aucun réseau (comptées dans aucun canal tant qu’elles ne sont pas rapprochées à la main)\u00a0:`,
  unmatchedValue: (value, rowCount, figures, why) => `  ${value} (${frRows(rowCount)})\u00a0: ${figures}${why ? `\u00a0; ${why}` : ""}`,
  why: {
    unknown: () => "",
    blank: () => "sans origine",
    notPaid: (candidates) => `${frList(candidates)} seulement si payant\u00a0: son support ne le dit pas`,
    ambiguous: (candidates) => `peut être ${frList(candidates)}`,
    noCampaign: () => "aucune campagne de ce nom dans les fichiers de dépenses",
  },
  withoutSpendTitle: (table) => `${table}\u00a0: valeurs rapprochées d’un réseau sans dépenses (comptées dans aucun canal)\u00a0:`,
  withoutSpend: (value, network, rowCount, figures) => `  ${value} (${frRows(rowCount)}) correspond à ${network}, qui n’a pas de fichier de dépenses\u00a0: ${figures}, non compté`,
  ownColumnLeftOut: (source, column, field, table) => `${source}\u00a0: sa colonne «\u00a0${column}\u00a0» est laissée de côté\u00a0: ${field} vient de ${table}.`,
  stageCounted: (column, stage, count, as) => `${column}\u00a0: «\u00a0${stage}\u00a0» (${frRows(count)}) compté comme ${as}.`,
  stageNotCounted: (column, stages) => `${column}\u00a0: non comptés\u00a0: ${stages}.`,
  tableTotal: (table, figures) => `${table}\u00a0: en tout ${figures}.`,
  notJoined: (table, columns) => `${table}\u00a0: ${frList(columns.map((column) => `«\u00a0${column}\u00a0»`))} non rapproché(s)\u00a0: les chiffres des régies restent.`,
};

export const joinTexts = (language: Language): JoinTexts => (language === "fr" ? fr : en);
