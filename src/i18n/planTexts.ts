/**
 * What the add-on writes for a budget plan, in the user's language: its menu entry, its sheet,
 * its summary and its refusals. (The plan sidebar's own texts are in planSidebar.ts.)
 */
import type { BudgetPlanTexts } from "../planner/plan";
import type { Language } from "./language";

const enSheet: BudgetPlanTexts = {
  title: "Budget plan",
  goal: { sales: "Goal (sales)", leads: "Goal (leads)", revenue: "Goal (revenue)" },
  valuePerSale: "Value per sale",
  salesToReach: "Results to reach",
  period: "Period",
  split: "Split of the goal",
  splitKinds: { mix: "Today's mix (shares of proven results)", typed: "Typed shares", optimized: "Optimized: lowest CPA first, up to the cap" },
  cap: "Cap (× proven results)",
  whatIfChange: "What-if change",
  ratesFrom: "Rates from",
  headline: { budget: "Total budget", sales: "Results planned", saved: "Saved vs today's mix" },
  scorecardCheck: "Check against the scorecard",
  check: {
    ok: "Same channels as the scorecard",
    notInPlan: "In the scorecard, not in this plan:",
    notInScorecard: "In this plan, not in the scorecard:",
    missingColumns: "Columns the scorecard no longer has:",
    rebuild: "Build the plan again.",
    noScorecard: (sheet: string): string => `The scorecard ${sheet} is gone or has no Total row: build it again, then the plan.`,
  },
  headers: {
    channel: "Channel", scorecardRow: "Scorecard row", conversionRate: "Conversion rate (per click)", ctr: "CTR", cpm: "CPM", proven: "Proven results",
    spend: "Today's spend", cpaAtRates: "CPA at these rates", share: "Share of goal", sales: "Results", visitors: "Visitors needed",
    impressions: "Impressions needed", budget: "Budget", cpa: "Expected CPA", revenue: "Expected revenue", roi: "Expected ROI",
    change: "Change vs today", cap: "Cap", capBinds: "Cap binds?", mixBudget: "Budget at today's mix", valuePerSale: "Value per sale",
    tiedCaps: "Caps at the marginal CPA, running",
  },
  total: "Total",
  capBinds: "Cap binds",
  funnel: "Funnel of the plan",
  funnelStages: { impressions: "Impressions", clicks: "Clicks", visitors: "Visitors", sales: "Results" },
  whatIf: (changeCell: string): string => `Budget if a rate moves by ${changeCell}`,
  whatIfRows: {
    ctrLower: "CTR lower",
    ctrHigher: "CTR higher",
    rateLower: "Conversion rate lower",
    rateHigher: "Conversion rate higher",
  },
  mixBudget: "Budget at today's mix",
  saved: "Saved for the same goal",
  capsAllow: "Results the caps allow",
  marginalTitle: "Finding the marginal CPA",
  marginalSearch: "Search step",
  marginalCpa: "Marginal CPA",
  capsBelowMarginal: "Caps below the marginal CPA",
  goalCheck: "Goal within the caps?",
  goalReached: "Yes",
  goalUnreachable: "No: the caps cannot reach the goal; raise the cap in B7 or lower the goal",
  funnelChart: "Funnel of the plan",
  budgetChart: "Budget by channel",
};

