/**
 * Input cells as live formulas over the source range: a channel's (or a breakdown row's) figure is
 * the sum of the source rows whose names match it, compared as channelKey compares them.
 *
 * A key sheet, owned by the add-on, holds each source row's name as a comparison key, one array
 * formula per column giving a key per row; input cells are SUMIFS over the key column. Sheets,
 * LibreOffice and the playground then read every source row once per key rather than once per
 * input cell: linear in rows + channels.
 *
 * Several sources (one export per network) are parts of one link: each input cell sums each part
 * (a SUMIFS per part, added), in the link's columns, which each part has on a sheet column of its
 * own or holds as one name on every row (its network, or a blank breakdown it does not have).
 */
import { channelNameFormula } from "./channelKey";
import type { Field, NumericField } from "../import/fields";
import { MONEY_FIELDS } from "../import/currency";
import { absoluteRange, columnLetter, quoteSheetName } from "./sheetText";

/** Where the data came from, so input cells can be live formulas over it. */
export interface SourceLink {
  sheetName: string;
  /** 1-based sheet rows of the first and last data rows. */
  firstRow: number;
  lastRow: number;
  /** 1-based column of each mapped field: the sheet's, or with parts the link's own numbering, which each part maps. */
  columns: Partial<Record<Field, number>>;
  /** 1-based column of each breakdown column, in the order of the breakdown. */
  breakdown: number[];
  /** The range the user selected, in A1 notation, for the subtitle. */
  rangeA1: string;
  /** The key sheet the input cells compare names through: see linkedKeys. */
  keys: LinkKeys;
  /** 1-based column of the days the periods count, when the scorecard has periods. */
  dayColumn?: number;
  /** Several sources, each summed on its own; absent, the link is the one source above. */
  parts?: LinkPart[];
  /** A table joined live (one of the parts is its match sheet): the field its check counts, and the table's total of it as a formula. */
  joined?: { field: NumericField; tableTotal: string; fields: readonly NumericField[] } | null;
}

export interface LinkKeys {
  sheetName: string;
  /** The columns (1-based) matches may name: the channel's, and any breakdown column. */
  matchColumns: readonly number[];
  /** The last sheet row the sums read, below the data (see linkReach), so rows added there count. */
  lastRow: number;
}

/** One source of several: its sheet, rows, and where it holds each of the link's columns. */
export interface LinkPart {
  sheetName: string;
  /** The range the source was read from, for the subtitle. */
  rangeA1: string;
  firstRow: number;
  /** The last sheet row its sums read: its sheet's last row. */
  lastRow: number;
  /** Its sheet column (1-based) for each of the link's columns it has, or the one name it holds on every row. */
  columns: ReadonlyMap<number, number | { name: string }>;
  /** The scorecard's currency per unit of the part's: its money is multiplied by it; null when the same. */
  rate: number | null;
}

/**
 * Source rows count for a cell when their name in a column of the link (the channel's, or a
 * breakdown column's) equals the name in the scorecard cell `cell` (such as $A4).
 */
export interface LinkedMatch {
  column: number;
  cell: string;
}

/** Source rows count for a period's cell when their day, in the link's column `column`, is from the day in cell `from` to the one in `to`. */
export interface LinkedDays {
  column: number;
  from: string;
  to: string;
}

/** Formulas that fill the key sheet from a row and column down, aligned with a part's source rows. */
export interface KeyBlock {
  firstRow: number;
  firstColumn: number;
  formulas: string[];
}

/** The key sheet's formulas: one ARRAYFORMULA per column, whose results fill the column down to `lastRow`; a block per part. */
export interface KeySheetPlan {
  sheetName: string;
  lastRow: number;
  blocks: KeyBlock[];
}

// The key of a name: its channelName, lower-cased, with the characters that SUMIFS criteria read
// as wildcards (* ? ~) spelled out (! first, so two names never share a key), behind a "k" so that
// no name reads as a number, a comparison (=x, >5) or a blank criterion.
const ESCAPES: [string, string][] = [["!", "!e"], ["*", "!s"], ["?", "!q"], ["~", "!t"]];
export const keyFormula = (name: string) =>
  `"k"&${ESCAPES.reduce((text, [from, to]) => `SUBSTITUTE(${text}, "${from}", "${to}")`, `LOWER(${channelNameFormula(name)})`)}`;

