/** What stops a build over several sources, checked as the user chooses: the refusals the add-on's combining gives, said before. */
import type { Language, Messages } from "../../../i18n";
import { sourcesTexts } from "../../../i18n/sourcesTexts";
import { lacksOutcome, missingRequiredFields } from "../../../scorecard/columnMapping";
import { parseAmount } from "../../../scorecard/amount";
import type { SourceSummary } from "../../../sources/sidebarRequest";
import { currencySaid, silentBeside, silentRefusal, statedCurrency } from "../../../sources/sourceCurrency";
import { fieldLabel } from "../fieldLabels";

/** The currency given for a source that says none. */
const statedOf = (summary: SourceSummary) => summary.spec.currency || null;

/** The currency a source is in: the one given for it, else the one it says (its first code), or null. */
export const currencyOf = (summary: SourceSummary) => statedOf(summary) ?? currencySaid(summary.report.currency);

/** True when the source says no currency and needs one given: other sources say one, or one was given. */
export const needsCurrency = (summary: SourceSummary, summaries: readonly SourceSummary[]) =>
  summary.report.currency.kind === "none" && (statedOf(summary) !== null || summaries.some((other) => currencyOf(other) !== null));

/** The currencies the sources are in, in the order they were added. */
export const currenciesOf = (summaries: readonly SourceSummary[]) => [...new Set(summaries.flatMap((summary) => currencyOf(summary) ?? []))];

/** The rates as numbers, by currency: blank ones left out; null where the text is not a rate. */
export function readRates(texts: Readonly<Record<string, string>>, currencies: readonly string[]): Record<string, number | null> {
  const rates: Record<string, number | null> = {};
  for (const currency of currencies) {
    const text = texts[currency] ?? "";
    if (text.trim() === "") continue;
    const rate = parseAmount(text);
    rates[currency] = rate !== null && rate > 0 ? rate : null;
  }
  return rates;
}

export function sourcesProblems(summaries: readonly SourceSummary[], rates: Readonly<Record<string, number | null>>, messages: Messages, language: Language): string[] {
  const texts = sourcesTexts(language);
  const perSource = summaries.flatMap((summary) => {
    const named = summary.spec.network !== null && summary.spec.network.trim() !== "";
    // The network names the rows: a source needs no channel column.
    const missing = missingRequiredFields(summary.mapping).filter((field) => field !== "channel").map((field) => fieldLabel(messages, field).toLowerCase());
    return [
      ...summary.issues.map((issue) => `${summary.name}: ${issue}`),
      ...(!named && summary.detected === null && !summary.keepChannel ? [texts.undecidedNetwork(summary.name, summary.candidates)] : []),
      ...(missing.length > 0 ? [messages.noSpendColumn(summary.name, missing.join(", "))] : []),
      ...(lacksOutcome(summary.mapping) ? [`${summary.name}: ${messages.missingOutcome}`] : []),
    ];
  });
  const stated = summaries.flatMap((summary) => {
    try {
      statedCurrency(summary.name, summary.report.currency, statedOf(summary), texts, (message) => new Error(message));
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  });
  const silent = silentBeside(summaries.map((summary) => ({ name: summary.name, currency: currencyOf(summary) })));
  const badRates = Object.entries(rates).flatMap(([currency, rate]) => (rate === null ? [messages.rateInvalid(currency)] : []));
  const groups = currenciesOf(summaries)
    .filter((currency) => !(currency in rates))
    .map((currency) => ({ currency, sources: summaries.filter((summary) => currencyOf(summary) === currency).map((summary) => summary.name) }));
  const currencies = groups.length > 1 ? [texts.currencies(groups)] : groups.length === 0 && Object.keys(rates).length > 0 ? [texts.allConverted(Object.keys(rates))] : [];
  return [...perSource, ...stated, ...(silent ? [silentRefusal(silent, texts)] : []), ...badRates, ...currencies];
}
