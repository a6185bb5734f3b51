/**
 * What the add-on's server side writes, in the user's language: menu captions, sidebar titles,
 * the scorecard sheet and its summary, and its errors. (The sidebar's own texts are in en.ts/fr.ts,
 * kept out of dist/Code.js.)
 */
import type { Language } from "./language";

const en = {
  menuBuildScorecard: "Build channel scorecard",
  menuFunctionReference: "Function reference",
  sheetName: "Channel scorecard",
  title: "Channel scorecard",
  targetRoi: "Target ROI",
  builtOn: (date: string, source: string | null): string =>
    source ? `Built on ${date} from ${source}; figures follow the source.` : `Built on ${date} from the rows entered.`,
  total: "Total",
  headers: {
    channel: "Channel", group: "Group", budget: "Budget", impressions: "Impressions", clicks: "Clicks", ctr: "CTR",
    leads: "Leads", bounceRate: "Bounce rate", conversions: "Conversions", conversionRate: "Conversion rate",
    revenue: "Revenue", cpa: "CPA", roi: "ROI", roas: "ROAS", targetRoi: "Target ROI", verdict: "Verdict",
  },
  verdicts: { scaleUp: "Scale up", keep: "Keep", cut: "Cut" },
  chartTitle: "ROI by channel",
  summary: (channels: number, best: string | null, totalCpa: string | null): string =>
    [`${channels} ${channels === 1 ? "channel" : "channels"}`, best && `best ROI: ${best}`, totalCpa && `total CPA ${totalCpa}`]
      .filter(Boolean)
      .join("; "),
  busy: "Another scorecard is being built in this spreadsheet; try again in a moment.",
  noSheet: (name: string): string => `There is no sheet named ${name} any more; build the scorecard again.`,
  selectData: "Select your channel data, header row included (at least two rows), then press Use selection again.",
  noDataRows: "The selection holds no data rows: select the rows below the headers too.",
};

export type AddonTexts = typeof en;

// French typography: a no-break space (\u00a0) before ";".
const fr: AddonTexts = {
  menuBuildScorecard: "Créer le tableau de bord des canaux",
  menuFunctionReference: "Référence des fonctions",
  sheetName: "Tableau de bord des canaux",
  title: "Tableau de bord des canaux",
  targetRoi: "ROI cible",
  builtOn: (date, source) =>
    source ? `Créé le ${date} à partir de ${source}\u00a0; les chiffres suivent la source.` : `Créé le ${date} à partir des lignes saisies.`,
  total: "Total",
  headers: {
    channel: "Canal", group: "Groupe", budget: "Budget", impressions: "Impressions", clicks: "Clics", ctr: "Taux de clics",
    leads: "Leads", bounceRate: "Taux de rebond", conversions: "Conversions", conversionRate: "Taux de conversion",
    revenue: "Chiffre d’affaires", cpa: "Coût par acquisition", roi: "ROI", roas: "ROAS", targetRoi: "ROI cible", verdict: "Décision",
  },
  verdicts: { scaleUp: "Augmenter", keep: "Maintenir", cut: "Arrêter" },
  chartTitle: "ROI par canal",
  summary: (channels, best, totalCpa) =>
    [`${channels} ${channels <= 1 ? "canal" : "canaux"}`, best && `meilleur ROI\u00a0: ${best}`, totalCpa && `CPA total ${totalCpa}`]
      .filter(Boolean)
      .join("\u00a0; "),
  busy: "Un autre tableau de bord est en cours de création dans ce classeur\u00a0; réessayez dans un instant.",
  noSheet: (name) => `La feuille ${name} n’existe plus\u00a0; créez à nouveau le tableau de bord.`,
  selectData: "Sélectionnez vos données par canal, ligne d’en-têtes comprise (au moins deux lignes), puis cliquez à nouveau sur Utiliser la sélection.",
  noDataRows: "La sélection ne contient aucune ligne de données\u00a0: sélectionnez aussi les lignes sous les en-têtes.",
};

export function addonTexts(language: Language): AddonTexts {
  return language === "fr" ? fr : en;
}
