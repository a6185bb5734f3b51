/**
 * The emulated spreadsheet's state: cells and formulas in one HyperFormula engine (one engine
 * sheet per sheet, our custom functions registered), everything else in plain sheet models.
 * The whole state can be snapshotted and restored, which is how a failed script is rolled back.
 */
import type { HyperFormula, RawCellContent, SimpleCellAddress, SimpleCellRange } from "hyperformula";
import { typedUnresolvedFormula } from "../engine/unresolvedSheets";
import { createEngine, sheetTooLarge, type FunctionTable } from "../engine";
import { fromEngineFormula, refreshOpenRanges } from "../engine/openRanges";
import { fromHeldReferences, withHeldRows, type HeldRows } from "../engine/heldRows";
import type { RawCell, SheetFile, WorkbookFile } from "../runtime/contract";
import { parseA1, toQualifiedA1, type GridArea } from "./a1";
import { engineContent, type CellInput } from "./cellContent";
import { settleTypedText } from "./cells";
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS, cellKey, parseCellKey, type CellStyle, type SheetModel } from "./sheetModel";

// Sheets keeps full doubles (getValues of =1/3 is 0.3333333333333333), where HyperFormula rounds
// the values it exports to 10 significant digits by default (123456789012345 reads 123456789010000.02).
// Dates are not emulated: text such as "01/02/2024" stays text instead of becoming a serial number.
// useArrayArithmetic: Sheets evaluates SUMPRODUCT's arguments as arrays, so
// SUMPRODUCT((A2:A9="X")*B2:B9) sums B where A is "X"; HyperFormula does so only with this on.
// Sheets compares text ignoring case but not accents ("Cote"="Côte" is FALSE), where HyperFormula
// ignores both by default.
const ENGINE_CONFIG = {
  smartRounding: false,
  useArrayArithmetic: true,
  dateFormats: [],
  timeFormats: [],
  currencySymbol: ["$", "€"],
  caseSensitive: false,
  accentSensitive: true,
};

export interface WorkbookSettings {
  /** The spreadsheet's name (Spreadsheet.getName). */
  name: string;
  locale: string;
  timeZone: string;
}

