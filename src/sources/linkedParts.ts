/**
 * A linked scorecard over several sources (the command line's --out, the sidebar's sources): where
 * each source's cells sit in the spreadsheet, and the request that sums each one with SUMIFS on its
 * own sheet. Formulas are only as right as the rows they read: a source links when its sheet's data
 * rows are exactly the rows the import read.
 */
import type { ScorecardOptions, ScorecardRequest, SourcePart } from "../scorecard/request";
import { columnLetter } from "../scorecard/sheetText";
import { dimensionColumnsOf, type CombinedSources, type SourceInput } from "./combine";
import type { NumericField } from "../import/fields";
import type { JoinLink } from "../scorecard/matchSheet";

/** Where a source's cells are: the block the import read, as a sheet holds it. */
export interface SourcePlacement {
  sheetName: string;
  /** 1-based sheet row and column of the block's first cell (title lines included). */
  firstRow: number;
  firstColumn: number;
  /** The block's columns and rows. */
  width: number;
  rowCount: number;
  /**
   * True when the sheet holds numbers where the import read numbers from text, as the command line
   * writes a file's data sheet; false for a user's sheet, whose text cells SUMIFS would not add up.
   */
  numbersWritten: boolean;
}

/**
 * Formulas over a source's sheet give what was read when its data rows are exactly the rows read: no
 * totals or summary rows, no notes, no rows without a channel it keeps, no amounts its sheet holds as text.
 */
export const linkable = ({ imported, keepChannel }: SourceInput, { numbersWritten }: Pick<SourcePlacement, "numbersWritten">) =>
  imported.report.headerRow !== null &&
  (numbersWritten || !imported.read.numbersFromText) &&
  imported.read.totalsRows.length === 0 &&
  imported.read.rows.length === imported.dataRows.length &&
  !(keepChannel && imported.read.noChannelRows.length > 0);

/** Where each source's sheet holds each column of the combined table, for formulas over it. */
function sourceParts(combined: CombinedSources, sources: readonly SourceInput[], placements: readonly SourcePlacement[], joinedFields: readonly NumericField[]): SourcePart[] {
  return sources.map((source, i) => {
    const { imported, keepChannel } = source;
    const placement = placements[i];
    const network = combined.sources[i].network;
    const headerRow = placement.firstRow + imported.report.headerRow!;
    const dimensions = dimensionColumnsOf(source);
    const days = combined.days?.sources[i] ?? null;
    const columns = combined.headers.map((_, column): number | { name: string } | null => {
      if (column === combined.mapping.channel) return keepChannel ? imported.mapping.channel! : { name: network };
      if (column === 1) return { name: network };
      // A source without dates holds no day: no period counts its rows.
      if (column === combined.days?.column) return days?.column ?? { name: "" };
      if (column === combined.days?.endColumn) return days?.endColumn ?? days?.column ?? { name: "" };
      const field = (Object.keys(combined.mapping) as (keyof typeof combined.mapping)[]).find((key) => combined.mapping[key] === column);
      // A joined table's fields are its match sheet's: the sources' own columns of them are left out.
      if (field !== undefined) return joinedFields.includes(field as NumericField) ? null : (imported.mapping[field] ?? null);
      const kind = combined.dimensions.find((dimension) => dimension.column === column)?.kind;
      const at = kind === undefined ? undefined : dimensions.get(kind);
      return at === undefined ? { name: "" } : at;
    });
    const lastColumn = columnLetter(placement.firstColumn + placement.width - 1);
    return {
      sheetName: placement.sheetName,
      rangeA1: `${columnLetter(placement.firstColumn)}${headerRow}:${lastColumn}${placement.firstRow + placement.rowCount - 1}`,
      firstRow: headerRow,
      firstColumn: placement.firstColumn,
      hasHeader: true,
      rowCount: imported.read.rows.length,
      columns,
      rate: source.rate,
    };
  });
}

/**
 * The scorecard request over the combined table: linked (a SUMIFS per source's sheet) when asked and
 * every source links, else the values read. `linked` says which it is. joined: a table joined to the
 * sources, its match sheet when it can be live (the build then adds it as a part), else null: with
 * a joined table, a linked build needs it.
 */
export function combinedRequest(
  combined: CombinedSources,
  sources: readonly SourceInput[],
  placements: readonly SourcePlacement[] | null,
  breakdown: number[],
  options: ScorecardOptions,
  joined: { link: JoinLink | null } | null = null,
): { request: ScorecardRequest; linked: boolean } {
  const linked =
    options.linkToSource && placements !== null && sources.every((source, i) => linkable(source, placements[i])) && (joined === null || joined.link !== null);
  // Rates and targets are blank where unknown on any row: only amounts and counts tell a source without them by their blank.
  const partialFields = combined.partial.filter(({ field }) => field !== "bounceRate" && field !== "targetRoi").map(({ field, sources: names, networks }) => ({ field, sources: names, networks }));
  return {
    linked,
    request: {
      headers: combined.headers,
      rows: combined.rows,
      mapping: combined.mapping,
      breakdown,
      decimalMarks: combined.headers.map(() => "."),
      source: null,
      ...(linked ? { parts: sourceParts(combined, sources, placements, joined?.link?.fields ?? []) } : {}),
      ...(linked && joined?.link ? { join: joined.link } : {}),
      ...(partialFields.length > 0 ? { partial: partialFields } : {}),
      options: { ...options, linkToSource: linked },
    },
  };
}
