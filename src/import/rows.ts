/**
 * Reads data rows into typed rows with the columns' decimal marks: every cell that cannot be read
 * is reported with its row and what to do; totals rows are skipped, and rows without a single
 * figure (a note such as "No data available."); rows without a channel are kept under NO_CHANNEL;
 * blank cells stay blank.
 */
import { NUMERIC_FIELDS, OUTCOME_FIELDS, type ColumnMapping, type Field, type NumericField } from "./fields";
import { plainValue, readNumber, type DecimalMark } from "./numbers";
import { isTotalsRow } from "./totals";

/** The channel shown for rows whose channel cell is empty. */
const NO_CHANNEL = "(no channel)";

export interface ImportedRow {
  /** The row as the user numbers it (a sheet row, or the row of the sidebar's table). */
  row: number;
  channel: string;
  /** Null where the cell is blank or holds a placeholder such as "--". */
  values: Record<NumericField, number | null>;
}

export interface RowIssue {
  row: number;
  field: Field;
  message: string;
}

export interface RowsRead<Row = ImportedRow> {
  rows: Row[];
  /** Cells that cannot be read: nothing is built until they are fixed. */
  issues: RowIssue[];
  totalsRows: number[];
  /** Rows with no figure in any column read: nothing to count. */
  rowsWithoutFigures: number[];
  noChannelRows: number[];
  /** Rows with outcomes (or revenue) but a blank or zero cost. */
  noCostRows: number[];
  /** True when some number was read from text ("$1,200", "--"): a formula over the cells would not see it. */
  numbersFromText: boolean;
}

/** The rows skipped or flagged while reading, for the user to be told (the read rows left out). */
export type RowsNoted = Pick<RowsRead, "totalsRows" | "rowsWithoutFigures" | "noChannelRows" | "noCostRows">;

export const rowsNoted = ({ totalsRows, rowsWithoutFigures, noChannelRows, noCostRows }: RowsNoted): RowsNoted => ({ totalsRows, rowsWithoutFigures, noChannelRows, noCostRows });

/** No row skipped or flagged: rates typed or read from a scorecard. */
export const NO_ROWS_NOTED: RowsNoted = { totalsRows: [], rowsWithoutFigures: [], noChannelRows: [], noCostRows: [] };

export const FIELD_LABELS: Record<Field, string> = {
  channel: "channel", budget: "spend", leads: "leads", bounceRate: "bounce rate", conversions: "conversions",
  revenue: "revenue", impressions: "impressions", clicks: "clicks", visits: "visits", targetRoi: "target ROI",
  qualifiedLeads: "qualified leads", customers: "customers", plannedBudget: "planned budget", otherCosts: "other costs", hours: "hours",
  reach: "reach", engagements: "engagements", reactions: "reactions", comments: "comments", shares: "shares",
};

const AMOUNT = { accepts: (n: number) => n >= 0, fix: "enter an amount of 0 or more" };
const COUNT = { accepts: (n: number) => n >= 0, fix: "enter a count of 0 or more" };
const RULES: Record<NumericField, { accepts: (n: number) => boolean; fix: string }> = {
  budget: AMOUNT,
  revenue: AMOUNT,
  plannedBudget: AMOUNT,
  otherCosts: AMOUNT,
  leads: COUNT,
  qualifiedLeads: COUNT,
  customers: COUNT,
  conversions: COUNT,
  impressions: COUNT,
  clicks: COUNT,
  visits: COUNT,
  bounceRate: { accepts: (n) => n >= 0 && n <= 1, fix: "enter a percentage from 0% to 100%, such as 45%" },
  targetRoi: { accepts: (n) => n >= -1, fix: "enter a percentage, such as 20%" },
  hours: { accepts: (n) => n >= 0, fix: "enter a number of hours of 0 or more" },
  reach: COUNT,
  engagements: COUNT,
  reactions: COUNT,
  comments: COUNT,
  shares: COUNT,
};

/** Every field blank: a row's values before its cells are read. */
const NO_VALUES = Object.fromEntries(NUMERIC_FIELDS.map((field) => [field, null])) as Record<NumericField, number | null>;
const RESULT_FIELDS = [...OUTCOME_FIELDS, "revenue"] as NumericField[];

function hasResults(values: Record<NumericField, number | null>): boolean {
  for (const field of RESULT_FIELDS) if ((values[field] ?? 0) > 0) return true;
  return false;
}

