/**
 * The emulated spreadsheet's state: cells and formulas in one HyperFormula engine (one engine
 * sheet per sheet, our custom functions registered), everything else in plain sheet models.
 * The whole state can be snapshotted and restored, which is how a failed script is rolled back.
 */
import type { HyperFormula, RawCellContent, SimpleCellAddress, SimpleCellRange } from "hyperformula";
import { createEngine, type FunctionTable } from "../engine";
import type { RawCell, WorkbookFile } from "../runtime/contract";
import type { GridArea } from "./a1";
import { engineContent } from "./cellContent";
import { settleTypedText } from "./cells";
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, cellKey, parseCellKey, type CellStyle, type SheetModel } from "./sheetModel";

// Sheets keeps full doubles (getValues of =1/3 is 0.3333333333333333), where HyperFormula rounds
// the values it exports to 10 significant digits by default (123456789012345 reads 123456789010000.02).
// Dates are not emulated: text such as "01/02/2024" stays text instead of becoming a serial number.
// useArrayArithmetic: Sheets evaluates SUMPRODUCT's arguments as arrays, so
// SUMPRODUCT((A2:A9="X")*B2:B9) sums B where A is "X"; HyperFormula does so only with this on.
const ENGINE_CONFIG = { smartRounding: false, useArrayArithmetic: true, dateFormats: [], timeFormats: [], currencySymbol: ["$", "€"] };

export interface WorkbookSettings {
  /** The spreadsheet's name (Spreadsheet.getName). */
  name: string;
  locale: string;
  timeZone: string;
}

type SheetSnapshot = Omit<SheetModel, "engineId" | "styles"> & { styles: [string, CellStyle][]; cells: RawCellContent[][] };

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  active: { sheet: string; range: string };
  nextId: number;
}

const DEFAULT_SETTINGS: Omit<WorkbookSettings, "locale"> = { name: "Social ROI playground", timeZone: "Europe/Paris" };

export class Workbook {
  engine!: HyperFormula;
  sheets: SheetModel[] = [];
  /** The selection: a sheet name and an A1 range on it. */
  active = { sheet: "", range: "A1" };
  private nextId = 0;

  constructor(
    readonly table: FunctionTable,
    readonly settings: WorkbookSettings,
    snapshot: WorkbookSnapshot,
  ) {
    this.restore(snapshot);
  }

  /** A workbook from its saved file; cells are entered as a user types them ("2%" becomes 0.02 shown as 2%). */
  static fromFile(file: WorkbookFile, table: FunctionTable, settings: Omit<WorkbookSettings, "locale"> = DEFAULT_SETTINGS): Workbook {
    const sheetFiles = file.sheets.length > 0 ? file.sheets : [{ name: "Sheet1", cells: [], formats: [], frozenRows: 0, metadata: [] }];
    let nextId = 0;
    const sheets: SheetSnapshot[] = sheetFiles.map((sheet) => {
      const rows = Math.max(sheet.cells.length, sheet.formats.length);
      const columns = [...sheet.cells, ...sheet.formats].reduce((widest, row) => Math.max(widest, row.length), 0);
      const styles: [string, CellStyle][] = sheet.formats.flatMap((row, r) =>
        row.flatMap((format, c) => (format ? [[cellKey(r + 1, c + 1), { numberFormat: format }] as [string, CellStyle]] : [])),
      );
      return {
        id: nextId++,
        name: sheet.name,
        maxRows: Math.max(NEW_SHEET_ROWS, rows),
        maxColumns: Math.max(NEW_SHEET_COLUMNS, columns),
        frozenRows: sheet.frozenRows,
        styles,
        metadata: sheet.metadata.map(({ key, value }) => ({ id: nextId++, key, value, visibility: "DOCUMENT" as const })),
        rules: [],
        charts: [],
        cells: sheet.cells.map((row) => row.map(engineContent)),
      };
    });
    const hasActive = sheets.some((sheet) => sheet.name === file.active.sheet);
    const active = hasActive ? file.active : { sheet: sheets[0].name, range: "A1" };
    const workbook = new Workbook(table, { ...settings, locale: file.locale }, { sheets, active, nextId });
    sheetFiles.forEach((sheet, index) => settleTypedText(workbook, workbook.sheets[index], 1, 1, sheet.cells));
    return workbook;
  }

