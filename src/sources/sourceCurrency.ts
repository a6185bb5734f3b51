/**
 * A source's currency when its export says none: the user states it, and until then a source in an
 * unknown currency is refused beside sources that say one (its amounts would be added to theirs as
 * if in their currency). With no source saying a currency, the scorecard shows none, as for one export.
 */
import { CURRENCIES } from "../import/currencies";
import type { CurrencyReading } from "../import/currency";
import type { SourcesTexts } from "../i18n/sourcesTexts";
import type { SourceInput } from "./combine";

export const isCurrencyCode = (code: string) => /^[A-Z]{3}$/.test(code) && CURRENCIES[code] !== undefined;

/**
 * The reading with the currency the user stated: a source that says none takes it; a code it may
 * mean narrows it ("$" stated as CAD); another code, or one not known, is refused.
 */
export function statedCurrency(name: string, reading: CurrencyReading, code: string | null, texts: SourcesTexts, refuse: (message: string) => Error): CurrencyReading {
  if (code === null) return reading;
  if (!isCurrencyCode(code)) throw refuse(texts.unknownCurrencyCode(name, code));
  if (reading.kind === "mixed") return reading;
  if (reading.kind === "found" && !reading.codes.includes(code)) throw refuse(texts.statedOtherCurrency(name, reading.evidence.written, code));
  return { kind: "found", codes: [code], evidence: { written: code, codes: [code], from: { kind: "stated" } } };
}

/** The source with the currency the user stated for it. */
export function withStatedCurrency(source: SourceInput, code: string | null, texts: SourcesTexts, refuse: (message: string) => Error): SourceInput {
  const { imported } = source;
  const currency = statedCurrency(source.name, imported.report.currency, code, texts, refuse);
  return currency === imported.report.currency ? source : { ...source, imported: { ...imported, report: { ...imported.report, currency } } };
}

export interface NamedCurrency {
  name: string;
  /** The currency it says, or null when it says none. */
  currency: string | null;
}

/** The currency an export says (its first code; two currencies are refused apart), or null. */
export const currencySaid = (reading: CurrencyReading) => (reading.kind === "found" ? reading.codes[0] : reading.kind === "mixed" ? reading.first.codes[0] : null);

export interface SilentCurrencies {
  /** The sources that say no currency. */
  silent: string[];
  /** The currencies the others say, each with its sources. */
  groups: { currency: string; sources: string[] }[];
}

/** The sources (and joined tables) that say no currency beside others that say one; null when every one says one, or none does. */
export function silentBeside(tables: readonly NamedCurrency[]): SilentCurrencies | null {
  const silent = tables.filter((table) => table.currency === null).map((table) => table.name);
  const groups = new Map<string, string[]>();
  for (const { name, currency } of tables) if (currency !== null) groups.set(currency, [...(groups.get(currency) ?? []), name]);
  if (silent.length === 0 || groups.size === 0) return null;
  return { silent, groups: [...groups].map(([currency, sources]) => ({ currency, sources })) };
}

/** The refusal of silentBeside's sources, with how to state their currency (the sidebar's source cards; the CLI's --currency). */
export const silentRefusal = ({ silent, groups }: SilentCurrencies, texts: SourcesTexts) => `${texts.silentCurrency(silent, groups)} ${texts.chooseCurrency(silent, groups)}`;
