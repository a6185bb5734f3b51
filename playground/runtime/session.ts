/**
 * A playground session: the built add-on (dist/Code.js) running on the emulated spreadsheet, as
 * Sheets runs it. Creating one opens the workbook: onOpen runs once and builds the add-on menu.
 */
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { CODE_PATH, loadBundle } from "../../scripts/loadBundle";
import { builtInFunctionNames, functionTableFromBundle, sheetTooLarge } from "../engine";
import { languageFor } from "../../src/i18n/language";
import {
  AuthMode,
  EmulatedSpreadsheet,
  ServiceCalls,
  Workbook,
  contentSize,
  createContext,
  engineInput,
  newUiState,
  parseA1,
  spreadsheetFacade,
  styleAt,
  updateStyles,
  writeInputs,
  type DocumentLockState,
  type ServiceCallCounts,
  type SheetModel,
  type UiState,
} from "../emulation";
import { toA1, toQualifiedA1, type GridArea } from "../emulation/a1";
import { resultNumberFormatOf, type FunctionDoc } from "../../src/functions";
import { emptiesACell, readBlock, respillBlockedFormulas, writeBlock } from "./blockState";
import { EditHistory, type Direction, type HistoryLimits } from "./editHistory";
import type { CellReading, CellView, PlaygroundSession, ViewWindow, WorkbookFile, WorkbookView } from "./contract";
import { HeldRows, type HeldSheet } from "../engine/heldRows";
import { ScriptRunner, type Execution } from "./execution";
import { checkFormulaResults, formulaTooLarge } from "./formulaBudget";
import { selectionTooLarge } from "./limits";
import { travelledArguments, travelledResult } from "./transport";
import { usedCellReadings, usedCellViews, workbookView } from "./view";

export interface SessionOptions {
  workbook: WorkbookFile;
  /** The user's language, as Session.getActiveUserLocale() returns it: "en" unless told. */
  userLocale?: string;
  /** The spreadsheet's locale (number display, typed numbers and formulas), replacing the file's. */
  spreadsheetLocale?: string;
  /** The built add-on; its HTML files are read beside it. dist/Code.js unless told. */
  codePath?: URL;
  /** The title Sheets gives the add-on menu. */
  addonName?: string;
  /** How much of the user's edits undo keeps: HISTORY_LIMITS unless told. */
  historyLimits?: HistoryLimits;
  /**
   * Data sheets whose rows stay out of the formula engine, by name: every cell of the sheet and its
   * number formats, of which the workbook's sheet holds the lines down to the header (see heldRows.ts). Read-only.
   */
  heldSheets?: ReadonlyMap<string, HeldSheet>;
}

/** Most cells one paste may hold, so that a huge clipboard gets a clear error rather than a stalled playground. */
export const MAX_PASTE_CELLS = 100_000;

/** The pasted rows as a rectangle, short rows ending in blanks; fails on anything but rows of text. */
function rectangle(inputs: unknown): string[][] {
  if (!Array.isArray(inputs) || inputs.length === 0 || !inputs.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === "string"))) {
    throw new Error("A paste must be a list of rows, each a list of cells' text.");
  }
  const rows = inputs as string[][];
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width === 0) throw new Error("There is nothing to paste.");
  if (rows.length * width > MAX_PASTE_CELLS) {
    throw new Error(`This paste has ${rows.length} rows of ${width} cells: paste at most ${MAX_PASTE_CELLS.toLocaleString("en-US")} cells at a time.`);
  }
  return rows.map((row) => [...row, ...new Array<string>(width - row.length).fill("")]);
}

/** The playground's session, plus what tests read back. */
export interface EmulatedSession extends PlaygroundSession {
  readonly workbook: Workbook;
  /** The spreadsheet as the add-on sees it, for tests to read formats, metadata, rules and charts; not counted. */
  readonly spreadsheet: EmulatedSpreadsheet;
  /** Set heldElsewhere to play a teammate's execution holding the document lock. */
  readonly documentLock: DocumentLockState;
  /** The message of onOpen's error if it failed (Sheets then shows no add-on menu). */
  readonly openError: string | null;
  resetServiceCalls(): void;
  /** Every computed cell of one sheet's used area, as exportView has them, without the other sheets'. */
  usedCells(sheetName: string): CellView[][];
  /** The same cells' values and displays only, without formulas or colours: quicker on a large sheet. */
  usedCellReadings(sheetName: string): CellReading[][];
  /** The sheets whose rows the engine does not hold, as the session was given them (see SessionOptions). */
  readonly heldSheets: ReadonlyMap<string, HeldSheet>;
}

class RunningSession implements EmulatedSession {
  readonly documentLock: DocumentLockState = { heldElsewhere: false };
  readonly openError: string | null = null;
  readonly heldSheets: ReadonlyMap<string, HeldSheet>;
  private readonly calls = new ServiceCalls();
  private readonly ui: UiState;
  private readonly runner: ScriptRunner;
  private readonly userLocale: string;
  private readonly builtInFunctions: string[];
  private readonly history: EditHistory;

