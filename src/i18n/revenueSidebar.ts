/** The scorecard sidebar's words for the revenue table joined to several sources: choosing it, joining it, matching its values. */
import type { JoinedField } from "../join/originTable";
import type { Language } from "./language";

const en = {
  revenueHeading: "Revenue from your shop or CRM",
  revenueIntro:
    "Optional: a shop, CRM or analytics table (GA4 by session source / medium or channel group, orders by UTM source, CRM deals by original source). Its revenue, leads, qualified leads and customers replace the ads' own.",
  useSelectionRevenue: "Use selection as the revenue table",
  useSheetRevenue: "Use the active sheet as the revenue table",
  revenueFileLabel: "Import a CSV file as the revenue table",
  readingRevenue: "Reading the table…",
  revenueFailed: (reason: string): string => `Could not read the table: ${reason}`,
  revenueReads: (name: string, origin: string, fields: string): string => `${name}: where each row came from is read from ${origin}; it brings ${fields}.`,
  joinByLabel: "Join by",
  joinByChannel: "Channel",
  joinByCampaign: "Campaign",
  joinByChannelHint: "Each source / medium or channel group is matched to a network.",
  joinByCampaignHint: "Each campaign is matched to the sources' campaign of that name.",
  matchesHeading: "Match the values",
  matchesIntro: "Each value of the table and the network it counts in. A value that matches nothing counts in no channel: choose its network, or leave it out.",
  valueHeader: "Value",
  rows: (count: number): string => (count === 1 ? "1 row" : `${count} rows`),
  networkHeader: "Counts in",
  defaultMatch: (network: string): string => `${network} (default)`,
  asDefault: "As by default",
  noMatch: "No network",
  currencyLabel: "Currency of the table",
  currencyPlaceholder: "Choose its currency…",
  withoutSpend: (network: string): string => `${network}: no source of spend, counted in no channel`,
  previewFailed: (reason: string): string => `The join cannot be made: ${reason}`,
  previewing: "Matching the values…",
  removeRevenue: "Remove the revenue table",
  joinReportHeading: "What was joined",
  joinedField: { revenue: "Revenue", leads: "Leads", qualifiedLeads: "Qualified leads", customers: "Customers" } as Record<JoinedField, string>,
};

export type RevenueSidebarTexts = typeof en;

const fr: RevenueSidebarTexts = {
  revenueHeading: "Chiffre d’affaires de la boutique ou du CRM",
  revenueIntro:
    "Facultatif\u00a0: une table de la boutique, du CRM ou de l’analytique (GA4 par source / support de session ou groupe de canaux, commandes par source UTM, transactions du CRM par source d’origine). Son chiffre d’affaires, ses leads, leads qualifiés et clients remplacent ceux des régies.",
  useSelectionRevenue: "Utiliser la sélection comme table de chiffre d’affaires",
  useSheetRevenue: "Utiliser la feuille active comme table de chiffre d’affaires",
  revenueFileLabel: "Importer un fichier CSV comme table de chiffre d’affaires",
  readingRevenue: "Lecture de la table…",
  revenueFailed: (reason) => `La table n’a pas pu être lue\u00a0: ${reason}`,
  revenueReads: (name, origin, fields) => `${name}\u00a0: l’origine de chaque ligne est lue dans ${origin}\u00a0; elle apporte ${fields}.`,
  joinByLabel: "Rapprocher par",
  joinByChannel: "Canal",
  joinByCampaign: "Campagne",
  joinByChannelHint: "Chaque source / support ou groupe de canaux est rapproché d’un réseau.",
  joinByCampaignHint: "Chaque campagne est rapprochée de la campagne du même nom des sources.",
  matchesHeading: "Rapprocher les valeurs",
  matchesIntro: "Chaque valeur de la table et le réseau où elle compte. Une valeur rapprochée d’aucun réseau ne compte dans aucun canal\u00a0: choisissez son réseau, ou laissez-la de côté.",
  valueHeader: "Valeur",
  rows: (count) => (count <= 1 ? `${count} ligne` : `${count} lignes`),
  networkHeader: "Compte dans",
  defaultMatch: (network) => `${network} (par défaut)`,
  asDefault: "Comme par défaut",
  noMatch: "Aucun réseau",
  currencyLabel: "Devise de la table",
  currencyPlaceholder: "Choisissez sa devise…",
  withoutSpend: (network) => `${network}\u00a0: aucune source de dépenses, compté dans aucun canal`,
  previewFailed: (reason) => `Le rapprochement est impossible\u00a0: ${reason}`,
  previewing: "Rapprochement des valeurs…",
  removeRevenue: "Retirer la table de chiffre d’affaires",
  joinReportHeading: "Ce qui a été rapproché",
  joinedField: { revenue: "Chiffre d’affaires", leads: "Leads", qualifiedLeads: "Leads qualifiés", customers: "Clients" },
};

export const revenueSidebarTexts = (language: Language): RevenueSidebarTexts => (language === "fr" ? fr : en);