  /** A fresh id for a sheet, a metadata entry or a chart. */
  newId(): number {
    return this.nextId++;
  }

  /** Sheet names are unique regardless of case, and looked up so. */
  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  addSheet(name: string, index: number): SheetModel {
    this.engine.addSheet(name);
    const sheet: SheetModel = {
      id: this.newId(),
      name,
      engineId: this.engine.getSheetId(name)!,
      maxRows: NEW_SHEET_ROWS,
      maxColumns: NEW_SHEET_COLUMNS,
      frozenRows: 0,
      styles: new Map(),
      metadata: [],
      rules: [],
      charts: [],
    };
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    this.engine.removeSheet(sheet.engineId);
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }

  address(sheet: SheetModel, row: number, column: number): SimpleCellAddress {
    return { sheet: sheet.engineId, row: row - 1, col: column - 1 };
  }

  range(sheet: SheetModel, area: GridArea): SimpleCellRange {
    return {
      start: this.address(sheet, area.row, area.column),
      end: this.address(sheet, area.row + area.numRows - 1, area.column + area.numColumns - 1),
    };
  }

  /**
   * The raw contents of a sheet, or of a block of it, formulas as "=..." text; cells filled by
   * another cell's array result are empty.
   */
  contents(sheet: SheetModel, area?: GridArea): RawCellContent[][] {
    const serialized = area ? this.engine.getRangeSerialized(this.range(sheet, area)) : this.engine.getSheetSerialized(sheet.engineId);
    const [top, left] = area ? [area.row - 1, area.column - 1] : [0, 0];
    return serialized.map((row, r) =>
      row.map((content, c) => {
        const address = { sheet: sheet.engineId, row: top + r, col: left + c };
        const spilled = content !== null && this.engine.isCellPartOfArray(address) && !this.engine.doesCellHaveFormula(address);
        return spilled ? null : content;
      }),
    );
  }

  snapshot(): WorkbookSnapshot {
    const sheets = this.sheets.map((sheet) => {
      const { engineId: _engineId, styles, ...rest } = sheet;
      return { ...structuredClone(rest), styles: structuredClone([...styles]), cells: this.contents(sheet) };
    });
    return { sheets, active: { ...this.active }, nextId: this.nextId };
  }

  restore(snapshot: WorkbookSnapshot): void {
    const copy = structuredClone(snapshot);
    this.engine?.destroy();
    this.engine = createEngine(this.table, {
      sheets: Object.fromEntries(copy.sheets.map((sheet) => [sheet.name, sheet.cells])),
      config: ENGINE_CONFIG,
    });
    this.sheets = copy.sheets.map(({ cells: _cells, styles, ...sheet }) => ({
      ...sheet,
      engineId: this.engine.getSheetId(sheet.name)!,
      styles: new Map(styles),
    }));
    this.active = copy.active;
    this.nextId = copy.nextId;
  }

  toFile(): WorkbookFile {
    const sheets = this.sheets.map((sheet) => {
      const cells: RawCell[][] = this.contents(sheet).map((row) => row.map((content) => (content instanceof Date || content === undefined ? null : content)));
      const formats: (string | null)[][] = [];
      for (const [key, style] of sheet.styles) {
        if (!style.numberFormat) continue;
        const { row, column } = parseCellKey(key);
        while (formats.length < row) formats.push([]);
        while (formats[row - 1].length < column) formats[row - 1].push(null);
        formats[row - 1][column - 1] = style.numberFormat;
      }
      // The file's formats may not reach past its cells.
      formats.forEach((row, r) => {
        cells[r] ??= [];
        while (cells[r].length < row.length) cells[r].push(null);
      });
      return {
        name: sheet.name,
        cells,
        formats,
        frozenRows: sheet.frozenRows,
        metadata: sheet.metadata.map(({ key, value }) => ({ key, value: value ?? "" })),
      };
    });
    return { version: 1, locale: this.settings.locale, sheets, active: { ...this.active } };
  }
}