  constructor(
    readonly workbook: Workbook,
    private readonly catalog: readonly FunctionDoc[],
    code: string,
    codePath: URL,
    options: SessionOptions,
  ) {
    this.heldSheets = options.heldSheets ?? new Map();
    this.ui = newUiState(options.addonName ?? "Social ROI");
    this.userLocale = options.userLocale ?? "en";
    this.builtInFunctions = builtInFunctionNames(workbook.table);
    this.history = new EditHistory(options.historyLimits);
    this.runner = new ScriptRunner({
      code,
      htmlDirectory: new URL(".", codePath),
      workbook,
      ui: this.ui,
      calls: this.calls,
      lock: this.documentLock,
      userLocale: options.userLocale ?? "en",
    });
    try {
      this.runner.run((execution) => {
        if (!execution.functions.has("onOpen")) return;
        this.call(execution, "onOpen", [{ authMode: AuthMode.LIMITED, source: spreadsheetFacade(execution.context) }]);
      });
    } catch (error) {
      this.openError = (error as Error).message;
    }
  }

  get spreadsheet(): EmulatedSpreadsheet {
    return new EmulatedSpreadsheet(createContext({ workbook: this.workbook, ui: this.ui, lock: this.documentLock }));
  }

  private call(execution: Execution, functionName: string, args: unknown[]): unknown {
    if (!execution.functions.has(functionName)) throw new Error(`Script function not found: ${functionName}`);
    return (execution.global[functionName] as (...a: unknown[]) => unknown)(...args);
  }

  view(window?: ViewWindow): WorkbookView {
    return { ...workbookView(this.workbook, this.ui, languageFor(this.userLocale), this.builtInFunctions, window), history: this.history.counts() };
  }

  /** Every sheet's used cells; a held sheet's rows are its own, not the engine's (none here). */
  exportView(): WorkbookView {
    const view = this.view();
    return { ...view, sheets: view.sheets.map((sheet) => ({ ...sheet, cells: this.workbook.held?.holds(sheet.name) ? [] : this.usedCells(sheet.name) })) };
  }

  usedCells(sheetName: string): CellView[][] {
    return usedCellViews(this.workbook, this.sheetNamed(sheetName));
  }

  usedCellReadings(sheetName: string): CellReading[][] {
    return usedCellReadings(this.workbook, this.sheetNamed(sheetName));
  }

  private sheetNamed(name: string) {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new Error(`There is no sheet named "${name}".`);
    return sheet;
  }

  editCell(sheetName: string, a1: string, input: string): void {
    this.editCells(sheetName, a1, [[input]]);
  }

  editCells(sheetName: string, a1: string, inputs: string[][]): void {
    const sheet = this.sheetNamed(sheetName);
    const start = parseA1(a1)?.area(sheet.maxRows, sheet.maxColumns);
    if (!start) throw new Error(`"${a1}" is not a cell.`);
    const { locale } = this.workbook.settings;
    const block = rectangle(inputs).map((row) => row.map((typed) => engineInput(typed, locale)));
    this.refuseLargeFormulas(sheet, start.row, start.column, block);
    const area = { row: start.row, column: start.column, numRows: block.length, numColumns: block[0].length };
    const tooLarge = sheetTooLarge(area.row + area.numRows - 1, area.column + area.numColumns - 1);
    if (tooLarge) throw new Error(`This paste would reach ${tooLarge}: paste fewer columns or rows.`);
    // Sheets adds the rows and columns a paste needs.
    sheet.maxRows = Math.max(sheet.maxRows, area.row + area.numRows - 1);
    sheet.maxColumns = Math.max(sheet.maxColumns, area.column + area.numColumns - 1);
    this.recordEdit(sheet, area, () => {
      writeInputs(this.workbook, sheet, area.row, area.column, block);
      block.forEach((row, r) => row.forEach((input, c) => this.formatResult(sheet, area.row + r, area.column + c, input)));
    });
  }

  /** Throws, before anything changes, on the first formula of the block too large to compute. */
  private refuseLargeFormulas(sheet: SheetModel, row: number, column: number, block: string[][]): void {
    block.forEach((cells, r) =>
      cells.forEach((input, c) => {
        const formula = this.workbook.engineContent(input);
        if (typeof formula !== "string" || !formula.startsWith("=")) return;
        const problem = formulaTooLarge(this.workbook.engine, { sheet, row: row + r, column: column + c, formula });
        if (problem) throw new Error(problem);
      }),
    );
  }

  // A liberty with Sheets, for newcomers: a formula calling one of our functions typed into an
  // unformatted cell reads in its result's format (5,000.00, 900%), as the add-on's insert does.
  private formatResult(sheet: SheetModel, row: number, column: number, input: string): void {
    const numberFormat = resultNumberFormatOf(input, this.catalog);
    if (numberFormat && !styleAt(sheet, row, column).numberFormat) {
      updateStyles(sheet, { row, column, numRows: 1, numColumns: 1 }, () => ({ numberFormat }));
    }
  }

