/** The best time to post sheet, its summary and its refusals, in the user's language. */
import type { BestTimeMeasure } from "../scorecard/bestTime";
import type { Language } from "./language";

const en = {
  sheetName: "Best time to post",
  measure: { revenuePerPost: "Revenue per post", conversionsPerPost: "Conversions per post", engagementRate: "Engagement rate" } satisfies Record<BestTimeMeasure, string>,
  byHour: "By weekday and hour published",
  /** The engagement rate's base, for the note. */
  rateOf: { impressions: "engagements / impressions", reach: "engagements / reach" },
  posts: "Posts",
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  note: (minPosts: number, column: string, convertedTo: string | null, rate: string | null, builtOn: string, source: string | null) =>
    `${convertedTo ? `Hours of “${column}” converted from the offset it writes to the spreadsheet's time zone (${convertedTo}).` : `Hours as “${column}” writes them (its time zone, not shifted).`}${rate ? ` Engagement rate: ${rate}, summed over the cell's posts.` : ""} ` +
    `Grey: fewer than ${minPosts} posts, too few to call a trend; the colour scale runs over the other cells. Built on ${builtOn}${source ? ` from ${source}` : ""}; rebuild after new posts.`,
  best: (weekday: string, hour: number, value: string, posts: number) => `Best: ${weekday} ${hour}:00, ${value} (${posts} posts)`,
  noBest: (minPosts: number) => `No hour has ${minPosts} posts or more yet: no best time to tell`,
  summary: (posts: number, best: string | null, minPosts: number) => `${posts} posts; ${best ?? `no hour with ${minPosts} posts or more yet`}`,
  /** Posts left out for want of the figure measured, by their rows. */
  withoutFigures: (count: number, rows: string, figure: string) => `${count} ${count === 1 ? "post" : "posts"} without ${figure} left out (${count === 1 ? "row" : "rows"} ${rows}).`,
  /** What a post left out lacks. */
  figure: { revenuePerPost: "revenue", conversionsPerPost: "conversions", engagementRate: "engagements or their base" } satisfies Record<BestTimeMeasure, string>,
  noTimes: "The data has no column of dates with a time of day (such as “Publish time” 01/15/2026 14:05): select a per-post export.",
  notTimes: (column: string) => `“${column}” holds no dates with a time of day.`,
  several: (columns: readonly string[]) => `Several columns hold dates with a time of day (${columns.map((c) => `“${c}”`).join(", ")}): name the one of the posts.`,
  days: (column: string, why: string) => `“${column}” cannot give the weekday: ${why}`,
  dayOrMonth: (example: string) => `every date fits day/month and month/day (${example}); export the dates as year-month-day.`,
  bothOrders: (dayFirst: string, monthFirst: string) => `${dayFirst} puts the day first and ${monthFirst} the month; write the column one way.`,
  notADate: (text: string, row: number) => `row ${row} holds '${text}', which is no date.`,
  noTime: (column: string, row: number, text: string) => `“${column}”, row ${row}: '${text}' has no time of day (or one that is none); every post needs its hour.`,
  clock: (column: string, row: number, text: string, example: string) =>
    `“${column}”, row ${row}: '${text}' says neither AM nor PM while '${example}' does; write every time one way.`,
  mixedZones: (column: string, row: number, text: string, example: string) =>
    `“${column}”, row ${row}: '${text}' gives no time zone while '${example}' gives its offset; export every time one way.`,
  noMeasure: "The best time to post needs revenue, conversions, or engagements with impressions or reach per post.",
};

export type BestTimeTexts = typeof en;

const fr: BestTimeTexts = {
  sheetName: "Meilleur moment pour publier",
  measure: { revenuePerPost: "Chiffre d’affaires par publication", conversionsPerPost: "Conversions par publication", engagementRate: "Taux d’engagement" },
  byHour: "Par jour et heure de publication",
  rateOf: { impressions: "interactions / impressions", reach: "interactions / couverture" },
  posts: "Publications",
  weekdays: ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"],
  note: (minPosts, column, convertedTo, rate, builtOn, source) =>
    `${convertedTo ? `Heures de « ${column} » converties du décalage qu’elle écrit au fuseau horaire du classeur (${convertedTo}).` : `Heures telles que « ${column} » les écrit (son fuseau horaire, sans décalage).`}${rate ? ` Taux d’engagement : ${rate}, sommés sur les publications de la case.` : ""} ` +
    `Gris : moins de ${minPosts} publications, trop peu pour une tendance ; l’échelle de couleurs porte sur les autres cases. Créé le ${builtOn}${source ? ` à partir de ${source}` : ""} ; recréez-le après de nouvelles publications.`,
  best: (weekday, hour, value, posts) => `Meilleur moment : ${weekday.toLowerCase()} ${hour} h, ${value} (${posts} publications)`,
  noBest: (minPosts) => `Aucune heure ne compte encore ${minPosts} publications ou plus : pas de meilleur moment à dire`,
  summary: (posts, best, minPosts) => `${posts} publications ; ${best ?? `aucune heure avec ${minPosts} publications ou plus`}`,
  withoutFigures: (count, rows, figure) => `${count} ${count === 1 ? "publication" : "publications"} sans ${figure} ${count === 1 ? "laissée" : "laissées"} de côté (${count === 1 ? "ligne" : "lignes"} ${rows}).`,
  figure: { revenuePerPost: "chiffre d’affaires", conversionsPerPost: "conversions", engagementRate: "interactions ou leur base" },
  noTimes: "Les données n’ont pas de colonne de dates avec une heure (comme « Heure de publication » 15/01/2026 14:05) : sélectionnez un export par publication.",
  notTimes: (column) => `« ${column} » ne contient pas de dates avec une heure.`,
  several: (columns) => `Plusieurs colonnes contiennent des dates avec une heure (${columns.map((c) => `« ${c} »`).join(", ")}) : choisissez celle des publications.`,
  days: (column, why) => `« ${column} » ne donne pas le jour de la semaine : ${why}`,
  dayOrMonth: (example) => `chaque date se lit jour/mois comme mois/jour (${example}) ; exportez les dates en année-mois-jour.`,
  bothOrders: (dayFirst, monthFirst) => `${dayFirst} met le jour en premier et ${monthFirst} le mois ; écrivez la colonne d’une seule façon.`,
  notADate: (text, row) => `la ligne ${row} contient '${text}', qui n’est pas une date.`,
  noTime: (column, row, text) => `« ${column} », ligne ${row} : '${text}' n’a pas d’heure valable ; chaque publication a besoin de son heure.`,
  clock: (column, row, text, example) => `« ${column} », ligne ${row} : '${text}' n’indique ni AM ni PM alors que '${example}' le fait ; écrivez toutes les heures de la même façon.`,
  mixedZones: (column, row, text, example) =>
    `« ${column} », ligne ${row} : '${text}' n’indique pas de fuseau horaire alors que '${example}' donne son décalage ; exportez toutes les heures de la même façon.`,
  noMeasure: "Le meilleur moment pour publier demande, par publication, le chiffre d’affaires, les conversions, ou les interactions avec les impressions ou la couverture.",
};

const TEXTS: Readonly<Record<Language, BestTimeTexts>> = { en, fr };

export const bestTimeTexts = (language: Language): BestTimeTexts => TEXTS[language];
