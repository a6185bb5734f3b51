/**
 * A playground session: the built add-on (dist/Code.js) running on the emulated spreadsheet, as
 * Sheets runs it. Creating one opens the workbook: onOpen runs once and builds the add-on menu.
 */
import { readFileSync } from "node:fs";
import { CODE_PATH, loadBundle } from "../../scripts/loadBundle";
import { builtInFunctionNames, functionTableFromBundle } from "../engine";
import { languageFor } from "../../src/i18n/language";
import {
  AuthMode,
  EmulatedSpreadsheet,
  ServiceCalls,
  Workbook,
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
  type UiState,
} from "../emulation";
import { resultNumberFormatOf, type FunctionDoc } from "../../src/functions";
import type { PlaygroundSession, WorkbookFile, WorkbookView } from "./contract";
import { ScriptRunner, type Execution } from "./execution";
import { selectionTooLarge } from "./limits";
import { checkArguments, checkResult, copyWith } from "./transport";
import { workbookView } from "./view";

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
}

class RunningSession implements EmulatedSession {
  readonly documentLock: DocumentLockState = { heldElsewhere: false };
  readonly openError: string | null = null;
  private readonly calls = new ServiceCalls();
  private readonly ui: UiState;
  private readonly runner: ScriptRunner;
  private readonly userLocale: string;
  private readonly builtInFunctions: string[];

  constructor(
    readonly workbook: Workbook,
    private readonly catalog: readonly FunctionDoc[],
    code: string,
    codePath: URL,
    options: SessionOptions,
  ) {
    this.ui = newUiState(options.addonName ?? "Social ROI");
    this.userLocale = options.userLocale ?? "en";
    this.builtInFunctions = builtInFunctionNames(workbook.table);
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

  view(): WorkbookView {
    return workbookView(this.workbook, this.ui, languageFor(this.userLocale), this.builtInFunctions);
  }

  private sheetNamed(name: string) {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new Error(`There is no sheet named "${name}".`);
    return sheet;
  }

  editCell(sheetName: string, a1: string, typed: string): void {
    const sheet = this.sheetNamed(sheetName);
    const area = parseA1(a1)?.area(sheet.maxRows, sheet.maxColumns);
    if (!area) throw new Error(`"${a1}" is not a cell.`);
    const input = engineInput(typed, this.workbook.settings.locale);
    writeInputs(this.workbook, sheet, area.row, area.column, [[input]]);
    // A liberty with Sheets, for newcomers: a formula calling one of our functions typed into an
    // unformatted cell reads in its result's format (5,000.00, 900%), as the add-on's insert does.
    const numberFormat = resultNumberFormatOf(input, this.catalog);
    if (numberFormat && !styleAt(sheet, area.row, area.column).numberFormat) {
      updateStyles(sheet, { row: area.row, column: area.column, numRows: 1, numColumns: 1 }, () => ({ numberFormat }));
    }
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
    checkArguments(functionName, args);
    return this.runner.run((execution) => {
      const result = this.call(execution, functionName, copyWith(execution.json, args));
      checkResult(functionName, result);
      return copyWith(JSON, result);
    });
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
  return new RunningSession(Workbook.fromFile(workbook, table), table.catalog, code, codePath, options);
}
