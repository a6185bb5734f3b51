/**
 * Plans a channel scorecard as plain data: every cell (values, guarded text, native formulas),
 * formats, rules and chart. applyPlan (in addon/) writes it in a constant number of calls.
 */
import type { ChannelTotals } from "./aggregate";
import {
  costMetric, CUT_FACTOR, revenueColumn, scorecardColumns, verdictBasis,
  type ColumnFormat, type ColumnKey, type ColumnSpec, type CostMetric, type OptionKey, type RowRefs, type VerdictBasis,
} from "./columns";
import type { Field } from "./fields";
import type { NumericField } from "../import/fields";
import { linkedBounceRate, linkedKeys, linkedSum, sourceTotal, type KeySheetPlan, type SourceLink } from "./linkedInput";
import { columnLetter, guardText, sheetReference } from "./sheetText";

export type { KeySheetPlan, SourceLink } from "./linkedInput";

export interface ScorecardTexts {
  title: string;
  targetRoi: string;
  valuePerConversion: string;
  hourlyRate: string;
  targetCost: Record<CostMetric, string>;
  /** How a cost verdict decides, for the note above the table; blendedTarget: the cell of a target left to the totals row. */
  costVerdictNote: (metric: string, cutFactor: number, blendedTarget: string | null) => string;
  builtOn: (date: string, source: string | null) => string;
  total: string;
  /** The label of the live check of a linked build: the source's spend the table does not count. */
  notCounted: string;
  headers: Record<ColumnKey, string>;
  verdicts: RowRefs["verdicts"];
  chartTitle: Record<"roi" | CostMetric, string>;
}

export interface ScorecardInput {
  sheetName: string;
  channels: readonly ChannelTotals[];
  /** The fields the data has, besides channel and budget. */
  present: ReadonlySet<Field>;
  source: SourceLink | null;
  targetRoi: number;
  /** For an estimated revenue when the data has none. */
  valuePerConversion: number | null;
  hourlyRate: number | null;
  /** The cost per result to reach when there is no ROI; null: the table's blended one. */
  targetCost: number | null;
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
  /** The key sheet a linked scorecard's formulas compare names through; null when not linked. */
  keys: KeySheetPlan | null;
}

