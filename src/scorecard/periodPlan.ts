/**
 * The period section: for each period, in time order, a bold total row (its first day in column A,
 * its last in the To column), then each channel's row (its name in A); spend, results, revenue, cost
 * per result and ROI, each in the channel table's column of the same figure, so that the frozen
 * header names them when scrolled; after the table's columns, the change against the period before,
 * coloured by what is good (CPA up red, ROI and results up green, spend neutral). The total rows are
 * sums of their channel rows, and every ratio a ratio of sums. A check on the title row shows the
 * spend no period counts (rows without a date, or, live, rows dated after the last period). With
 * charts, a line chart of the cost per result (or ROI) of the channels with the most spend sits
 * under the title, from column A, in rows left blank for it as under the channel table; its data is
 * a block right of the section.
 */
import type { ChannelTotals } from "./aggregate";
import { CHART_ROWS } from "./chartLayout";
import { SPEND_WITH, type ColumnFormat, type CostMetric, type OptionKey, type SpendWithKey } from "./columns";
import { daySerial, type PeriodFigures, type PeriodUnit } from "./periods";
import type { ChartPlan, ConditionalRulePlan } from "./plan";
import { columnLetter, guardText } from "./sheetText";

type Cell = string | number;
export type PeriodFormat = ColumnFormat | "date" | "change";

export interface PeriodTexts {
  /** The section's title: "By week (ISO weeks, from Monday), from “Day”". */
  title(unit: PeriodUnit, column: string): string;
  /** Column A's header: each period's first day on its total row, then its channels. */
  label(unit: PeriodUnit): string;
  to: string;
  /** A figure's change against the period before: "Spend vs before". */
  change(header: string): string;
  /** The ROI's change, in points. */
  roiChange: string;
  /** The label of the check of the spend no period counts. */
  outside: string;
  /** The top of the sheet: "Week of 2026-03-02 vs the week before:". */
  latest(unit: PeriodUnit, start: string): string;
  /** The trend chart's title: "CPA by week, the 5 channels with the most spend". */
  trendTitle(metric: string, unit: PeriodUnit, channels: number): string;
  period: string;
}

/** A figure a period row sums from the rows (or, live, from the source rows of its channel and days). */
export type PeriodField = "budget" | "conversions" | "leads" | "clicks" | "revenue";

export interface PeriodKit {
  unit: PeriodUnit;
  /** The date column's header. */
  dateHeader: string;
  periods: readonly PeriodFigures[];
  /** The field counted as results: conversions, else leads, else clicks. */
  results: "conversions" | "leads" | "clicks";
  costMetric: CostMetric;
  /** Where revenue comes from: its own column, conversions times the value per conversion, or none (no ROI). */
  revenue: "revenue" | "estimated" | null;
  /**
   * The figures only some sources have: blank on the rows without them, and their ratio to spend
   * over the spend of the rows that have them (a column of its own, as in the channel table).
   */
  partial: { revenue: boolean; results: boolean };
  /** An option cell of the settings row, such as $B$2. */
  option(key: OptionKey): string;
  /**
   * A period row's figure: the value, or live, the source rows' sum (channelCell: null on a total row, whose cells sum its rows).
   * spendOver: the spend of the rows that have that field, rather than the field.
   */
  input(field: PeriodField, figures: ChannelTotals, channelCell: string, fromCell: string, toCell: string, spendOver?: PeriodField): Cell;
  /** What the periods' spend should add up to: the source's spend, or the channel table's total cell. */
  expectedSpend: string;
  headers: { budget: string; revenue: string; estimatedRevenue: string; roi: string } & Record<CostMetric | "conversions" | "leads" | "clicks", string> & Record<SpendWithKey, string>;
  texts: PeriodTexts;
  chart: boolean;
  /** The channels the trend chart follows: those with the most spend. */
  trendChannels: number;
  /** The channel table's column (1-based) of each figure, and its width: the section's figures sit in the same columns. */
  tableColumn(key: "budget" | "results" | "revenue" | "cost" | "roi" | "revenueSpend" | "resultsSpend"): number;
  tableWidth: number;
}

export interface PeriodRow {
  cells: Cell[];
  formats: PeriodFormat[];
  bold: boolean;
}

