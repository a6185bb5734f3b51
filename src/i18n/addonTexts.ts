/**
 * What the add-on's server side writes, in the user's language: menu captions, sidebar titles,
 * the scorecard sheet and its summary, and its errors. (The sidebar's own texts are in en.ts/fr.ts,
 * kept out of dist/Code.js.)
 */
import { listWith } from "./lists";
import type { Language } from "./language";

/** A period of the scorecard's period section. */
type PeriodUnit = "day" | "week" | "month" | "quarter";

/** A figure of the summary line: the metric's short name and the formatted value. */
export interface SummaryFigure {
  metric: string;
  text: string;
}

const enList = listWith("and");
const frList = listWith("et");

const en = {
  menuBuildScorecard: "Build channel scorecard",
  menuFunctionReference: "Function reference",
  sheetName: "Channel scorecard",
  /** The hidden sheet of a linked scorecard's name keys. */
  keysSheetName: "Social ROI keys",
  /** The sheet of a revenue table joined live: each value of it, its network and its figures. */
  matchSheetName: "Revenue matches",
  title: "Channel scorecard",
  targetRoi: "Target ROI",
  valuePerConversion: "Value per conversion",
  hourlyRate: "Hourly rate",
  targetCost: { cpa: "Target CPA", cpl: "Target CPL", cpc: "Target CPC" },
  margin: "Margin",
  /** targetCell: the target's cell, when it was left blank; marginCell: the margin's. */
  roiVerdictNote: (targetCell: string | null, marginCell: string): string =>
    "Verdict: Scale up at or above the target ROI, Cut below 0%, Keep between." +
    (targetCell
      ? ` With no target typed in ${targetCell}, each row's target is the blended ROI of the rest of its table, every other row together ` +
        "(0% when that is a loss), so that a row holding most of the spend is never judged against itself."
      : "") +
    ` ROI counts revenue at the margin in ${marginCell}; ROAS is revenue / cost, before margin.`,
  /** targetCell: the target's cell, when it was left blank. */
  costVerdictNote: (metric: string, cutFactor: number, targetCell: string | null): string =>
    `Verdict: Scale up at or below the target ${metric}, Cut above ${cutFactor} times it (each result costs half as much again as it should), Keep between.` +
    (targetCell
      ? ` With no target typed in ${targetCell}, each row's target is the blended ${metric} of the rest of its table, every other row together, ` +
        "so that a row holding most of the spend is never judged against itself."
      : ""),
  builtOn: (date: string, source: string | null): string =>
    source ? `Built on ${date} from ${source}; figures follow the source.` : `Built on ${date} from the rows entered.`,
  joinedFrom: (what: string): string => `Revenue, leads, qualified leads and customers, where shown, come from ${what}, not from the ads' own figures.`,
  total: "Total",
  notCounted: "Spend left out",
  joinedNotCounted: (header: string): string => `${header} in no network`,
  headers: {
    channel: "Channel", budget: "Spend", plannedBudget: "Planned budget", pacing: "Pacing",
    otherCosts: "Other costs", hours: "Hours", timeCost: "Time cost", totalCost: "Total cost",
    impressions: "Impressions", clicks: "Clicks", ctr: "CTR", visits: "Visits", leads: "Leads", bounceRate: "Bounce rate",
    qualifiedLeads: "Qualified leads", customers: "Customers", costPerQualifiedLead: "Cost per qualified lead", leadToCustomerRate: "Lead-to-customer rate",
    conversions: "Conversions", conversionRate: "Conversion rate", revenue: "Revenue", estimatedRevenue: "Estimated revenue",
    cpa: "CPA", cpl: "CPL", cpc: "CPC", roi: "ROI", roas: "ROAS", targetRoi: "Target ROI", verdict: "Verdict",
    spendShare: "Share of spend", revenueShare: "Share of revenue", conversionShare: "Share of conversions",
    leadShare: "Share of leads", clickShare: "Share of clicks",
    reach: "Reach", reactions: "Likes", comments: "Comments", shares: "Shares", engagements: "Engagements",
    engagementRate: "Engagement rate", shareRate: "Share rate", clicksPerEngagement: "Clicks per engagement", costPerEngagement: "Cost per engagement",
    spendWithRevenue: "Spend with revenue", spendWithConversions: "Spend with conversions", spendWithLeads: "Spend with leads",
    spendWithQualifiedLeads: "Spend with qualified leads", spendWithClicks: "Spend with clicks", spendWithEngagements: "Spend with engagements",
    spendWithPlannedBudget: "Spend with a planned budget",
  },
  /**
   * What the totals cover when only some sources have a field: each such column's header, and the
   * networks that have it. Its ratios (ROI, CPL...) are over those networks' spend.
   */
  coveredTotals: (fields: readonly { header: string; networks: readonly string[] }[]): string =>
    `Totals and ratios of ${fields.map(({ header, networks }) => `${header} cover ${enList(networks)} only`).join("; ")}, ` +
    "on the spend of the rows that have them (the “Spend with” columns); rows from other sources leave them blank. Never blended.",
  breakdown: {
    /** Rows whose breakdown cell is blank: kept, under this name. */
    none: "(none)",
    byValue: (column: string): string => `By ${column}`,
    withinChannels: (column: string): string => `By channel, then ${column}`,
  },
  verdicts: { scaleUp: "Scale up", keep: "Keep", cut: "Cut" },
  chartTitle: { roi: "ROI by channel", cpa: "CPA by channel", cpl: "CPL by channel", cpc: "CPC by channel" },
  funnel: { stage: "Funnel", total: "Total", rate: "Of the stage before", chartTitle: "Funnel, all channels" },
  roiSeries: { gains: "ROI, gains", losses: "ROI, losses" },
  periods: {
    title: (unit: PeriodUnit, column: string): string =>
      `${{ day: "By day", week: "By week (ISO weeks, from Monday)", month: "By month", quarter: "By quarter" }[unit]}, from the dates in “${column}”`,
    label: (unit: PeriodUnit): string => `${{ day: "Day", week: "Week from", month: "Month from", quarter: "Quarter from" }[unit]}, then its channels`,
    to: "To",
    change: (header: string): string => `${header} vs before`,
    roiChange: "ROI vs before (points)",
    outside: "Spend outside the periods",
    latest: (unit: PeriodUnit, start: string): string =>
      `${{ day: "Day", week: "Week of", month: "Month of", quarter: "Quarter of" }[unit]} ${start} vs the ${unit} before:`,
    trendTitle: (metric: string, unit: PeriodUnit, channels: number): string =>
      `${metric} by ${unit}, the ${channels === 1 ? "channel" : `${channels} channels`} with the most spend`,
    period: "Period",
  },
  /** best and total name their metric: "best ROI: LinkedIn 240%", "total CPA €28.96". */
  summary: (channels: number, best: SummaryFigure | null, total: SummaryFigure | null): string =>
    [`${channels} ${channels === 1 ? "channel" : "channels"}`, best && `best ${best.metric}: ${best.text}`, total && `total ${total.metric} ${total.text}`]
      .filter(Boolean)
      .join("; "),
  busy: "Another scorecard is being built in this spreadsheet; try again in a moment.",
  /** LockService gave no document lock, without which two builds at once could write over each other. */
  noLock: "Social ROI could not lock this spreadsheet to build in it safely; reload the spreadsheet, open the add-on from its Extensions menu and try again.",
  /** The warning-only protection of the sheets the add-on builds. */
  protectionNote: "Built by Social ROI: its formulas recompute by themselves. Rebuild it from Extensions > Social ROI rather than typing over it.",
  noSheet: (name: string): string => `There is no sheet named ${name} any more; build the scorecard again.`,
  selectData: "Select your channel data, header row included (at least two rows), then press Use selection again.",
  noDataRows: "The selection holds no data rows: select the rows below the headers too.",
  sourceSheetMissing: (name: string): string => `There is no sheet named ${name} any more: remove the source, or add it again.`,
  sourceEmpty: (name: string): string => `${name} holds no data rows: add a sheet or a range with a header row and rows below it.`,
  csvTooLarge: (cells: string): string => `The file would take ${cells} cells, more than the 10,000,000 a spreadsheet holds with the sheets it has: import fewer rows or columns.`,
  notImportedSheet: (name: string): string => `The sheet ${name} is not the one the file was being written to; choose the file again.`,
};