// French typography: a no-break space (\u00a0) before ":", ";" and "?".
const frSheet: BudgetPlanTexts = {
  title: "Plan budgétaire",
  goal: { sales: "Objectif (ventes)", leads: "Objectif (leads)", revenue: "Objectif (chiffre d’affaires)" },
  valuePerSale: "Valeur par vente",
  salesToReach: "Résultats à atteindre",
  period: "Période",
  split: "Répartition de l’objectif",
  splitKinds: { mix: "Répartition actuelle (parts des résultats prouvés)", typed: "Parts saisies", optimized: "Optimisée\u00a0: CPA le plus bas d’abord, jusqu’au plafond" },
  cap: "Plafond (× résultats prouvés)",
  whatIfChange: "Variation testée",
  ratesFrom: "Taux issus de",
  headline: { budget: "Budget total", sales: "Résultats prévus", saved: "Économie vs aujourd’hui" },
  scorecardCheck: "Contrôle avec le tableau de bord",
  check: {
    ok: "Mêmes canaux que le tableau de bord",
    notInPlan: "Dans le tableau de bord, pas dans ce plan\u00a0:",
    notInScorecard: "Dans ce plan, pas dans le tableau de bord\u00a0:",
    missingColumns: "Colonnes que le tableau de bord n’a plus\u00a0:",
    rebuild: "Créez le plan à nouveau.",
    noScorecard: (sheet) => `Le tableau de bord ${sheet} a disparu ou n’a plus de ligne Total\u00a0: recréez-le, puis le plan.`,
  },
  headers: {
    channel: "Canal", scorecardRow: "Ligne du tableau de bord", conversionRate: "Taux de conversion (par clic)", ctr: "Taux de clics", cpm: "CPM", proven: "Résultats prouvés",
    spend: "Dépenses actuelles", cpaAtRates: "CPA à ces taux", share: "Part de l’objectif", sales: "Résultats", visitors: "Visiteurs nécessaires",
    impressions: "Impressions nécessaires", budget: "Budget", cpa: "CPA attendu", revenue: "Chiffre d’affaires attendu", roi: "ROI attendu",
    change: "Écart avec aujourd’hui", cap: "Plafond", capBinds: "Plafond atteint\u00a0?", mixBudget: "Budget à la répartition actuelle", valuePerSale: "Valeur par vente",
    tiedCaps: "Plafonds au CPA marginal, cumulés",
  },
  total: "Total",
  capBinds: "Plafond atteint",
  funnel: "Entonnoir du plan",
  funnelStages: { impressions: "Impressions", clicks: "Clics", visitors: "Visiteurs", sales: "Résultats" },
  whatIf: (changeCell) => `Budget si un taux varie de ${changeCell}`,
  whatIfRows: {
    ctrLower: "Taux de clics plus bas",
    ctrHigher: "Taux de clics plus haut",
    rateLower: "Taux de conversion plus bas",
    rateHigher: "Taux de conversion plus haut",
  },
  mixBudget: "Budget à la répartition actuelle",
  saved: "Économie pour le même objectif",
  capsAllow: "Résultats permis par les plafonds",
  marginalTitle: "Recherche du CPA marginal",
  marginalSearch: "Étape de recherche",
  marginalCpa: "CPA marginal",
  capsBelowMarginal: "Plafonds sous le CPA marginal",
  goalCheck: "Objectif dans les plafonds\u00a0?",
  goalReached: "Oui",
  goalUnreachable: "Non\u00a0: les plafonds ne permettent pas d’atteindre l’objectif\u00a0; relevez le plafond en B7 ou baissez l’objectif",
  funnelChart: "Entonnoir du plan",
  budgetChart: "Budget par canal",
};

