/**
 * Plans a channel scorecard as plain data: every cell (values, guarded text, native formulas),
 * formats, rules and chart. applyPlan (in addon/) writes it in a constant number of calls.
 */
import { rowHeightOf, wrappedLines } from "./wrappedLines";
import type { ChannelTotals } from "./aggregate";
import type { Breakdown } from "./breakdown";
import { planSections, SECTION_LABEL_COLUMNS, type BreakdownTexts, type SectionLayout } from "./breakdownPlan";
import {
  costMetric, CUT_FACTOR, funnelStages, revenueColumn, scorecardColumns, SPEND_WITH, verdictBasis,
  type ColumnChoice, type FunnelStage, type ColumnKey, type ColumnSpec, type CostMetric, type OptionKey, type RowRefs, type VerdictBasis,
} from "./columns";
import type { Field } from "./fields";
import type { NumericField } from "../import/fields";
import { MONEY_FIELDS } from "../import/currency";
import { CHART_SIZE, chartRowsBelow, FUNNEL_CHART, sideBySide, VALUES_ON_BARS } from "./chartLayout";
import { bounceWeightColumn, linkedBounceRate, linkedKeys, linkedSum, sourceTotal, type KeySheetPlan, type LinkedMatch, type SourceLink } from "./linkedInput";
import { planPeriods, type PeriodField, type PeriodFormat, type PeriodSection, type PeriodTexts } from "./periodPlan";
import type { PeriodFigures, PeriodUnit } from "./periods";
import { columnLetter, guardText, sheetReference } from "./sheetText";

export type { KeySheetPlan, SourceLink } from "./linkedInput";

export interface ScorecardTexts {
  title: string;
  targetRoi: string;
  valuePerConversion: string;
  hourlyRate: string;
  targetCost: Record<CostMetric, string>;
  margin: string;
  /** How a cost verdict decides, for the note above the table; targetCell: the cell of a target left blank. */
  costVerdictNote: (metric: string, cutFactor: number, targetCell: string | null) => string;
  /** How an ROI verdict decides and what ROI counts: revenue at the margin in marginCell, while ROAS is revenue / cost. */
  roiVerdictNote: (targetCell: string | null, marginCell: string) => string;
  builtOn: (date: string, source: string | null) => string;
  /** Where revenue and leads came from when another table was joined. */
  joinedFrom: (what: string) => string;
  /** What the totals and ratios of the fields only some sources have cover: each one's header and its networks. */
  coveredTotals: (fields: readonly { header: string; networks: readonly string[] }[]) => string;
  total: string;
  /** The label of the live check of a linked build: the source's spend the table does not count. */
  notCounted: string;
  /** The label of a joined table's live check: its figure (its header given) in no network of the scorecard. */
  joinedNotCounted: (header: string) => string;
  headers: Record<ColumnKey, string>;
  verdicts: RowRefs["verdicts"];
  chartTitle: Record<"roi" | CostMetric, string>;
  breakdown: BreakdownTexts;
  /** The total's funnel beside the table: its column headers and its chart's title. */
  funnel: { stage: string; total: string; rate: string; chartTitle: string };
  /** The headers of the ROI chart's two series, beside the funnel: the channels' gains and their losses. */
  roiSeries: { gains: string; losses: string };
  periods: PeriodTexts;
}

/** The period section's data: each period's figures per channel, from a date column. */
export interface PeriodsInput {
  unit: PeriodUnit;
  dateHeader: string;
  periods: PeriodFigures[];
  /** 1-based column of the days in a linked source (the link's numbering); null when not linked. */
  sourceColumn: number | null;
}

export interface ScorecardInput {
  sheetName: string;
  channels: readonly ChannelTotals[];
  /** The fields the data has, besides channel and budget. */
  present: ReadonlySet<Field>;
  /** Fields only some of several sources have (see ScorecardRequest.partial): blank on the others' rows, their ratios over the rows with them. */
  partial?: readonly { field: NumericField; sources: readonly string[]; networks: readonly string[] }[];
  source: SourceLink | null;
  /** The ROI at or above which a channel scales up; null: each row's is the blended ROI of the rest of its table (0% when that is a loss). */
  targetRoi: number | null;
  /** The share of revenue that is profit, for ROI; null: all of it. */
  margin: number | null;
  /** For an estimated revenue when the data has none. */
  valuePerConversion: number | null;
  hourlyRate: number | null;
  /** The cost per result to reach when there is no ROI; null: each row's is the blended one of the rest of its table. */
  targetCost: number | null;
  chart: boolean;
  /** Sections below the channel table, with shares of spend and results in every table; null for none. */
  breakdown?: Breakdown | null;
  /** The period section, below the breakdown; null for none. */
  periods?: PeriodsInput | null;
  moneyFormat: string;
  builtOn: string;
  /** Where joined figures came from (see ScorecardOptions.joinedFrom); null when none were joined. */
  joinedFrom?: string | null;
  texts: ScorecardTexts;
}