type SheetSnapshot = Omit<SheetModel, "engineId" | "styles"> & { styles: [string, CellStyle][]; cells: RawCellContent[][] };

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The sheets whose rows were held outside the engine then (see heldRows.ts). */
  heldSheets?: string[];
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
  /** Lower-case names of missing sheets that formulas were entered over: adding one enters them again. */
  private readonly awaitedSheets = new Set<string>();

  constructor(
    readonly table: FunctionTable,
    readonly settings: WorkbookSettings,
    snapshot: WorkbookSnapshot,
    /** Data sheets whose rows the engine does not hold (see heldRows.ts); null when none is. */
    readonly held: HeldRows | null = null,
  ) {
    // The snapshot's cell grids are built for this workbook alone (fresh rows of plain values): loaded, not copied first, as
    // a large data sheet's million cells would be; the rest is copied, as restore copies it.
    this.load({ ...snapshot, sheets: snapshot.sheets.map(({ cells, ...sheet }) => ({ ...structuredClone(sheet), cells })) });
  }

  /** A workbook from its saved file; cells are entered as a user types them ("2%" becomes 0.02 shown as 2%). */
  static fromFile(file: WorkbookFile, table: FunctionTable, settings: Omit<WorkbookSettings, "locale"> = DEFAULT_SETTINGS, held: HeldRows | null = null): Workbook {
    const sheetFiles = file.sheets.length > 0 ? file.sheets : [{ name: "Sheet1", cells: [], formats: [], frozenRows: 0, metadata: [] }];
    const sheetIds = savedSheetIds(sheetFiles);
    let nextId = Math.max(...sheetIds) + 1;
    const names = new Set(sheetFiles.map((sheet) => sheet.name.toLowerCase()));
    const awaited = new Set<string>();
    const content = (input: RawCell) => engineContent(input, (name) => names.has(name.toLowerCase()), awaited, held);
    const sheets: SheetSnapshot[] = sheetFiles.map((sheet, index) => {
      const fits = sizeToFit(sheet);
      const maxRows = Math.max(sheet.maxRows ?? NEW_SHEET_ROWS, fits.rows);
      const maxColumns = Math.max(sheet.maxColumns ?? NEW_SHEET_COLUMNS, fits.columns);
      const tooLarge = sheetTooLarge(maxRows, maxColumns);
      if (tooLarge) throw new Error(`The sheet "${sheet.name}" has ${tooLarge}.`);
      return {
        id: sheetIds[index],
        name: sheet.name,
        maxRows,
        maxColumns,
        hidden: sheet.hidden ?? false,
        protection: sheet.protection ? { ...sheet.protection } : null,
        frozenRows: sheet.frozenRows,
        frozenColumns: sheet.frozenColumns ?? 0,
        columnWidths: Object.fromEntries((sheet.columnWidths ?? []).flatMap((width, c) => (width === null ? [] : [[c + 1, width]]))),
        rowHeights: Object.fromEntries((sheet.rowHeights ?? []).flatMap((height, r) => (height === null ? [] : [[r + 1, height]]))),
        merges: structuredClone(sheet.merges ?? []),
        styles: stylesFromFile(sheet),
        metadata: sheet.metadata.map(({ key, value }) => ({ id: nextId++, key, value, visibility: "DOCUMENT" as const })),
        rules: structuredClone(sheet.rules ?? []),
        charts: (sheet.charts ?? []).map((chart) => ({ ...structuredClone(chart), id: nextId++ })),
        cells: sheet.cells.map((row) => row.map(content)),
      };
    });
    const hasActive = sheets.some((sheet) => sheet.name === file.active.sheet);
    const active = hasActive ? file.active : { sheet: sheets[0].name, range: "A1" };
    const workbook = new Workbook(table, { ...settings, locale: file.locale }, { sheets, active, nextId }, held);
    awaited.forEach((name) => workbook.awaitedSheets.add(name));
    sheetFiles.forEach((sheet, index) => settleTypedText(workbook, workbook.sheets[index], 1, 1, sheet.cells));
    return workbook;
  }

  /** The engine content for a value entered in this workbook (see cellContent.ts). */
  engineContent(input: CellInput): RawCellContent {
    return engineContent(input, (name) => this.sheet(name) !== undefined, this.awaitedSheets, this.held);
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
      hidden: false,
      protection: null,
      frozenRows: 0,
      frozenColumns: 0,
      columnWidths: {},
      rowHeights: {},
      merges: [],
      styles: new Map(),
      metadata: [],
      rules: [],
      charts: [],
    };
    this.sheets.splice(index, 0, sheet);
    this.enterFormulasAwaiting(name);
    return sheet;
  }

  /**
   * A held sheet written to (see heldRows.ts) enters the engine whole: its rows and their number
   * formats, and the formulas over it are entered again to read them there.
   */
  releaseHeld(sheet: SheetModel): void {
    if (!this.held?.holds(sheet.name)) return;
    const { cells, formats } = this.held.release(sheet.name);
    const literal = cells.map((row) => row.map((cell) => (typeof cell === "string" ? (cell === "" ? null : `'${cell}`) : cell)));
    this.engine.setCellContents({ sheet: sheet.engineId, row: 0, col: 0 }, literal);
    formats.forEach((row, r) => row.forEach((numberFormat, c) => numberFormat !== null && !sheet.styles.has(cellKey(r + 1, c + 1)) && sheet.styles.set(cellKey(r + 1, c + 1), { numberFormat })));
    this.reenterFormulas((formula) => fromHeldReferences(formula) !== formula);
  }

  /** The formulas (as the engine holds them) that pass the test, entered again as typed. */
  private reenterFormulas(test: (engineFormula: string) => boolean): void {
    const reentered: [SimpleCellAddress, RawCellContent][] = [];
    for (const sheet of this.sheets) {
      this.engine.getSheetFormulas(sheet.engineId).forEach((row, r) =>
        row.forEach((formula, c) => {
          if (formula !== undefined && test(formula)) reentered.push([{ sheet: sheet.engineId, row: r, col: c }, this.engineContent(fromEngineFormula(formula))]);
        }),
      );
    }
    if (reentered.length === 0) return;
    this.engine.batch(() => reentered.forEach(([address, content]) => this.engine.setCellContents(address, content)));
    refreshOpenRanges(this.engine);
  }

  /** Formulas held unresolved for want of this sheet are entered again, so that they compute. */
  private enterFormulasAwaiting(name: string): void {
    if (!this.awaitedSheets.has(name.toLowerCase())) return;
    this.reenterFormulas((formula) => typedUnresolvedFormula(formula) !== null);
  }

  /**
   * A copy of a sheet, as Sheets duplicates one: contents, formats, size, panes, widths, rules,
   * protection, developer metadata and charts (reading the copy's own cells), with ids of its own.
   */
  duplicateSheet(source: SheetModel, name: string, index: number): SheetModel {
    this.releaseHeld(source);
    const copy = this.addSheet(name, index);
    const { id: _id, name: _name, engineId: _engineId, styles, metadata, charts, ...rest } = source;
    Object.assign(copy, structuredClone(rest), { hidden: false, styles: new Map(structuredClone([...styles])) });
    copy.metadata = metadata.map((record) => ({ ...record, id: this.newId() }));
    const ownRange = (qualified: string) => {
      const parsed = parseA1(qualified);
      return parsed?.sheetName?.toLowerCase() === source.name.toLowerCase() ? toQualifiedA1(name, parsed.area(source.maxRows, source.maxColumns)) : qualified;
    };
    copy.charts = charts.map((chart) => ({ ...structuredClone(chart), id: this.newId(), ranges: chart.ranges.map(ownRange) }));
    this.engine.setSheetContent(copy.engineId, this.contents(source));
    refreshOpenRanges(this.engine);
    return copy;
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
    return { sheets, active: { ...this.active }, nextId: this.nextId, ...(this.held && { heldSheets: this.held.heldNames() }) };
  }

  restore(snapshot: WorkbookSnapshot): void {
    this.load(structuredClone(snapshot));
  }

  /** Takes the snapshot as the workbook's state: the caller keeps no hold on it. */
  private load(copy: WorkbookSnapshot): void {
    this.engine?.destroy();
    if (copy.heldSheets) this.held?.holdAgain(copy.heldSheets);
    this.engine = withHeldRows(this.held, () =>
      createEngine(this.table, {
        sheets: Object.fromEntries(copy.sheets.map((sheet) => [sheet.name, sheet.cells])),
        config: ENGINE_CONFIG,
      }),
    );
    // Built cell by cell, results over open-ended ranges were sized before the rows below them existed.
    refreshOpenRanges(this.engine);
    this.sheets = copy.sheets.map(({ cells: _cells, styles, ...sheet }) => ({
      ...sheet,
      engineId: this.engine.getSheetId(sheet.name)!,
      styles: new Map(styles),
    }));
    this.active = copy.active;
    this.nextId = copy.nextId;
  }

  toFile(): WorkbookFile {
    const sheets = this.sheets.map((sheet, index): SheetFile => {
      // A held data sheet's rows are not the engine's: the file keeps them as they are held.
      const held = this.held?.holds(sheet.name) ? this.held.saved(sheet.name) : null;
      const cells: RawCell[][] = held
        ? held.cells.map((row) => [...row])
        : withoutTrailingEmpties(
            this.contents(sheet).map((row) =>
              row.map((content) => (content instanceof Date || content === undefined ? null : typeof content === "string" ? fromEngineFormula(content) : content)),
            ),
          );
      const formats = held ? held.formats.map((row) => [...row]) : styleGrid(sheet, "numberFormat");
      const fontWeights = styleGrid(sheet, "fontWeight");
      const backgrounds = styleGrid(sheet, "background");
      const notes = styleGrid(sheet, "note");
      const wraps = styleGrid(sheet, "wrap");
      // The file's styles may not reach past its cells.
      for (const grid of [formats, fontWeights, backgrounds, notes, wraps]) {
        grid.forEach((row, r) => {
          cells[r] ??= [];
          while (cells[r].length < row.length) cells[r].push(null);
        });
      }
      const widths = Object.entries(sheet.columnWidths).map(([column, width]) => [Number(column), width]);
      const columnWidths = Array.from({ length: Math.max(0, ...widths.map(([column]) => column)) }, (_, c) => sheet.columnWidths[c + 1] ?? null);
      const tallest = Math.max(0, ...Object.keys(sheet.rowHeights).map(Number));
      const rowHeights = Array.from({ length: tallest }, (_, r) => sheet.rowHeights[r + 1] ?? null);
      const file: SheetFile = {
        name: sheet.name,
        cells,
        formats,
        frozenRows: sheet.frozenRows,
        metadata: sheet.metadata.map(({ key, value }) => ({ key, value: value ?? "" })),
        ...(sheet.frozenColumns > 0 && { frozenColumns: sheet.frozenColumns }),
        ...(columnWidths.length > 0 && { columnWidths }),
        ...(fontWeights.length > 0 && { fontWeights }),
        ...(backgrounds.length > 0 && { backgrounds }),
        ...(notes.length > 0 && { notes }),
        ...(wraps.length > 0 && { wraps }),
        ...(rowHeights.length > 0 && { rowHeights }),
        ...(sheet.merges.length > 0 && { merges: structuredClone(sheet.merges) }),
        ...(sheet.rules.length > 0 && { rules: structuredClone(sheet.rules) }),
        ...(sheet.charts.length > 0 && { charts: sheet.charts.map(({ id: _id, ...chart }) => structuredClone(chart)) }),
        ...(sheet.hidden && { hidden: true }),
        ...(sheet.protection && { protection: { ...sheet.protection } }),
      };
      // The id and the size are saved when they are not the ones a file without them opens with.
      if (sheet.id !== index) file.sheetId = sheet.id;
      const fits = sizeToFit(file);
      if (sheet.maxRows !== Math.max(NEW_SHEET_ROWS, fits.rows)) file.maxRows = sheet.maxRows;
      if (sheet.maxColumns !== Math.max(NEW_SHEET_COLUMNS, fits.columns)) file.maxColumns = sheet.maxColumns;
      return file;
    });
    return { version: 1, locale: this.settings.locale, sheets, active: { ...this.active } };
  }
}

