/** The add-on's French UI text. Typed by the English one, so a missing key does not compile. */
import type { Messages } from "./en";

// French typography: a no-break space (\u00a0) before ":" and ";", and inside « ».
export const fr: Messages = {
  addonMenuFunctionReference: "Référence des fonctions",
  addonMenuBuildScorecard: "Créer le tableau de bord des canaux",

  referenceTitle: "Référence des fonctions",
  referenceIntro: "Saisissez ces fonctions dans n’importe quelle cellule, ou insérez un exemple dans la cellule sélectionnée.",
  searchLabel: "Rechercher une fonction",
  searchPlaceholder: "Nom, description ou paramètre",
  matchCount: (count) => (count <= 1 ? `${count} fonction` : `${count} fonctions`),
  noMatch: (query) => `Aucune fonction ne correspond à «\u00a0${query}\u00a0».`,
  clearSearch: "Effacer la recherche",
  loadingFunctions: "Chargement des fonctions…",
  loadFailed: (reason) => `Impossible de charger les fonctions\u00a0: ${reason}`,
  parameters: "Paramètres",
  optional: "facultatif",
  example: "Exemple\u00a0:",
  exampleGives: "donne",
  insert: "Insérer",
  insertLabel: (name) => `Insérer l’exemple de ${name} dans la cellule sélectionnée`,
  inserting: "Insertion…",
  insertedIn: (cell) => `Inséré dans ${cell}`,
  insertFailed: (reason) => `Insertion impossible\u00a0: ${reason}`,
  unknownError: "une erreur s’est produite\u00a0; réessayez.",
  unknownView: "Ce panneau n’est pas disponible. Fermez-le et rouvrez-le depuis le menu Extensions.",
};