export interface ConditionalRulePlan {
  range: string;
  formula: string;
  fontColor: string;
  background: string;
}

export interface ChartPlan {
  /** A bar chart unless told; a line chart draws a trend. */
  type?: "bar" | "line";
  /** Rows of the ranges that name the series (0 unless told). */
  headers?: number;
  title: string;
  /** Side by side: the labels' column first, then a column per series. One range is one call. */
  ranges: string[];
  anchorRow: number;
  anchorColumn: number;
  /** In pixels; Sheets' default (600 x 371) when absent. */
  size?: { width: number; height: number };
  /** Google Charts options besides the title and the legend (axes, series colours, data labels), as setOption takes them. */
  options?: Record<string, unknown>;
}

export type Cell = string | number;

/** What the add-on writes the same way into each sheet it owns: the cells and their look, then the charts. */
export interface SheetGrid {
  /** Written from A1 in one call: numbers, text guarded with a leading ', and formulas. */
  cells: Cell[][];
  numberFormats: string[][];
  fontWeights: ("bold" | "normal")[][];
  /** The row whose cells get the header background. */
  headerRow: number;
  frozenRows: number;
  /** The first column (the channel) stays in view when scrolling right. */
  frozenColumns: number;
  /** Widths in pixels from column A on, wide enough for each header. */
  columnWidths: number[];
  /** A long text merged across the rest of its row and wrapped there, on a row tall enough for it; null for none. */
  wrappedText: WrappedText | null;
  charts: ChartPlan[];
}

/**
 * 1-based: a text wrapped in its cell, then a longer one merged across the columns after it and
 * wrapped there, and their row's height in pixels.
 */
export interface WrappedText {
  row: number;
  /** The first text's cell; the merge starts right of it. */
  column: number;
  /** The merge's columns. */
  mergedColumns: number;
  height: number;
}

export interface ScorecardPlan extends Omit<SheetGrid, "headerRow"> {
  sheetName: string;
  layout: {
    headerRow: number; firstChannelRow: number; lastChannelRow: number; totalsRow: number; columns: ColumnKey[]; sections: SectionLayout[];
    periods: PeriodSection["layout"] | null;
  };
  conditionalRules: ConditionalRulePlan[];
  /** The chart of ROI (or cost per result) by channel, then the total's funnel; none when charts are off. */
  charts: ChartPlan[];
  /** The key sheet a linked scorecard's formulas compare names through; null when not linked. */
  keys: KeySheetPlan | null;
}

const SETTINGS_ROW = 2;
// The live check of a linked build, on the title row: its label in C1 (with D1 to run into), its figure in E1.
const CHECK_CELL = "E1";
const CHECK_INDEX = 4;
// A table joined live has a check of its own after it: its label in G1, its figure in I1.
const JOINED_CHECK_CELL = "I1";
const JOINED_CHECK_INDEX = 8;
const HEADER_ROW = 3;
/** A funnel of fewer stages (impressions to clicks) is the CTR column already. */
const MIN_FUNNEL_STAGES = 3;
const DEFAULT_WIDTH = 100;
const CHANNEL_WIDTH = 160;
/** The verdict note's merged width, enough that it reads in a few lines right of the options on a laptop's screen. */
const NOTE_WIDTH = 440;
// About a bold 10-point Arial character, plus the cell's padding: enough for "Conversion rate".
const HEADER_CHAR_WIDTH = 8;
const CELL_PADDING = 16;
const FORMATS: Record<Exclude<PeriodFormat, "money">, string> = {
  text: "General",
  count: "#,##0",
  hours: "#,##0.0",
  percent: "0.0%",
  multiple: '0.0"x"',
  date: "yyyy-mm-dd",
  change: "+0.0%;-0.0%;0.0%",
};
/** The top of the sheet's "this period vs the one before", on the title row from this column (0-based) on (after a joined table's check): its label, then each figure's name and change. */
const latestIndex = (joined: boolean) => (joined ? JOINED_CHECK_INDEX + 2 : 6);
/** Blank cells after the label, which runs on into them. */
const LATEST_LABEL_SPAN = 3;
/** The 0-based column of the i-th change's figure at the top. */
const latestValueIndex = (i: number, joined: boolean) => latestIndex(joined) + LATEST_LABEL_SPAN + 2 * i + 1;

