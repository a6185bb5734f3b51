/** The "Make portable" sidebar's own texts, in the user's language (kept out of dist/Code.js). */
import type { Language } from "./language";

const en = {
  intro:
    "Our functions work in this file, for everyone who shares it. Copied into another file, or downloaded, they show #NAME?. " +
    "Make portable rewrites them into native formulas that work anywhere, keeping each original in the cell's note.",
  scopeHeading: "Rewrite",
  scopes: { selection: "The selection", sheet: "This sheet", spreadsheet: "The whole spreadsheet" },
  preview: "Preview",
  previewing: "Looking for our functions…",
  willRewrite: (count: number) => (count === 1 ? "1 cell will be rewritten:" : `${count} cells will be rewritten:`),
  rewrote: (count: number) => (count === 1 ? "Rewrote 1 cell:" : `Rewrote ${count} cells:`),
  restored: (count: number) => (count === 1 ? "Restored 1 cell:" : `Restored ${count} cells:`),
  nothingToRewrite: "No call of our functions to rewrite here.",
  nothingToRestore: "No cell here was made portable.",
  cannotRewrite: (count: number) => (count === 1 ? "1 cell is left as it is:" : `${count} cells are left as they are:`),
  before: "Now",
  after: "Becomes",
  apply: "Make portable",
  applying: "Rewriting…",
  restore: "Restore our functions",
  restoring: "Restoring…",
  failed: (reason: string) => `Could not finish: ${reason}`,
};

export type PortableSidebarTexts = typeof en;

const fr: PortableSidebarTexts = {
  intro:
    "Nos fonctions marchent dans ce fichier, pour tous ceux qui le partagent. Copiées dans un autre fichier, ou téléchargées, elles affichent #NAME?. " +
    "Rendre portable les réécrit en formules natives qui marchent partout, en gardant chaque formule d’origine dans la note de la cellule.",
  scopeHeading: "Réécrire",
  scopes: { selection: "La sélection", sheet: "Cette feuille", spreadsheet: "Tout le classeur" },
  preview: "Aperçu",
  previewing: "Recherche de nos fonctions…",
  willRewrite: (count) => (count === 1 ? "1 cellule sera réécrite\u00a0:" : `${count} cellules seront réécrites\u00a0:`),
  rewrote: (count) => (count === 1 ? "1 cellule réécrite\u00a0:" : `${count} cellules réécrites\u00a0:`),
  restored: (count) => (count === 1 ? "1 cellule rétablie\u00a0:" : `${count} cellules rétablies\u00a0:`),
  nothingToRewrite: "Aucun appel de nos fonctions à réécrire ici.",
  nothingToRestore: "Aucune cellule n’a été rendue portable ici.",
  cannotRewrite: (count) => (count === 1 ? "1 cellule reste telle quelle\u00a0:" : `${count} cellules restent telles quelles\u00a0:`),
  before: "Aujourd’hui",
  after: "Devient",
  apply: "Rendre portable",
  applying: "Réécriture…",
  restore: "Rétablir nos fonctions",
  restoring: "Rétablissement…",
  failed: (reason) => `Impossible de terminer\u00a0: ${reason}`,
};

export function portableSidebarTexts(language: Language): PortableSidebarTexts {
  return language === "fr" ? fr : en;
}
