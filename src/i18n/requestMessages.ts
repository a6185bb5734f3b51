/**
 * What the add-on answers about the data it is sent, in the user's language: a row's problems
 * (shared by the scorecard's build and the sidebar's inline checks), a refused request, a refused
 * insertion. One function per message, called where the message is built.
 */
import { currencyTexts } from "./currencyTexts";
import type { Language } from "./language";

const en = {
  ...currencyTexts.en,
  /** Field names as they read inside a sentence ("bounce rate"), by field key. */
  fields: {
    channel: "channel", budget: "spend", leads: "leads", bounceRate: "bounce rate", conversions: "conversions",
    revenue: "revenue", impressions: "impressions", clicks: "clicks", visits: "visits", targetRoi: "target ROI",
    qualifiedLeads: "qualified leads", customers: "customers", plannedBudget: "planned budget", otherCosts: "other costs", hours: "hours",
    reach: "reach", engagements: "engagements", reactions: "reactions", comments: "comments", shares: "shares",
  } as Record<string, string>,
  fixes: {
    amount: "enter an amount of 0 or more",
    count: "enter a count of 0 or more",
    share: "enter a percentage from 0% to 100%, such as 45%",
    percentage: "enter a percentage, such as 20%",
    hours: "enter a number of hours of 0 or more",
  },
  /** found and fix come from the cell reading (see functions/coerce.ts). */
  badCell: (row: number, field: string, found: string, fix: string): string => `Row ${row}: ${field} ${found}; ${fix}.`,
  emptyChannel: (row: number): string => `Row ${row}: the channel is empty; name it, or delete the row.`,
  notATable: "The rows must be a table of cells.",
  badTargetRoi: "The target ROI must be a percentage of -100% or more, such as 20%; leave it blank to use the blended ROI.",
  badMargin: "The margin must be a percentage above 0% and up to 100%, such as 40%; leave it blank to count all the revenue.",
  missingColumns: (fields: string[]): string => `Choose the column that holds: ${fields.join(", ")}.`,
  sharedColumn: (fields: string[]): string => `${fields.join(" and ")} use the same column; give each its own.`,
  sourceChanged: (range: string, sheet: string): string =>
    `The rows no longer match ${range} in ${sheet}: use the selection again, or build without the link.`,
  noRows: "There are no channel rows: select your data, or type at least one row.",
  noDataRows: "The export has no data rows: export a period or a level that has data, or select the rows below the header.",
  mixedResults: (column: string, typeColumn: string, kinds: { type: string; rows: number }[], field: string): string =>
    `“${column}” counts a different result on different rows (“${typeColumn}”: ${kinds.map(({ type, rows }) => `${type}, ${rows === 1 ? "1 row" : `${rows} rows`}`).join("; ")}): ` +
    `added up as ${field}, unlike results would weigh the same. Filter the export to one result type, or choose a column of one kind for ${field} (such as “Website purchases” or “Leads”).`,
  missingOutcome: "Choose the column that holds conversions, leads or clicks: the scorecard needs one outcome to cost.",
  badValuePerConversion: "The value per conversion must be an amount of 0 or more, such as 100.",
  badHourlyRate: "The hourly rate must be an amount of 0 or more, such as 50.",
  badTargetCpa: "The target CPA must be an amount above 0, such as 25; leave it blank to judge each row against the others' blended CPA.",
  hoursWithoutRate: "The data has hours: give an hourly rate to cost them (0 counts them as free), or ignore the hours column.",
  cannotLink: (range: string, sheet: string, reason: "totals" | "noChannel" | "numbersAsText"): string =>
    `The scorecard cannot follow ${range} in ${sheet}: ${
      { totals: "it has totals rows, which the formulas would count", noChannel: "some rows have no channel", numbersAsText: "some numbers are written as text (such as $1,200 or --), which formulas read as 0" }[reason]
    }. Build without the link.`,
  andMore: (count: number): string => ` (and ${count} more)`,
  badBreakdown: "The columns to break down by must each be a column of the data, chosen once; pick them again.",
  breakdownIsMapped: (column: string, field: string): string =>
    `${column} is read as the ${field}: break down by another column, or set ${column} to Ignore first.`,
  /** A column without a header, by its position. */
  columnNumber: (column: number): string => `column ${column}`,
  noDateColumn: "By period needs a column of dates (such as “Day” or “Reporting starts”), and none was read as dates: export with a breakdown by day, or build without periods.",
  undecidedDates: (column: string, why: string): string => `By period cannot read the dates in “${column}”: ${why}. Write the dates as 2026-01-31, or build without periods.`,
  datesBothOrders: (example: string): string => `every day such as ${example} could be day/month or month/day`,
  datesMixedOrders: (dayFirst: string, monthFirst: string): string => `${dayFirst} puts the day first and ${monthFirst} the month`,
  notADate: (text: string, row: number): string => `row ${row} holds “${text}”, which is no date`,
  spansPeriods: (row: number, start: string, end: string, unit: string): string =>
    `Row ${row} counts ${start} to ${end}, more than one ${unit}: its figures cannot be split between them. Export by day, or choose a longer period.`,
  periodsWithOtherCosts: "By period counts spend only, and this data adds other costs or hours: build without periods, or leave those columns out.",
  partialWithOtherCosts: (fields: readonly string[]) =>
    `Only some sources have ${fields.join(", ")}, whose ratios are over the spend of the rows that have them, and the data adds other costs or hours, which that spend would leave out: build from the sources without other costs and hours, or from one source.`,
  tooManyPeriods: (count: number, unit: string, max: number): string =>
    `The dates span ${count} periods of a ${unit}, more than the ${max} a section holds: choose a longer period (week, month or quarter).`,
  datesNotLinkable: (column: string): string =>
    `The dates in “${column}” are text (or numbers such as 20260131) in the sheet, which SUMIFS cannot compare with a period's days, so the periods cannot follow the source: make the column dates (Format > Number > Date), or build without the link.`,
  badPeriod: "By period must be auto, day, week, month or quarter.",
  periodUnits: { day: "day", week: "week", month: "month", quarter: "quarter" } as Record<string, string>,
  datesCannotLink: (column: string): string =>
    `${column} holds dates, which formulas over the source cannot match by name: build without the link, or break down by another column.`,
  cannotInsert: (formula: string, why: string): string => `Cannot insert ${formula}: ${why}. Insert a formula such as =CPA(5000, 1000).`,
  notText: "it is not text",
  tooLong: (max: number): string => `it is longer than ${max} characters`,
  severalLines: "it spans several lines",
  notOurs: "it does not start with a call to a Social ROI function",
  callsOther: (name: string): string => `it calls ${name}, which is not a Social ROI function`,
  noCellSelected: "No cell is selected: select a cell, then insert again.",
  /** A cell reading's finding ("is the text 'abc'"), in this language. */
  found: (found: string): string => found,
};

