/**
 * The header names that mean each field: English, French, and what Meta, Google Ads, LinkedIn,
 * TikTok, X, Pinterest and Snapchat export. Compared once normalized (see normalizeHeader).
 */
import type { Field } from "./fields";

/** Within a field, an earlier name is the better column when several are present. */
const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  channel: [
    "channel", "canal", "canaux", "platform", "plateforme", "publisher platform", "source", "social network", "reseau social",
    "reseau", "media", "support", "network channel", "marketing channel", "canal marketing", "levier", "network",
  ],
  // The actual spend; a planned budget is plannedBudget when both are present.
  budget: [
    "spend", "spent", "amount spent", "total spent", "total spend", "cost", "costs", "ad spend", "media cost",
    "spend in account currency", "total cost", "billed charge", "montant depense", "depenses", "depense", "cout", "couts",
    "cout total", "investissement", "budget depense", "budget",
  ],
  leads: ["leads", "lead", "website leads", "on facebook leads", "prospects", "contacts"],
  visits: [
    "sessions", "visits", "website visits", "site visits", "landing page views", "website landing page views", "visitors",
    "unique visitors", "visites", "visiteurs", "vues de page de destination", "vues de la page de destination",
  ],
  bounceRate: ["bounce rate", "bounce", "taux de rebond", "rebond"],
  conversions: [
    "conversions", "conversion", "approved conversion", "purchases", "website purchases", "number of purchase", "number of purchases",
    "purchase", "checkouts", "sales", "orders", "transactions", "achats", "ventes", "commandes", "results", "resultats",
    "total conversion", "total conversions", "all conv", "toutes les conv",
  ],
  revenue: [
    "revenue", "revenues", "conv value", "conversion value", "purchases conversion value", "website purchases conversion value",
    "purchase value", "total purchase value", "checkout value", "sale amount", "sales amount", "income", "all conv value",
    "valeur de conv", "valeur de conversion", "valeur des conversions", "chiffre d affaires", "ca", "revenu", "revenus", "recettes",
  ],
  impressions: ["impressions", "impr", "impression", "paid impressions", "impressions payees", "vues", "affichages"],
  clicks: [
    "link clicks", "clics sur un lien", "clicks", "outbound clicks", "pin clicks", "swipe ups", "clicks all", "url clicks", "clics", "clic", "clics tous",
  ],
  targetRoi: ["target roi", "roi target", "roi cible", "objectif roi", "objectif de roi"],
  plannedBudget: ["planned budget", "budget prevu", "budget planifie", "budget", "daily budget", "lifetime budget", "campaign budget"],
  otherCosts: ["other costs", "autres couts", "autres frais", "fees", "frais"],
  hours: ["hours", "heures", "temps passe"],
  reach: ["reach", "couverture", "portee", "accounts reached", "people reached", "unique reach", "total reach", "comptes touches", "personnes touchees"],
  engagements: [
    "engagements", "post engagements", "post engagement", "total engagements", "engagement", "interactions", "total interactions",
    "interactions avec la publication", "engagements totaux", "interactions totales",
  ],
  reactions: ["likes", "post reactions", "reactions", "paid likes", "j aime", "mentions j aime", "reactions a la publication"],
  comments: ["comments", "post comments", "paid comments", "replies", "commentaires", "commentaires sur la publication", "reponses"],
  shares: ["shares", "post shares", "paid shares", "retweets", "reposts", "partages", "partages de la publication"],
};

/**
 * Columns a scorecard can break down by (network, media type, campaign, ad set, owner, region,
 * device...), as platforms and teams head them: suggested, never required.
 */
const BREAKDOWN_NAMES = [
  "network", "media type", "campaign type", "campaign", "campaign name", "ad set name", "ad set", "ad group", "ad group name",
  "ad name", "placement", "platform", "publisher platform", "device", "device platform", "impression device", "region", "country",
  "owner", "employee", "team", "group", "objective", "format", "type de media", "type de campagne", "campagne", "nom de la campagne",
  "ensemble de publicites", "nom de l ensemble de publicites", "groupe d annonces", "plateforme", "emplacement", "appareil",
  "pays", "responsable", "employe", "equipe", "groupe", "objectif",
];

/** Campaign columns that name the rows when the data has no channel column (one platform's export). */
const CAMPAIGN_NAMES = ["campaign", "campaign name", "campagne", "nom de la campagne"];

/**
 * Ratios and averages that look like costs or conversions: "Cost / conv." is not a cost, "Conv.
 * rate" not a count. They are never mapped.
 */
const DERIVED_METRICS = [
  "cost conv", "cost per conv", "cost per conversion", "cost per result", "cost per results", "cost per purchase",
  "cost per lead", "cost per click", "cost all conv", "cpc", "avg cpc", "cpm", "avg cpm", "ctr", "cpa", "cpl", "roas", "roi",
  "conv rate", "conversion rate", "all conv rate", "purchase roas", "cout par resultat", "cout par conversion", "cout par clic",
  "taux de conversion", "taux de clic", "frequency", "frequence", "avg cost", "cost per 1 000 people reached",
  "engagement rate", "taux d engagement", "cost per engagement", "cost per post engagement", "cpe", "cout par interaction",
];

/** "Amount spent (EUR)" -> "amount spent"; "Spend [USD]" -> "spend"; "# of Purchase" -> "number of purchase". */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/^\s*#\s*(of\s)?/, "number of ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

export interface HeaderMeaning {
  field: Field;
  /** Lower is better among the columns of one field. */
  rank: number;
}

/** Every field a header may mean, best first (a "Budget" column is the cost, or else the planned budget). */
export function meaningsOfHeader(header: string): HeaderMeaning[] {
  const name = normalizeHeader(header);
  if (name === "" || DERIVED_METRICS.includes(name)) return [];
  const meanings: HeaderMeaning[] = [];
  for (const [field, names] of Object.entries(HEADER_NAMES) as [Field, readonly string[]][]) {
    const rank = names.indexOf(name);
    if (rank >= 0) meanings.push({ field, rank });
  }
  return meanings;
}

/** The field a header names first, or null. */
export function fieldOfHeader(header: string): Field | null {
  return meaningsOfHeader(header)[0]?.field ?? null;
}

// A budget per day (Google Ads' "Budget" beside "Budget type: Daily") is a rate, not the period's plan.
const PER_DAY_BUDGETS = ["daily budget", "avg daily budget", "budget quotidien", "budget journalier"];
const BUDGET_TYPES = ["budget type", "budget period", "type de budget"];

/** True when the budget column is a budget per day, which pacing cannot compare with the period's spend. */
export function isPerDayBudget(headers: readonly string[], column: number): boolean {
  return PER_DAY_BUDGETS.includes(normalizeHeader(headers[column])) || headers.some((header) => BUDGET_TYPES.includes(normalizeHeader(header)));
}

export const isDerivedMetric = (header: string) => DERIVED_METRICS.includes(normalizeHeader(header));
export const isBreakdownHeader = (header: string) => BREAKDOWN_NAMES.includes(normalizeHeader(header));
export const isCampaignHeader = (header: string) => CAMPAIGN_NAMES.includes(normalizeHeader(header));