/** Wide enough for the header, in steps of 10 px so that neighbours of similar headers share a width. */
export function columnWidth(minimum: number, header: string): number {
  const fitted = Math.ceil((header.length * HEADER_CHAR_WIDTH + CELL_PADDING) / 10) * 10;
  return Math.max(minimum, fitted);
}

/**
 * matches: the source rows the cell sums when linked. A field only some sources have is blank where
 * none of the channel's rows has it; the spend of the rows that have such a field likewise.
 */
function inputCell(column: ColumnSpec, channel: ChannelTotals, matches: LinkedMatch[], source: SourceLink | null): Cell {
  if (column.spendWith) {
    const over = column.spendWith;
    return source === null ? (channel.covered[over]?.spend ?? "") : linkedSum(source, "budget", matches, undefined, over);
  }
  const field = column.field!;
  const value = channel[field];
  if (column.format === "text") return guardText(String(value));
  if (column.partial && source === null && channel.covered[field as NumericField] === undefined) return "";
  if (source === null || field === "targetRoi" || source.columns[field] === undefined) return value ?? "";
  // Without visits or leads to weigh them, rates are not added up: blank, as in a build of values.
  if (field === "bounceRate") return bounceWeightColumn(source) === null ? "" : linkedBounceRate(source, matches);
  return linkedSum(source, field as NumericField, matches);
}

/**
 * The totals row: sums of the input columns, and the very same formulas as the channel rows.
 * counted: a column whose non-blank cells mark the rows to sum (a breakdown's subtotal rows); all when absent.
 */
function totalCell(column: ColumnSpec, refs: RowRefs, span: (key: ColumnKey) => string, texts: ScorecardTexts, counted?: string): Cell {
  if (column.formula && column.total !== "none") return column.formula(refs);
  if (column.key === "channel") return texts.total;
  const only = counted ? `--(${counted}<>""), ` : "";
  if (column.total === "sum" && column.partial) {
    // Blank when every cell is (no row of the table has the field), as its rows are.
    const numbers = counted ? `SUMPRODUCT(${only}--ISNUMBER(${span(column.key)}))` : `COUNT(${span(column.key)})`;
    return `=IF(${numbers}=0, "", ${counted ? `SUMPRODUCT(${only}${span(column.key)})` : `SUM(${span(column.key)})`})`;
  }
  if (column.total === "sum") return counted ? `=SUMPRODUCT(${only}${span(column.key)})` : `=SUM(${span(column.key)})`;
  if (column.total === "weighted" && column.weight) {
    const [rate, weight] = [span(column.key), span(column.weight)];
    return `=IFERROR(SUMPRODUCT(${only}${rate}, ${weight})/SUMPRODUCT(${only}ISNUMBER(${rate})*${weight}), "")`;
  }
  return "";
}

interface OptionCell {
  key: OptionKey;
  label: string;
  value: Cell;
  format: "money" | "percent";
}

/**
 * The option cells that the build's formulas read: on the settings row, each value after its label.
 * A target left blank judges each row against the rest of its table (see the verdict formulas); a
 * teammate may type one in.
 */
function optionCells(input: ScorecardInput, basis: VerdictBasis, hasEstimate: boolean): OptionCell[] {
  const { texts } = input;
  const options: (OptionCell | false)[] = [
    basis.by === "roi" && { key: "targetRoi", label: texts.targetRoi, value: input.targetRoi ?? "", format: "percent" },
    hasEstimate && { key: "valuePerConversion", label: texts.valuePerConversion, value: input.valuePerConversion!, format: "money" },
    input.present.has("hours") && { key: "hourlyRate", label: texts.hourlyRate, value: input.hourlyRate ?? "", format: "money" },
    basis.by === "cost" && { key: "targetCost", label: texts.targetCost[basis.metric], value: input.targetCost ?? "", format: "money" },
    basis.by === "roi" && { key: "margin", label: texts.margin, value: input.margin ?? 1, format: "percent" },
  ];
  return options.filter((option): option is OptionCell => option !== false);
}

/** The note on how verdicts decide, in the settings row after the build's date; then what the totals of fields only some sources have cover. */
function verdictNote(input: ScorecardInput, basis: VerdictBasis, optionCell: (key: OptionKey) => string, columns: readonly ColumnSpec[]): string {
  const note =
    basis.by === "roi"
      ? input.texts.roiVerdictNote(input.targetRoi === null ? optionCell("targetRoi") : null, optionCell("margin"))
      : input.texts.costVerdictNote(basis.metric.toUpperCase(), CUT_FACTOR, input.targetCost === null ? optionCell("targetCost") : null);
  const shown = (input.partial ?? []).filter(({ field }) => columns.some((column) => column.field === field));
  if (shown.length === 0) return note;
  return `${note} ${input.texts.coveredTotals(shown.map(({ field, networks }) => ({ header: input.texts.headers[field as ColumnKey], networks })))}`;
}

