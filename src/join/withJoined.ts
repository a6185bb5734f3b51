/**
 * The combined sources with a joined table's figures: its fields become columns of the table the
 * scorecard reads, and each matched network (and campaign) a row of them with no spend, so the
 * scorecard's sums per channel, per campaign and in total take them in as they take any row. The
 * ROI is then over every network: a network that no sale matched has revenue 0 from the table.
 */
import { MONEY_FIELDS } from "../import/currency";
import type { NumericField } from "../import/fields";
import type { CombinedSources, SourceFigures } from "../sources/combine";
import type { SourcesTexts } from "../i18n/sourcesTexts";
import type { JoinTexts } from "../i18n/joinTexts";
import { channelKey } from "../scorecard/channelKey";
import type { JoinResult, Spend } from "./join";
import { JoinError, type OriginTable } from "./originTable";
import { currencySaid, silentBeside, silentRefusal } from "../sources/sourceCurrency";

/** The spend a table is joined to: the combined sources' networks and campaigns. */
export function spendOf(combined: CombinedSources): Spend {
  const networks = [...new Set(combined.sources.map((source) => source.network))];
  const column = combined.dimensions.find((dimension) => dimension.kind === "campaign")?.column;
  const campaigns = new Map<string, { name: string; networks: Set<string> }>();
  if (column !== undefined) {
    for (const row of combined.rows) {
      const name = String(row[column]).trim();
      if (name === "") continue;
      const key = channelKey(name);
      if (!campaigns.has(key)) campaigns.set(key, { name, networks: new Set() });
      campaigns.get(key)!.networks.add(String(row[1]));
    }
  }
  return { networks, campaigns };
}

/**
 * The rate a joined table's money is converted at, and its currency; null when it is in the scorecard's currency (or none says one).
 * Two currencies without a rate are refused, naming both; so is a table or spend that says no currency beside the other that says one.
 */
export function joinedRate(
  combined: CombinedSources,
  table: Pick<OriginTable, "name" | "currency">,
  rates: ReadonlyMap<string, number>,
  texts: SourcesTexts,
  joinTexts: JoinTexts,
): { rate: number; code: string } | null {
  if (table.currency.kind === "mixed") throw new JoinError(joinTexts.refusals.mixedCurrencies(table.name, [table.currency.first.written, table.currency.second.written]));
  const silent = silentBeside([...combined.sources.map(({ name, currency }) => ({ name, currency })), { name: table.name, currency: currencySaid(table.currency) }]);
  if (silent) throw new JoinError(silentRefusal(silent, texts));
  const codes = table.currency.kind === "found" ? table.currency.codes : [];
  const code = codes.find((candidate) => rates.has(candidate));
  if (code !== undefined) {
    if (combined.currency === null) throw new JoinError(texts.allConverted([code]));
    return { rate: rates.get(code)!, code };
  }
  if (codes.length > 0 && combined.currency !== null && !codes.includes(combined.currency)) {
    throw new JoinError(texts.currencies([{ currency: combined.currency, sources: combined.sources.map((source) => source.name) }, { currency: codes[0], sources: [table.name] }]));
  }
  return null;
}

export function withJoined(combined: CombinedSources, join: JoinResult, fieldLabel: (field: NumericField) => string): CombinedSources {
  // joinedRate refused a table and spend of which only one says a currency.
  const { currency } = combined;
  const first = combined.headers.length;
  const headerOf = (field: NumericField) => (MONEY_FIELDS.includes(field) && currency !== null ? `${fieldLabel(field)} (${currency})` : fieldLabel(field));
  const headers = [...combined.headers, ...join.fields.map(headerOf)];
  const mapping = { ...combined.mapping, ...Object.fromEntries(join.fields.map((field, i) => [field, first + i])) };
  const campaignColumn = combined.dimensions.find((dimension) => dimension.kind === "campaign")?.column;
  // A row per value, its campaign as the table spells it: what a live build's match sheet holds on the row.
  const joinedRows = join.rows.map(({ network, value, campaign, values }) => {
    const row = headers.map((_, column): string | number => (column < first ? "" : values[join.fields[column - first]] ?? ""));
    row[combined.mapping.channel!] = network;
    row[1] = network;
    if (campaign !== null && campaignColumn !== undefined) row[campaignColumn] = value;
    return row;
  });
  const byNetwork = new Map(join.networks.map((entry) => [entry.network, entry.values]));
  const sourcesOf = (network: string) => combined.sources.filter((source) => source.network === network).length;
  // A network's figures are its source's when it has one source; with several, they are the network's alone.
  const sources: SourceFigures[] = combined.sources.map((source) =>
    sourcesOf(source.network) === 1 ? { ...source, sums: { ...source.sums, ...byNetwork.get(source.network) } } : source,
  );
  const totals = { ...combined.totals };
  for (const field of join.fields) {
    totals[field] = { value: join.networks.reduce((sum, entry) => sum + (entry.values[field] ?? 0), 0), sources: [join.table], complete: true };
  }
  const spend = combined.sources.reduce((sum, source) => sum + (source.sums.budget ?? 0) + (source.sums.otherCosts ?? 0), 0);
  const revenue = totals.revenue?.value;
  const roi = join.fields.includes("revenue")
    ? { value: spend > 0 ? (revenue! - spend) / spend : null, sources: combined.sources.map((source) => source.name), blended: true }
    : combined.roi;
  return {
    ...combined,
    headers,
    rows: [...combined.rows.map((row) => [...row, ...join.fields.map(() => "")]), ...joinedRows],
    mapping,
    currency,
    sources,
    totals,
    roi,
    notes: combined.notes,
  };
}