export interface PeriodSection {
  rows: PeriodRow[];
  rules: ConditionalRulePlan[];
  /** The last period's total changes, for the top of the sheet; null with a single period. */
  latest: { label: string; changes: { header: string; cell: string; goodWhen: "up" | "down" | null }[] } | null;
  chart: Omit<ChartPlan, "size"> | null;
  layout: { titleRow: number; headerRow: number; firstRow: number; lastRow: number; checkCell: string };
}

const RED = { fontColor: "#c5221f", background: "#fce8e6" };
const GREEN = { fontColor: "#137333", background: "#e6f4ea" };

type Key = "label" | "to" | "budget" | "revenueSpend" | "resultsSpend" | "results" | "revenue" | "cost" | "roi" | "budgetChange" | "resultsChange" | "costChange" | "roiChange";

interface Column {
  key: Key;
  header: string;
  format: PeriodFormat;
  /** Up is good, down is good, or neither (spend). */
  goodWhen?: "up" | "down" | null;
}

/** True when the revenue (or the results its estimate counts) is only some sources': the ROI is then over their spend. */
const revenueSpend = (kit: PeriodKit) => (kit.revenue === "revenue" ? kit.partial.revenue : kit.revenue === "estimated" && kit.partial.results);

function columnsOf(kit: PeriodKit): Column[] {
  const { headers, texts } = kit;
  const costHeader = headers[kit.costMetric];
  const all: (Column | false)[] = [
    { key: "label", header: texts.label(kit.unit), format: "text" },
    { key: "budget", header: headers.budget, format: "money" },
    kit.revenue !== null && revenueSpend(kit) && { key: "revenueSpend", header: headers[SPEND_WITH[kit.revenue === "revenue" ? "revenue" : kit.results]], format: "money" },
    kit.partial.results && !(kit.revenue === "estimated" && revenueSpend(kit)) && { key: "resultsSpend", header: headers[SPEND_WITH[kit.results]], format: "money" },
    { key: "results", header: headers[kit.results], format: "count" },
    kit.revenue !== null && { key: "revenue", header: kit.revenue === "revenue" ? headers.revenue : headers.estimatedRevenue, format: "money" },
    { key: "cost", header: costHeader, format: "money" },
    kit.revenue !== null && { key: "roi", header: headers.roi, format: "percent" },
    { key: "budgetChange", header: texts.change(headers.budget), format: "change", goodWhen: null },
    { key: "resultsChange", header: texts.change(headers[kit.results]), format: "change", goodWhen: "up" },
    { key: "costChange", header: texts.change(costHeader), format: "change", goodWhen: "down" },
    kit.revenue !== null && { key: "roiChange", header: texts.roiChange, format: "change", goodWhen: "up" },
    { key: "to", header: texts.to, format: "date" },
  ];
  return all.filter((column): column is Column => column !== false);
}