export function planScorecard(input: ScorecardInput): ScorecardPlan {
  const { channels, texts } = input;
  const choice: ColumnChoice = {
    present: new Set<Field>(["channel", "budget", ...input.present]),
    valuePerConversion: input.valuePerConversion !== null,
    shares: Boolean(input.breakdown),
    coverage: new Map((input.partial ?? []).map(({ field, sources }) => [field, sources.join("\u0000")])),
  };
  const basis = verdictBasis(choice);
  if (basis === null) throw new Error("A scorecard needs conversions, leads or clicks.");
  const columns = scorecardColumns(choice);
  // With a breakdown, the channel table has the sections' label columns (the second one blank), so
  // that every section's metrics sit under the frozen header of the same metrics.
  const labelColumns = input.breakdown ? SECTION_LABEL_COLUMNS : 1;
  const inTable = <T>(cells: T[], blank: T): T[] => [cells[0], ...Array<T>(labelColumns - 1).fill(blank), ...cells.slice(1)];
  const letters = new Map(columns.map((column, i) => [column.key, columnLetter(i === 0 ? 1 : i + labelColumns)]));
  const letter = (key: ColumnKey) => letters.get(key)!;
  const judgedBy = basis.by === "roi" ? "roi" : basis.metric;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + channels.length;
  const totalsRow = last + 1;

  const options = optionCells(input, basis, revenueColumn(choice) === "estimatedRevenue");
  // Each value sits right of its label: B2, D2, F2...
  const optionColumn = new Map(options.map((option, i) => [option.key, columnLetter(2 * i + 2)]));
  const refsIn = (letterOf: (key: ColumnKey) => string, row: number, totalsRowOf: number): RowRefs => ({
    cell: (key) => `${letterOf(key)}${row}`,
    total: (key) => `$${letterOf(key)}$${totalsRowOf}`,
    option: (key) => `$${optionColumn.get(key)}$${SETTINGS_ROW}`,
    verdicts: texts.verdicts,
  });
  const refsFor = (row: number) => refsIn(letter, row, totalsRow);
  const sources = input.source ? (input.source.parts ?? [input.source]) : [];
  const sourceName = sources.length > 0 ? sources.map((part) => sheetReference(part.sheetName, part.rangeA1)).join(", ") : null;
  const settings: Cell[] = [
    ...options.flatMap((option) => [option.label, option.value]),
    input.joinedFrom ? `${texts.builtOn(input.builtOn, sourceName)} ${texts.joinedFrom(input.joinedFrom)}` : texts.builtOn(input.builtOn, sourceName),
    verdictNote(input, basis, (key) => `${optionColumn.get(key)}${SETTINGS_ROW}`, columns),
  ];
  const source = input.source;
  const chartsBelow = input.chart ? chartRowsBelow(totalsRow) : null;
  const channelMatch = (row: number): LinkedMatch[] => (source ? [{ column: source.columns.channel!, cell: `$A${row}` }] : []);
  const sections = input.breakdown
    ? planSections(
        {
          columns,
          headers: texts.headers,
          totalLabel: texts.total,
          texts: texts.breakdown,
          channelSourceColumn: source ? source.columns.channel! : null,
          refs: refsIn,
          input: (column, figures, matches) => inputCell(column, figures, matches, source),
          total: (column, refs, span, counted) => totalCell(column, refs, span, texts, counted),
        },
        input.breakdown,
        totalsRow + 1 + (chartsBelow?.rows ?? 0),
      )
    : { rows: [], layout: [] };
  const periods = input.periods
    ? planPeriodSection(
        input,
        input.periods,
        {
          source,
          refsFor: (key) => `$${optionColumn.get(key)}$${SETTINGS_ROW}`,
          expectedSpend: `${letter("budget")}${totalsRow}`,
          metric: costMetric(choice.present)!,
          revenue: revenueColumn(choice),
          columnOf: (key) => columns.findIndex((column) => column.key === key) + labelColumns,
          tableWidth: columns.length + labelColumns - 1,
        },
        totalsRow + 1 + (chartsBelow?.rows ?? 0) + sections.rows.length,
      )
    : null;
  // Blank rows under the channel table hold the charts, then come the sections and the periods.
  const below = [...sections.rows, ...(periods?.rows ?? [])];
  const belowTable: { cells: Cell[]; formats: PeriodFormat[]; bold: boolean }[] =
    below.length > 0 ? [...Array.from({ length: chartsBelow?.rows ?? 0 }, () => ({ cells: [], formats: [], bold: false })), ...below] : [];
  const tableWidth = columns.length + labelColumns - 1;
  const stages = funnelStages(choice);
  const funnel = stages.length >= MIN_FUNNEL_STAGES ? { stages, left: tableWidth + 1 } : null;
  // The ROI chart's data, after the funnel: the channels' names, their gains and their losses.
  const roiSplit = input.chart && judgedBy === "roi" ? { left: funnel ? funnel.left + FUNNEL_COLUMNS + 1 : tableWidth + 1 } : null;
  // A joined table's figure its match sheet leaves in no network: rows added to the table, values matched to none.
  const joined = source?.joined ?? null;
  const joinedCheck: Cell[] = joined ? ["", texts.joinedNotCounted(texts.headers[joined.field as ColumnKey]), "", `=ROUND(${joined.tableTotal}-${letter(joined.field as ColumnKey)}${totalsRow}, 2)`] : [];
  const titleRow: Cell[] = source
    ? [texts.title, "", texts.notCounted, "", `=ROUND(${sourceTotal(source, "budget")}-${letter("budget")}${totalsRow}, 2)`, ...joinedCheck]
    : [texts.title];
  const joinedFormat = joined && (MONEY_FIELDS.includes(joined.field) ? input.moneyFormat : FORMATS.count);
  const titleFormats = titleRow.map((_, i) => (i === CHECK_INDEX ? input.moneyFormat : i === JOINED_CHECK_INDEX && joinedFormat ? joinedFormat : "General"));
  // The last period against the one before, at the top: a label, then each figure's name and change.
  if (periods?.latest) {
    while (titleRow.length < latestIndex(joined !== null)) titleRow.push("");
    titleRow.push(periods.latest.label, ...Array<Cell>(LATEST_LABEL_SPAN - 1).fill(""), ...periods.latest.changes.flatMap((change) => [change.header, `=${change.cell}`]));
    const values = new Set(periods.latest.changes.map((_, i) => latestValueIndex(i, joined !== null)));
    while (titleFormats.length < titleRow.length) titleFormats.push(values.has(titleFormats.length) ? FORMATS.change : "General");
  }
  const sectionsWidth = below.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  const width = Math.max(tableWidth, settings.length, titleRow.length, sectionsWidth, funnel ? funnel.left + FUNNEL_COLUMNS : 0, roiSplit ? roiSplit.left + ROI_SPLIT_COLUMNS : 0);
  const padded = <T>(cells: T[], fill: T): T[] => [...cells, ...Array<T>(width - cells.length).fill(fill)];

  const cells: Cell[][] = [
    padded(titleRow, ""),
    padded(settings, ""),
    padded(inTable<Cell>(columns.map((column) => texts.headers[column.key]), ""), ""),
    ...channels.map((channel, i) =>
      padded(inTable(columns.map((column) => (column.formula ? column.formula(refsFor(first + i)) : inputCell(column, channel, channelMatch(first + i), source))), ""), ""),
    ),
    padded(inTable(columns.map((column) => totalCell(column, refsFor(totalsRow), (key) => `${letter(key)}${first}:${letter(key)}${last}`, texts)), ""), ""),
    ...belowTable.map((row) => padded(row.cells, "")),
  ];
  // The channel table's rows (title and settings included) come before the sections'.
  const channelTableRows = totalsRow;

  const formatOf = (format: PeriodFormat) => (format === "money" ? input.moneyFormat : FORMATS[format]);
  const settingsFormats = padded(options.flatMap((option) => ["General", formatOf(option.format)]), "General");
  const numberFormats = cells.map((_, r) => {
    if (r === SETTINGS_ROW - 1) return settingsFormats;
    if (r === 0) return padded(titleFormats, "General");
    if (r >= channelTableRows) return padded(belowTable[r - channelTableRows].formats.map(formatOf), "General");
    return padded(inTable(columns.map((column) => (r < HEADER_ROW ? "General" : formatOf(column.format))), "General"), "General");
  });
  const boldRows = new Set([0, HEADER_ROW - 1, totalsRow - 1, ...belowTable.flatMap((row, i) => (row.bold ? [channelTableRows + i] : []))]);
  const fontWeights = cells.map((row, r) => row.map(() => (boldRows.has(r) ? "bold" : "normal") as "bold" | "normal"));
  // The second label column holds a breakdown's values (campaigns...), as wide as the channels'.
  const columnWidths = inTable(columns.map((column) => columnWidth(column.key === "channel" ? CHANNEL_WIDTH : DEFAULT_WIDTH, texts.headers[column.key])), CHANNEL_WIDTH);
  /** Places a block from (HEADER_ROW, left), after a blank column, each of its columns wide enough for its longest text (formulas aside). */
  const placeBeside = (left: number, block: Block) => {
    placeBlock({ cells, numberFormats, fontWeights }, HEADER_ROW - 1, left, block, width);
    const textsIn = (c: number) => block.cells.map((row) => String(row[c])).filter((text) => !text.startsWith("="));
    const longest = (c: number) => textsIn(c).reduce((a, b) => (b.length > a.length ? b : a), "");
    while (columnWidths.length < left) columnWidths.push(DEFAULT_WIDTH);
    columnWidths.push(...block.cells[0].map((_, c) => columnWidth(DEFAULT_WIDTH, longest(c))));
  };
  if (funnel) placeBeside(funnel.left, funnelBlock(funnel.stages, (stage) => `${letter(stage)}${totalsRow}`, columnLetter(funnel.left + 2), texts));
  const chartPlans: Omit<ChartPlan, "anchorRow" | "anchorColumn">[] = [];
  if (input.chart) {
    const judged = letter(judgedBy);
    const ranges = roiSplit
      ? [`${columnLetter(roiSplit.left + 1)}${first}:${columnLetter(roiSplit.left + ROI_SPLIT_COLUMNS)}${last}`]
      : [`A${first}:A${last}`, `${judged}${first}:${judged}${last}`];
    if (roiSplit) placeBeside(roiSplit.left, roiSplitBlock(judged, { first, last }, formatOf("percent"), texts));
    chartPlans.push({ title: texts.chartTitle[judgedBy], ranges, options: roiSplit ? ROI_CHART : VALUES_ON_BARS });
  }
  if (input.chart && funnel) {
    const [from, to] = [1, 2].map((offset) => columnLetter(funnel.left + offset));
    chartPlans.push({ title: texts.funnel.chartTitle, ranges: [`${from}${HEADER_ROW + 1}:${to}${HEADER_ROW + funnel.stages.length}`], options: FUNNEL_CHART });
  }
  // The period section's trend block and chart sit right of it: its columns fit their texts.
  const periodWidth = periods?.rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0) ?? 0;
  while (columnWidths.length < periodWidth) columnWidths.push(DEFAULT_WIDTH);
  const noteColumn = settings.length;
  const noteWidths = columnWidths.slice(noteColumn - 1, width);
  // As many columns as a screen shows beside the options, not the whole table's width.
  let noteSpan = 0;
  for (let covered = 0; noteSpan < noteWidths.length && covered < NOTE_WIDTH; noteSpan++) covered += noteWidths[noteSpan];
  // The build's date and source wrap in their own cell, left of the note, on the same taller row.
  const wrappedNote = wrapAcross(settings.slice(-2).map(String), SETTINGS_ROW, noteColumn - 1, [columnWidths[noteColumn - 2] ?? DEFAULT_WIDTH, ...noteWidths.slice(0, noteSpan)]);
  // Beside a long table, at its first channel's row: below the frozen header, so that they scroll under it.
  const anchorRow = chartsBelow?.anchorRow ?? HEADER_ROW + 1;
  const anchorColumns = sideBySide(columnWidths, chartsBelow ? 1 : width + 2, chartPlans.length);
  const charts = [
    ...chartPlans.map((chart, i) => ({ ...chart, anchorRow, anchorColumn: anchorColumns[i], size: CHART_SIZE })),
    ...(periods?.chart ? [{ ...periods.chart, size: CHART_SIZE }] : []),
  ];

  return {
    sheetName: input.sheetName,
    cells,
    numberFormats,
    fontWeights,
    frozenRows: HEADER_ROW,
    // The label columns stay in view when scrolling right: a breakdown's values with their channel.
    frozenColumns: labelColumns,
    columnWidths,
    // The verdict note: read on the sheet, never only in the formula bar.
    wrappedText: wrappedNote,
    layout: { headerRow: HEADER_ROW, firstChannelRow: first, lastChannelRow: last, totalsRow, columns: columns.map((c) => c.key), sections: sections.layout, periods: periods?.layout ?? null },
    conditionalRules: [
      ...planRules(basis, costMetric(choice.present)!, letter, texts.verdicts, { first, last, totalsRow }),
      ...(source ? [{ range: CHECK_CELL, formula: `=AND(ISNUMBER(${CHECK_CELL}), ${CHECK_CELL}<>0)`, ...RED }] : []),
      ...(joined ? [{ range: JOINED_CHECK_CELL, formula: `=AND(ISNUMBER(${JOINED_CHECK_CELL}), ${JOINED_CHECK_CELL}<>0)`, ...RED }] : []),
      ...(periods?.rules ?? []),
      ...(periods?.latest ? latestRules(periods.latest.changes.map((change, i) => ({ cell: `${columnLetter(latestValueIndex(i, joined !== null) + 1)}1`, goodWhen: change.goodWhen }))) : []),
    ],
    charts,
    keys: source && linkedKeys(source),
  };
}

