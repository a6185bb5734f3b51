/** Embedded charts, built with sheet.newChart() and kept as plain descriptions; Charts.ChartType. */
import { parseA1, toQualifiedA1 } from "./a1";
import { expose, fail, type ServiceContext } from "./context";
import { ChartType } from "./enums";
import { EmulatedRange, rangeFacade } from "./range";
import type { ChartDescription, ChartPosition, SheetModel } from "./sheetModel";

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export class EmulatedCharts implements Pick<GoogleAppsScript.Charts.Charts, "ChartType"> {
  readonly ChartType = ChartType;
}

type BuilderMethods = "addRange" | "setChartType" | "setPosition" | "setOption" | "setNumHeaders" | "build" | "asBarChart" | "asColumnChart" | "asPieChart";
type TypedBuilder = GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder &
  GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder;

/** One builder plays the typed ones too (asBarChart()...): they share the chart's state. */
export class EmulatedEmbeddedChartBuilder implements Pick<Builder, BuilderMethods>, Pick<TypedBuilder, "setTitle"> {
  private type: string | null = null;
  private readonly ranges: string[] = [];
  private position: ChartPosition = { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };
  private readonly options: Record<string, unknown> = {};

  constructor(private readonly context: ServiceContext) {}

  private get self(): Builder & TypedBuilder {
    return this as unknown as Builder & TypedBuilder;
  }

  private as(type: keyof typeof ChartType): TypedBuilder {
    this.type = type;
    return this.self;
  }

  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.as("BAR");
  }

  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as("COLUMN");
  }

  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.as("PIE");
  }

  /** The typed builders' setTitle is setOption("title"). */
  setTitle(title: string): TypedBuilder {
    this.options.title = title;
    return this.self;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    if (!(range instanceof EmulatedRange)) fail(this.context, "Invalid argument: range");
    this.ranges.push(toQualifiedA1(range.sheet.name, range.area));
    return this.self;
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    this.type = String(type);
    return this.self;
  }

  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): Builder {
    this.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this.self;
  }

  /** Kept with the options, as "numHeaders": how many first rows of the ranges are headers, not data. */
  setNumHeaders(headers: number): Builder {
    if (!Number.isInteger(headers) || headers < 0) fail(this.context, "The parameters don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setNumHeaders.");
    this.options.numHeaders = headers;
    return this.self;
  }

  setOption(option: string, value: unknown): Builder {
    this.options[option] = value;
    return this.self;
  }

  build(): Chart {
    const description = { id: null, type: this.type, ranges: [...this.ranges], position: { ...this.position }, options: structuredClone(this.options) };
    return chartFacade(this.context, description);
  }
}

/** A chart built but not inserted has no id yet. */
type ChartState = Omit<ChartDescription, "id"> & { id: number | null };

export function chartFacade(context: ServiceContext, state: ChartState): Chart {
  return expose(context, new EmulatedEmbeddedChart(context, state), "EmbeddedChart") as unknown as Chart;
}

export class EmulatedEmbeddedChart implements Pick<Chart, "getChartId" | "getRanges" | "getOptions"> {
  constructor(
    private readonly context: ServiceContext,
    readonly state: ChartState,
  ) {}

  getChartId(): number | null {
    return this.state.id;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.state.ranges.map((qualified) => {
      const parsed = parseA1(qualified)!;
      const sheet = this.context.workbook.sheet(parsed.sheetName!) ?? fail(this.context, `The chart's range ${qualified} is on a deleted sheet.`);
      return rangeFacade(this.context, sheet.id, parsed.area(sheet.maxRows, sheet.maxColumns));
    });
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = { get: (option: string) => this.state.options[option] ?? null };
    return expose(this.context, options, "ChartOptions");
  }
}

export function insertChart(context: ServiceContext, sheet: SheetModel, chart: Chart): void {
  if (!(chart instanceof EmulatedEmbeddedChart)) fail(context, "Invalid argument: chart");
  const { anchorRow, anchorColumn } = chart.state.position;
  if (anchorRow > sheet.maxRows || anchorColumn > sheet.maxColumns) {
    fail(context, `The chart's anchor cell (row ${anchorRow}, column ${anchorColumn}) is outside the dimensions of the sheet (${sheet.maxRows} rows, ${sheet.maxColumns} columns).`);
  }
  sheet.charts.push({ ...structuredClone(chart.state), id: context.workbook.newId() });
}

export function removeChart(context: ServiceContext, sheet: SheetModel, chart: Chart): void {
  if (!(chart instanceof EmulatedEmbeddedChart)) fail(context, "Invalid argument: chart");
  sheet.charts = sheet.charts.filter((c) => c.id !== chart.state.id);
}