export type RequestMessages = typeof en;

// What the cell reading finds (functions/coerce.ts), in French; anything else is shown as found.
const FRENCH_FINDINGS: [RegExp, string][] = [
  [/^is '(.*)', which could be a thousands separator or a decimal mark$/s, "le texte «\u00a0$1\u00a0», ambigu (séparateur de milliers ou virgule décimale\u00a0?)"],
  [/^is the text '(.*)', which is ambiguous \(a thousands separator or a decimal comma\?\)$/s, "le texte «\u00a0$1\u00a0», ambigu (séparateur de milliers ou virgule décimale\u00a0?)"],
  [/^is the text '(.*)'$/s, "le texte «\u00a0$1\u00a0»"],
  [/^is (TRUE|FALSE), a boolean$/, "$1, une valeur logique"],
  [/^is a date$/, "une date"],
  [/^is missing$/, "manquant"],
  [/^is (.*)$/s, "$1"],
];
const FRENCH_FIXES: Record<string, string> = {
  "enter a number": "saisissez un nombre",
  "enter a finite number": "saisissez un nombre fini",
  "enter the number without a comma, such as 1000 or 1.5": "saisissez le nombre sans virgule, par exemple 1000 ou 1.5",
  "enter a number, or format the cell as a number": "saisissez un nombre, ou mettez la cellule au format nombre",
  "enter a smaller number": "saisissez un nombre plus petit",
  "write it with no thousands separator and a decimal point, such as 1234.5": "écrivez-le sans séparateur de milliers, avec un point décimal, par exemple 1234.5",
};

/** The rules' own fixes ("enter an amount of 0 or more"), from the English text to the French one. */
const frenchFix = (fix: string): string => {
  const key = (Object.keys(en.fixes) as (keyof RequestMessages["fixes"])[]).find((name) => en.fixes[name] === fix);
  return key ? fr.fixes[key] : fix;
};

