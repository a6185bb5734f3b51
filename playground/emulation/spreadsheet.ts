/** Spreadsheet: its sheets, the selection, locale and time zone, and metadata search across sheets. */
import { parseA1, type GridArea } from "./a1";
import { expose, fail, type ServiceContext } from "./context";
import { finderFacade } from "./developerMetadata";
import { checkedArea, rangeFacade } from "./range";
import { duplicate, EmulatedSheet, sheetFacade } from "./sheet";
import type { SheetModel } from "./sheetModel";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type SheetOptions = { template?: Sheet };

type SpreadsheetMethods =
  | "getName" | "getSpreadsheetLocale" | "getSpreadsheetTimeZone" | "getSheets" | "getSheetByName"
  | "insertSheet" | "deleteSheet" | "duplicateActiveSheet" | "getActiveSheet" | "setActiveSheet" | "getActiveRange" | "getCurrentCell"
  | "getRange" | "createDeveloperMetadataFinder";

export function spreadsheetFacade(context: ServiceContext): Spreadsheet {
  return expose(context, new EmulatedSpreadsheet(context), "Spreadsheet") as unknown as Spreadsheet;
}

/** The selection's sheet and block. */
function activeSelection(context: ServiceContext): { sheet: SheetModel; area: GridArea } {
  const { workbook } = context;
  const sheet = workbook.sheet(workbook.active.sheet) ?? workbook.sheets[0];
  const area = parseA1(workbook.active.range)?.area(sheet.maxRows, sheet.maxColumns) ?? { row: 1, column: 1, numRows: 1, numColumns: 1 };
  return { sheet, area };
}

export class EmulatedSpreadsheet implements Pick<Spreadsheet, SpreadsheetMethods> {
  constructor(private readonly context: ServiceContext) {}

  getName(): string {
    return this.context.workbook.settings.name;
  }

  getSpreadsheetLocale(): string {
    return this.context.workbook.settings.locale;
  }

  getSpreadsheetTimeZone(): string {
    return this.context.workbook.settings.timeZone;
  }

  getSheets(): Sheet[] {
    return this.context.workbook.sheets.map((sheet) => sheetFacade(this.context, sheet.id));
  }

  getSheetByName(name: string): Sheet | null {
    const sheet = this.context.workbook.sheet(name);
    return sheet ? sheetFacade(this.context, sheet.id) : null;
  }

  /**
   * insertSheet(), (name), (index) or (name, index): the new sheet goes after the active one
   * unless an index (0 = first) is given, and becomes the active sheet, as in Sheets.
   */
  insertSheet(nameOrIndex?: string | number | SheetOptions, indexOrOptions?: number | SheetOptions, options?: SheetOptions): Sheet {
    const { workbook } = this.context;
    if ([nameOrIndex, indexOrOptions, options].some((arg) => typeof arg === "object")) fail(this.context, "The playground does not emulate insertSheet from a template.");
    const name = typeof nameOrIndex === "string" ? nameOrIndex : this.unusedName();
    const position = typeof nameOrIndex === "number" ? nameOrIndex : (indexOrOptions as number | undefined);
    if (workbook.sheet(name)) fail(this.context, `A sheet with the name "${name}" already exists. Please enter another name.`);
    const at = position ?? workbook.sheets.indexOf(activeSelection(this.context).sheet) + 1;
    if (!Number.isInteger(at) || at < 0 || at > workbook.sheets.length) fail(this.context, `The sheet index ${position} is out of range.`);
    const sheet = workbook.addSheet(name, at);
    workbook.active = { sheet: name, range: "A1" };
    return sheetFacade(this.context, sheet.id);
  }

  private unusedName(): string {
    let n = this.context.workbook.sheets.length + 1;
    while (this.context.workbook.sheet(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  deleteSheet(sheet: Sheet): void {
    if (!(sheet instanceof EmulatedSheet)) fail(this.context, "Invalid argument: sheet");
    const { workbook } = this.context;
    if (workbook.sheets.length === 1) fail(this.context, "You can't remove all the sheets in a document.");
    const model = sheet.model;
    const index = workbook.sheets.indexOf(model);
    workbook.removeSheet(model);
    if (workbook.active.sheet === model.name) workbook.active = { sheet: workbook.sheets[Math.max(0, index - 1)].name, range: "A1" };
  }

  /** A copy of the active sheet, after it, made the active sheet. */
  duplicateActiveSheet(): Sheet {
    const { workbook } = this.context;
    const { sheet } = activeSelection(this.context);
    const copy = duplicate(this.context, sheet, workbook.sheets.indexOf(sheet) + 1);
    workbook.active = { sheet: copy.name, range: "A1" };
    return sheetFacade(this.context, copy.id);
  }

  getActiveSheet(): Sheet {
    return sheetFacade(this.context, activeSelection(this.context).sheet.id);
  }

  setActiveSheet(sheet: Sheet): Sheet {
    if (!(sheet instanceof EmulatedSheet)) fail(this.context, "Invalid argument: sheet");
    this.context.workbook.active = { sheet: sheet.model.name, range: "A1" };
    return sheet;
  }

  getActiveRange(): Range {
    const { sheet, area } = activeSelection(this.context);
    return rangeFacade(this.context, sheet.id, area);
  }

  /** The selection's top-left cell. */
  getCurrentCell(): Range {
    const { sheet, area } = activeSelection(this.context);
    return rangeFacade(this.context, sheet.id, { row: area.row, column: area.column, numRows: 1, numColumns: 1 });
  }

  /** getRange("A1:B2") on the active sheet, or getRange("'Sheet name'!A1:B2"). */
  getRange(a1Notation: string): Range {
    const parsed = parseA1(a1Notation);
    const sheet = parsed?.sheetName === undefined ? activeSelection(this.context).sheet : this.context.workbook.sheet(parsed.sheetName);
    if (!parsed || !sheet) fail(this.context, "Range not found");
    return rangeFacade(this.context, sheet.id, checkedArea(this.context, sheet, parsed.area(sheet.maxRows, sheet.maxColumns)));
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return finderFacade(this.context, () => this.context.workbook.sheets);
  }
}