/** A part as its formulas read it: sheet ranges, and its columns of the key sheet from `keyColumn` on. */
interface PartReading {
  part: LinkPart;
  /** The key sheet's column (1-based) of each of the link's match columns this part has on its sheet. */
  keyColumns: Map<number, number>;
  /** The key sheet's columns of the bounce rate times its weight, and of the weight of rows with a rate; null without. */
  bounceColumns: { weighted: number; rated: number } | null;
}

/** The one source of a link without parts, as a part whose columns are the sheet's own. */
function partsOf(source: SourceLink): LinkPart[] {
  if (source.parts) return source.parts;
  const columns = new Map<number, number>();
  for (const column of [...Object.values(source.columns), ...source.keys.matchColumns, ...(source.dayColumn ? [source.dayColumn] : [])]) columns.set(column!, column!);
  return [{ sheetName: source.sheetName, rangeA1: source.rangeA1, firstRow: source.firstRow, lastRow: source.keys.lastRow, columns, rate: null }];
}

/** The field a linked bounce rate is weighed by: the visits, else the leads (as the columns' bounceWeight); null without either. */
export function bounceWeightColumn(source: SourceLink): "visits" | "leads" | null {
  return source.columns.visits !== undefined ? "visits" : source.columns.leads !== undefined ? "leads" : null;
}

const sheetColumn = (part: LinkPart, column: number) => {
  const at = part.columns.get(column);
  return typeof at === "number" ? at : null;
};

/** True when the part's sheet has the field's column (a field only some sources have is missing from the others). */
const partHas = (source: SourceLink, part: LinkPart, field: Field) => source.columns[field] !== undefined && sheetColumn(part, source.columns[field]!) !== null;

/** Each part's key columns, side by side on the key sheet: its match columns, then the bounce-rate weights when the link has both. */
function readings(source: SourceLink): PartReading[] {
  const weighsBounce = source.columns.bounceRate !== undefined && bounceWeightColumn(source) !== null;
  let next = 1;
  return partsOf(source).map((part) => {
    const keyColumns = new Map<number, number>();
    for (const column of source.keys.matchColumns) if (sheetColumn(part, column) !== null) keyColumns.set(column, next++);
    // A source without a bounce rate or its weight (only some sources have it) weighs nothing.
    const weight = bounceWeightColumn(source);
    const bounceColumns = weighsBounce && partHas(source, part, "bounceRate") && partHas(source, part, weight!) ? { weighted: next, rated: next + 1 } : null;
    if (bounceColumns) next += 2;
    return { part, keyColumns, bounceColumns };
  });
}

const partRange = (part: LinkPart, sheetCol: number) => absoluteRange(part.sheetName, sheetCol, part.firstRow, part.lastRow);
const keyRange = (source: SourceLink, part: LinkPart, keyColumn: number) => absoluteRange(source.keys.sheetName, keyColumn, part.firstRow, part.lastRow);
const fieldRange = (part: LinkPart, source: SourceLink, field: Field) => partRange(part, sheetColumn(part, source.columns[field]!)!);

/**
 * A part's sum of one of its ranges over the matching rows: SUMIFS on the names it has on its sheet;
 * a name it holds on every row is compared once, outside (none of its rows match when it differs).
 * count: how many rows match instead (with no criteria, its rows with a spend).
 */
function partSum(source: SourceLink, { part, keyColumns }: PartReading, range: string, matches: readonly LinkedMatch[], days?: LinkedDays, count = false): string {
  const criteria: string[] = [];
  if (days) {
    const dayColumn = sheetColumn(part, days.column);
    // A source without the date column has no day on any row: no period counts it.
    if (dayColumn === null) return "0";
    const dayRange = partRange(part, dayColumn);
    // Before the day after the last one, so that a day with a time of day still counts.
    criteria.push(`${dayRange}, ">="&${days.from}, ${dayRange}, "<"&(${days.to}+1)`);
  }
  const conditions: string[] = [];
  for (const { column, cell } of matches) {
    const keyColumn = keyColumns.get(column);
    const at = part.columns.get(column);
    if (keyColumn !== undefined) criteria.push(`${keyRange(source, part, keyColumn)}, ${keyFormula(cell)}`);
    else if (typeof at === "object") conditions.push(`${keyFormula(cell)}=${keyFormula(`"${at.name.replace(/"/g, '""')}"`)}`);
    else throw new Error(`Source column ${columnLetter(column)} has no key column: list it in the link's match columns.`);
  }
  const sum = count
    ? criteria.length > 0 ? `COUNTIFS(${criteria.join(", ")})` : `COUNT(${fieldRange(part, source, "budget")})`
    : criteria.length > 0 ? `SUMIFS(${range}, ${criteria.join(", ")})` : `SUM(${range})`;
  return conditions.length > 0 ? `IF(AND(${conditions.join(", ")}), ${sum}, 0)` : sum;
}

