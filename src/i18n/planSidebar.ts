/** The "Plan a budget" sidebar's own texts, in the user's language (kept out of dist/Code.js). */
import type { Language } from "./language";

const en = {
  intro: "Start from your goal: the plan works back to the visitors, impressions and budget each channel needs, in live formulas.",
  goalHeading: "Goal",
  goalKind: "Goal in",
  goalKinds: { sales: "Sales", leads: "Leads", revenue: "Revenue" },
  goalValue: "Goal",
  goalInvalid: "Enter the goal as a number above 0, such as 1000.",
  valuePerSale: "Value per sale (gives revenue and ROI; needed for a revenue goal)",
  valuePerSaleInvalid: "Enter the value per sale as an amount above 0, such as 100.",
  period: "Period (such as Q1 2027)",
  ratesHeading: "Rates per channel",
  rateSources: { scorecard: "From the channel scorecard (live)", data: "From the selected data", typed: "Typed here" },
  windowLabel: "Measure the rates on",
  windowUnits: { "": "Every row", day: "The last days", week: "The last weeks (from Monday)", month: "The last months", quarter: "The last quarters" },
  lastCount: "How many (the last counts even when the data ends within it)",
  lastInvalid: "Enter how many periods to take the rates from, a whole number of 1 or more, such as 4.",
  typedHeading: "Channels and their rates",
  typedColumns: { channel: "Channel", conversionRate: "Conversion rate per click %", ctr: "CTR %", cpm: "CPM", cpc: "or CPC", share: "Share %" },
  typedHint: "Rates in percent (2 or 2%); the price as a CPM (per 1,000 impressions) or a CPC (per click).",
  typedInvalid: (channel: string): string =>
    `${channel}: enter its conversion rate and CTR as percentages (such as 2%), a CPM or a CPC as an amount, and its share when shares are typed.`,
  addRow: "Add channel",
  splitHeading: "Split of the goal",
  splits: { mix: "Today's mix (shares of proven results)", typed: "Typed shares", optimized: "Optimized: lowest CPA first" },
  cap: "Cap (× the results each channel has proven)",
  capInvalid: "Enter the cap as a multiple above 0, such as 2.",
  build: "Build plan",
  building: "Building the plan…",
  built: (summary: string): string => `Built: ${summary}`,
  buildFailed: (reason: string): string => `Could not build: ${reason}`,
  openPlan: "Open the plan",
  openFailed: (reason: string): string => `Could not open the plan: ${reason}`,
};

export type PlanSidebarTexts = typeof en;

const fr: PlanSidebarTexts = {
  intro: "Partez de votre objectif\u00a0: le plan remonte aux visiteurs, impressions et budget nécessaires pour chaque canal, en formules dynamiques.",
  goalHeading: "Objectif",
  goalKind: "Objectif en",
  goalKinds: { sales: "Ventes", leads: "Leads", revenue: "Chiffre d’affaires" },
  goalValue: "Objectif",
  goalInvalid: "Saisissez l’objectif, un nombre supérieur à 0, par exemple 1000.",
  valuePerSale: "Valeur par vente (donne chiffre d’affaires et ROI\u00a0; requise pour un objectif de chiffre d’affaires)",
  valuePerSaleInvalid: "Saisissez la valeur par vente, un montant supérieur à 0, par exemple 100.",
  period: "Période (par exemple T1 2027)",
  ratesHeading: "Taux par canal",
  rateSources: { scorecard: "Du tableau de bord des canaux (en direct)", data: "Des données sélectionnées", typed: "Saisis ici" },
  windowLabel: "Mesurer les taux sur",
  windowUnits: { "": "Toutes les lignes", day: "Les derniers jours", week: "Les dernières semaines (du lundi)", month: "Les derniers mois", quarter: "Les derniers trimestres" },
  lastCount: "Combien (la dernière compte même si les données s’arrêtent en cours)",
  lastInvalid: "Saisissez le nombre de périodes dont prendre les taux, un nombre entier d’au moins 1, par exemple 4.",
  typedHeading: "Canaux et leurs taux",
  typedColumns: { channel: "Canal", conversionRate: "Taux de conversion par clic %", ctr: "Taux de clics %", cpm: "CPM", cpc: "ou CPC", share: "Part %" },
  typedHint: "Taux en pourcentage (2 ou 2\u00a0%)\u00a0; le prix en CPM (pour 1\u00a0000 impressions) ou en CPC (par clic).",
  typedInvalid: (channel) => `${channel}\u00a0: saisissez son taux de conversion et son taux de clics en pourcentage (par exemple 2\u00a0%), un CPM ou un CPC en montant, et sa part quand les parts sont saisies.`,
  addRow: "Ajouter un canal",
  splitHeading: "Répartition de l’objectif",
  splits: { mix: "Répartition actuelle (parts des résultats prouvés)", typed: "Parts saisies", optimized: "Optimisée\u00a0: CPA le plus bas d’abord" },
  cap: "Plafond (× les résultats prouvés par chaque canal)",
  capInvalid: "Saisissez le plafond, un multiple supérieur à 0, par exemple 2.",
  build: "Créer le plan",
  building: "Création du plan…",
  built: (summary) => `Créé\u00a0: ${summary}`,
  buildFailed: (reason) => `Création impossible\u00a0: ${reason}`,
  openPlan: "Ouvrir le plan",
  openFailed: (reason) => `Impossible d’ouvrir le plan\u00a0: ${reason}`,
};

export function planSidebarTexts(language: Language): PlanSidebarTexts {
  return language === "fr" ? fr : en;
}
