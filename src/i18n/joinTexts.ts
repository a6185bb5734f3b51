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
  joinedAs: (table: string, by: "channel" | "campaign") => `${table}, joined by ${by}`,
  /** Why a linked build of a joined table holds the values read: one of notLive's reasons. */
  valuesNotFormulas: (why: string) => `The scorecard holds the values read, not formulas over the sources' sheets: ${why}. Build again after a change.`,
  notLive: {
    records: (table: string) => `${table}'s rows are deals or contacts whose stage decides what each counts, which its match sheet cannot read`,
    amountsAsText: (table: string) => `${table}'s sheet holds its amounts as text, which formulas over it would not add up`,
    spelling: (table: string, row: number, cell: string, value: string) =>
      `${table}'s row ${row} says “${cell}” where the join reads “${value}” (its origin is made of several columns, or spaced otherwise): a formula would not match the two`,
  },
  /** A joined table built live: where its matching is, for the team to change. */
  liveNote: (table: string, sheet: string, check: string) =>
    `${table} is joined live: each of its values and the network it counts in are on the sheet “${sheet}”; a network typed there, or a row added to ${table}, counts at once, and “${check}” shows what no network counts.`,
  /** The match sheet's headers of the value and of its network. */
  matchHeaders: { value: (by: "channel" | "campaign"): string => (by === "channel" ? "Value" : "Campaign"), network: "Network" },
  refusals: {
    unknownJoin: "Join the table by channel or by campaign.",
    byPeriod: (table: string) => `${table} brings its figures to the channels, not to days: by period, its revenue would fall in no period. Build by period without it, or without periods with it.`,
    noOriginNorCampaign: (table: string) =>
      `${table}: no column says where its rows came from (such as “Session source / medium”, “Session default channel group”, “UTM source”, “Referrer name” or “Original Source”), nor which campaign.`,
    unreadCells: (table: string, issues: string) => `${table}: ${issues}`,
    noFigures: (table: string, columns: readonly string[]) => `${table}: no column of revenue, leads, qualified leads or customers (its columns: ${columns.map((column) => `“${column}”`).join(", ")}).`,
    noCampaignColumn: (table: string) => `${table}: no campaign column (such as “Session campaign”, “UTM campaign” or “Original Source Drill-Down 2”) to join by campaign; join by channel.`,
    noSpendCampaigns: "The spend files have no campaign column: join by channel.",
    noOrigin: (table: string) => `${table}: no column says where its rows came from (such as “Session source / medium”, “UTM source” or “Original Source”): join by campaign.`,
    mixedCurrencies: (table: string, currencies: readonly string[]) => `${table}: its amounts are in ${enList(currencies)}: export one currency.`,
  },
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
  joinedAs: (table, by) => `${table}, rapproché par ${by === "channel" ? "canal" : "campagne"}`,
  valuesNotFormulas: (why) => `Le tableau contient les valeurs lues, non des formules sur les feuilles des sources\u00a0: ${why}. Créez-le à nouveau après un changement.`,
  notLive: {
    records: (table) => `les lignes de ${table} sont des transactions ou des contacts dont l’étape décide ce que chacun compte, ce que sa feuille de correspondances ne peut pas lire`,
    amountsAsText: (table) => `la feuille de ${table} contient ses montants sous forme de texte, que des formules ne sauraient additionner`,
    spelling: (table, row, cell, value) =>
      `la ligne ${row} de ${table} dit «\u00a0${cell}\u00a0» là où le rapprochement lit «\u00a0${value}\u00a0» (son origine est faite de plusieurs colonnes, ou espacée autrement)\u00a0: une formule ne rapprocherait pas les deux`,
  },
  liveNote: (table, sheet, check) =>
    `${table} est rapproché en direct\u00a0: chacune de ses valeurs et le réseau où elle compte sont sur la feuille «\u00a0${sheet}\u00a0»\u00a0; un réseau tapé là, ou une ligne ajoutée à ${table}, compte aussitôt, et «\u00a0${check}\u00a0» montre ce qu’aucun réseau ne compte.`,
  matchHeaders: { value: (by) => (by === "channel" ? "Valeur" : "Campagne"), network: "Réseau" },
  refusals: {
    unknownJoin: "Rapprochez la table par canal ou par campagne.",
    byPeriod: (table) => `${table} apporte ses chiffres aux canaux, non aux jours : par période, son chiffre d’affaires ne tomberait dans aucune période. Créez le tableau par période sans elle, ou sans périodes avec elle.`,
    noOriginNorCampaign: (table) =>
      `${table}\u00a0: aucune colonne ne dit d’où viennent ses lignes (comme «\u00a0Session source / medium\u00a0», «\u00a0Session default channel group\u00a0», «\u00a0UTM source\u00a0», «\u00a0Referrer name\u00a0» ou «\u00a0Original Source\u00a0»), ni de quelle campagne.`,
    unreadCells: (table, issues) => `${table}\u00a0: ${issues}`,
    noFigures: (table, columns) => `${table}\u00a0: aucune colonne de chiffre d’affaires, de leads, de leads qualifiés ou de clients (ses colonnes\u00a0: ${columns.map((column) => `«\u00a0${column}\u00a0»`).join(", ")}).`,
    noCampaignColumn: (table) => `${table}\u00a0: aucune colonne de campagne (comme «\u00a0Session campaign\u00a0», «\u00a0UTM campaign\u00a0» ou «\u00a0Original Source Drill-Down 2\u00a0») pour rapprocher par campagne\u00a0; rapprochez par canal.`,
    noSpendCampaigns: "Les sources de dépenses n’ont pas de colonne de campagne\u00a0: rapprochez par canal.",
    noOrigin: (table) => `${table}\u00a0: aucune colonne ne dit d’où viennent ses lignes (comme «\u00a0Session source / medium\u00a0», «\u00a0UTM source\u00a0» ou «\u00a0Original Source\u00a0»)\u00a0: rapprochez par campagne.`,
    mixedCurrencies: (table, currencies) => `${table}\u00a0: ses montants sont en ${frList(currencies)}\u00a0: exportez une seule devise.`,
  },
};

export const joinTexts = (language: Language): JoinTexts => (language === "fr" ? fr : en);