export type AddonTexts = typeof en;

// French typography: a no-break space (\u00a0) before ";".
const fr: AddonTexts = {
  menuBuildScorecard: "Créer le tableau de bord des canaux",
  menuFunctionReference: "Référence des fonctions",
  sheetName: "Tableau de bord des canaux",
  keysSheetName: "Clés Social ROI",
  matchSheetName: "Correspondances du chiffre d’affaires",
  title: "Tableau de bord des canaux",
  targetRoi: "ROI cible",
  valuePerConversion: "Valeur par conversion",
  hourlyRate: "Taux horaire",
  targetCost: { cpa: "CPA cible", cpl: "CPL cible", cpc: "CPC cible" },
  margin: "Marge",
  roiVerdictNote: (targetCell, marginCell) =>
    "Décision\u00a0: Augmenter si le ROI atteint la cible, Arrêter sous 0\u00a0%, Maintenir entre les deux." +
    (targetCell
      ? ` Sans cible saisie en ${targetCell}, la cible de chaque ligne est le ROI global du reste de son tableau, toutes les autres lignes ensemble ` +
        "(0\u00a0% s’il est négatif), pour qu’une ligne qui fait l’essentiel des dépenses ne soit jamais jugée contre elle-même."
      : "") +
    ` Le ROI compte le chiffre d’affaires à la marge indiquée en ${marginCell}\u00a0; le ROAS est chiffre d’affaires / coût, avant marge.`,
  costVerdictNote: (metric, cutFactor, targetCell) =>
    `Décision\u00a0: Augmenter si le ${metric} est au plus la cible, Arrêter au-delà de ${String(cutFactor).replace(".", ",")} fois la cible (chaque résultat coûte moitié plus qu’il ne devrait), Maintenir entre les deux.` +
    (targetCell
      ? ` Sans cible saisie en ${targetCell}, la cible de chaque ligne est le ${metric} global du reste de son tableau, toutes les autres lignes ensemble, ` +
        "pour qu’une ligne qui fait l’essentiel des dépenses ne soit jamais jugée contre elle-même."
      : ""),
  builtOn: (date, source) =>
    source ? `Créé le ${date} à partir de ${source}\u00a0; les chiffres suivent la source.` : `Créé le ${date} à partir des lignes saisies.`,
  joinedFrom: (what) => `Le chiffre d’affaires, les leads, les leads qualifiés et les clients affichés viennent de ${what}, non des chiffres des régies.`,
  total: "Total",
  notCounted: "Dépenses non comptées",
  joinedNotCounted: (header: string): string => `${header} hors des réseaux`,
  headers: {
    channel: "Canal", budget: "Dépenses", plannedBudget: "Budget prévu", pacing: "Budget consommé",
    otherCosts: "Autres coûts", hours: "Heures", timeCost: "Coût du temps", totalCost: "Coût total",
    impressions: "Impressions", clicks: "Clics", ctr: "Taux de clics", visits: "Visites", leads: "Leads", bounceRate: "Taux de rebond",
    qualifiedLeads: "Leads qualifiés", customers: "Clients", costPerQualifiedLead: "Coût par lead qualifié", leadToCustomerRate: "Taux de conversion des leads en clients",
    conversions: "Conversions", conversionRate: "Taux de conversion", revenue: "Chiffre d’affaires", estimatedRevenue: "Chiffre d’affaires estimé",
    cpa: "Coût par acquisition", cpl: "Coût par lead", cpc: "Coût par clic", roi: "ROI", roas: "ROAS", targetRoi: "ROI cible", verdict: "Décision",
    spendShare: "Part des dépenses", revenueShare: "Part du chiffre d’affaires", conversionShare: "Part des conversions",
    leadShare: "Part des leads", clickShare: "Part des clics",
    reach: "Couverture", reactions: "J’aime", comments: "Commentaires", shares: "Partages", engagements: "Interactions",
    engagementRate: "Taux d’engagement", shareRate: "Taux de partage", clicksPerEngagement: "Clics par interaction", costPerEngagement: "Coût par interaction",
    spendWithRevenue: "Dépenses avec chiffre d’affaires", spendWithConversions: "Dépenses avec conversions", spendWithLeads: "Dépenses avec leads",
    spendWithQualifiedLeads: "Dépenses avec leads qualifiés", spendWithClicks: "Dépenses avec clics", spendWithEngagements: "Dépenses avec interactions",
    spendWithPlannedBudget: "Dépenses avec budget prévu",
  },
  coveredTotals: (fields) =>
    `Les totaux et ratios de ${fields.map(({ header, networks }) => `${header} ne couvrent que ${frList(networks)}`).join("\u00a0; ")}, ` +
    "sur les dépenses des lignes qui en ont (colonnes «\u00a0Dépenses avec\u00a0»)\u00a0; les lignes des autres sources les laissent vides. Jamais un total global.",
  breakdown: {
    none: "(aucun)",
    byValue: (column) => `Par ${column}`,
    withinChannels: (column) => `Par canal, puis par ${column}`,
  },
  verdicts: { scaleUp: "Augmenter", keep: "Maintenir", cut: "Arrêter" },
  chartTitle: { roi: "ROI par canal", cpa: "CPA par canal", cpl: "CPL par canal", cpc: "CPC par canal" },
  funnel: { stage: "Entonnoir", total: "Total", rate: "De l’étape précédente", chartTitle: "Entonnoir, tous canaux" },
  roiSeries: { gains: "ROI, gains", losses: "ROI, pertes" },
  periods: {
    title: (unit, column) =>
      `${{ day: "Par jour", week: "Par semaine (ISO, du lundi)", month: "Par mois", quarter: "Par trimestre" }[unit]}, selon les dates de « ${column} »`,
    label: (unit) => `${{ day: "Jour", week: "Semaine du", month: "Mois du", quarter: "Trimestre du" }[unit]}, puis ses canaux`,
    to: "Au",
    change: (header) => `${header} vs précédent`,
    roiChange: "ROI vs précédent (points)",
    outside: "Dépenses hors périodes",
    latest: (unit, start) =>
      `${{ day: "Jour du", week: "Semaine du", month: "Mois du", quarter: "Trimestre du" }[unit]} ${start} vs ${{ day: "la veille", week: "la précédente", month: "le précédent", quarter: "le précédent" }[unit]} :`,
    trendTitle: (metric, unit, channels) =>
      `${metric} par ${{ day: "jour", week: "semaine", month: "mois", quarter: "trimestre" }[unit]}, ${channels === 1 ? "le canal" : `les ${channels} canaux`} aux plus fortes dépenses`,
    period: "Période",
  },
  summary: (channels, best, total) =>
    [`${channels} ${channels <= 1 ? "canal" : "canaux"}`, best && `meilleur ${best.metric}\u00a0: ${best.text}`, total && `${total.metric} total ${total.text}`]
      .filter(Boolean)
      .join("\u00a0; "),
  busy: "Un autre tableau de bord est en cours de création dans ce classeur\u00a0; réessayez dans un instant.",
  noLock: "Social ROI n’a pas pu verrouiller ce classeur pour y écrire sans risque\u00a0; rechargez le classeur, ouvrez le module depuis le menu Extensions et réessayez.",
  protectionNote: "Créée par Social ROI\u00a0: ses formules se recalculent seules. Recréez-la depuis Extensions > Social ROI plutôt que d’écrire par-dessus.",
  noSheet: (name) => `La feuille ${name} n’existe plus\u00a0; créez à nouveau le tableau de bord.`,
  selectData: "Sélectionnez vos données par canal, ligne d’en-têtes comprise (au moins deux lignes), puis cliquez à nouveau sur Utiliser la sélection.",
  noDataRows: "La sélection ne contient aucune ligne de données\u00a0: sélectionnez aussi les lignes sous les en-têtes.",
  sourceSheetMissing: (name) => `La feuille ${name} n’existe plus\u00a0: retirez la source, ou ajoutez-la à nouveau.`,
  sourceEmpty: (name) => `${name} ne contient aucune ligne de données\u00a0: ajoutez une feuille ou une plage avec une ligne d’en-têtes et des lignes dessous.`,
  csvTooLarge: (cells) => `Le fichier occuperait ${cells} cellules, plus que les 10\u00a0000\u00a0000 qu’un classeur contient avec ses feuilles actuelles\u00a0: importez moins de lignes ou de colonnes.`,
  notImportedSheet: (name) => `La feuille ${name} n’est pas celle où le fichier était écrit\u00a0; choisissez à nouveau le fichier.`,
};

export function addonTexts(language: Language): AddonTexts {
  return language === "fr" ? fr : en;
}
