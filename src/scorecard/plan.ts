/**
 * Plans a channel scorecard as plain data: every cell (values, guarded text, native formulas),
 * formats, rules and chart. applyPlan (in addon/) writes it in a constant number of calls.
 */
import type { ChannelTotals } from "./aggregate";
import { scorecardColumns, type ColumnFormat, type ColumnKey, type ColumnSpec, type RowRefs } from "./columns";
import type { Field } from "./fields";
import { absoluteRange, columnLetter, guardText, sheetReference } from "./sheetText";

export interface ScorecardTexts {
  title: string;
  targetRoi: string;
  builtOn: (date: string, source: string | null) => string;
  total: string;
  headers: Record<ColumnKey, string>;
  verdicts: RowRefs["verdicts"];
  chartTitle: string;
}

/** Where the data came from, so input cells can be live formulas over it. */
export interface SourceLink {
  sheetName: string;
  /** 1-based sheet rows of the first and last data rows. */
  firstRow: number;
  lastRow: number;
  /** 1-based sheet column of each mapped field. */
  columns: Partial<Record<Field, number>>;
  /** The range the user selected, in A1 notation, for the subtitle. */
  rangeA1: string;
}

export interface ScorecardInput {
  sheetName: string;
  channels: readonly ChannelTotals[];
  /** The optional fields the data has. */
  present: ReadonlySet<Field>;
  source: SourceLink | null;
  targetRoi: number;
  chart: boolean;
  moneyFormat: string;
  builtOn: string;
  texts: ScorecardTexts;
}

export interface ConditionalRulePlan {
  range: string;
  formula: string;
  fontColor: string;
  background: string;
}

export interface ChartPlan {
  title: string;
  labels: string;
  values: string;
  anchorRow: number;
  anchorColumn: number;
}

export type Cell = string | number;

export interface ScorecardPlan {
  sheetName: string;
  /** Written from A1 in one call: numbers, text guarded with a leading ', and formulas. */
  cells: Cell[][];
  numberFormats: string[][];
  fontWeights: ("bold" | "normal")[][];
  frozenRows: number;
  /** The channel column stays in view when scrolling right. */
  frozenColumns: number;
  /** Widths in pixels from column A on, wide enough for each header. */
  columnWidths: number[];
  layout: { headerRow: number; firstChannelRow: number; lastChannelRow: number; totalsRow: number; columns: ColumnKey[] };
  conditionalRules: ConditionalRulePlan[];
  chart: ChartPlan | null;
}

const HEADER_ROW = 3;
const DEFAULT_WIDTH = 100;
const CHANNEL_WIDTH = 160;
// About a bold 10-point Arial character, plus the cell's padding: enough for "Conversion rate".
const HEADER_CHAR_WIDTH = 8;
const CELL_PADDING = 16;
const TARGET_CELL = "$B$2";
const FORMATS: Record<Exclude<ColumnFormat, "money">, string> = {
  text: "General",
  count: "#,##0",
  percent: "0.0%",
  multiple: '0.0"x"',
};

/** Wide enough for the header, in steps of 10 px so that neighbours of similar headers share a width. */
function columnWidth(column: ColumnSpec, header: string): number {
  const fitted = Math.ceil((header.length * HEADER_CHAR_WIDTH + CELL_PADDING) / 10) * 10;
  return Math.max(column.key === "channel" ? CHANNEL_WIDTH : DEFAULT_WIDTH, fitted);
}

function inputCell(column: ColumnSpec, channel: ChannelTotals, row: number, source: SourceLink | null): Cell {
  const field = column.field!;
  const value = channel[field];
  if (column.format === "text") return guardText(String(value));
  if (source === null || field === "targetRoi" || source.columns[field] === undefined) return value ?? "";
  const rangeOf = (f: Field) => absoluteRange(source.sheetName, source.columns[f]!, source.firstRow, source.lastRow);
  // Compared as trimmed text, as the channels were grouped: a channel named 916 is the text '916 here.
  const isThisChannel = `(TRIM(${rangeOf("channel")}&"")=$A${row})`;
  if (field === "bounceRate" && source.columns.leads !== undefined) {
    return `=IFERROR(SUMPRODUCT(${isThisChannel}*${rangeOf("bounceRate")}*${rangeOf("leads")})/SUMPRODUCT(${isThisChannel}*${rangeOf("leads")}), "")`;
  }
  return `=SUMPRODUCT(${isThisChannel}*${rangeOf(field)})`;
}

