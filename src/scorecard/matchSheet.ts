/**
 * A revenue table joined live: the join's matching as cells a formula reads. The match sheet lists
 * each value of the table (a source / medium, a channel group, a campaign) with its network, an
 * editable cell, and its figures, SUMIFS over the table's sheet; the scorecard sums it as one more
 * part of its link (a SUMIFS over the network column), so a teammate who changes a value's network
 * or adds rows to the table moves the figures. A value is compared as the join compares it
 * (channelKey, through the key sheet's keys), never by SUMIFS' own wildcards and comparisons.
 */
import { MONEY_FIELDS } from "../import/currency";
import type { NumericField } from "../import/fields";
import { keyFormula, type KeyBlock } from "./linkedInput";
import { absoluteRange, columnLetter, guardText, quoteSheetName } from "./sheetText";
import type { SourcePart } from "./request";

/** What a build needs to write a match sheet and link the scorecard to it: plain JSON. */
export interface JoinLink {
  /**
   * Where the table's rows are: its sheet, the 1-based row of its first data row, the columns its
   * values are read from and a column per field (1-based), and the sheet rows of its totals rows
   * (GA4's first row), which its total leaves out.
   */
  table: { sheetName: string; firstRow: number; key: OriginKey; fieldColumns: number[]; totalsRows: number[] };
  /** The fields the table brings, in the order of fieldColumns. */
  fields: NumericField[];
  /** The match sheet's header: value, network, then a header per field. */
  headers: string[];
  /** Each value as the table spells it, and its network ("" for none): first the request's joined rows, in their order. */
  values: { value: string; network: string }[];
  /** The scorecard's currency per unit of the table's: its money is multiplied by it; null when the same. */
  rate: number | null;
  /** Per column of the request, as a SourcePart's columns, on the match sheet: the rows of the request's joined rows. */
  part: Pick<SourcePart, "columns" | "rowCount">;
}

/**
 * The sheet columns (1-based) a row's value is read from: one column (GA4's "Session source /
 * medium", a campaign), or a source, a medium and a group (a shop's UTM source and medium, a
 * referrer's source and name), put together as the join puts them (src/join/keys.ts keyText):
 * "source / medium", else "group / source", else the source, else the group.
 */
export type OriginKey = { column: number } | { source: number | null; medium: number | null; group: number | null };

/** The formula of the value a row of the table reads as, element-wise over its ranges: as keyText, spaces trimmed as Sheets' TRIM does. */
export function originKeyText(key: OriginKey, range: (column: number) => string): string {
  if ("column" in key) return range(key.column);
  const part = (column: number | null) => (column === null ? `""` : `TRIM(${range(column)}&"")`);
  const [source, medium, group] = [part(key.source), part(key.medium), part(key.group)];
  return `IF((${source}<>"")*(${medium}<>""), ${source}&" / "&${medium}, IF((${group}<>"")*(${source}<>""), ${group}&" / "&${source}, IF(${source}<>"", ${source}, ${group})))`;
}

/** A new sheet's rows: the match sheet has at least as many, so that values typed below its own count. */
const NEW_SHEET_ROWS = 1000;

/** The rows of the match sheet, down to which the scorecard's sums read. */
export const matchSheetRows = (link: Pick<JoinLink, "values">) => Math.max(NEW_SHEET_ROWS, link.values.length + 1);

/** The match sheet's columns (1-based): the value, its network, then the figures. */
export const VALUE_COLUMN = 1;
export const NETWORK_COLUMN = 2;
const FIRST_FIGURE_COLUMN = 3;

/** The match sheet's figure column (0-based from its first column) of each field: for the part's columns. */
export const figureColumnOf = (fields: readonly NumericField[], field: NumericField) => FIRST_FIGURE_COLUMN - 1 + fields.indexOf(field);

const scaled = (sum: string, field: NumericField, rate: number | null) => (rate !== null && MONEY_FIELDS.includes(field) ? `${sum}*${rate}` : sum);

/** The table's total of a field, to its sheet's last row whatever it becomes: what the scorecard and the match sheet should count. */
export function joinedTableTotal(link: JoinLink, field: NumericField): string {
  const letter = columnLetter(link.table.fieldColumns[link.fields.indexOf(field)]);
  const sheet = quoteSheetName(link.table.sheetName);
  const totals = link.table.totalsRows.map((row) => `-N(${sheet}!$${letter}$${row})`).join("");
  return scaled(`(SUM(${sheet}!$${letter}$${link.table.firstRow}:$${letter})${totals})`, field, link.rate);
}

/** The field the live check counts: revenue when the table brings it, else its first. */
export const checkedField = (link: Pick<JoinLink, "fields">): NumericField => (link.fields.includes("revenue") ? "revenue" : link.fields[0]);

export interface MatchSheetPlan {
  /** The sheet's cells from A1: header, then a row per value (text guarded, figures as formulas). */
  cells: (string | number)[][];
  /** The rows the sheet must have: the sums of the scorecard read down to it, so a value typed below counts. */
  lastRow: number;
  /** The key sheet's block of the table's keys, aligned with its rows. */
  keyBlock: KeyBlock;
}

/**
 * tableLastRow: the table sheet's last row (its grid's), down to which the sums read; keys: the key
 * sheet and its free column for the table's keys; lastRow: the match sheet's (matchSheetRows).
 */
export function planMatchSheet(link: JoinLink, tableLastRow: number, keys: { sheetName: string; column: number }, lastRow: number): MatchSheetPlan {
  const { table } = link;
  const keyRange = absoluteRange(keys.sheetName, keys.column, table.firstRow, tableLastRow);
  const rows = link.values.map(({ value, network }, i) => {
    const row = i + 2;
    const figures = link.fields.map((field, f) => {
      const sum = `SUMIFS(${absoluteRange(table.sheetName, table.fieldColumns[f], table.firstRow, tableLastRow)}, ${keyRange}, ${keyFormula(`$${columnLetter(VALUE_COLUMN)}${row}`)})`;
      return `=${scaled(sum, field, link.rate)}`;
    });
    return [guardText(value), guardText(network), ...figures];
  });
  return {
    cells: [link.headers, ...rows],
    lastRow,
    keyBlock: {
      firstRow: table.firstRow,
      firstColumn: keys.column,
      formulas: [`=ARRAYFORMULA(${keyFormula(originKeyText(table.key, (column) => absoluteRange(table.sheetName, column, table.firstRow, tableLastRow)))})`],
    },
  };
}

/** The match sheet as one more part of the scorecard's link: its network column names each row's channel. */
export function matchPart(link: JoinLink, sheetName: string, lastRow: number): SourcePart {
  const width = link.headers.length;
  return {
    sheetName,
    rangeA1: `A1:${columnLetter(width)}${lastRow}`,
    firstRow: 1,
    firstColumn: 1,
    hasHeader: true,
    rowCount: link.part.rowCount,
    columns: link.part.columns,
    rate: null,
  };
}