/**
 * A text wrapped in its cell (its width first), and a second merged across the other widths, on a
 * row as tall as the more lines of the two.
 */
function wrapAcross([first, second]: string[], row: number, column: number, [firstWidth, ...mergedWidths]: readonly number[]): WrappedText {
  const lines = Math.max(wrappedLines(first, firstWidth), wrappedLines(second, mergedWidths.reduce((sum, w) => sum + w, 0)));
  return { row, column, mergedColumns: mergedWidths.length, height: rowHeightOf(lines) };
}

const FUNNEL_COLUMNS = 3;

interface Block {
  cells: Cell[][];
  numberFormats: string[][];
  fontWeights: ("bold" | "normal")[][];
}

/**
 * The total's funnel, as live cells: each stage the data has, its total (read from the totals row
 * cell `totalOf(stage)`, into column `totalLetter`), and its rate of the stage before.
 */
function funnelBlock(stages: readonly FunnelStage[], totalOf: (stage: FunnelStage) => string, totalLetter: string, texts: ScorecardTexts): Block {
  const row = (i: number) => HEADER_ROW + 1 + i;
  return {
    cells: [
      [texts.funnel.stage, texts.funnel.total, texts.funnel.rate],
      ...stages.map((stage, i) => [texts.headers[stage], `=${totalOf(stage)}`, i === 0 ? "" : `=IFERROR(${totalLetter}${row(i)}/${totalLetter}${row(i - 1)}, "")`]),
    ],
    numberFormats: [["General", "General", "General"], ...stages.map(() => ["General", FORMATS.count, FORMATS.percent])],
    fontWeights: [["bold", "bold", "bold"], ...stages.map(() => ["normal", "normal", "normal"] as ("bold" | "normal")[])],
  };
}

