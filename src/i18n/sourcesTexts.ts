/** What the combining of several sources says, in the user's language: its refusals, its notes, its table's headers. */
import { listWith, rowList } from "./lists";
import type { Language } from "./language";

const enList = listWith("and");
const en = {
  list: enList,
  channelHeader: "Channel",
  networkHeader: "Network",
  startHeader: "Start date",
  endHeader: "End date",
  dimensions: { campaign: "Campaign", adSet: "Ad set / ad group", placement: "Placement", campaignType: "Campaign type", device: "Device", country: "Country" },
  undecidedNetwork: (source: string, candidates: readonly string[]) =>
    `${source}: its columns do not say which network it comes from${candidates.length > 1 ? ` (they could be ${enList(candidates)}'s)` : ""}; name it (Meta, Google Ads, LinkedIn, TikTok, X, Pinterest, Snapchat, Microsoft Ads, or any name).`,
  keepsNoChannel: (source: string) => `${source} has no channel column to keep: its rows are the network's, or name the channel column.`,
  noSources: "Add at least one source.",
  sharedRows: (first: string, second: string, firstRows: readonly number[], secondRows: readonly number[]) =>
    first === second
      ? `${first} is given twice: its rows would count twice. Give each export once.`
      : `${second} repeats ${firstRows.length === 1 ? "a row" : `${firstRows.length} rows`} of ${first}, cell for cell (${first} row${firstRows.length === 1 ? "" : "s"} ${rowList(firstRows)}; ${second} row${secondRows.length === 1 ? "" : "s"} ${rowList(secondRows)}): ` +
        "they would count twice. Give each export once, and exports of periods that do not overlap.",
  currencies: (groups: readonly { currency: string; sources: readonly string[] }[]) =>
    `The sources are in ${enList(groups.map(({ currency, sources }) => `${currency} (${enList(sources)})`))}: amounts in different currencies cannot be added. ` +
    `Give a rate for every currency but the one the scorecard shows, such as ${groups[1].currency}=1.17 (one ${groups[1].currency} in ${groups[0].currency}).`,
  allConverted: (currencies: readonly string[]) => `Every source has a rate (${enList(currencies)}): leave out the rate of the currency the scorecard shows.`,
  rateWithoutCurrency: (source: string) => `${source} has a rate but says no currency of its own; give its rate by naming its currency, or none.`,
  noSourceIn: (currency: string) => `A rate is given for ${currency}, but no source is in ${currency}.`,
  badRate: (source: string) => `${source}: the rate must be a number above 0, such as 1.17.`,
  detected: (source: string, network: string, headers: readonly string[]) => `${source}: ${network}, from its columns ${enList(headers.map((header) => `“${header}”`))}.`,
  named: (source: string, network: string) => `${source}: ${network}, as named.`,
  keptChannel: (source: string) => `${source}: its own channel column names the rows.`,
  converted: (source: string, currency: string, rate: number, shown: string) => `${source}: amounts in ${currency} converted at ${rate} ${shown} per ${currency}.`,
  silentCurrency: (silent: readonly string[], groups: readonly { currency: string; sources: readonly string[] }[]) =>
    `${enList(silent)} ${silent.length === 1 ? "says" : "say"} no currency, beside ${enList(groups.map(({ currency, sources }) => `${currency} (${enList(sources)})`))}: amounts in an unknown currency cannot be added to them.`,
  /** How to state the currency of the sources that say none (the sidebar's words; the CLI gives its --currency line). */
  chooseCurrency: (silent: readonly string[], _groups: readonly { currency: string; sources: readonly string[] }[]) => `Choose the currency of ${enList(silent)} in ${silent.length === 1 ? "its" : "each"} source's Currency field.`,
  unknownCurrencyCode: (source: string, code: string) => `${source}: '${code}' is not a currency code (ISO 4217, such as EUR, USD, GBP).`,
  statedOtherCurrency: (source: string, written: string, stated: string) => `${source} says its amounts are in ${written}, not ${stated}: leave out the currency given for it, or check the file.`,
  partial: (field: string, sources: readonly string[]) => {
    const one = sources.length === 1;
    return (
      `Only ${enList(sources)} ${one ? "has" : "have"} ${field}: the scorecard shows it on ${one ? "its" : "their"} rows and leaves it blank on the others'; ` +
      `its totals, and the ratios taken of it, cover ${one ? "that source only, on its spend" : "those sources only, on their spend"}.`
    );
  },
  roiOver: (sources: readonly string[]) => `ROI over ${enList(sources)} (the sources with revenue), not blended`,
  undated: (source: string) => `${source} has no column of dates: its rows are in no period, their spend shown as spent outside them.`,
};

export type SourcesTexts = typeof en;

const frList = listWith("et");
const fr: SourcesTexts = {
  list: frList,
  channelHeader: "Canal",
  networkHeader: "Réseau",
  startHeader: "Date de début",
  endHeader: "Date de fin",
  dimensions: { campaign: "Campagne", adSet: "Ensemble / groupe d’annonces", placement: "Emplacement", campaignType: "Type de campagne", device: "Appareil", country: "Pays" },
  undecidedNetwork: (source, candidates) =>
    `${source}\u00a0: ses colonnes ne disent pas de quel réseau elle vient${candidates.length > 1 ? ` (elles pourraient être de ${frList(candidates)})` : ""}\u00a0; nommez-le (Meta, Google Ads, LinkedIn, TikTok, X, Pinterest, Snapchat, Microsoft Ads, ou un autre nom).`,
  keepsNoChannel: (source) => `${source} n’a pas de colonne de canal à garder\u00a0: ses lignes sont celles du réseau, ou choisissez la colonne de canal.`,
  noSources: "Ajoutez au moins une source.",
  sharedRows: (first, second, firstRows, secondRows) =>
    first === second
      ? `${first} est donnée deux fois : ses lignes compteraient deux fois. Donnez chaque export une seule fois.`
      : `${second} reprend ${firstRows.length === 1 ? "une ligne" : `${firstRows.length} lignes`} de ${first}, cellule pour cellule (${first} ligne${firstRows.length === 1 ? "" : "s"} ${rowList(firstRows)} ; ${second} ligne${secondRows.length === 1 ? "" : "s"} ${rowList(secondRows)}) : ` +
        "elles compteraient deux fois. Donnez chaque export une seule fois, et des exports de périodes qui ne se chevauchent pas.",
  currencies: (groups) =>
    `Les sources sont en ${frList(groups.map(({ currency, sources }) => `${currency} (${frList(sources)})`))}\u00a0: des montants en devises différentes ne s’additionnent pas. ` +
    `Donnez un taux pour chaque devise sauf celle du tableau, comme ${groups[1].currency}=1,17 (un ${groups[1].currency} en ${groups[0].currency}).`,
  allConverted: (currencies) => `Chaque source a un taux (${frList(currencies)})\u00a0: retirez le taux de la devise que le tableau affiche.`,
  rateWithoutCurrency: (source) => `${source} a un taux mais ne dit pas sa devise\u00a0; donnez son taux en nommant sa devise, ou aucun.`,
  noSourceIn: (currency) => `Un taux est donné pour ${currency}, mais aucune source n’est en ${currency}.`,
  badRate: (source) => `${source}\u00a0: le taux doit être un nombre supérieur à 0, comme 1,17.`,
  detected: (source, network, headers) => `${source}\u00a0: ${network}, d’après ses colonnes ${frList(headers.map((header) => `«\u00a0${header}\u00a0»`))}.`,
  named: (source, network) => `${source}\u00a0: ${network}, comme nommé.`,
  keptChannel: (source) => `${source}\u00a0: sa propre colonne de canal nomme les lignes.`,
  converted: (source, currency, rate, shown) => `${source}\u00a0: montants en ${currency} convertis à ${rate} ${shown} par ${currency}.`,
  silentCurrency: (silent, groups) =>
    `${frList(silent)} ne ${silent.length === 1 ? "dit" : "disent"} pas de devise, à côté de ${frList(groups.map(({ currency, sources }) => `${currency} (${frList(sources)})`))}\u00a0: des montants en devise inconnue ne s’additionnent pas aux leurs.`,
  chooseCurrency: (silent) => `Choisissez la devise de ${frList(silent)} dans le champ Devise de ${silent.length === 1 ? "sa" : "chaque"} source.`,
  unknownCurrencyCode: (source, code) => `${source}\u00a0: «\u00a0${code}\u00a0» n’est pas un code de devise (ISO 4217, comme EUR, USD, GBP).`,
  statedOtherCurrency: (source, written, stated) => `${source} dit que ses montants sont en ${written}, pas en ${stated}\u00a0: retirez la devise donnée pour elle, ou vérifiez le fichier.`,
  partial: (field, sources) => {
    const one = sources.length === 1;
    return (
      `${one ? "Seule" : "Seules"} ${frList(sources)} ${one ? "a" : "ont"} ${field}\u00a0: le tableau le montre sur ${one ? "ses" : "leurs"} lignes et le laisse vide sur celles des autres\u00a0; ` +
      `ses totaux, et les ratios qui en sont tirés, ne couvrent que ${one ? "cette source, sur ses dépenses" : "ces sources, sur leurs dépenses"}.`
    );
  },
  roiOver: (sources) => `ROI sur ${frList(sources)} (les sources avec chiffre d’affaires), non global`,
  undated: (source) => `${source} n’a pas de colonne de dates : ses lignes ne sont dans aucune période, leurs dépenses comptées hors des périodes.`,
};

export function sourcesTexts(language: Language): SourcesTexts {
  return language === "fr" ? fr : en;
}
