/**
 * A joined table made live: the match sheet's description (src/scorecard/matchSheet.ts) from the
 * join, or why formulas could not give the join's figures. The sheet's SUMIFS compare a value to
 * each row's value as a formula puts it together from the row's origin columns, by channelKey
 * (through the key sheet); the join grouped each row under a value from the same columns, trimmed
 * its own way. They agree when each row reads as its value (case and spacing aside), which is
 * checked row by row, and when each row's figures are its cells' (a CRM's deals and contacts count
 * by their stage: not so).
 */
import type { JoinTexts } from "../i18n/joinTexts";
import type { NumericField } from "../import/fields";
import { channelKey } from "../scorecard/channelKey";
import { figureColumnOf, NETWORK_COLUMN, VALUE_COLUMN, type JoinLink, type OriginKey } from "../scorecard/matchSheet";
import type { CombinedSources } from "../sources/combine";
import type { SourcePlacement } from "../sources/linkedParts";
import type { JoinResult } from "./join";
import { keyText } from "./keys";
import type { OriginTable } from "./originTable";

const cellText = (cell: unknown) => (cell === null || cell === undefined ? "" : String(cell));

/** The columns (0-based, of the table) a row's value is read from by the formulas: the join's own, as keyOf reads them. */
function originKeyOf(table: OriginTable, join: Pick<JoinResult, "by">): OriginKey {
  const { sourceMedium, source, medium, group, campaign } = table.columns;
  if (join.by === "campaign") return { column: campaign! };
  return sourceMedium !== null ? { column: sourceMedium } : { source, medium, group };
}

/** Sheets' TRIM: spaces (U+0020 only) at both ends removed and inner runs made one. */
const sheetsTrim = (text: string) => text.replace(/ {2,}/g, " ").replace(/^ | $/g, "");

/** The value a row reads as in the formulas (originKeyText), from its cells. */
function formulaValue(key: OriginKey, cells: readonly unknown[]): string {
  if ("column" in key) return cellText(cells[key.column]);
  const part = (column: number | null) => (column === null ? "" : sheetsTrim(cellText(cells[column])));
  const [source, medium, group] = [part(key.source), part(key.medium), part(key.group)];
  if (source !== "" && medium !== "") return `${source} / ${medium}`;
  if (group !== "" && source !== "") return `${group} / ${source}`;
  return source !== "" ? source : group;
}

/** Why the formulas would disagree with the join; null when they agree. */
function liveRefusal(table: OriginTable, join: JoinResult, placement: SourcePlacement, texts: JoinTexts): string | null {
  if (table.stages.length > 0) return texts.notLive.records(table.name);
  // Rows without figures add nothing to a SUMIFS, nor do totals rows (no value names them; the table's total leaves them out); amounts a user's sheet holds as text would be 0.
  // (A joined table always has its header row: readOriginTable finds it or refuses.)
  const { read, report } = table.imported;
  if (read.numbersFromText && !placement.numbersWritten) return texts.notLive.amountsAsText(table.name);
  const key = originKeyOf(table, join);
  const firstDataNumber = report.headerRow! + 2;
  for (const row of table.rows) {
    const read = formulaValue(key, table.imported.dataRows[row.row - firstDataNumber]);
    const value = join.by === "channel" ? keyText(row.key) : (row.campaign ?? "");
    if (channelKey(read) !== channelKey(value)) return texts.notLive.spelling(table.name, placement.firstRow - 1 + row.row, read, value);
  }
  return null;
}

/** The key's columns as the sheet's (1-based), the table's first cell in column firstColumn. */
function onSheet(key: OriginKey, firstColumn: number): OriginKey {
  const at = (column: number | null) => (column === null ? null : firstColumn + column);
  return "column" in key ? { column: at(key.column)! } : { source: at(key.source), medium: at(key.medium), group: at(key.group) };
}

/**
 * The joined table as the match sheet a live build writes, over the table's sheet at `placement`;
 * or why it cannot be (the build then holds the values read). combined: the sources with the join's
 * rows (withJoined); rate: the scorecard's currency per unit of the table's.
 */
export function joinLink(
  combined: CombinedSources,
  table: OriginTable,
  join: JoinResult,
  placement: SourcePlacement,
  rate: number | null,
  texts: JoinTexts,
  fieldHeader: (field: NumericField) => string,
): { link: JoinLink } | { refusal: string } {
  const refusal = liveRefusal(table, join, placement, texts);
  if (refusal !== null) return { refusal };
  const { imported } = table;
  const fields: NumericField[] = [...join.fields];
  const campaignColumn = combined.dimensions.find((dimension) => dimension.kind === "campaign")?.column;
  const columns = combined.headers.map((_, column): number | { name: string } | null => {
    if (column === combined.mapping.channel || column === 1) return NETWORK_COLUMN - 1;
    const field = fields.find((candidate) => combined.mapping[candidate] === column);
    if (field !== undefined) return figureColumnOf(fields, field);
    if (Object.values(combined.mapping).includes(column)) return null;
    return join.by === "campaign" && column === campaignColumn ? VALUE_COLUMN - 1 : { name: "" };
  });
  const values = [
    ...join.rows.map(({ value, network }) => ({ value, network })),
    ...join.withoutSpend.map(({ value, network }) => ({ value, network })),
    // A row without an origin has no value to match: the check counts it.
    ...join.unmatched.filter((entry) => entry.why !== "blank").map(({ value }) => ({ value, network: "" })),
  ];
  const firstRow = placement.firstRow + imported.report.headerRow! + 1;
  return {
    link: {
      table: {
        sheetName: placement.sheetName,
        firstRow,
        key: onSheet(originKeyOf(table, join), placement.firstColumn),
        fieldColumns: fields.map((field) => placement.firstColumn + imported.mapping[field]!),
        totalsRows: imported.read.totalsRows.map((row) => placement.firstRow - 1 + row),
      },
      fields,
      headers: [texts.matchHeaders.value(join.by), texts.matchHeaders.network, ...fields.map(fieldHeader)],
      values,
      rate,
      part: { columns, rowCount: join.rows.length },
    },
  };
}