const ROI_SPLIT_COLUMNS = 3;

/**
 * The ROI chart's data, beside the funnel: each channel's name (read from column A) and its ROI
 * (column `roi`) as a gain or as a loss, two series the chart colours green and red.
 */
function roiSplitBlock(roi: string, rows: { first: number; last: number }, percentFormat: string, texts: ScorecardTexts): Block {
  const body = Array.from({ length: rows.last - rows.first + 1 }, (_, i) => rows.first + i);
  const part = (row: number, test: string) => `=IF(ISNUMBER(${roi}${row}), IF(${roi}${row}${test}, ${roi}${row}, ""), "")`;
  const headers = [texts.chartTitle.roi, texts.roiSeries.gains, texts.roiSeries.losses];
  return {
    cells: [headers, ...body.map((row) => [`=$A${row}`, part(row, ">=0"), part(row, "<0")])],
    numberFormats: [headers.map(() => "General"), ...body.map(() => ["General", percentFormat, percentFormat])],
    fontWeights: [headers.map((): "bold" => "bold"), ...body.map(() => headers.map((): "normal" => "normal"))],
  };
}

/** Writes a block into the plan's grids from (top, left), 0-based, adding blank rows of `width` cells where the grids end. */
function placeBlock(grids: Block, top: number, left: number, block: Block, width: number): void {
  block.cells.forEach((cells, r) => {
    const at = top + r;
    while (grids.cells.length <= at) {
      grids.cells.push(Array<Cell>(width).fill(""));
      grids.numberFormats.push(Array<string>(width).fill("General"));
      grids.fontWeights.push(Array<"bold" | "normal">(width).fill("normal"));
    }
    cells.forEach((cell, c) => {
      grids.cells[at][left + c] = cell;
      grids.numberFormats[at][left + c] = block.numberFormats[r][c];
      grids.fontWeights[at][left + c] = block.fontWeights[r][c];
    });
  });
}