const SETTINGS_ROW = 2;
// The live check of a linked build, on the title row: its label in C1 (with D1 to run into), its figure in E1.
const CHECK_CELL = "E1";
const CHECK_INDEX = 4;
const HEADER_ROW = 3;
const DEFAULT_WIDTH = 100;
const CHANNEL_WIDTH = 160;
// About a bold 10-point Arial character, plus the cell's padding: enough for "Conversion rate".
const HEADER_CHAR_WIDTH = 8;
const CELL_PADDING = 16;
const FORMATS: Record<Exclude<ColumnFormat, "money">, string> = {
  text: "General",
  count: "#,##0",
  hours: "#,##0.0",
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
  const matches = [{ column: source.columns.channel!, cell: `$A${row}` }];
  if (field === "bounceRate" && source.columns.leads !== undefined) return linkedBounceRate(source, matches);
  return linkedSum(source, field as NumericField, matches);
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

interface OptionCell {
  key: OptionKey;
  label: string;
  /** Null: the table's blended cost per result, read from its totals row. */
  value: Cell | null;
  format: "money" | "percent";
}

/** The option cells that the build's formulas read: on the settings row, each value after its label. */
function optionCells(input: ScorecardInput, basis: VerdictBasis, hasEstimate: boolean): OptionCell[] {
  const { texts } = input;
  const options: (OptionCell | false)[] = [
    basis.by === "roi" && { key: "targetRoi", label: texts.targetRoi, value: input.targetRoi, format: "percent" },
    hasEstimate && { key: "valuePerConversion", label: texts.valuePerConversion, value: input.valuePerConversion, format: "money" },
    input.present.has("hours") && { key: "hourlyRate", label: texts.hourlyRate, value: input.hourlyRate ?? "", format: "money" },
    basis.by === "cost" && { key: "targetCost", label: texts.targetCost[basis.metric], value: input.targetCost, format: "money" },
  ];
  return options.filter((option): option is OptionCell => option !== false);
}

export function planScorecard(input: ScorecardInput): ScorecardPlan {
  const { channels, texts } = input;
  const choice = { present: new Set<Field>(["channel", "budget", ...input.present]), valuePerConversion: input.valuePerConversion !== null };
  const basis = verdictBasis(choice);
  if (basis === null) throw new Error("A scorecard needs conversions, leads or clicks.");
  const columns = scorecardColumns(choice);
  const letters = new Map(columns.map((column, i) => [column.key, columnLetter(i + 1)]));
  const letter = (key: ColumnKey) => letters.get(key)!;
  const judgedBy = basis.by === "roi" ? "roi" : basis.metric;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + channels.length;
  const totalsRow = last + 1;

  const options = optionCells(input, basis, revenueColumn(choice) === "estimatedRevenue");
  // Each value sits right of its label: B2, D2, F2...
  const optionColumn = new Map(options.map((option, i) => [option.key, columnLetter(2 * i + 2)]));
  const refsFor = (row: number): RowRefs => ({
    cell: (key) => `${letter(key)}${row}`,
    option: (key) => `$${optionColumn.get(key)}$${SETTINGS_ROW}`,
    verdicts: texts.verdicts,
  });
  const source = input.source ? sheetReference(input.source.sheetName, input.source.rangeA1) : null;
  const blendedTarget = basis.by === "cost" && input.targetCost === null ? `${optionColumn.get("targetCost")}${SETTINGS_ROW}` : null;
  const note = basis.by === "cost" && texts.costVerdictNote(basis.metric.toUpperCase(), CUT_FACTOR, blendedTarget);
  const settings: Cell[] = [
    ...options.flatMap((option) => [option.label, option.value ?? `=${letter(judgedBy)}${totalsRow}`]),
    texts.builtOn(input.builtOn, source),
    ...(note ? [note] : []),
  ];
  const titleRow: Cell[] = input.source
    ? [texts.title, "", texts.notCounted, "", `=ROUND(${sourceTotal(input.source, "budget")}-${letter("budget")}${totalsRow}, 2)`]
    : [texts.title];
  const width = Math.max(columns.length, settings.length, titleRow.length);
  const padded = <T>(cells: T[], fill: T): T[] => [...cells, ...Array<T>(width - cells.length).fill(fill)];

  const cells: Cell[][] = [
    padded(titleRow, ""),
    padded(settings, ""),
    padded<Cell>(columns.map((column) => texts.headers[column.key]), ""),
    ...channels.map((channel, i) =>
      padded(columns.map((column) => (column.formula ? column.formula(refsFor(first + i)) : inputCell(column, channel, first + i, input.source))), ""),
    ),
    padded(columns.map((column) => totalCell(column, refsFor(totalsRow), (key) => `${letter(key)}${first}:${letter(key)}${last}`, texts)), ""),
  ];

  const formatOf = (format: ColumnFormat) => (format === "money" ? input.moneyFormat : FORMATS[format]);
  const settingsFormats = padded(options.flatMap((option) => ["General", formatOf(option.format)]), "General");
  const numberFormats = cells.map((_, r) => {
    if (r === SETTINGS_ROW - 1) return settingsFormats;
    if (r === 0) return padded(titleRow.map((_, i) => (i === CHECK_INDEX ? input.moneyFormat : "General")), "General");
    return padded(columns.map((column) => (r < HEADER_ROW ? "General" : formatOf(column.format))), "General");
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
    conditionalRules: [
      ...planRules(basis, costMetric(choice.present)!, letter, refsFor(first).option, { first, last, totalsRow }, choice.present.has("targetRoi")),
      ...(input.source ? [{ range: CHECK_CELL, formula: `=AND(ISNUMBER(${CHECK_CELL}), ${CHECK_CELL}<>0)`, ...RED }] : []),
    ],
    chart: input.chart
      ? { title: texts.chartTitle[judgedBy], labels: `A${first}:A${last}`, values: `${letter(judgedBy)}${first}:${letter(judgedBy)}${last}`, anchorRow: HEADER_ROW, anchorColumn: width + 2 }
      : null,
    keys: input.source && linkedKeys(input.source),
  };
}

const RED = { fontColor: "#c5221f", background: "#fce8e6" };
const GREEN = { fontColor: "#137333", background: "#e6f4ea" };
const YELLOW = { fontColor: "#202124", background: "#fef7e0" };

/** Red where a channel loses, green where it meets its target, and the lowest cost per result highlighted. */
function planRules(
  basis: VerdictBasis,
  bestCost: CostMetric,
  column: (key: ColumnKey) => string,
  option: RowRefs["option"],
  rows: { first: number; last: number; totalsRow: number },
  hasRowTargets: boolean,
): ConditionalRulePlan[] {
  const { first, last, totalsRow } = rows;
  const cost = column(bestCost);
  const best = { range: `${cost}${first}:${cost}${last}`, formula: `=AND(ISNUMBER(${cost}${first}), ${cost}${first}=MIN($${cost}$${first}:$${cost}$${last}))`, ...YELLOW };
  if (basis.by === "cost") {
    const target = option("targetCost");
    const judged = `${cost}${first}:${cost}${totalsRow}`;
    // The best cost comes first: Sheets applies the first rule that matches a cell.
    return [
      best,
      { range: judged, formula: `=AND(ISNUMBER(${cost}${first}), ISNUMBER(${target}), ${cost}${first}>${CUT_FACTOR}*${target})`, ...RED },
      { range: judged, formula: `=AND(ISNUMBER(${cost}${first}), ISNUMBER(${target}), ${cost}${first}<=${target})`, ...GREEN },
    ];
  }
  const roi = column("roi");
  const targetRoi = column("targetRoi");
  const goal = hasRowTargets ? `IF(${targetRoi}${first}="", ${option("targetRoi")}, ${targetRoi}${first})` : option("targetRoi");
  const roiCells = `${roi}${first}:${roi}${totalsRow}`;
  return [
    { range: roiCells, formula: `=AND(ISNUMBER(${roi}${first}), ${roi}${first}<0)`, ...RED },
    { range: roiCells, formula: `=AND(ISNUMBER(${roi}${first}), ${roi}${first}>=${goal})`, ...GREEN },
    best,
  ];
}