const en = {
  menuPlanBudget: "Plan a budget",
  sheetName: "Budget plan",
  sheet: enSheet,
  ratesFrom: {
    scorecard: (sheet: string): string => `${sheet} (its live cells)`,
    data: (range: string): string => `${range} (figures at build time)`,
    typed: "Typed",
    rows: "Rows entered (figures at build time)",
  },
  /** "the last 2 weeks (2026-02-23 to 2026-03-08)"; periodEnd: the last period's last day, after end when the data stops within it. */
  lastPeriods: (count: number, unit: string, start: string, end: string, periodEnd: string): string =>
    `the last ${count === 1 ? unit : `${count} ${unit}s`} (${start} to ${end}${end < periodEnd ? `; the last ${unit} is partial: it runs to ${periodEnd}` : ""})`,
  badWindow: "The periods to take the rates from must be a number of days, weeks, months or quarters of 1 or more, and need rates from data.",
  windowTooLong: (count: number, unit: string, spanned: number, first: string, last: string): string =>
    `The data's dates (${first} to ${last}) span ${spanned} ${unit}${spanned === 1 ? "" : "s"}, fewer than the last ${count} asked for: ask for ${spanned} or fewer.`,
  notInWindow: (channels: string[], last: string): string =>
    `${channels.join(", ")} ${channels.length === 1 ? "has" : "have"} no rows in ${last}: ${channels.length === 1 ? "its" : "their"} rates would be zero. Take more periods, or leave ${channels.length === 1 ? "that channel" : "those channels"} out of the data.`,
  busy: "Another budget plan is being built in this spreadsheet; try again in a moment.",
  unknownChoice: "The request names a goal, a source of rates or a split the add-on does not know: open Plan a budget again.",
  badGoal: "The goal must be a number above 0, such as 1000.",
  goalTooLarge: (channel: string, impressions: string, budget: string): string =>
    `The goal is too large for exact figures: on ${channel}, it needs up to ${impressions} impressions and a budget of ${budget}, beyond the 9,007,199,254,740,991 a spreadsheet counts exactly (money: to the cent); set a smaller goal.`,
  badValuePerSale: "The value per sale must be an amount above 0, such as 100; a revenue goal needs one.",
  badCap: "The cap must be a multiple above 0, such as 2 (twice the results each channel has proven).",
  noScorecard: "There is no channel scorecard in this spreadsheet: build one first, or take the rates from the selected data or type them.",
  scorecardMissing: (sheet: string, columns: string[]): string =>
    `The scorecard ${sheet} has no ${columns.join(", ")} column: rebuild it from data with impressions and clicks, or take the rates from the selected data.`,
  scorecardEmpty: (sheet: string): string => `The scorecard ${sheet} has no channel rows: build it again.`,
  dataMissing: (fields: string[]): string => `Choose the column that holds: ${fields.join(", ")}; a plan needs them to measure CTR, conversion rate and CPM.`,
  noTypedRows: "Type at least one channel with its conversion rate, CTR and CPM.",
  badTypedRate: (channel: string, rate: string): string => `${channel}: the ${rate} must be a rate above 0% and up to 100%, such as 2%.`,
  badTypedCpm: (channel: string): string => `${channel}: give either a CPM or a CPC, an amount above 0, such as 2 or 0.40.`,
  badShares: (total: string): string => `The shares of the goal add up to ${total}; make them add up to 100%.`,
  needsProven: "Today's mix and the optimized split need results measured per channel: take the rates from the scorecard or the data, or type the shares.",
  typedSharesNeedTypedRates: "Typed shares go with typed rates: type each channel's rates and share, or split by today's mix or optimized.",
  /** reached: the results the caps reach, when short of the goal; null when the plan reaches it. */
  summary: (channels: number, goal: string, budget: string, saved: string | null, reached: string | null): string =>
    [
      `${channels} ${channels === 1 ? "channel" : "channels"}`,
      reached === null ? `${goal} for ${budget}` : `the caps reach only ${reached} of ${goal}, for ${budget}`,
      saved && `${saved} saved against today's mix`,
    ]
      .filter(Boolean)
      .join("; "),
  goalWords: (goal: string, kind: "sales" | "leads" | "revenue"): string => (kind === "revenue" ? `${goal} of revenue` : `${goal} ${kind}`),
};

export type PlanTexts = typeof en;