/** The totals row: sums of the input columns, and the very same formulas as the channel rows. */
function totalCell(column: ColumnSpec, refs: RowRefs, span: (key: ColumnKey) => string, texts: ScorecardTexts): Cell {
  if (column.formula) return column.formula(refs);
  if (column.key === "channel") return texts.total;
  if (column.total === "sum") return `=SUM(${span(column.key)})`;
  if (column.total === "leadWeighted") {
    return `=IFERROR(SUMPRODUCT(${span("bounceRate")}, ${span("leads")})/SUMPRODUCT(ISNUMBER(${span("bounceRate")})*${span("leads")}), "")`;
  }
  return "";
}

export function planScorecard(input: ScorecardInput): ScorecardPlan {
  const { channels, texts } = input;
  const columns = scorecardColumns(new Set(["channel", "budget", "leads", "conversions", "revenue", ...input.present]));
  const letters = new Map(columns.map((column, i) => [column.key, columnLetter(i + 1)]));
  const refsFor = (row: number): RowRefs => ({
    cell: (key) => `${letters.get(key)}${row}`,
    target: TARGET_CELL,
    verdicts: texts.verdicts,
  });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + channels.length;
  const totalsRow = last + 1;
  const width = columns.length;
  const padded = (cells: Cell[]) => [...cells, ...Array<Cell>(width - cells.length).fill("")];

  const source = input.source ? sheetReference(input.source.sheetName, input.source.rangeA1) : null;
  const cells: Cell[][] = [
    padded([texts.title]),
    padded([texts.targetRoi, input.targetRoi, texts.builtOn(input.builtOn, source)]),
    columns.map((column) => texts.headers[column.key]),
    ...channels.map((channel, i) =>
      columns.map((column) => (column.formula ? column.formula(refsFor(first + i)) : inputCell(column, channel, first + i, input.source))),
    ),
    columns.map((column) => totalCell(column, refsFor(totalsRow), (key) => `${letters.get(key)}${first}:${letters.get(key)}${last}`, texts)),
  ];

  const formatOf = (column: ColumnSpec) => (column.format === "money" ? input.moneyFormat : FORMATS[column.format]);
  const numberFormats = cells.map((_, r) => {
    if (r === 1) return padded(["General", FORMATS.percent, "General"]).map(String);
    return columns.map((column) => (r < HEADER_ROW ? "General" : formatOf(column)));
  });
  const boldRows = new Set([0, HEADER_ROW - 1, totalsRow - 1]);
  const fontWeights = cells.map((row, r) => row.map(() => (boldRows.has(r) ? "bold" : "normal") as "bold" | "normal"));

  return {
    sheetName: input.sheetName,
    cells,
    numberFormats,
    fontWeights,
    frozenRows: HEADER_ROW,
    frozenColumns: 1,
    columnWidths: columns.map((column) => columnWidth(column, texts.headers[column.key])),
    layout: { headerRow: HEADER_ROW, firstChannelRow: first, lastChannelRow: last, totalsRow, columns: columns.map((c) => c.key) },
    conditionalRules: planRules(letters, first, last, totalsRow, input.present.has("targetRoi")),
    chart: input.chart
      ? { title: texts.chartTitle, labels: `A${first}:A${last}`, values: `${letters.get("roi")}${first}:${letters.get("roi")}${last}`, anchorRow: HEADER_ROW, anchorColumn: width + 2 }
      : null,
  };
}

function planRules(letters: Map<ColumnKey, string>, first: number, last: number, totalsRow: number, hasRowTargets: boolean): ConditionalRulePlan[] {
  const roi = letters.get("roi")!;
  const cpa = letters.get("cpa")!;
  const goal = hasRowTargets ? `IF(${letters.get("targetRoi")}${first}="", ${TARGET_CELL}, ${letters.get("targetRoi")}${first})` : TARGET_CELL;
  const roiCells = `${roi}${first}:${roi}${totalsRow}`;
  return [
    { range: roiCells, formula: `=AND(ISNUMBER(${roi}${first}), ${roi}${first}<0)`, fontColor: "#c5221f", background: "#fce8e6" },
    { range: roiCells, formula: `=AND(ISNUMBER(${roi}${first}), ${roi}${first}>=${goal})`, fontColor: "#137333", background: "#e6f4ea" },
    {
      range: `${cpa}${first}:${cpa}${last}`,
      formula: `=AND(ISNUMBER(${cpa}${first}), ${cpa}${first}=MIN($${cpa}$${first}:$${cpa}$${last}))`,
      fontColor: "#202124",
      background: "#fef7e0",
    },
  ];
}