/** The section from sheet row `firstRow` on (a blank row, the title, the header, the periods). */
export function planPeriods(kit: PeriodKit, firstRow: number): PeriodSection {
  const columns = columnsOf(kit);
  // The figures in the channel table's columns; the changes and the last day after them.
  let next = kit.tableWidth;
  const position = new Map(
    columns.map((column) => {
      if (column.key === "label") return [column.key, 1];
      if (column.format === "change" || column.key === "to") return [column.key, ++next];
      return [column.key, kit.tableColumn(column.key as Parameters<PeriodKit["tableColumn"]>[0])];
    }),
  );
  const width = next;
  const letter = (key: Key) => columnLetter(position.get(key)!);
  /** A row of the section: each column's cell at its place, blank between. */
  const placed = (cellOf: (column: Column) => Cell, formatOf: (column: Column) => PeriodFormat, bold: boolean): PeriodRow => {
    const row: PeriodRow = { cells: Array<Cell>(width).fill(""), formats: Array<PeriodFormat>(width).fill("text"), bold };
    for (const column of columns) {
      row.cells[position.get(column.key)! - 1] = cellOf(column);
      row.formats[position.get(column.key)! - 1] = formatOf(column);
    }
    return row;
  };
  const titleRow = firstRow + 1;
  // The chart's rows, and a blank one below it.
  const chartRows = kit.chart ? CHART_ROWS + 1 : 0;
  const headerRow = titleRow + chartRows + 1;
  const first = headerRow + 1;
  const block = kit.periods[0].channels.length + 1;
  const last = first + kit.periods.length * block - 1;
  const checkCell = `${letter("budgetChange")}${titleRow}`;
  const partialKeys = new Set<Key>([
    ...(kit.partial.revenue && kit.revenue === "revenue" ? (["revenue"] as const) : []),
    ...(kit.partial.results ? (["results"] as const) : []),
    ...columns.flatMap((column) => (column.key === "revenueSpend" || column.key === "resultsSpend" ? [column.key] : [])),
  ]);
  const sumOf = (key: Key, total: number) => {
    const span = `${letter(key)}${total + 1}:${letter(key)}${total + block - 1}`;
    // A figure only some sources have is blank on a period's total when it is on every channel's row.
    return partialKeys.has(key) ? `=IF(COUNT(${span})=0, "", SUM(${span}))` : `=SUM(${span})`;
  };

  const rows: PeriodRow[] = [];
  const counted = `$A$${first}:$A$${last}`;
  const spend = `${letter("budget")}${first}:${letter("budget")}${last}`;
  // The spend the periods count: their total rows, which alone have a day (a number) in column A.
  const check = `=ROUND(${kit.expectedSpend}-SUMPRODUCT(--ISNUMBER(${counted}), ${spend}), 2)`;
  rows.push({ cells: [], formats: [], bold: false });
  // The title runs on to the right; the check sits above the changes, its label left of its figure.
  const titleCells: Cell[] = Array<Cell>(position.get("budgetChange")!).fill("");
  const titleFormats: PeriodFormat[] = titleCells.map((): PeriodFormat => "text");
  [titleCells[0], titleCells[titleCells.length - 2], titleCells[titleCells.length - 1]] = [kit.texts.title(kit.unit, kit.dateHeader), kit.texts.outside, check];
  titleFormats[titleFormats.length - 1] = "money";
  rows.push({ cells: titleCells, formats: titleFormats, bold: true });
  for (let r = 0; r < chartRows; r++) rows.push({ cells: [], formats: [], bold: false });
  rows.push(placed((column) => column.header, () => "text", true));

  kit.periods.forEach((period, p) => {
    const totalRow = first + p * block;
    const [fromCell, toCell] = [`$A$${totalRow}`, `$${letter("to")}$${totalRow}`];
    const line = (row: number, figures: ChannelTotals | null) => {
      const ref = (key: Key) => `${letter(key)}${row}`;
      const before = (key: Key) => `${letter(key)}${row - block}`;
      // No change where either period is blank (a CPA without results, a figure some sources lack): Sheets reads "" as 0 in a division, a CPA of -100%.
      const relative = (key: Key) =>
        p === 0 ? "" : `=IF(AND(ISNUMBER(${ref(key)}), ISNUMBER(${before(key)})), IFERROR(${ref(key)}/${before(key)}-1, ""), "")`;
      const input = (key: Key, field: PeriodField, spendOver?: PeriodField) =>
        figures === null ? sumOf(key, totalRow) : kit.input(field, figures, `$A${row}`, fromCell, toCell, spendOver);
      const has = (key: Key) => position.has(key);
      // The spend a ratio is over: of the rows with the revenue (or results), when only some sources have it.
      const revenueCost = has("revenueSpend") ? ref("revenueSpend") : has("resultsSpend") && kit.revenue === "estimated" ? ref("resultsSpend") : ref("budget");
      const resultsCost = has("resultsSpend") ? ref("resultsSpend") : kit.partial.results ? ref("revenueSpend") : ref("budget");
      const estimate = kit.partial.results
        ? `=IF(ISNUMBER(${ref("results")}), ${ref("results")}*${kit.option("valuePerConversion")}, "")`
        : `=${ref("results")}*${kit.option("valuePerConversion")}`;
      const cells: Record<Key, Cell> = {
        label: figures === null ? daySerial(period.start) : guardText(figures.channel),
        to: figures === null ? daySerial(period.end) : "",
        budget: input("budget", "budget"),
        revenueSpend: has("revenueSpend") ? input("revenueSpend", "budget", kit.revenue === "revenue" ? "revenue" : kit.results) : "",
        resultsSpend: has("resultsSpend") ? input("resultsSpend", "budget", kit.results) : "",
        results: input("results", kit.results),
        revenue: kit.revenue === "estimated" ? estimate : kit.revenue === "revenue" ? input("revenue", "revenue") : "",
        cost: `=IFERROR(${resultsCost}/${ref("results")}, "")`,
        roi: kit.revenue === null ? "" : `=IFERROR((${ref("revenue")}*${kit.option("margin")}-${revenueCost})/${revenueCost}, "")`,
        budgetChange: relative("budget"),
        resultsChange: relative("results"),
        costChange: relative("cost"),
        roiChange: p === 0 ? "" : `=IF(AND(ISNUMBER(${ref("roi")}), ISNUMBER(${before("roi")})), ${ref("roi")}-${before("roi")}, "")`,
      };
      // A total row's first cell is its first day; a channel row's, its name.
      rows.push(placed((column) => cells[column.key], (column) => (column.key === "label" && figures === null ? "date" : column.format), figures === null));
    };
    line(totalRow, null);
    period.channels.forEach((channel, c) => line(totalRow + 1 + c, channel));
  });

  const rules = columns.flatMap((column) => {
    if (!column.goodWhen) return [];
    const range = `${letter(column.key)}${first}:${letter(column.key)}${last}`;
    const cell = `${letter(column.key)}${first}`;
    const [up, down] = column.goodWhen === "up" ? [GREEN, RED] : [RED, GREEN];
    return [
      { range, formula: `=AND(ISNUMBER(${cell}), ${cell}>0)`, ...up },
      { range, formula: `=AND(ISNUMBER(${cell}), ${cell}<0)`, ...down },
    ];
  });
  rules.push({ range: checkCell, formula: `=AND(ISNUMBER(${checkCell}), ${checkCell}<>0)`, ...RED });

  const lastTotal = first + (kit.periods.length - 1) * block;
  const lastPeriod = kit.periods[kit.periods.length - 1];
  const latest =
    kit.periods.length < 2
      ? null
      : {
          label: kit.texts.latest(kit.unit, lastPeriod.start),
          changes: columns.filter((column) => column.format === "change").map((column) => ({
            header: columns.find((shown) => `${shown.key}Change` === column.key)?.header ?? column.header,
            cell: `${letter(column.key)}${lastTotal}`,
            goodWhen: column.goodWhen ?? null,
          })),
        };

  const chart = kit.chart ? trend(kit, rows, { titleRow, headerRow, first, block, width, letter, firstRow }) : null;
  return { rows, rules, latest, chart, layout: { titleRow, headerRow, firstRow: first, lastRow: last, checkCell } };
}

