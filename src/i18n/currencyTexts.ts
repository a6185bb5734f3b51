/**
 * How the export's currency is told, in the import's report and in the refusal of two currencies:
 * one wording, shared by the sidebar's texts and the add-on's request messages.
 */

const en = {
  currencyFound: (currency: string, where: string): string => `Currency: ${currency}, from ${where}.`,
  currencyMixed: (first: string, second: string): string =>
    `Two currencies in one table: ${first}, and ${second}. Amounts in two currencies cannot be added: convert them to one currency, or build from each currency’s rows apart.`,
  /** One currency and where it was said, in currencyMixed. */
  currencySaid: (currency: string, where: string): string => `${currency} from ${where}`,
  currencyFromHeader: (header: string): string => `the header “${header}”`,
  currencyFromColumn: (column: string, row: number): string => `the column “${column}” (row ${row})`,
  currencyFromCell: (text: string, column: string, row: number): string => `“${text}” in “${column}” (row ${row})`,
  currencyFromFormat: (column: string, row: number): string => `the number format of “${column}” (row ${row})`,
  currencyStated: "the currency given for it (the export says none)",
};

export type CurrencyTexts = typeof en;

const fr: CurrencyTexts = {
  currencyFound: (currency, where) => `Devise\u00a0: ${currency}, d’après ${where}.`,
  currencyMixed: (first, second) =>
    `Deux devises dans un même tableau\u00a0: ${first}, et ${second}. Des montants en deux devises ne s’additionnent pas\u00a0: convertissez-les en une seule devise, ou créez le tableau à partir des lignes de chaque devise séparément.`,
  currencySaid: (currency, where) => `${currency} d’après ${where}`,
  currencyFromHeader: (header) => `l’en-tête «\u00a0${header}\u00a0»`,
  currencyFromColumn: (column, row) => `la colonne «\u00a0${column}\u00a0» (ligne ${row})`,
  currencyFromCell: (text, column, row) => `«\u00a0${text}\u00a0» dans «\u00a0${column}\u00a0» (ligne ${row})`,
  currencyFromFormat: (column, row) => `le format de nombre de «\u00a0${column}\u00a0» (ligne ${row})`,
  currencyStated: "la devise donnée pour elle (l’export n’en dit aucune)",
};

export const currencyTexts = { en, fr };
