/** The scorecard sidebar's "Best time to post" part, in the user's language (kept out of dist/Code.js). */
import type { Language } from "./language";

const en = {
  heading: "Best time to post",
  intro: (column: string) =>
    `“${column}” gives each post's weekday and hour: build a table of revenue per post (or conversions per post, or engagement rate) by weekday and hour, with the posts in each cell, on a sheet of its own. It needs no spend.`,
  build: "Build best time to post",
  building: "Building the best time to post…",
  built: (summary: string) => `Built: ${summary}`,
  failed: (reason: string) => `Could not build: ${reason}`,
  open: "Open the best time to post",
};

export type BestTimeSidebarTexts = typeof en;

const fr: BestTimeSidebarTexts = {
  heading: "Meilleur moment pour publier",
  intro: (column) =>
    `« ${column} » donne le jour et l’heure de chaque publication : créez un tableau du chiffre d’affaires par publication (ou des conversions par publication, ou du taux d’engagement) par jour et par heure, avec le nombre de publications de chaque case, sur une feuille à part. Aucune dépense n’est nécessaire.`,
  build: "Créer le meilleur moment pour publier",
  building: "Création du meilleur moment pour publier…",
  built: (summary) => `Créé : ${summary}`,
  failed: (reason) => `Création impossible : ${reason}`,
  open: "Ouvrir le meilleur moment pour publier",
};

const TEXTS: Readonly<Record<Language, BestTimeSidebarTexts>> = { en, fr };

export const bestTimeSidebarTexts = (language: Language): BestTimeSidebarTexts => TEXTS[language];