/**
 * The trend block beside the section (after a blank column): a row per period, its first day, then
 * each followed channel's cost per result (or ROI), read from the section; and its line chart, right of it.
 */
function trend(
  kit: PeriodKit,
  rows: PeriodRow[],
  where: { firstRow: number; titleRow: number; headerRow: number; first: number; block: number; width: number; letter: (key: Key) => string },
): Omit<ChartPlan, "size"> {
  const { firstRow, titleRow, headerRow, first, block, width, letter } = where;
  const followed = kit.periods[0].channels
    .map((channel, c) => ({ channel, c, spend: kit.periods.reduce((sum, period) => sum + period.channels[c].budget, 0) }))
    .sort((a, b) => b.spend - a.spend)
    .slice(0, kit.trendChannels);
  const metric: Key = kit.revenue !== null ? "roi" : "cost";
  const left = width + 2;
  const place = (index: number, cells: Cell[], formats: PeriodFormat[]) => {
    const row = rows[index];
    while (row.cells.length < left - 1) {
      row.cells.push("");
      row.formats.push("text");
    }
    row.cells.push(...cells);
    row.formats.push(...formats);
  };
  // The block starts on the section's header row.
  const headerIndex = headerRow - firstRow;
  place(headerIndex, [kit.texts.period, ...followed.map(({ channel }) => guardText(channel.channel))], ["text", ...followed.map((): PeriodFormat => "text")]);
  kit.periods.forEach((_, p) => {
    const totalRow = first + p * block;
    const format: PeriodFormat = metric === "roi" ? "percent" : "money";
    place(headerIndex + 1 + p, [`=A${totalRow}`, ...followed.map(({ c }) => `=${letter(metric)}${totalRow + 1 + c}`)], ["date", ...followed.map(() => format)]);
  });
  const right = left + followed.length;
  const metricName = metric === "roi" ? kit.headers.roi : kit.headers[kit.costMetric];
  return {
    type: "line",
    title: kit.texts.trendTitle(metricName, kit.unit, followed.length),
    ranges: [`${columnLetter(left)}${headerRow}:${columnLetter(right)}${headerRow + kit.periods.length}`],
    headers: 1,
    anchorRow: titleRow + 1,
    anchorColumn: 1,
    options: { legend: { position: "bottom" }, vAxis: { format: metric === "roi" ? "0%" : "#,##0.00" } },
  };
}
