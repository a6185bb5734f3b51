/**
 * The workbook as the playground page shows it: each sheet's used area (or, when the page names the
 * rows it shows, those of the sheet shown), computed and formatted, coloured by its conditional
 * format rules, with its column widths, frozen panes and charts.
 */
import type { RawCellContent } from "hyperformula";
import {
  cellError,
  cellKey,
  conditionalFormats,
  contentSize,
  displayValue,
  formatNumber,
  localFormula,
  readFormulas,
  readValues,
  sheetValue,
  styleAt,
  type SheetModel,
  type UiState,
  type Workbook,
} from "../emulation";
import type { GridArea } from "../emulation/a1";
import { chartView } from "./chartView";
import type { CellReading, CellView, SheetView, ViewWindow, WorkbookView } from "./contract";
import { MAX_VIEW_COLUMNS, MAX_VIEW_ROWS } from "./limits";

// What the formula bar shows for a percent: all its digits, with the locale's decimal separator.
const TYPED_PERCENT = "0.###############%";

/** What the formula bar shows for a cell without a formula: the value as a user would type it back. */
function typedInput(content: RawCellContent, value: unknown, numberFormat: string | undefined, locale: string): string {
  // Empty, or filled by another cell's spilled result.
  if (content === null || content === undefined) return "";
  if (typeof value === "number" && numberFormat?.includes("%")) return formatNumber(value, TYPED_PERCENT, locale);
  if (typeof content === "boolean") return content ? "TRUE" : "FALSE";
  // Numbers as typed ("12.5", "$1500"), with the locale's decimal separator.
  if (typeof value === "number") return localFormula(String(content), locale);
  return String(content);
}

const clamp = (count: number, max: number) => Math.min(Math.max(1, count), max);

type CellAt = { row: number; column: number };
/** The spill origins of the cells seen so far in one block, by cell. */
type SpillOrigins = Map<string, CellAt | null>;

/**
 * The formula cell (0-based) whose array result fills the cell at (row, column): up its column to
 * the result's first row, then left along that row to the formula. A spilled cell above, seen
 * before, has the same: a 50,000-row result is walked once, not once per cell.
 */
function spillOrigin(workbook: Workbook, sheet: SheetModel, row: number, column: number, seen: SpillOrigins): CellAt | null {
  const { engine } = workbook;
  const at = (r: number, c: number) => ({ sheet: sheet.engineId, row: r, col: c });
  const spilled = (r: number, c: number) => r >= 0 && c >= 0 && engine.isCellPartOfArray(at(r, c)) && !engine.doesCellHaveFormula(at(r, c));
  if (!spilled(row, column)) return null;
  const walk = (): CellAt | null => {
    let r = row;
    while (spilled(r - 1, column)) r--;
    if (r > 0 && engine.doesCellHaveFormula(at(r - 1, column))) return { row: r - 1, column };
    let c = column;
    while (spilled(r, c - 1)) c--;
    return c > 0 && engine.doesCellHaveFormula(at(r, c - 1)) ? { row: r, column: c - 1 } : null;
  };
  const origin = seen.get(cellKey(row - 1, column)) ?? walk();
  seen.set(cellKey(row, column), origin);
  return origin;
}

/** A cell's number format; a cell filled by an array result without one of its own takes its formula's. */
function numberFormatAt(workbook: Workbook, sheet: SheetModel, row: number, column: number, seen: SpillOrigins): string | undefined {
  const own = styleAt(sheet, row + 1, column + 1).numberFormat;
  if (own) return own;
  const origin = spillOrigin(workbook, sheet, row, column, seen);
  return origin ? styleAt(sheet, origin.row + 1, origin.column + 1).numberFormat : undefined;
}

/** A block's computed values, the raw contents it was read with, and how each cell shows. */
function cellReadings(workbook: Workbook, sheet: SheetModel, area: GridArea) {
  const values = readValues(workbook, sheet, area);
  const contents = workbook.contents(sheet, area);
  const { locale } = workbook.settings;
  const spillOrigins: SpillOrigins = new Map();
  const readings = values.map((cells, r) =>
    cells.map((value, c): CellReading => {
      const row = area.row - 1 + r;
      const column = area.column - 1 + c;
      const content = contents[r]?.[c] ?? null;
      const numberFormat = content === null && value !== null ? numberFormatAt(workbook, sheet, row, column, spillOrigins) : styleAt(sheet, row + 1, column + 1).numberFormat;
      const error = cellError(value);
      const sheetCell = sheetValue(value);
      return { value: sheetCell, display: displayValue(value, numberFormat, locale), numeric: typeof sheetCell === "number", ...(error && { error: error.message }) };
    }),
  );
  return { values, contents, readings };
}

