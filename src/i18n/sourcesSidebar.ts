/** The scorecard sidebar's words for several sources: adding them, naming their network, rates. */

const en = {
  sourcesHeading: "Several sources",
  sourcesIntro: "One export per network: add each as a source, and the scorecard compares the networks.",
  addSelectionSource: "Add selection as a source",
  addSheetSource: "Add the active sheet as a source",
  csvFileLabel: "Import a CSV file as a source",
  readingSource: "Reading the source…",
  importingFile: (name: string, rows: number, total: number): string => `Writing ${name}: ${rows} of ${total} rows…`,
  sourceFailed: (reason: string): string => `Could not add the source: ${reason}`,
  sourceRead: (rows: number): string => (rows === 1 ? "1 data row" : `${rows} data rows`),
  networkLabel: "Network",
  chooseNetwork: "Choose the network…",
  otherNetwork: "Other (type its name)",
  otherNetworkLabel: "Network name",
  keepChannelLabel: "Keep its own channel column",
  currencyLabel: "Currency",
  currencyPlaceholder: "Choose its currency…",
  removeSource: "Remove",
  ratesHeading: "Currencies",
  ratesIntro: (currencies: string): string => `The sources are in ${currencies}. Type what one unit of each currency is worth in the scorecard’s currency, and leave the scorecard’s currency blank.`,
  rateLabel: (currency: string): string => `Rate of ${currency}`,
  rateInvalid: (currency: string): string => `The rate of ${currency} must be a number above 0, such as 1.17.`,
  savedSourcesFailed: (reason: string): string => `The sources of the last build could not be read again: ${reason}`,
  noSpendColumn: (source: string, fields: string): string => `${source}: choose the column that holds ${fields}.`,
  sourcesBreakdownHint:
    "Columns the sources share, whatever each platform calls them: each gets its own table below the networks, with shares of spend and results; the first also within each network. A source without the column is blank there.",
  onlyIn: (kind: string, sources: string): string => `${kind} (only ${sources})`,
};

export type SourcesSidebarTexts = typeof en;

const fr: SourcesSidebarTexts = {
  sourcesHeading: "Plusieurs sources",
  sourcesIntro: "Un export par réseau\u00a0: ajoutez chacun comme source, et le tableau compare les réseaux.",
  addSelectionSource: "Ajouter la sélection comme source",
  addSheetSource: "Ajouter la feuille active comme source",
  csvFileLabel: "Importer un fichier CSV comme source",
  readingSource: "Lecture de la source…",
  importingFile: (name, rows, total) => `Écriture de ${name}\u00a0: ${rows} lignes sur ${total}…`,
  sourceFailed: (reason) => `La source n’a pas pu être ajoutée\u00a0: ${reason}`,
  sourceRead: (rows) => `${rows} ${rows <= 1 ? "ligne" : "lignes"} de données`,
  networkLabel: "Réseau",
  chooseNetwork: "Choisissez le réseau…",
  otherNetwork: "Autre (saisissez son nom)",
  otherNetworkLabel: "Nom du réseau",
  keepChannelLabel: "Garder sa propre colonne de canal",
  currencyLabel: "Devise",
  currencyPlaceholder: "Choisissez sa devise…",
  removeSource: "Retirer",
  ratesHeading: "Devises",
  ratesIntro: (currencies) => `Les sources sont en ${currencies}. Saisissez ce que vaut une unité de chaque devise dans la devise du tableau, et laissez vide celle du tableau.`,
  rateLabel: (currency) => `Taux de ${currency}`,
  rateInvalid: (currency) => `Le taux de ${currency} doit être un nombre supérieur à 0, comme 1,17.`,
  savedSourcesFailed: (reason) => `Les sources du dernier tableau n’ont pas pu être relues\u00a0: ${reason}`,
  noSpendColumn: (source, fields) => `${source}\u00a0: choisissez la colonne qui contient ${fields}.`,
  sourcesBreakdownHint:
    "Les colonnes que les sources partagent, quel que soit leur nom sur chaque plateforme\u00a0: chacune a son tableau sous les réseaux, avec les parts des dépenses et des résultats\u00a0; la première aussi dans chaque réseau. Une source sans la colonne y est vide.",
  onlyIn: (kind, sources) => `${kind} (seulement ${sources})`,
};

export const sourcesSidebarTexts = { en, fr };
