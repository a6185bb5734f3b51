/**
 * A joined table made live: the match sheet's description (src/scorecard/matchSheet.ts) from the
 * join, or why formulas could not give the join's figures. The sheet's SUMIFS compare a value to the
 * cells of one column of the table, by channelKey (through the key sheet); the join grouped each row
 * under a value built from its origin's columns. They agree when each row's cell in that column
 * spells its value (case and spacing aside), which is checked row by row, and when each row's
 * figures are its cells' (a CRM's deals and contacts count by their stage: not so).
 */
import type { JoinTexts } from "../i18n/joinTexts";
import type { NumericField } from "../import/fields";
import { channelKey } from "../scorecard/channelKey";
import { figureColumnOf, NETWORK_COLUMN, VALUE_COLUMN, type JoinLink } from "../scorecard/matchSheet";
import type { CombinedSources } from "../sources/combine";
import type { SourcePlacement } from "../sources/linkedParts";
import type { JoinResult } from "./join";
import { keyText, mainKeyColumn } from "./keys";
import type { OriginTable } from "./originTable";

const cellText = (cell: unknown) => (cell === null || cell === undefined ? "" : String(cell));

/** The column whose cell names each row's value, and why the formulas would disagree with the join; null when they agree. */
function liveRefusal(table: OriginTable, join: JoinResult, placement: SourcePlacement, texts: JoinTexts): string | null {
  if (table.stages.length > 0) return texts.notLive.records(table.name);
  // Rows without figures add nothing to a SUMIFS, nor do totals rows (no value names them; the table's total leaves them out); amounts a user's sheet holds as text would be 0.
  const { read, report } = table.imported;
  if (report.headerRow === null || (read.numbersFromText && !placement.numbersWritten)) return texts.notLive.rows(table.name);
  const column = keyColumnOf(table, join);
  const firstDataNumber = table.imported.report.headerRow! + 2;
  for (const row of table.rows) {
    const cell = cellText(table.imported.dataRows[row.row - firstDataNumber][column]);
    const value = join.by === "channel" ? keyText(row.key) : (row.campaign ?? "");
    if (channelKey(cell) !== channelKey(value)) return texts.notLive.spelling(table.name, placement.firstRow - 1 + row.row, cell, value);
  }
  return null;
}

const keyColumnOf = (table: OriginTable, join: Pick<JoinResult, "by">) => (join.by === "channel" ? mainKeyColumn(table.columns)! : table.columns.campaign!);

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
        keyColumn: placement.firstColumn + keyColumnOf(table, join),
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
