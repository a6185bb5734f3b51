/**
 * Sheet: ranges, size, visibility, protection, frozen rows and columns, column widths, developer
 * metadata, conditional format rules and charts of one sheet.
 */
import { parseA1, type GridArea } from "./a1";
import { clearContents, contentSize } from "./cells";
import { insertChart, removeChart, EmulatedEmbeddedChartBuilder, chartFacade } from "./charts";
import { ruleFacade, setRules } from "./conditionalFormat";
import { expose, fail, type ServiceContext } from "./context";
import { addMetadata, finderFacade, metadataFacade } from "./developerMetadata";
import { protectSheet, sheetProtections } from "./protection";
import { checkedArea, rangeFacade } from "./range";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, parseCellKey, type SheetModel } from "./sheetModel";
import { EmulatedSpreadsheet, spreadsheetFacade } from "./spreadsheet";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

type SheetMethods =
  | "activate" | "clear" | "getDataRange" | "getFrozenRows" | "getIndex" | "getLastColumn" | "getLastRow"
  | "getMaxColumns" | "getMaxRows" | "getName" | "getParent" | "getRange" | "getSheetId" | "setFrozenRows"
  | "insertRowsAfter" | "insertColumnsAfter" | "deleteColumns" | "hideSheet" | "showSheet" | "isSheetHidden" | "protect" | "getProtections" | "copyTo"
  | "getFrozenColumns" | "setFrozenColumns" | "getColumnWidth" | "setColumnWidth" | "setColumnWidths" | "getRowHeight" | "setRowHeight"
  | "addDeveloperMetadata" | "getDeveloperMetadata" | "createDeveloperMetadataFinder"
  | "getConditionalFormatRules" | "setConditionalFormatRules" | "clearConditionalFormatRules"
  | "newChart" | "insertChart" | "getCharts" | "removeChart";

/** The sheet's model; a facade outlives a rollback (ids are kept) but not its sheet's deletion. */
export function liveSheet(context: ServiceContext, sheetId: number): SheetModel {
  return context.workbook.sheetById(sheetId) ?? fail(context, "This sheet has been deleted.");
}

export function sheetFacade(context: ServiceContext, sheetId: number): Sheet {
  return expose(context, new EmulatedSheet(context, sheetId), "Sheet") as unknown as Sheet;
}

/** A copy of a sheet at an index, named "Copy of <name>" (then "Copy 2 of <name>"...), as Sheets names one. */
export function duplicate(context: ServiceContext, source: SheetModel, index: number): SheetModel {
  const { workbook } = context;
  let name = `Copy of ${source.name}`;
  for (let n = 2; workbook.sheet(name); n++) name = `Copy ${n} of ${source.name}`;
  return workbook.duplicateSheet(source, name, index);
}

export class EmulatedSheet implements Pick<Sheet, SheetMethods> {
  constructor(
    private readonly context: ServiceContext,
    readonly sheetId: number,
  ) {}

  get model(): SheetModel {
    return liveSheet(this.context, this.sheetId);
  }

  private get self(): Sheet {
    return this as unknown as Sheet;
  }

  getName(): string {
    return this.model.name;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  getIndex(): number {
    return this.context.workbook.sheets.indexOf(this.model) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetFacade(this.context);
  }

  activate(): Sheet {
    this.context.workbook.active = { sheet: this.model.name, range: "A1" };
    return this.self;
  }

  /** Grows the sheet, as Sheets does; our cells have no row positions to shift below the last row. */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    const sheet = this.model;
    if (!Number.isInteger(howMany) || howMany < 1 || afterPosition < 1 || afterPosition > sheet.maxRows) {
      fail(this.context, "Those rows are out of bounds.");
    }
    if (afterPosition !== sheet.maxRows) fail(this.context, "The playground inserts rows only after the last row.");
    sheet.maxRows += howMany;
    return this.self;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    const sheet = this.model;
    if (!Number.isInteger(howMany) || howMany < 1 || afterPosition < 1 || afterPosition > sheet.maxColumns) {
      fail(this.context, "Those columns are out of bounds.");
    }
    if (afterPosition !== sheet.maxColumns) fail(this.context, "The playground inserts columns only after the last column.");
    sheet.maxColumns += howMany;
    return this.self;
  }

  /** Deletes columns at the right edge of the grid, where no cell has content (the playground shifts no cells). */
  deleteColumns(columnPosition: number, howMany: number): void {
    const sheet = this.model;
    if (![columnPosition, howMany].every(Number.isInteger) || columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > sheet.maxColumns) {
      fail(this.context, "Those columns are out of bounds.");
    }
    if (howMany >= sheet.maxColumns - sheet.frozenColumns) fail(this.context, "Sorry, it is not possible to delete all non-frozen columns.");
    // The engine's dimensions do not shrink when cells are cleared: the cells themselves are looked at (a held sheet's rows among them).
    this.context.workbook.releaseHeld(sheet);
    const filled = this.context.workbook.contents(sheet).some((row) => row.slice(columnPosition - 1).some((content) => content !== null && content !== undefined && content !== ""));
    if (columnPosition + howMany - 1 !== sheet.maxColumns || filled) {
      fail(this.context, "The playground deletes only empty columns at the right edge of the sheet.");
    }
    sheet.maxColumns -= howMany;
    for (const key of sheet.styles.keys()) if (parseCellKey(key).column > sheet.maxColumns) sheet.styles.delete(key);
    sheet.merges = sheet.merges.filter((merge) => merge.column + merge.numColumns - 1 <= sheet.maxColumns);
    for (const column of Object.keys(sheet.columnWidths)) if (Number(column) > sheet.maxColumns) delete sheet.columnWidths[Number(column)];
  }

