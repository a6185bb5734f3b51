/**
 * Breaking a scorecard of several sources down by the columns they share under different names
 * (campaign, ad set / ad group, placement...), chosen by kind rather than by column: the combined
 * table's columns move with the fields every source has, its kinds do not. The network is a kind
 * too, for sources whose own channel column names their rows.
 */
import type { ColumnMapping } from "../import/fields";
import { dimensionColumnsOf, type CombinedSources } from "./combine";
import { DIMENSIONS, type Dimension } from "./dimensions";

export type BreakdownKind = Dimension | "network";

/** The combined table's column of the network (its second). */
const NETWORK_COLUMN = 1;

export interface KindOffered {
  kind: BreakdownKind;
  /** The sources that have such a column; every source for the network. */
  sources: string[];
}

interface SourceColumns {
  name: string;
  headers: string[];
  mapping: ColumnMapping;
  keepChannel: boolean;
}

/** The kinds the sources can be broken down by, each with the sources that have it; the network when a source keeps its own channels. */
export function kindsOffered(sources: readonly SourceColumns[]): KindOffered[] {
  const columns = sources.map((source) => dimensionColumnsOf({ imported: source, keepChannel: source.keepChannel }));
  const offered = DIMENSIONS.flatMap((kind) => {
    const having = sources.filter((_, i) => columns[i].has(kind)).map((source) => source.name);
    return having.length === 0 ? [] : [{ kind, sources: having }];
  });
  return sources.some((source) => source.keepChannel) ? [{ kind: "network", sources: sources.map((source) => source.name) }, ...offered] : offered;
}

/** The kinds every source has, in order: the breakdown suggested until the user chooses one. */
export const kindsSuggested = (offered: readonly KindOffered[], sourceCount: number): BreakdownKind[] =>
  offered.filter((entry) => entry.kind !== "network" && entry.sources.length === sourceCount).map((entry) => entry.kind);

/** The combined table's columns of the kinds chosen, in their order; a kind the table does not have is left out. */
export function breakdownColumns(combined: Pick<CombinedSources, "dimensions">, kinds: readonly unknown[]): number[] {
  const columns = kinds.map((kind) => (kind === "network" ? NETWORK_COLUMN : combined.dimensions.find((dimension) => dimension.kind === kind)?.column));
  return [...new Set(columns.filter((column): column is number => column !== undefined))];
}
