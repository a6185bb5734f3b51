/**
 * What the playground's server and page need from the emulated Google Sheets running the add-on.
 * The runtime implements PlaygroundSession; the server drives it and persists WorkbookFile
 * (workbookFile.ts: the saved format and its schema).
 */

import type { WorkbookFile } from "./workbookFile";

export type { ChartFile, ConditionalFormatRuleFile, RawCell, SheetFile, WorkbookFile } from "./workbookFile";

export interface CellView {
  /** The computed value, as getValues would read it ("" when empty; an error cell gives its code). */
  value: number | string | boolean;
  /** What the grid shows: the value formatted with its number format, or the error code. */
  display: string;
  /** What the formula bar shows: the formula, or the raw value as typed. */
  input: string;
  /** The error message of an error cell (such as a custom function's message). */
  error?: string;
  /** True for numbers (right-aligned in the grid). */
  numeric: boolean;
  bold?: boolean;
  /** The cell's background colour, such as "#f1f3f4", when one was set or a conditional format rule gives one. */
  background?: string;
  /** The text colour a conditional format rule gives the cell. */
  color?: string;
  /** Text wraps within the cell (or its merge). */
  wrap?: boolean;
}

/** What a cell computes and shows, without its formula or colours: what the command line prints. */
export type CellReading = Pick<CellView, "value" | "display" | "numeric" | "error">;

export interface SheetView {
  name: string;
  /** The grid's size: the page draws this many rows and columns (columns up to the view's limit). */
  maxRows: number;
  maxColumns: number;
  /** A hidden sheet has no tab. */
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** Widths in pixels set on the sheet, by 0-based column; other columns have the grid's default. */
  columnWidths: Record<number, number>;
  /** Heights in pixels set on the sheet, by 0-based row; other rows have the grid's default. */
  rowHeights: Record<number, number>;
  /** Merged blocks, 0-based: the top-left cell shows across them. */
  merges: { row: number; column: number; rows: number; columns: number }[];
  /**
   * The rows sent, at least one row and one column, up to the view's limits (runtime/limits.ts):
   * the used area from A1, or the window the page asked for (none for the sheets it does not show).
   */
  cells: CellView[][];
  /** The sheet row (0-based) of cells[0], when the window starts below the first row. */
  firstRow?: number;
  /** The frozen rows, when the window starts below them: they stay on screen wherever it is. */
  frozenCells?: CellView[][];
  /** The whole used area, when it is larger than the cells sent. */
  usedSize?: { rows: number; columns: number };
  /** Conditional format rules with a custom formula (as the scorecard sets), for the .xlsx export. */
  formulaRules?: FormulaRuleView[];
  charts: ChartView[];
}

export interface FormulaRuleView {
  /** A1 ranges on the sheet, such as "H4:H9". */
  ranges: string[];
  /** "=AND(...)", relative to the first range's top-left cell. */
  formula: string;
  fontColor?: string;
  background?: string;
  bold?: boolean;
}

/** An embedded chart with its data read from the current computed values. */
export interface ChartView {
  id: number;
  /** Charts.ChartType's name, such as "BAR", "COLUMN" or "PIE". */
  type: string | null;
  title: string | null;
  legend: boolean;
  /** The anchor cell, 0-based, and the offset from its top-left corner in pixels. */
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  /** The first column of the chart's data, as displayed. */
  labels: string[];
  /**
   * The other columns: numbers (null where a cell holds none), and their display for tooltips and
   * data labels; the colour the chart's options give the series, and whether its bars show their values.
   */
  series: { name: string | null; values: (number | null)[]; displays: string[]; color: string | null; dataLabels: boolean }[];
  /** True when the values are formatted as percentages, so the axis shows them so too. */
  percent: boolean;
  /** The value axis as the chart's options set it: a log scale, and its numbers' format (null: the playground's default). */
  valueAxis: { logScale: boolean; format: string | null };
  /** The series' bars stacked: one bar per label. */
  stacked: boolean;
  /** The spreadsheet's locale (such as "fr_FR"), in which the axis shows its numbers. */
  locale: string;
  /** Why the chart cannot be drawn (a range on a deleted sheet...), shown in its place. */
  problem?: string;
}

/**
 * The rows the page shows of a sheet (with a margin for scrolling), so that a view carries them and
 * not the whole sheet. Columns are the used ones from A, up to the view's limit.
 */
export interface ViewWindow {
  /**
   * The sheet shown. The active sheet gets the window's rows from row 1 when this is another (a tab
   * was just chosen) or none (the page is loading).
   */
  sheet?: string;
  /** The first row, 0-based. */
  row: number;
  rows: number;
}

export interface MenuView {
  title: string;
  items: { caption: string; functionName: string }[];
}

export interface WorkbookView {
  sheets: SheetView[];
  activeSheet: string;
  /** The selection in A1 notation, such as "B2:C9". */
  selection: string;
  /** The add-on menu built by onOpen, or null if it built none. */
  menu: MenuView | null;
  /** The open sidebar's title, or null when none is open. */
  sidebar: { title: string } | null;
  /** The spreadsheet's locale (such as "fr_FR"): how typed numbers and formulas read. */
  locale: string;
  /** The user's language: the formula bar's function help is in it. */
  language: "en" | "fr";
  /** The built-in functions' names, suggested while typing a formula beside ours. */
  builtInFunctions: string[];
  /** How many of the user's edits can be undone and redone. */
  history: { undo: number; redo: number };
}

export interface PlaygroundSession {
  /** Every sheet's used area from A1 up to the view's limits; with a window, only its rows of the sheet shown. */
  view(window?: ViewWindow): WorkbookView;
  /** The view with every computed cell of every sheet, for the .xlsx and the command line (no page limits). */
  exportView(): WorkbookView;
  /** Types into a cell as a user would: "=..." is a formula, "2%" a number, other text stays text. */
  editCell(sheet: string, a1: string, input: string): void;
  /**
   * Pastes a block of typed inputs (rows of cells; short rows end in blanks) from the cell a1 on,
   * each read as editCell reads it, as one undo step. The block is one engine change: it is
   * recalculated once (twice when text such as "-abc" becomes a formula), never once per cell.
   */
  editCells(sheet: string, a1: string, inputs: string[][]): void;
  /** Clears the contents (not the formats) of every cell of the range, as one undo step. */
  clearCells(sheet: string, rangeA1: string): void;
  /**
   * Takes back the last edit (or puts back the last one undone): its cells' contents and formats
   * as they were, and selects them. Does nothing when there is none. When those cells were changed
   * since by the add-on, nothing is changed: the history is cleared and an error says so.
   */
  undo(): void;
  redo(): void;
  select(sheet: string, rangeA1: string): void;
  /** Runs a menu item's global function (as clicking it in Sheets does), which may open a sidebar. */
  runMenuItem(functionName: string): void;
  /** The open sidebar's HTML as the add-on produced it (before the playground injects its bridge). */
  sidebarHtml(): string | null;
  closeSidebar(): void;
  /**
   * A google.script.run call: runs the bundle's global function with JSON arguments, following
   * Apps Script's rules; a thrown error becomes a rejection carrying the error's message.
   */
  runServerFunction(functionName: string, args: unknown[]): unknown;
  /** Service calls made so far, by name ("Range.getValues"...), and their total. */
  serviceCalls(): { total: number; byName: Record<string, number> };
  serialize(): WorkbookFile;
}
