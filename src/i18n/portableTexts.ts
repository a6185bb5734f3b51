/**
 * What Make portable and Restore write on the server side, in the user's language: the menu
 * captions, the sidebar's title, the note kept on each rewritten cell and the reasons a cell is left.
 */
import type { Language } from "./language";

const en = {
  menuMakePortable: "Make portable",
  /** Starts with "Social ROI": Restore finds the formula after it, in any language. */
  originalNoteLabel: "Social ROI, original formula (Restore our functions puts it back):",
  severalLines: "the formula spans several lines; rewrite it by hand",
  changedSince: (original: string) => `changed since Make portable; its original was ${original}`,
  nothingSelected: "Select the cells to rewrite first.",
};

export type PortableTexts = typeof en;

// French typography: a no-break space (\u00a0) before ":" and ";".
const fr: PortableTexts = {
  menuMakePortable: "Rendre portable",
  originalNoteLabel: "Social ROI, formule d’origine (Rétablir nos fonctions la remet)\u00a0:",
  severalLines: "la formule tient sur plusieurs lignes\u00a0; réécrivez-la à la main",
  changedSince: (original) => `modifiée depuis Rendre portable\u00a0; sa formule d’origine était ${original}`,
  nothingSelected: "Sélectionnez d’abord les cellules à réécrire.",
};

export function portableTexts(language: Language): PortableTexts {
  return language === "fr" ? fr : en;
}