const isBlankCell = (cell: unknown) => cell === "" || cell === null || cell === undefined;
const textOf = (cell: unknown) => (isBlankCell(cell) ? "" : String(cell).trim());

/** What a cell that cannot be read is told, in the user's language: English unless told. */
export type DescribeIssue = (row: number, field: Field, found: string, fix: string) => string;

const inEnglish: DescribeIssue = (row, field, found, fix) => `Row ${row}: ${FIELD_LABELS[field]} ${found}; ${fix}.`;

type Values = ImportedRow["values"];

interface NumericColumn {
  field: NumericField;
  column: number;
  rule: (typeof RULES)[NumericField];
  mark: DecimalMark | null;
}

/** What a row's cells tell beyond its figures: the cells that cannot be read, and whether any number was text. */
type CellNotes = Pick<RowsRead<unknown>, "issues" | "numbersFromText">;

/**
 * A row's figures, null where a cell is blank; null for the whole row when it has no figure. A cell
 * that cannot be read is noted, with its row, and left null (the row then counts as filled).
 */
function readValues(cells: readonly unknown[], row: number, columns: readonly NumericColumn[], notes: CellNotes, describeIssue: DescribeIssue): Values | null {
  const values = { ...NO_VALUES };
  let filled = false;
  for (const { field, column, rule, mark } of columns) {
    // Most cells of an export (102, 12.34): read without a reading made for each.
    const plain = plainValue(cells[column], mark);
    if (plain !== undefined && rule.accepts(plain)) {
      notes.numbersFromText = true;
      values[field] = plain;
      filled = true;
      continue;
    }
    const reading = readNumber(cells[column], mark);
    if (reading.kind === "error" || (reading.kind === "number" && !rule.accepts(reading.value))) {
      const [found, fix] = reading.kind === "error" ? [reading.found, reading.fix] : [`is ${reading.value}`, rule.fix];
      notes.issues.push({ row, field, message: describeIssue(row, field, found, fix) });
      filled = true;
      continue;
    }
    if (reading.fromText) notes.numbersFromText = true;
    values[field] = reading.kind === "number" ? reading.value : null;
    filled ||= reading.kind === "number";
  }
  return filled ? values : null;
}

/** What a read row is made into: its number as the user sees it, channel, figures and cells. */
export type MakeRow<Row> = (row: number, channel: string, values: Values, cells: readonly unknown[]) => Row;

const importedRow: MakeRow<ImportedRow> = (row, channel, values) => ({ row, channel, values });

/**
 * marks[column] is the column's decimal mark; firstRowNumber is the number the user sees for rows[0].
 * Each row read is made into what makeRow returns (an ImportedRow unless told), so that a large
 * table's rows are held once, in the form their reader keeps.
 */
export function readRows(rows: readonly (readonly unknown[])[], mapping: ColumnMapping, marks: readonly (DecimalMark | null)[], firstRowNumber: number, describeIssue?: DescribeIssue): RowsRead;
export function readRows<Row>(rows: readonly (readonly unknown[])[], mapping: ColumnMapping, marks: readonly (DecimalMark | null)[], firstRowNumber: number, describeIssue: DescribeIssue, makeRow: MakeRow<Row>): RowsRead<Row>;
export function readRows<Row>(
  rows: readonly (readonly unknown[])[],
  mapping: ColumnMapping,
  marks: readonly (DecimalMark | null)[],
  firstRowNumber: number,
  describeIssue: DescribeIssue = inEnglish,
  makeRow: MakeRow<Row> = importedRow as MakeRow<Row>,
): RowsRead<Row> {
  const read: RowsRead<Row> = { rows: [], issues: [], totalsRows: [], rowsWithoutFigures: [], noChannelRows: [], noCostRows: [], numbersFromText: false };
  // Left to right, as the user reads the row; each column's rule and mark looked up once, not per row.
  const columns: NumericColumn[] = NUMERIC_FIELDS.filter((field) => mapping[field] !== undefined)
    .map((field) => ({ field, column: mapping[field]!, rule: RULES[field], mark: marks[mapping[field]!] ?? null }))
    .sort((a, b) => a.column - b.column);
  const channelText = (cells: readonly unknown[]) => (mapping.channel === undefined ? "" : textOf(cells[mapping.channel]));
  // The number of each row read, in the order of read.rows.
  const rowNumbers: number[] = [];
  rows.forEach((cells, index) => {
    if (cells.every(isBlankCell)) return;
    const row = firstRowNumber + index;
    if (isTotalsRow(cells, mapping.channel)) return void read.totalsRows.push(row);
    const values = readValues(cells, row, columns, read, describeIssue);
    if (values === null) return void read.rowsWithoutFigures.push(row);
    const channel = channelText(cells);
    if (channel === "") read.noChannelRows.push(row);
    if (!values.budget && hasResults(values)) read.noCostRows.push(row);
    read.rows.push(makeRow(row, channel || NO_CHANNEL, values, cells));
    rowNumbers.push(row);
  });
  if (read.noChannelRows.length === 0 || read.rows.length < MIN_ROWS_SUMMED + 1) return read;
  // Rare (rows without a channel): the rows read are read again as imported rows, to look for a summary among them.
  const imported = rowNumbers.map((row) => {
    const cells = rows[row - firstRowNumber];
    return { row, channel: channelText(cells) || NO_CHANNEL, values: readValues(cells, row, columns, { issues: [], numbersFromText: false }, describeIssue)! };
  });
  const summary = summaryRow(imported);
  return summary === null ? read : withSummaryAsTotals(read, rowNumbers, summary);
}