  /** Hides the sheet's tab; the last visible sheet cannot be hidden. */
  hideSheet(): Sheet {
    const { workbook } = this.context;
    const sheet = this.model;
    if (sheet.hidden) return this.self;
    const visible = workbook.sheets.filter((s) => !s.hidden && s !== sheet);
    if (visible.length === 0) fail(this.context, "You can't hide all the sheets in a document.");
    sheet.hidden = true;
    if (workbook.active.sheet === sheet.name) workbook.active = { sheet: visible[0].name, range: "A1" };
    return this.self;
  }

  showSheet(): Sheet {
    this.model.hidden = false;
    return this.self;
  }

  isSheetHidden(): boolean {
    return this.model.hidden;
  }

  /** The sheet's protection: the existing one, or a new one that, until changed, lets every editor edit. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return protectSheet(this.context, this.sheetId);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return sheetProtections(this.context, this.sheetId, type);
  }

  /** A copy named "Copy of <name>", last in the spreadsheet (this one: others are not emulated). */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet {
    if (!(spreadsheet instanceof EmulatedSpreadsheet)) fail(this.context, "The playground copies sheets only within its spreadsheet.");
    return sheetFacade(this.context, duplicate(this.context, this.model, this.context.workbook.sheets.length).id);
  }

  /** getRange(a1), or getRange(row, column, numRows = 1, numColumns = 1). */
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): Range {
    const sheet = this.model;
    let area: GridArea;
    if (typeof rowOrA1 === "string") {
      const parsed = parseA1(rowOrA1);
      if (!parsed || (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase())) fail(this.context, "Range not found");
      area = parsed.area(sheet.maxRows, sheet.maxColumns);
    } else {
      area = { row: rowOrA1, column: column ?? NaN, numRows, numColumns };
    }
    return rangeFacade(this.context, this.sheetId, checkedArea(this.context, sheet, area));
  }

  getDataRange(): Range {
    const { rows, columns } = contentSize(this.context.workbook, this.model);
    return rangeFacade(this.context, this.sheetId, { row: 1, column: 1, numRows: Math.max(1, rows), numColumns: Math.max(1, columns) });
  }

  getLastRow(): number {
    return contentSize(this.context.workbook, this.model).rows;
  }

  getLastColumn(): number {
    return contentSize(this.context.workbook, this.model).columns;
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  setFrozenRows(rows: number): void {
    if (!Number.isInteger(rows) || rows < 0 || rows > this.model.maxRows) fail(this.context, "Those rows are out of bounds.");
    this.model.frozenRows = rows;
  }

  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    if (!Number.isInteger(columns) || columns < 0 || columns > this.model.maxColumns) fail(this.context, "Those columns are out of bounds.");
    this.model.frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths[columnPosition] ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    const sheet = this.model;
    if (![startColumn, numColumns, width].every(Number.isInteger) || startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > sheet.maxColumns) {
      fail(this.context, "Those columns are out of bounds.");
    }
    if (width < 0) fail(this.context, "A column width cannot be negative.");
    for (let column = startColumn; column < startColumn + numColumns; column++) sheet.columnWidths[column] = width;
    return this.self;
  }

  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights[rowPosition] ?? DEFAULT_ROW_HEIGHT;
  }

  setRowHeight(rowPosition: number, height: number): Sheet {
    const sheet = this.model;
    if (!Number.isInteger(rowPosition) || rowPosition < 1 || rowPosition > sheet.maxRows) fail(this.context, "Those rows are out of bounds.");
    if (!Number.isInteger(height) || height < 0) fail(this.context, "A row height must be a whole number of pixels, 0 or more.");
    sheet.rowHeights[rowPosition] = height;
    return this.self;
  }

  /** Clears contents and formats, merges included (not metadata, rules, charts or sizes). */
  clear(): Sheet {
    const sheet = this.model;
    const { rows, columns } = contentSize(this.context.workbook, sheet);
    if (rows > 0 && columns > 0) clearContents(this.context.workbook, sheet, { row: 1, column: 1, numRows: rows, numColumns: columns });
    sheet.styles.clear();
    sheet.merges = [];
    return this.self;
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: string | Visibility, visibility?: Visibility): Sheet {
    addMetadata(this.context, this.model, key, valueOrVisibility, visibility);
    return this.self;
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.model.metadata.map((record) => metadataFacade(this.context, this.sheetId, record.id));
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return finderFacade(this.context, () => [this.model]);
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.model.rules.map((rule) => ruleFacade(this.context, this.sheetId, structuredClone(rule)));
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    setRules(this.context, this.model, rules);
  }

  clearConditionalFormatRules(): void {
    this.model.rules = [];
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const builder = new EmulatedEmbeddedChartBuilder(this.context);
    return expose(this.context, builder, "EmbeddedChartBuilder") as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    insertChart(this.context, this.model, chart);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.model.charts.map((chart) => chartFacade(this.context, structuredClone(chart)));
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    removeChart(this.context, this.model, chart);
  }
}
