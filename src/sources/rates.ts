/** Rates are given per currency (GBP=1.17); each source takes the rate of the currency it says. */
import type { SourceInput } from "./combine";

const codesOf = (source: SourceInput) => (source.imported.report.currency.kind === "found" ? source.imported.report.currency.codes : []);

/** Each source with its rate; a rate for a currency no source is in is refused with unknownCurrency(code). */
export function withRates(sources: readonly SourceInput[], rates: ReadonlyMap<string, number>, unknownCurrency: (code: string) => Error): SourceInput[] {
  for (const code of rates.keys()) if (!sources.some((source) => codesOf(source).includes(code))) throw unknownCurrency(code);
  return sources.map((source) => {
    const code = codesOf(source).find((candidate) => rates.has(candidate));
    return code === undefined ? source : { ...source, rate: rates.get(code)! };
  });
}