/** The rows read, the summary row (by its number) moved from the rows to the totals rows. */
function withSummaryAsTotals<Row>(read: RowsRead<Row>, rowNumbers: readonly number[], summary: number): RowsRead<Row> {
  return {
    ...read,
    rows: read.rows.filter((_, index) => rowNumbers[index] !== summary),
    totalsRows: [...read.totalsRows, summary].sort((a, b) => a - b),
    noChannelRows: read.noChannelRows.filter((row) => row !== summary),
    noCostRows: read.noCostRows.filter((row) => row !== summary),
  };
}

// Figures a totals row sums; rates and targets are not sums, nor is reach (a person reached by two ads counts once).
const SUMMED: readonly NumericField[] = [
  "budget", "conversions", "leads", "qualifiedLeads", "customers", "visits", "revenue", "clicks", "impressions", "plannedBudget", "otherCosts", "hours", "engagements", "reactions", "comments", "shares",
];
const MIN_SUMMED_FIELDS = 2;
const MIN_ROWS_SUMMED = 2;

/** Decimals a figure shows (12.5: 1), up to 6. */
function decimalsOf(value: number): number {
  for (let decimals = 0; decimals < 6; decimals++) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return decimals;
  }
  return 6;
}

/**
 * How far a summary may be from the sum of the rows it sums: each row shown rounded to the column's
 * decimals may be half a unit of the last one away from what the platform summed (whole counts
 * are exact), plus floating-point noise.
 */
function rounding(rows: readonly ImportedRow[], field: NumericField, sum: number): number {
  let count = 0;
  let decimals = 0;
  for (const { values } of rows) {
    const value = values[field];
    if (value === null) continue;
    count++;
    decimals = Math.max(decimals, decimalsOf(value));
  }
  const shown = decimals === 0 ? 0 : 0.5 * 10 ** -decimals * count;
  return shown + Math.abs(sum) * 1e-9;
}

/**
 * A row without a channel whose every figure is the sum of the other rows, within their rounding,
 * is a summary row (Meta's "Include summary row" puts one, unlabeled, above the data): it is a
 * totals row, not a channel. Blanks in the other rows add nothing; a blank in the summary is not
 * compared. The summary's row number, or null when there is not exactly one.
 */
function summaryRow(rows: readonly ImportedRow[]): number | null {
  const sums = new Map<NumericField, number>(SUMMED.map((field) => [field, 0]));
  for (const { values } of rows) for (const field of SUMMED) sums.set(field, sums.get(field)! + (values[field] ?? 0));
  const tolerance = new Map(SUMMED.map((field) => [field, rounding(rows, field, sums.get(field)!)]));
  const isSummary = ({ channel, values }: ImportedRow) => {
    if (channel !== NO_CHANNEL) return false;
    const present = SUMMED.filter((field) => values[field] !== null);
    // The other rows' sum is the whole sum less this row.
    return present.length >= MIN_SUMMED_FIELDS && present.every((field) => Math.abs(2 * values[field]! - sums.get(field)!) <= tolerance.get(field)!);
  };
  const summaries = rows.filter(isSummary);
  return summaries.length === 1 ? summaries[0].row : null;
}
