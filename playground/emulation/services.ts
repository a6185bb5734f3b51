/**
 * The Apps Script globals the add-on runs with (SpreadsheetApp, HtmlService, LockService, Session,
 * ScriptApp, Charts, Utilities, Logger, console), all sharing one context: one workbook, one call counter.
 */
import { EmulatedCharts } from "./charts";
import { expose, hostRealm, type ScriptRealm, type ServiceContext } from "./context";
import { AuthMode } from "./enums";
import { EmulatedHtmlService } from "./html";
import { EmulatedLockService, type DocumentLockState } from "./lock";
import { ServiceCalls } from "./serviceCalls";
import { EmulatedSpreadsheetApp } from "./spreadsheetApp";
import { newUiState, type UiState } from "./ui";
import { EmulatedUtilities } from "./utilities";
import type { Workbook } from "./workbook";

export interface ServicesOptions {
  workbook: Workbook;
  calls?: ServiceCalls;
  ui?: UiState;
  lock?: DocumentLockState;
  realm?: ScriptRealm;
  /** What Session.getActiveUserLocale() returns: "en" unless told. */
  userLocale?: string;
  /** The project's HTML files by name (without ".html"). */
  htmlFile?: (name: string) => string | undefined;
}

export class EmulatedSessionService implements Pick<GoogleAppsScript.Base.Session, "getActiveUserLocale"> {
  constructor(private readonly userLocale: string) {}

  getActiveUserLocale(): string {
    return this.userLocale;
  }
}

export class EmulatedLogger implements Pick<GoogleAppsScript.Base.Logger, "log"> {
  log(format: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    console.log(format, ...values);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
}

export interface AppsScriptGlobals {
  SpreadsheetApp: EmulatedSpreadsheetApp;
  HtmlService: EmulatedHtmlService;
  LockService: EmulatedLockService;
  Session: EmulatedSessionService;
  ScriptApp: Pick<GoogleAppsScript.Script.ScriptApp, "AuthMode">;
  Charts: EmulatedCharts;
  Utilities: EmulatedUtilities;
  Logger: EmulatedLogger;
  console: Console;
}

export function createContext(options: ServicesOptions): ServiceContext {
  return {
    workbook: options.workbook,
    calls: options.calls ?? new ServiceCalls(),
    ui: options.ui ?? newUiState("Social ROI"),
    lock: options.lock ?? { heldElsewhere: false, unavailable: false },
    realm: options.realm ?? hostRealm,
    userLocale: options.userLocale ?? "en",
    htmlFile: options.htmlFile ?? (() => undefined),
  };
}

export function createServices(context: ServiceContext): AppsScriptGlobals {
  return {
    SpreadsheetApp: expose(context, new EmulatedSpreadsheetApp(context), "SpreadsheetApp"),
    HtmlService: expose(context, new EmulatedHtmlService(context), "HtmlService"),
    LockService: expose(context, new EmulatedLockService(context), "LockService"),
    Session: expose(context, new EmulatedSessionService(context.userLocale), "Session"),
    ScriptApp: { AuthMode },
    Charts: expose(context, new EmulatedCharts(), "Charts"),
    Utilities: expose(context, new EmulatedUtilities(context), "Utilities"),
    Logger: expose(context, new EmulatedLogger(), "Logger"),
    console,
  };
}
