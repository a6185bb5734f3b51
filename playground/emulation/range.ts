/** Range: a block of cells of one sheet, read and written in one call each, as Sheets batches them. */
import { toA1, type GridArea } from "./a1";
import { displayValue, sheetValue, type CellInput, type SheetValue } from "./cellContent";
import { clearContents, fillFormula, readFormulas, readValues, styleAt, updateStyles, writeInputs, type StyleChange } from "./cells";
import { expose, fail, type ServiceContext } from "./context";
import { instantOfSerial, isDateTimeFormat } from "./dateCells";
import { DEFAULT_NUMBER_FORMAT } from "./numberFormat";
import { liveSheet, sheetFacade } from "./sheet";
import { parseCellKey, type CellStyle, type Merge, type SheetModel } from "./sheetModel";

type Range = GoogleAppsScript.Spreadsheet.Range;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

const DEFAULT_BACKGROUND = "#ffffff";

type RangeMethods =
  | "activate" | "clear" | "clearContent" | "getA1Notation" | "getColumn" | "getLastColumn" | "getLastRow"
  | "getNumColumns" | "getNumRows" | "getRow" | "getSheet"
  | "getValue" | "getValues" | "setValue" | "setValues" | "getDisplayValue" | "getDisplayValues"
  | "getFormula" | "getFormulas" | "setFormula" | "setFormulas"
  | "getNumberFormat" | "getNumberFormats" | "setNumberFormat" | "setNumberFormats"
  | "getFontWeight" | "getFontWeights" | "setFontWeight" | "setFontWeights"
  | "getBackground" | "getBackgrounds" | "setBackground" | "setBackgrounds" | "getWrap" | "setWrap" | "merge"
  | "getNote" | "getNotes" | "setNote" | "setNotes";

/** The area, checked against the sheet's size with Apps Script's messages. */
export function checkedArea(context: ServiceContext, sheet: SheetModel, area: GridArea): GridArea {
  const { row, column, numRows, numColumns } = area;
  if (![row, column, numRows, numColumns].every(Number.isInteger)) fail(context, "The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.");
  if (row < 1) fail(context, "The starting row of the range is too small.");
  if (column < 1) fail(context, "The starting column of the range is too small.");
  if (numRows < 1) fail(context, "The number of rows in the range must be at least 1.");
  if (numColumns < 1) fail(context, "The number of columns in the range must be at least 1.");
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    fail(context, "The coordinates of the range are outside the dimensions of the sheet.");
  }
  return area;
}

export function rangeFacade(context: ServiceContext, sheetId: number, area: GridArea): Range {
  return expose(context, new EmulatedRange(context, sheetId, area), "Range") as unknown as Range;
}

export class EmulatedRange implements Pick<Range, RangeMethods> {
  constructor(
    private readonly context: ServiceContext,
    readonly sheetId: number,
    readonly area: GridArea,
  ) {}

  get sheet(): SheetModel {
    return liveSheet(this.context, this.sheetId);
  }

  private get self(): Range {
    return this as unknown as Range;
  }

  private get topLeft(): GridArea {
    return { row: this.area.row, column: this.area.column, numRows: 1, numColumns: 1 };
  }

