/**
 * A chart's data as Sheets reads it from its ranges: side by side, the first column gives the
 * labels and each other column a series. The first row names the series when the chart says it
 * is a header (setNumHeaders); without a word, as Sheets guesses, when it is text in every series column.
 */
import type { CellValue } from "hyperformula";
import { displayValue, parseA1, readValues, styleAt, type ChartDescription, type SheetModel, type Workbook } from "../emulation";
import type { ChartView } from "./contract";

// An embedded chart's size in Sheets when the script sets none.
const DEFAULT_WIDTH = 600;
const DEFAULT_HEIGHT = 371;

interface Column {
  values: CellValue[];
  displays: string[];
  formats: (string | undefined)[];
}

function columnsOf(workbook: Workbook, qualified: string): Column[] {
  const parsed = parseA1(qualified);
  const sheet: SheetModel | undefined = parsed?.sheetName === undefined ? undefined : workbook.sheet(parsed.sheetName);
  if (!parsed || !sheet) throw new Error(`The chart's range ${qualified} is not on a sheet of this spreadsheet.`);
  const area = parsed.area(sheet.maxRows, sheet.maxColumns);
  const values = readValues(workbook, sheet, area);
  return Array.from({ length: area.numColumns }, (_, c) => {
    const formats = values.map((_, r) => styleAt(sheet, area.row + r, area.column + c).numberFormat);
    return {
      values: values.map((row) => row[c]),
      formats,
      displays: values.map((row, r) => displayValue(row[c], formats[r], workbook.settings.locale)),
    };
  });
}

const isText = (value: CellValue) => typeof value === "string" && value !== "";

/**
 * An option of Google Charts as a script may set it: nested (setOption("hAxis", { logScale: true }))
 * or by its dotted path (setOption("hAxis.logScale", true)).
 */
function optionGroup(options: Record<string, unknown>, name: string): Record<string, unknown> {
  const nested = options[name];
  const dotted = Object.entries(options).filter(([key]) => key.startsWith(`${name}.`)).map(([key, value]) => [key.slice(name.length + 1), value]);
  return { ...(typeof nested === "object" && nested !== null ? nested : {}), ...Object.fromEntries(dotted) };
}

/** The value axis: horizontal on a bar chart, vertical on the others. */
function valueAxis(options: Record<string, unknown>, type: string | null): ChartView["valueAxis"] {
  const axis = optionGroup(options, type === "BAR" ? "hAxis" : "vAxis");
  return { logScale: axis.logScale === true || axis.scaleType === "log", format: typeof axis.format === "string" ? axis.format : null };
}

/** A series' colour (its own, else the chart's colours) and whether its bars show their values (dataLabel: "value"). */
function seriesLook(options: Record<string, unknown>, index: number): { color: string | null; dataLabels: boolean } {
  const own = optionGroup(optionGroup(options, "series"), String(index));
  const colors = Array.isArray(options.colors) ? options.colors : [];
  const color = typeof own.color === "string" ? own.color : typeof colors[index] === "string" ? colors[index] : null;
  return { color, dataLabels: own.dataLabel === "value" };
}

function optionNumber(options: Record<string, unknown>, name: string, fallback: number): number {
  const value = options[name];
  return typeof value === "number" && value > 0 ? value : fallback;
}

export function chartView(workbook: Workbook, chart: ChartDescription): ChartView {
  const { options, position } = chart;
  const legend = options.legend as { position?: string } | string | undefined;
  const base = {
    id: chart.id,
    type: chart.type,
    title: typeof options.title === "string" ? options.title : null,
    legend: (typeof legend === "string" ? legend : legend?.position) !== "none",
    anchor: { row: position.anchorRow - 1, column: position.anchorColumn - 1, offsetX: position.offsetX, offsetY: position.offsetY },
    width: optionNumber(options, "width", DEFAULT_WIDTH),
    height: optionNumber(options, "height", DEFAULT_HEIGHT),
    valueAxis: valueAxis(options, chart.type),
    stacked: options.isStacked === true || options.isStacked === "absolute",
    locale: workbook.settings.locale,
  };
  let columns: Column[];
  try {
    columns = chart.ranges.flatMap((range) => columnsOf(workbook, range));
  } catch (error) {
    return { ...base, labels: [], series: [], percent: false, problem: (error as Error).message };
  }
  const [labelColumn, ...seriesColumns] = columns;
  const rows = Math.min(...columns.map((column) => column.values.length));
  const { numHeaders } = options;
  const headed =
    typeof numHeaders === "number" ? numHeaders > 0 : rows > 1 && seriesColumns.length > 0 && seriesColumns.every((column) => isText(column.values[0]));
  const first = headed ? 1 : 0;
  const series = seriesColumns.map((column, i) => ({
    name: headed ? String(column.values[0]) : null,
    values: column.values.slice(first, rows).map((value) => (typeof value === "number" ? value : null)),
    displays: column.displays.slice(first, rows),
    ...seriesLook(options, i),
  }));
  return {
    ...base,
    labels: labelColumn ? labelColumn.displays.slice(first, rows) : [],
    series,
    percent: seriesColumns.some((column) => column.formats.slice(first, rows).some((format) => format?.includes("%"))),
  };
}
