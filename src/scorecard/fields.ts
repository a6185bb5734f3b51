/**
 * The columns a scorecard reads from the user's data, and the header names that mean each one
 * (English, French, and the usual ad-platform export names), compared without case or accents.
 */

export type Field =
  | "channel" | "budget" | "leads" | "bounceRate" | "conversions" | "revenue"
  | "impressions" | "clicks" | "group" | "targetRoi"
  /** The planned budget, when the data also has the actual spend (budget): for pacing. */
  | "plannedBudget"
  /** Other costs of a row (production, tools, fees), added to the spend. */
  | "otherCosts"
  /** Hours spent on a row, costed at the hourly-rate option. */
  | "hours";

export const REQUIRED_FIELDS: readonly Field[] = ["channel", "budget"];
export const OPTIONAL_FIELDS: readonly Field[] = ["leads", "conversions", "revenue", "bounceRate", "impressions", "clicks", "group", "targetRoi", "plannedBudget", "otherCosts", "hours"];
export const ALL_FIELDS: readonly Field[] = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];

/** Header names by field, already normalized (see normalizeHeader); the first match wins. */
const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  channel: ["channel", "canal", "canaux", "platform", "plateforme", "publisher platform", "source", "social network", "reseau social", "media", "support"],
  budget: ["budget", "spend", "spent", "amount spent", "cost", "costs", "ad spend", "depenses", "depense", "cout", "couts", "montant depense", "investissement"],
  leads: ["leads", "lead", "visitors", "visits", "sessions", "landing page views", "prospects", "visiteurs", "visites", "contacts"],
  bounceRate: ["bounce rate", "bounce", "taux de rebond", "rebond"],
  conversions: ["conversions", "conversion", "results", "purchases", "sales", "orders", "transactions", "total conversion", "approved conversion", "ventes", "achats", "commandes", "resultats"],
  revenue: ["revenue", "revenues", "income", "purchase value", "purchases conversion value", "conversion value", "sales amount", "chiffre d affaires", "ca", "revenu", "revenus", "recettes"],
  impressions: ["impressions", "impression", "vues", "affichages"],
  clicks: ["clicks", "link clicks", "clicks all", "clics", "clic"],
  group: ["network", "media type", "campaign type", "campaign", "campaign name", "owner", "group", "type de media", "type de campagne", "campagne", "responsable", "groupe"],
  targetRoi: ["target roi", "roi target", "roi cible", "objectif roi", "objectif de roi"],
  plannedBudget: ["planned budget", "budget prevu", "budget planifie"],
  otherCosts: ["other costs", "autres couts", "autres frais"],
  hours: ["hours", "heures", "temps passe"],
};

/** "Amount spent (EUR)" -> "amount spent"; "Chiffre d'affaires" -> "chiffre d affaires". */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** The field a header names, or null. */
export function fieldOfHeader(header: string): Field | null {
  const name = normalizeHeader(header);
  if (name === "") return null;
  for (const field of ALL_FIELDS) if (HEADER_NAMES[field].includes(name)) return field;
  return null;
}