/** The cells of a block of the sheet, computed, formatted and coloured. */
function cellViews(workbook: Workbook, sheet: SheetModel, area: GridArea): CellView[][] {
  const { values, contents, readings } = cellReadings(workbook, sheet, area);
  const formulas = readFormulas(workbook, sheet, area);
  const ruleFormats = conditionalFormats(workbook, sheet, area);
  const { locale } = workbook.settings;
  return readings.map((cells, r) =>
    cells.map(({ value, display, numeric, error }, c): CellView => {
      const row = area.row - 1 + r;
      const column = area.column - 1 + c;
      const style = styleAt(sheet, row + 1, column + 1);
      const rule = ruleFormats.get(cellKey(row + 1, column + 1));
      const background = rule?.background ?? style.background;
      return {
        value,
        display,
        input: formulas[r][c] ? localFormula(formulas[r][c], locale) : typedInput(contents[r]?.[c] ?? null, values[r][c], style.numberFormat, locale),
        numeric,
        ...(error !== undefined && { error }),
        ...((rule?.bold ?? style.fontWeight === "bold") && { bold: true }),
        ...(background && { background }),
        ...(rule?.fontColor && { color: rule.fontColor }),
        ...(style.wrap && { wrap: true }),
      };
    }),
  );
}

/** Which rows of a sheet a view sends: from a 0-based first row, how many; none for a sheet the page does not show. */
type RowsShown = { row: number; rows: number } | null;

/** The rows a view sends of each sheet: the used area from A1 without a window; with one, its rows of the sheet shown. */
/** Every computed cell of a sheet's used area, for exports: a view sends windows, a file needs all. */
export function usedCellViews(workbook: Workbook, sheet: SheetModel): CellView[][] {
  const area = usedArea(workbook, sheet);
  return area ? cellViews(workbook, sheet, area) : [];
}

/** Every cell of a sheet's used area as it computes and shows, without formulas or colours (no rule evaluated). */
export function usedCellReadings(workbook: Workbook, sheet: SheetModel): CellReading[][] {
  const area = usedArea(workbook, sheet);
  return area ? cellReadings(workbook, sheet, area).readings : [];
}

function usedArea(workbook: Workbook, sheet: SheetModel): GridArea | null {
  const size = contentSize(workbook, sheet);
  return size.rows > 0 && size.columns > 0 ? { row: 1, column: 1, numRows: size.rows, numColumns: size.columns } : null;
}

function rowsShown(workbook: Workbook, sheet: SheetModel, window: ViewWindow | undefined): RowsShown {
  if (!window) return { row: 0, rows: MAX_VIEW_ROWS };
  if (sheet.name === window.sheet) return { row: window.row, rows: window.rows };
  // A tab was just chosen: the page will ask for the rows it scrolls to.
  return sheet.name === workbook.active.sheet ? { row: 0, rows: window.rows } : null;
}

function sheetView(workbook: Workbook, sheet: SheetModel, shown: RowsShown): SheetView {
  const size = contentSize(workbook, sheet);
  const numColumns = clamp(size.columns, MAX_VIEW_COLUMNS);
  const frozen = Math.min(sheet.frozenRows, size.rows);
  // A window starting within the frozen rows is sent from the top, so they come with it.
  const firstRow = shown === null || shown.row <= frozen ? 0 : shown.row;
  const wanted = shown === null ? 0 : Math.min(shown.rows, MAX_VIEW_ROWS) + (shown.row - firstRow);
  const numRows = firstRow === 0 ? clamp(Math.min(size.rows, wanted), MAX_VIEW_ROWS) : Math.max(0, Math.min(size.rows - firstRow, wanted));
  const block = (row: number, rows: number) => (rows > 0 ? cellViews(workbook, sheet, { row: row + 1, column: 1, numRows: rows, numColumns }) : []);
  const cells = shown === null ? [] : block(firstRow, numRows);
  const cut = firstRow > 0 || size.rows > cells.length || size.columns > numColumns;
  const formulaRules = sheet.rules
    .filter((rule) => rule.criteria === "CUSTOM_FORMULA")
    .map(({ ranges, values, fontColor, background, bold }) => ({ ranges, formula: String(values[0]), fontColor, background, bold }));
  return {
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: Object.fromEntries(Object.entries(sheet.columnWidths).map(([column, width]) => [Number(column) - 1, width])),
    rowHeights: Object.fromEntries(Object.entries(sheet.rowHeights).map(([row, height]) => [Number(row) - 1, height])),
    merges: sheet.merges.map(({ row, column, numRows, numColumns }) => ({ row: row - 1, column: column - 1, rows: numRows, columns: numColumns })),
    cells,
    ...(firstRow > 0 && { firstRow }),
    ...(firstRow > 0 && frozen > 0 && { frozenCells: block(0, frozen) }),
    charts: sheet.charts.map((chart) => chartView(workbook, chart)),
    ...(cut && { usedSize: size }),
    ...(formulaRules.length > 0 && { formulaRules }),
  };
}

/** The view without the edit history, which the session keeps. */
export function workbookView(
  workbook: Workbook,
  ui: UiState,
  language: WorkbookView["language"],
  builtInFunctions: string[],
  window?: ViewWindow,
): Omit<WorkbookView, "history"> {
  return {
    sheets: workbook.sheets.map((sheet) => sheetView(workbook, sheet, rowsShown(workbook, sheet, window))),
    activeSheet: workbook.active.sheet,
    selection: workbook.active.range,
    menu: ui.menu,
    sidebar: ui.sidebar && { title: ui.sidebar.title },
    locale: workbook.settings.locale,
    language,
    builtInFunctions,
  };
}