/**
 * The rows without their trailing empty cells, and without empty rows at the end: the cells a
 * formula's result fills read as empty, so the file holds what was typed, not a million nulls.
 */
function withoutTrailingEmpties(rows: RawCell[][]): RawCell[][] {
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    return end === row.length ? row : row.slice(0, end);
  });
  let last = trimmed.length;
  while (last > 0 && trimmed[last - 1].length === 0) last--;
  return trimmed.slice(0, last);
}

/**
 * Each sheet's id (Sheet.getSheetId), which the add-on's marks name: as saved, else its position;
 * an id taken twice is replaced by a fresh one, past every other.
 */
function savedSheetIds(sheets: readonly SheetFile[]): number[] {
  const taken = new Set<number>();
  let fresh = Math.max(sheets.length, ...sheets.map((sheet) => (sheet.sheetId ?? 0) + 1));
  return sheets.map((sheet, index) => {
    const wanted = sheet.sheetId ?? index;
    const id = taken.has(wanted) ? fresh++ : wanted;
    taken.add(id);
    return id;
  });
}

/** The smallest grid holding a saved sheet's cells, styles and column widths. */
function sizeToFit(sheet: SheetFile): { rows: number; columns: number } {
  const grids = [sheet.cells, sheet.formats, sheet.fontWeights ?? [], sheet.backgrounds ?? [], sheet.notes ?? [], sheet.wraps ?? []];
  const rows = Math.max(...grids.map((grid) => grid.length), sheet.rowHeights?.length ?? 0);
  const columns = grids.flat().reduce((widest, row) => Math.max(widest, row.length), sheet.columnWidths?.length ?? 0);
  return { rows, columns };
}