  clearCells(sheetName: string, rangeA1: string): void {
    const sheet = this.sheetNamed(sheetName);
    const range = parseA1(rangeA1)?.area(sheet.maxRows, sheet.maxColumns);
    if (!range) throw new Error(`"${rangeA1}" is not a range.`);
    // Only the used part: clearing past the last row or column with content changes nothing.
    const used = contentSize(this.workbook, sheet);
    const area = { ...range, numRows: Math.min(range.numRows, used.rows - range.row + 1), numColumns: Math.min(range.numColumns, used.columns - range.column + 1) };
    if (area.numRows < 1 || area.numColumns < 1) return;
    const before = readBlock(this.workbook, sheet, area);
    // Nothing to clear: no step, and no recalculation of what depends on these cells.
    if (before.contents.every((row) => row.every((content) => content === null))) return;
    const blanks = Array.from({ length: area.numRows }, () => new Array<string>(area.numColumns).fill(""));
    this.recordEdit(sheet, area, () => writeInputs(this.workbook, sheet, area.row, area.column, blanks), before);
  }

  /** Applies the edit and records it as one step; an edit that fails is taken back whole. */
  private recordEdit(sheet: SheetModel, area: GridArea, edit: () => void, before = readBlock(this.workbook, sheet, area)): void {
    try {
      edit();
    } catch (error) {
      writeBlock(this.workbook, sheet, area, before);
      throw error;
    }
    const after = readBlock(this.workbook, sheet, area);
    if (emptiesACell(before, after)) respillBlockedFormulas(this.workbook, sheet, area);
    this.history.record({ sheet: sheet.name, area, before, after });
  }

  undo(): void {
    this.step("undo");
  }

  redo(): void {
    this.step("redo");
  }

  private step(direction: Direction): void {
    const step = this.history.next(direction);
    if (!step) return;
    const sheet = this.workbook.sheet(step.sheet);
    const [expected, wanted] = direction === "undo" ? [step.after, step.before] : [step.before, step.after];
    if (!sheet || sheet.name !== step.sheet || !isDeepStrictEqual(readBlock(this.workbook, sheet, step.area), expected)) {
      this.history.clear();
      throw new Error(`Nothing to ${direction}: ${toQualifiedA1(step.sheet, step.area)} was changed since by the add-on, so the edit history was cleared.`);
    }
    writeBlock(this.workbook, sheet, step.area, wanted);
    if (emptiesACell(expected, wanted)) respillBlockedFormulas(this.workbook, sheet, step.area);
    this.history.applied(direction);
    this.workbook.active = { sheet: sheet.name, range: toA1(step.area) };
  }

  select(sheetName: string, rangeA1: string): void {
    const sheet = this.sheetNamed(sheetName);
    const area = parseA1(rangeA1)?.area(sheet.maxRows, sheet.maxColumns);
    if (!area) throw new Error(`"${rangeA1}" is not a range.`);
    const tooLarge = selectionTooLarge(area);
    if (tooLarge) throw new Error(tooLarge);
    this.workbook.active = { sheet: sheet.name, range: rangeA1 };
  }

  runMenuItem(functionName: string): void {
    if (!this.ui.menu?.items.some((item) => item.functionName === functionName)) {
      throw new Error(`The add-on menu has no item that runs ${functionName}.`);
    }
    this.runner.run((execution) => this.call(execution, functionName, []));
  }

  sidebarHtml(): string | null {
    return this.ui.sidebar?.html ?? null;
  }

  closeSidebar(): void {
    this.ui.sidebar = null;
  }

  runServerFunction(functionName: string, args: unknown[]): unknown {
    if (functionName.endsWith("_")) {
      throw new Error(`${functionName} is private (its name ends with "_"): google.script.run cannot call it.`);
    }
    return this.runner.run((execution) => travelledResult(functionName, this.call(execution, functionName, travelledArguments(execution.builtins, functionName, args))));
  }

  serviceCalls(): ServiceCallCounts {
    return this.calls.summary();
  }

  resetServiceCalls(): void {
    this.calls.reset();
  }

  serialize(): WorkbookFile {
    return this.workbook.toFile();
  }
}

export function createSession(options: SessionOptions): EmulatedSession {
  const codePath = options.codePath ?? CODE_PATH;
  const code = readFileSync(codePath, "utf8");
  // Custom functions run in their own executions, with no services (AuthMode.CUSTOM_FUNCTION).
  const table = functionTableFromBundle(loadBundle(code));
  const workbook = options.spreadsheetLocale ? { ...options.workbook, locale: options.spreadsheetLocale } : options.workbook;
  checkFormulaResults(workbook, table);
  const held = options.heldSheets ? new HeldRows(options.heldSheets) : null;
  return new RunningSession(Workbook.fromFile(workbook, table, undefined, held), table.catalog, code, codePath, options);
}