const fr: PlanTexts = {
  menuPlanBudget: "Planifier un budget",
  sheetName: "Plan budgétaire",
  sheet: frSheet,
  ratesFrom: {
    scorecard: (sheet) => `${sheet} (ses cellules, en direct)`,
    data: (range) => `${range} (chiffres lus à la création)`,
    typed: "Saisis",
    rows: "Lignes saisies (chiffres lus à la création)",
  },
  lastPeriods: (count, unit, start, end, periodEnd) =>
    `${count === 1 ? `${unit === "semaine" ? "la dernière" : "le dernier"} ${unit}` : `les ${count} ${unit === "semaine" ? "dernières" : "derniers"} ${unit === "mois" ? unit : `${unit}s`}`} (du ${start} au ${end}${
      end < periodEnd ? `\u00a0; ${unit === "semaine" ? "la dernière semaine est partielle\u00a0: elle va" : `le dernier ${unit} est partiel\u00a0: il va`} jusqu’au ${periodEnd}` : ""
    })`,
  badWindow: "Les périodes dont prendre les taux doivent être un nombre de jours, semaines, mois ou trimestres d’au moins 1, et demandent des taux issus des données.",
  windowTooLong: (count, unit, spanned, first, last) =>
    `Les dates des données (du ${first} au ${last}) couvrent ${spanned} ${unit === "mois" || spanned === 1 ? unit : `${unit}s`}, moins que les ${count} demandés\u00a0: demandez-en ${spanned} ou moins.`,
  notInWindow: (channels, last) =>
    `${channels.join(", ")} ${channels.length === 1 ? "n’a" : "n’ont"} aucune ligne dans ${last}\u00a0: ${channels.length === 1 ? "ses" : "leurs"} taux seraient nuls. Prenez plus de périodes, ou retirez ${channels.length === 1 ? "ce canal" : "ces canaux"} des données.`,
  busy: "Un autre plan budgétaire est en cours de création dans ce classeur\u00a0; réessayez dans un instant.",
  unknownChoice: "La demande indique un objectif, une source de taux ou une répartition que le module ne connaît pas\u00a0: rouvrez Planifier un budget.",
  badGoal: "L’objectif doit être un nombre supérieur à 0, par exemple 1000.",
  goalTooLarge: (channel, impressions, budget) =>
    `L’objectif est trop grand pour des chiffres exacts : sur ${channel}, il demande jusqu’à ${impressions} impressions et un budget de ${budget}, au-delà des 9 007 199 254 740 991 qu’un tableur compte exactement (au centime pour l’argent) ; fixez un objectif plus petit.`,
  badValuePerSale: "La valeur par vente doit être un montant supérieur à 0, par exemple 100\u00a0; un objectif de chiffre d’affaires en demande une.",
  badCap: "Le plafond doit être un multiple supérieur à 0, par exemple 2 (deux fois les résultats prouvés par chaque canal).",
  noScorecard: "Ce classeur n’a pas de tableau de bord des canaux\u00a0: créez-le d’abord, ou prenez les taux des données sélectionnées, ou saisissez-les.",
  scorecardMissing: (sheet, columns) =>
    `Le tableau de bord ${sheet} n’a pas de colonne ${columns.join(", ")}\u00a0: recréez-le à partir de données avec impressions et clics, ou prenez les taux des données sélectionnées.`,
  scorecardEmpty: (sheet) => `Le tableau de bord ${sheet} n’a aucune ligne de canal\u00a0: créez-le à nouveau.`,
  dataMissing: (fields) => `Choisissez la colonne qui contient\u00a0: ${fields.join(", ")}\u00a0; le plan en a besoin pour mesurer taux de clics, taux de conversion et CPM.`,
  noTypedRows: "Saisissez au moins un canal avec son taux de conversion, son taux de clics et son CPM.",
  badTypedRate: (channel, rate) => `${channel}\u00a0: le ${rate} doit être un taux supérieur à 0\u00a0% et d’au plus 100\u00a0%, par exemple 2\u00a0%.`,
  badTypedCpm: (channel) => `${channel}\u00a0: indiquez soit un CPM soit un CPC, un montant supérieur à 0, par exemple 2 ou 0,40.`,
  badShares: (total) => `Les parts de l’objectif totalisent ${total}\u00a0; elles doivent totaliser 100\u00a0%.`,
  needsProven: "La répartition actuelle et la répartition optimisée demandent des résultats mesurés par canal\u00a0: prenez les taux du tableau de bord ou des données, ou saisissez les parts.",
  typedSharesNeedTypedRates: "Les parts saisies vont avec des taux saisis\u00a0: saisissez les taux et la part de chaque canal, ou répartissez selon la répartition actuelle ou optimisée.",
  summary: (channels, goal, budget, saved, reached) =>
    [
      `${channels} ${channels <= 1 ? "canal" : "canaux"}`,
      reached === null ? `${goal} pour ${budget}` : `les plafonds n’atteignent que ${reached} sur ${goal}, pour ${budget}`,
      saved && `${saved} économisés par rapport à la répartition actuelle`,
    ]
      .filter(Boolean)
      .join("\u00a0; "),
  goalWords: (goal, kind) => (kind === "revenue" ? `${goal} de chiffre d’affaires` : `${goal} ${kind === "sales" ? "ventes" : "leads"}`),
};

export function planTexts(language: Language): PlanTexts {
  return language === "fr" ? fr : en;
}