type FileStyles = { numberFormat: string; fontWeight: "bold"; background: string; note: string; wrap: true };
const STYLE_GRIDS = { numberFormat: "formats", fontWeight: "fontWeights", background: "backgrounds", note: "notes", wrap: "wraps" } as const;

/** The cells' styles from the file's grids (formats, font weights, backgrounds, notes, wraps). */
function stylesFromFile(sheet: SheetFile): [string, CellStyle][] {
  const styles = new Map<string, CellStyle>();
  for (const [name, gridName] of Object.entries(STYLE_GRIDS) as [keyof FileStyles, (typeof STYLE_GRIDS)[keyof FileStyles]][]) {
    sheet[gridName]?.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!value) return;
        const key = cellKey(r + 1, c + 1);
        styles.set(key, { ...styles.get(key), [name]: value });
      }),
    );
  }
  return [...styles];
}

/** One style property as the file's grid: by position, null where unset, rows only as long as needed. */
function styleGrid<K extends keyof FileStyles>(sheet: SheetModel, name: K): (FileStyles[K] | null)[][] {
  const grid: (FileStyles[K] | null)[][] = [];
  for (const [key, style] of sheet.styles) {
    const value = style[name] as FileStyles[K] | undefined;
    if (!value) continue;
    const { row, column } = parseCellKey(key);
    while (grid.length < row) grid.push([]);
    while (grid[row - 1].length < column) grid[row - 1].push(null);
    grid[row - 1][column - 1] = value;
  }
  return grid;
}