// French typography: a no-break space (\u00a0) before ":", ";", "?" and "%".
const fr: RequestMessages = {
  ...currencyTexts.fr,
  fields: {
    channel: "canal", budget: "dépenses", leads: "leads", bounceRate: "taux de rebond", conversions: "conversions",
    revenue: "chiffre d’affaires", impressions: "impressions", clicks: "clics", visits: "visites", targetRoi: "ROI cible",
    qualifiedLeads: "leads qualifiés", customers: "clients", plannedBudget: "budget prévu", otherCosts: "autres coûts", hours: "heures",
    reach: "couverture", engagements: "interactions", reactions: "réactions", comments: "commentaires", shares: "partages",
  },
  fixes: {
    amount: "saisissez un montant de 0 ou plus",
    count: "saisissez un nombre de 0 ou plus",
    share: "saisissez un pourcentage de 0\u00a0% à 100\u00a0%, par exemple 45\u00a0%",
    percentage: "saisissez un pourcentage, par exemple 20\u00a0%",
    hours: "saisissez un nombre d’heures de 0 ou plus",
  },
  badCell: (row, field, found, fix) => `Ligne ${row}\u00a0: ${field}\u00a0: ${fr.found(found)}\u00a0; ${FRENCH_FIXES[fix] ?? frenchFix(fix)}.`,
  emptyChannel: (row) => `Ligne ${row}\u00a0: le canal est vide\u00a0; nommez-le, ou supprimez la ligne.`,
  notATable: "Les lignes doivent former un tableau de cellules.",
  badTargetRoi: "Le ROI cible doit être un pourcentage de -100\u00a0% ou plus, par exemple 20\u00a0%\u00a0; laissez-le vide pour utiliser le ROI global.",
  badMargin: "La marge doit être un pourcentage supérieur à 0\u00a0% et d’au plus 100\u00a0%, par exemple 40\u00a0%\u00a0; laissez-la vide pour compter tout le chiffre d’affaires.",
  missingColumns: (fields) => `Choisissez la colonne qui contient\u00a0: ${fields.join(", ")}.`,
  sharedColumn: (fields) => {
    const list = fields.join(" et ");
    return `${list[0].toUpperCase()}${list.slice(1)} utilisent la même colonne\u00a0; donnez à chacun la sienne.`;
  },
  sourceChanged: (range, sheet) =>
    `Les lignes ne correspondent plus à ${range} dans ${sheet}\u00a0: utilisez à nouveau la sélection, ou créez le tableau sans le lien.`,
  noRows: "Il n’y a aucune ligne de canal\u00a0: sélectionnez vos données, ou saisissez au moins une ligne.",
  noDataRows: "L’export n’a aucune ligne de données\u00a0: exportez une période ou un niveau qui a des données, ou sélectionnez les lignes sous l’en-tête.",
  mixedResults: (column, typeColumn, kinds, field) =>
    `«\u00a0${column}\u00a0» compte un résultat différent selon les lignes («\u00a0${typeColumn}\u00a0»\u00a0: ${kinds.map(({ type, rows }) => `${type}, ${rows <= 1 ? `${rows} ligne` : `${rows} lignes`}`).join("\u00a0; ")})\u00a0: ` +
    `additionnés comme ${field}, des résultats différents pèseraient autant. Filtrez l’export sur un seul type de résultat, ou choisissez pour ${field} une colonne d’un seul type (comme «\u00a0Achats sur le site web\u00a0» ou «\u00a0Prospects\u00a0»).`,
  missingOutcome: "Choisissez la colonne qui contient les conversions, les leads ou les clics\u00a0: le tableau de bord a besoin d’un résultat à chiffrer.",
  badValuePerConversion: "La valeur par conversion doit être un montant de 0 ou plus, par exemple 100.",
  badHourlyRate: "Le taux horaire doit être un montant de 0 ou plus, par exemple 50.",
  badTargetCpa: "Le CPA cible doit être un montant supérieur à 0, par exemple 25\u00a0; laissez-le vide pour utiliser le CPA global.",
  hoursWithoutRate: "Les données ont des heures\u00a0: donnez un taux horaire pour les chiffrer (0 les compte comme gratuites), ou ignorez la colonne des heures.",
  cannotLink: (range, sheet, reason) =>
    `Le tableau de bord ne peut pas suivre ${range} dans ${sheet}\u00a0: ${
      {
        totals: "elle a des lignes de totaux, que les formules compteraient",
        noChannel: "des lignes n’ont pas de canal",
        numbersAsText: "des nombres sont écrits comme du texte (comme 1\u00a0200\u00a0$ ou --), que les formules lisent comme 0",
      }[reason]
    }. Créez-le sans le lien.`,
  andMore: (count) => ` (et ${count} de plus)`,
  badBreakdown: "Les colonnes de ventilation doivent chacune être une colonne des données, choisie une seule fois ; choisissez-les à nouveau.",
  breakdownIsMapped: (column, field) =>
    `${column} est lue comme ${field} : ventilez par une autre colonne, ou réglez d’abord ${column} sur Ignorer.`,
  columnNumber: (column) => `colonne ${column}`,
  noDateColumn: "Par période demande une colonne de dates (comme « Jour » ou « Début des rapports »), et aucune n’a été lue comme des dates : exportez avec une ventilation par jour, ou créez le tableau sans périodes.",
  undecidedDates: (column, why) => `Par période ne peut pas lire les dates de « ${column} » : ${why}. Écrivez les dates comme 2026-01-31, ou créez le tableau sans périodes.`,
  datesBothOrders: (example) => `chaque date comme ${example} peut être jour/mois ou mois/jour`,
  datesMixedOrders: (dayFirst, monthFirst) => `${dayFirst} met le jour en premier et ${monthFirst} le mois`,
  notADate: (text, row) => `la ligne ${row} contient « ${text} », qui n’est pas une date`,
  spansPeriods: (row, start, end, unit) =>
    `La ligne ${row} compte du ${start} au ${end}, plus d’un(e) ${unit} : ses chiffres ne peuvent pas être répartis. Exportez par jour, ou choisissez une période plus longue.`,
  periodsWithOtherCosts: "Par période ne compte que les dépenses, et ces données ajoutent d’autres coûts ou des heures : créez le tableau sans périodes, ou laissez ces colonnes de côté.",
  partialWithOtherCosts: (fields) =>
    `Seules certaines sources ont ${fields.join(", ")}, dont les ratios portent sur les dépenses des lignes qui en ont, et les données ajoutent d’autres coûts ou des heures, que ces dépenses laisseraient de côté\u00a0: créez le tableau à partir des sources sans autres coûts ni heures, ou d’une seule source.`,
  tooManyPeriods: (count, unit, max) =>
    `Les dates couvrent ${count} périodes d’un(e) ${unit}, plus que les ${max} qu’une section contient : choisissez une période plus longue (semaine, mois ou trimestre).`,
  datesNotLinkable: (column) =>
    `Les dates de « ${column} » sont du texte (ou des nombres comme 20260131) dans la feuille, que SOMME.SI.ENS ne peut pas comparer aux jours d’une période : les périodes ne peuvent pas suivre la source. Faites-en des dates (Format > Nombre > Date), ou créez le tableau sans le lien.`,
  badPeriod: "Par période doit être auto, jour, semaine, mois ou trimestre.",
  periodUnits: { day: "jour", week: "semaine", month: "mois", quarter: "trimestre" },
  datesCannotLink: (column) =>
    `${column} contient des dates, que les formules sur la source ne peuvent pas retrouver par leur nom : créez le tableau sans le lien, ou ventilez par une autre colonne.`,
  cannotInsert: (formula, why) => `Impossible d’insérer ${formula}\u00a0: ${why}. Insérez une formule comme =CPA(5000, 1000).`,
  notText: "ce n’est pas du texte",
  tooLong: (max) => `elle dépasse ${max} caractères`,
  severalLines: "elle tient sur plusieurs lignes",
  notOurs: "elle ne commence pas par un appel à une fonction Social ROI",
  callsOther: (name) => `elle appelle ${name}, qui n’est pas une fonction Social ROI`,
  noCellSelected: "Aucune cellule n’est sélectionnée\u00a0: sélectionnez une cellule, puis insérez à nouveau.",
  found: (found) => {
    const rule = FRENCH_FINDINGS.find(([pattern]) => pattern.test(found));
    return rule ? found.replace(rule[0], rule[1]) : found;
  },
};

export function requestMessages(language: Language): RequestMessages {
  return language === "fr" ? fr : en;
}

/** A cell's problem with its row, as the import's readRows describes it, in the messages' language. */
export const describeIssueIn = (messages: RequestMessages) => (row: number, field: string, found: string, fix: string) => messages.badCell(row, messages.fields[field], found, fix);