export const RED = { fontColor: "#c5221f", background: "#fce8e6" };
const GREEN = { fontColor: "#137333", background: "#e6f4ea" };
const YELLOW = { fontColor: "#202124", background: "#fef7e0" };

/** Gains green and losses red, as the ROI column's rules colour them, stacked so that each channel has one bar, with its value. */
const ROI_CHART = {
  hAxis: { format: "0%" },
  isStacked: true,
  series: { 0: { color: GREEN.fontColor, ...VALUES_ON_BARS.series[0] }, 1: { color: RED.fontColor, ...VALUES_ON_BARS.series[0] } },
};

/** Red where a channel is cut or loses money, green where it scales up (as its verdict says), and the lowest cost per result highlighted. */
function planRules(
  basis: VerdictBasis,
  bestCost: CostMetric,
  column: (key: ColumnKey) => string,
  verdicts: RowRefs["verdicts"],
  rows: { first: number; last: number; totalsRow: number },
): ConditionalRulePlan[] {
  const { first, last, totalsRow } = rows;
  const cost = column(bestCost);
  const best = { range: `${cost}${first}:${cost}${last}`, formula: `=AND(ISNUMBER(${cost}${first}), ${cost}${first}=MIN($${cost}$${first}:$${cost}$${last}))`, ...YELLOW };
  const verdictIs = (verdict: string) => `=$${column("verdict")}${first}="${verdict.replace(/"/g, '""')}"`;
  if (basis.by === "cost") {
    const judged = `${cost}${first}:${cost}${last}`;
    // The best cost comes first: Sheets applies the first rule that matches a cell.
    return [best, { range: judged, formula: verdictIs(verdicts.cut), ...RED }, { range: judged, formula: verdictIs(verdicts.scaleUp), ...GREEN }];
  }
  const roi = column("roi");
  return [
    { range: `${roi}${first}:${roi}${totalsRow}`, formula: `=AND(ISNUMBER(${roi}${first}), ${roi}${first}<0)`, ...RED },
    { range: `${roi}${first}:${roi}${last}`, formula: verdictIs(verdicts.scaleUp), ...GREEN },
    best,
  ];
}