const scaled = (sum: string, part: LinkPart, field: Field) => (part.rate !== null && MONEY_FIELDS.includes(field) ? `${sum}*${part.rate}` : sum);

/**
 * The sum of a numeric column over the matching source rows (of every part, added). over: the field
 * whose rows count (its own by default): the parts without it add nothing, and where none of the
 * parts with it has a matching row, the cell is blank, as a field no source of the row has.
 */
export function linkedSum(source: SourceLink, field: NumericField, matches: readonly LinkedMatch[], days?: LinkedDays, over: NumericField = field): string {
  const all = readings(source);
  const having = all.filter(({ part }) => partHas(source, part, over));
  const sum = having.map((reading) => scaled(partSum(source, reading, fieldRange(reading.part, source, field), matches, days), reading.part, field)).join("+");
  // A joined table's figure of a network that no value matched is 0, as in a build of values.
  if (having.length === all.length || source.joined?.fields.includes(over)) return `=${sum}`;
  const rows = having.map((reading) => partSum(source, reading, "", matches, days, true)).join("+");
  return `=IF(${rows}=0, "", ${sum})`;
}

/** The bounce rate weighted by visits or leads over the matching rows; rows with a blank rate stay out, and none gives blank. */
export function linkedBounceRate(source: SourceLink, matches: readonly LinkedMatch[]): string {
  const all = readings(source).filter((reading) => reading.bounceColumns !== null);
  const sum = (which: "weighted" | "rated") => all.map((reading) => partSum(source, reading, keyRange(source, reading.part, reading.bounceColumns![which]), matches)).join("+");
  return `=IFERROR(${sum("weighted")}/${all.length > 1 ? `(${sum("rated")})` : sum("rated")}, "")`;
}

/** The source's total of a column, to the sheet's last row whatever it becomes (each part's, added): what the scorecard should count. */
export function sourceTotal(source: SourceLink, field: NumericField): string {
  return partsOf(source)
    .filter((part) => partHas(source, part, field))
    .map((part) => {
      const letter = columnLetter(sheetColumn(part, source.columns[field]!)!);
      return scaled(`SUM(${quoteSheetName(part.sheetName)}!$${letter}$${part.firstRow}:$${letter})`, part, field);
    })
    .join("+");
}

/**
 * The key sheet's formulas: per part, a key per match column it has on its sheet, then the
 * bounce-rate weights when the link has both. Each is element-wise over its source column (N()
 * would not be: a blank or text count is 0 by IF(ISNUMBER())).
 */
export function linkedKeys(source: SourceLink): KeySheetPlan {
  const weight = bounceWeightColumn(source);
  const all = readings(source);
  const blocks = all.map(({ part, keyColumns, bounceColumns }) => {
    const formulas = [...keyColumns.keys()].map((column) => keyFormula(partRange(part, sheetColumn(part, column)!)));
    if (bounceColumns && weight !== null) {
      const [rate, count] = [fieldRange(part, source, "bounceRate"), fieldRange(part, source, weight)];
      const ratedCount = `IF(ISNUMBER(${count}), ${count}, 0)`;
      formulas.push(`IF(ISNUMBER(${rate}), ${rate}*${ratedCount}, "")`, `IF(ISNUMBER(${rate}), ${ratedCount}, "")`);
    }
    const firstColumn = Math.min(...keyColumns.values(), bounceColumns?.weighted ?? Infinity);
    return { firstRow: part.firstRow, firstColumn: Number.isFinite(firstColumn) ? firstColumn : 1, formulas: formulas.map((formula) => `=ARRAYFORMULA(${formula})`) };
  });
  return { sheetName: source.keys.sheetName, lastRow: Math.max(...all.map(({ part }) => part.lastRow)), blocks: blocks.filter((block) => block.formulas.length > 0) };
}
