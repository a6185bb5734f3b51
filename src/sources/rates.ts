/** Rates are given per currency (GBP=1.17); each source takes the rate of the currency it says. */
import type { CurrencyReading } from "../import/currency";
import type { SourceInput } from "./combine";

const codesIn = (currency: CurrencyReading) => (currency.kind === "found" ? currency.codes : []);
const codesOf = (source: SourceInput) => codesIn(source.imported.report.currency);

/**
 * Each source with its rate; a rate for a currency that no source is in, nor another table read
 * beside them (a joined shop's: others), is refused with unknownCurrency(code).
 */
export function withRates(sources: readonly SourceInput[], rates: ReadonlyMap<string, number>, unknownCurrency: (code: string) => Error, others: readonly CurrencyReading[] = []): SourceInput[] {
  const known = new Set([...sources.flatMap(codesOf), ...others.flatMap(codesIn)]);
  for (const code of rates.keys()) if (!known.has(code)) throw unknownCurrency(code);
  return sources.map((source) => {
    const code = codesOf(source).find((candidate) => rates.has(candidate));
    return code === undefined ? source : { ...source, rate: rates.get(code)! };
  });
}