  private grid<T>(cell: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.area.numRows }, (_, r) =>
      Array.from({ length: this.area.numColumns }, (_, c) => cell(this.area.row + r, this.area.column + c)),
    );
  }

  /** The cell's style; a held row's number format is the held sheet's (see heldRows.ts). */
  private style(row: number, column: number): CellStyle {
    const style = styleAt(this.sheet, row, column);
    const held = style.numberFormat === undefined ? this.context.workbook.held?.formatAt(this.sheet.name, row - 1, column - 1) : null;
    return held ? { ...style, numberFormat: held } : style;
  }

  /** Fails as Apps Script does unless the grid has exactly the range's rows and columns. */
  private checkShape(method: string, grid: unknown): void {
    if (!Array.isArray(grid) || !grid.every(Array.isArray)) fail(this.context, `The parameters don't match the method signature for SpreadsheetApp.Range.${method}.`);
    if (grid.length !== this.area.numRows) {
      fail(this.context, `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.area.numRows}.`);
    }
    const row = (grid as unknown[][]).find((cells) => cells.length !== this.area.numColumns);
    if (row) {
      fail(this.context, `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.area.numColumns}.`);
    }
  }

  private checkInputs(method: string, grid: unknown[][]): CellInput[][] {
    grid.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell === null || cell === undefined || ["number", "string", "boolean"].includes(typeof cell)) return;
        const kind = cell instanceof Date || Object.prototype.toString.call(cell) === "[object Date]" ? "a Date (dates are not emulated)" : typeof cell;
        fail(this.context, `Range.${method}: the cell in row ${r + 1}, column ${c + 1} of the data is ${kind}; the playground takes numbers, text, booleans or empty cells.`);
      }),
    );
    return grid as CellInput[][];
  }

  private write(method: string, grid: unknown[][]): Range {
    this.checkShape(method, grid);
    writeInputs(this.context.workbook, this.sheet, this.area.row, this.area.column, this.checkInputs(method, grid));
    return this.self;
  }

  private restyle<T>(method: string, grid: T[][], change: (value: T) => StyleChange): Range {
    this.checkShape(method, grid);
    // A held sheet's formats are its rows' (see heldRows.ts): restyled, its rows enter the engine with them.
    this.context.workbook.releaseHeld(this.sheet);
    updateStyles(this.sheet, this.area, (r, c) => change(grid[r][c]));
    return this.self;
  }

  getA1Notation(): string {
    return toA1(this.area);
  }

  getRow(): number {
    return this.area.row;
  }

  getColumn(): number {
    return this.area.column;
  }

  getNumRows(): number {
    return this.area.numRows;
  }

  getNumColumns(): number {
    return this.area.numColumns;
  }

  getLastRow(): number {
    return this.area.row + this.area.numRows - 1;
  }

  getLastColumn(): number {
    return this.area.column + this.area.numColumns - 1;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetFacade(this.context, this.sheetId);
  }

  activate(): Range {
    this.context.workbook.active = { sheet: this.sheet.name, range: this.getA1Notation() };
    return this.self;
  }

  /** A number in a date or time format is a Date, as Apps Script gives it, made in the script's realm. */
  getValues(): (SheetValue | Date)[][] {
    const values: (SheetValue | Date)[][] = readValues(this.context.workbook, this.sheet, this.area).map((row) => row.map(sheetValue));
    const { timeZone } = this.context.workbook.settings;
    // A long column of dates repeats its days: each day's instant worked out once.
    const instants = new Map<number, number>();
    const instantOf = (serial: number) => instants.get(serial) ?? instants.set(serial, instantOfSerial(serial, timeZone)).get(serial)!;
    this.forEachNumberFormat((r, c, format) => {
      const value = values[r][c];
      if (typeof value === "number" && isDateTimeFormat(format)) values[r][c] = this.context.realm.date(instantOf(value));
    });
    return values;
  }

  getValue(): SheetValue | Date {
    return new EmulatedRange(this.context, this.sheetId, this.topLeft).getValues()[0][0];
  }

  getDisplayValues(): string[][] {
    const { locale } = this.context.workbook.settings;
    const values = readValues(this.context.workbook, this.sheet, this.area);
    return this.grid((row, column) =>
      displayValue(values[row - this.area.row][column - this.area.column], this.style(row, column).numberFormat, locale),
    );
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  /** Like typing into each cell: "=..." is a formula, "'..." literal text, "2%" a number shown as 2%. */
  setValues(values: unknown[][]): Range {
    return this.write("setValues", values);
  }

  setValue(value: unknown): Range {
    return this.write("setValue", this.grid(() => value));
  }

  getFormulas(): string[][] {
    return readFormulas(this.context.workbook, this.sheet, this.area);
  }

  getFormula(): string {
    return readFormulas(this.context.workbook, this.sheet, this.topLeft)[0][0];
  }

  setFormulas(formulas: string[][]): Range {
    return this.write("setFormulas", formulas);
  }

  /** On several cells, relative references move with each cell, as when Sheets fills a formula. */
  setFormula(formula: string): Range {
    if (typeof formula !== "string") fail(this.context, "The parameters don't match the method signature for SpreadsheetApp.Range.setFormula.");
    fillFormula(this.context.workbook, this.sheet, this.area, formula);
    return this.self;
  }

  /** Each cell of the range given a number format, by its 0-based row and column in the range. */
  private forEachNumberFormat(visit: (r: number, c: number, format: string) => void): void {
    const { row, column, numRows, numColumns } = this.area;
    const { styles } = this.sheet;
    // A held sheet's rows have their formats outside the sheet's styles (see heldRows.ts); its own styles come after.
    const { held } = this.context.workbook;
    if (held?.holds(this.sheet.name)) {
      held.formatBlock(this.sheet.name, row - 1, column - 1, numRows, numColumns).forEach((formats, r) => formats.forEach((format, c) => format !== null && visit(r, c, format)));
    }
    if (styles.size >= numRows * numColumns) {
      for (let r = 0; r < numRows; r++) {
        for (let c = 0; c < numColumns; c++) {
          const format = this.style(row + r, column + c).numberFormat;
          if (format !== undefined) visit(r, c, format);
        }
      }
      return;
    }
    // A tall range over fewer styled cells (the rows of a large export): the styled cells are placed, not every cell looked up.
    for (const [key, style] of styles) {
      if (style.numberFormat === undefined) continue;
      const at = parseCellKey(key);
      const r = at.row - row;
      const c = at.column - column;
      if (r >= 0 && r < numRows && c >= 0 && c < numColumns) visit(r, c, style.numberFormat);
    }
  }

  getNumberFormats(): string[][] {
    const formats = Array.from({ length: this.area.numRows }, () => Array<string>(this.area.numColumns).fill(DEFAULT_NUMBER_FORMAT));
    this.forEachNumberFormat((r, c, format) => (formats[r][c] = format));
    return formats;
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }

  setNumberFormats(numberFormats: string[][]): Range {
    return this.restyle("setNumberFormats", numberFormats, (numberFormat) => ({ numberFormat: numberFormat || undefined }));
  }

  setNumberFormat(numberFormat: string): Range {
    return this.setNumberFormats(this.grid(() => numberFormat));
  }

  getFontWeights(): FontWeight[][] {
    return this.grid((row, column) => this.style(row, column).fontWeight ?? "normal");
  }

  getFontWeight(): FontWeight {
    return this.getFontWeights()[0][0];
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): Range {
    return this.restyle("setFontWeights", fontWeights, (fontWeight) => ({
      fontWeight: fontWeight === "bold" ? "bold" : undefined,
    }));
  }

  setFontWeight(fontWeight: FontWeight | null): Range {
    return this.setFontWeights(this.grid(() => fontWeight));
  }

  getBackgrounds(): string[][] {
    return this.grid((row, column) => this.style(row, column).background ?? DEFAULT_BACKGROUND);
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  setBackgrounds(colors: (string | null)[][]): Range {
    return this.restyle("setBackgrounds", colors, (background) => ({ background: background ?? undefined }));
  }

  setBackground(color: string | null): Range {
    return this.setBackgrounds(this.grid(() => color));
  }

  /** A cell without a note reads "", as in Apps Script. */
  getNotes(): string[][] {
    return this.grid((row, column) => this.style(row, column).note ?? "");
  }

  getNote(): string {
    return this.getNotes()[0][0];
  }

  /** An empty or null note removes the cell's note. */
  setNotes(notes: (string | null)[][]): Range {
    return this.restyle("setNotes", notes, (note) => ({ note: note ? String(note) : undefined }));
  }

  setNote(note: string | null): Range {
    return this.setNotes(this.grid(() => note));
  }

  getWrap(): boolean {
    return this.style(this.area.row, this.area.column).wrap === true;
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.restyle("setWrap", this.grid(() => isWrapEnabled), (wrap) => ({ wrap: wrap ? true : undefined }));
  }

  /**
   * Merges the range into one cell, as Sheets does: the top-left cell's content stays, the others'
   * go. Sheets refuses a merge across the frozen rows' or columns' edge, or overlapping another.
   */
  merge(): Range {
    const sheet = this.sheet;
    const { row, column, numRows, numColumns } = this.area;
    const [bottom, right] = [row + numRows - 1, column + numColumns - 1];
    const crosses = (first: number, last: number, frozen: number) => frozen > 0 && first <= frozen && last > frozen;
    if (crosses(row, bottom, sheet.frozenRows)) fail(this.context, "You can't merge frozen and non-frozen rows.");
    if (crosses(column, right, sheet.frozenColumns)) fail(this.context, "You can't merge frozen and non-frozen columns.");
    const overlaps = (m: Merge) => m.row <= bottom && row <= m.row + m.numRows - 1 && m.column <= right && column <= m.column + m.numColumns - 1;
    const inside = (m: Merge) => m.row >= row && m.row + m.numRows - 1 <= bottom && m.column >= column && m.column + m.numColumns - 1 <= right;
    if (sheet.merges.some((m) => overlaps(m) && !inside(m))) fail(this.context, "You must select all cells in a merged range to merge or unmerge them.");
    sheet.merges = sheet.merges.filter((m) => !inside(m));
    if (numColumns > 1) clearContents(this.context.workbook, sheet, { row, column: column + 1, numRows: 1, numColumns: numColumns - 1 });
    if (numRows > 1) clearContents(this.context.workbook, sheet, { row: row + 1, column, numRows: numRows - 1, numColumns });
    if (numRows > 1 || numColumns > 1) sheet.merges.push({ row, column, numRows, numColumns });
    return this.self;
  }

  clearContent(): Range {
    clearContents(this.context.workbook, this.sheet, this.area);
    return this.self;
  }

  /** Clears contents and formats. */
  clear(): Range {
    clearContents(this.context.workbook, this.sheet, this.area);
    updateStyles(this.sheet, this.area, () => ({ numberFormat: undefined, fontWeight: undefined, background: undefined, wrap: undefined }));
    return this.self;
  }
}
