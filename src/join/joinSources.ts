/**
 * A shop, CRM or analytics table joined to the combined sources, the same steps for the command
 * line and the sidebar: the table's currency as the user stated it, the rate its money is converted
 * at, each value matched to a network or campaign, and the table's figures put into the combined table.
 */
import type { JoinTexts } from "../i18n/joinTexts";
import type { SourcesTexts } from "../i18n/sourcesTexts";
import type { NumericField } from "../import/fields";
import type { CombinedSources } from "../sources/combine";
import { statedCurrency } from "../sources/sourceCurrency";
import { joinOrigins, type JoinBy, type JoinResult } from "./join";
import type { OriginTable } from "./originTable";
import { joinedRate, spendOf, withJoined } from "./withJoined";

/** The table with the currency the user gave it (a table that says none); refused when it says another. */
export function withTableCurrency(table: OriginTable, code: string | null, texts: SourcesTexts, refuse: (message: string) => Error): OriginTable {
  const currency = statedCurrency(table.name, table.currency, code, texts, refuse);
  return { ...table, currency, imported: { ...table.imported, report: { ...table.imported.report, currency } } };
}

export interface JoinChoice {
  by: JoinBy;
  /** The user's matches over the defaults, as chosenMatches reads them. */
  matches: ReadonlyMap<string, string>;
}

export interface JoinedSources {
  combined: CombinedSources;
  join: JoinResult;
  /** The rate the table's money was converted at, and its currency; null when it is in the scorecard's. */
  converted: { rate: number; code: string } | null;
}

export function joinSources(
  combined: CombinedSources,
  table: OriginTable,
  choice: JoinChoice,
  rates: ReadonlyMap<string, number>,
  texts: { sources: SourcesTexts; join: JoinTexts },
  fieldLabel: (field: NumericField) => string,
): JoinedSources {
  const converted = joinedRate(combined, table, rates, texts.sources, texts.join);
  const join = joinOrigins(table, spendOf(combined), choice.by, choice.matches, texts.join, converted?.rate ?? null);
  return { combined: withJoined(combined, join, fieldLabel), join, converted };
}