interface PeriodContext {
  source: SourceLink | null;
  refsFor: (key: OptionKey) => string;
  /** The channel table's total spend cell: what the periods add up to when not linked. */
  expectedSpend: string;
  metric: CostMetric;
  revenue: ReturnType<typeof revenueColumn>;
  /** The channel table's column (1-based) of a metric column. */
  columnOf: (key: ColumnKey) => number;
  tableWidth: number;
}

/** The period section, its inputs the figures read or, when linked, sums over the source's rows of each channel and period. */
function planPeriodSection(input: ScorecardInput, periods: PeriodsInput, context: PeriodContext, firstRow: number): PeriodSection {
  const { source, metric } = context;
  const { texts } = input;
  const results = metric === "cpa" ? "conversions" : metric === "cpl" ? "leads" : "clicks";
  const partial = new Set((input.partial ?? []).map(({ field }) => field));
  // As the channel table's cells: a field only some sources have is blank where no row of the channel and period has it.
  const figure = (field: PeriodField, figures: ChannelTotals, over: PeriodField = field): Cell =>
    partial.has(over) && figures.covered[over] === undefined ? "" : over === field ? figures[field] : figures.covered[over]!.spend;
  return planPeriods(
    {
      unit: periods.unit,
      dateHeader: periods.dateHeader,
      periods: periods.periods,
      results,
      costMetric: metric,
      revenue: context.revenue === "revenue" ? "revenue" : context.revenue === "estimatedRevenue" ? "estimated" : null,
      partial: { revenue: partial.has("revenue"), results: partial.has(results) },
      option: context.refsFor,
      input: (field, figures, channelCell, from, to, over) =>
        source && periods.sourceColumn !== null
          ? linkedSum(source, field, [{ column: source.columns.channel!, cell: channelCell }], { column: periods.sourceColumn, from, to }, over)
          : figure(field, figures, over),
      expectedSpend: source ? sourceTotal(source, "budget") : context.expectedSpend,
      headers: texts.headers,
      texts: texts.periods,
      chart: input.chart,
      trendChannels: TREND_CHANNELS,
      tableColumn: (key) => {
        const revenueField = context.revenue === "estimatedRevenue" ? results : "revenue";
        if (key === "revenueSpend" || key === "resultsSpend") return context.columnOf(SPEND_WITH[key === "revenueSpend" ? revenueField : results]);
        return context.columnOf(
          key === "results" ? results : key === "cost" ? metric : key === "revenue" ? (context.revenue === "estimatedRevenue" ? "estimatedRevenue" : "revenue") : key,
        );
      },
      tableWidth: context.tableWidth,
    },
    firstRow,
  );
}

/** The channels with the most spend that the trend chart follows. */
const TREND_CHANNELS = 5;

/** The top's changes coloured as the section's: green where the change is good, red where it is bad. */
function latestRules(cells: { cell: string; goodWhen: "up" | "down" | null }[]): ConditionalRulePlan[] {
  return cells.flatMap(({ cell, goodWhen }) => {
    if (goodWhen === null) return [];
    const [up, down] = goodWhen === "up" ? [GREEN, RED] : [RED, GREEN];
    return [
      { range: cell, formula: `=AND(ISNUMBER(${cell}), ${cell}>0)`, ...up },
      { range: cell, formula: `=AND(ISNUMBER(${cell}), ${cell}<0)`, ...down },
    ];
  });
}
