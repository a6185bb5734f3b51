/**
 * Runs the built add-on as Apps Script runs each execution (a trigger, a menu item, a
 * google.script.run call): global code runs afresh in a new vm context whose globals are the
 * emulated services; if the execution throws, the workbook is restored to its state before it.
 */
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";
import { loadBundle } from "../../scripts/loadBundle";
import {
  createContext,
  createServices,
  type AppsScriptGlobals,
  type DocumentLockState,
  type ScriptRealm,
  type ServiceContext,
  type ServiceCalls,
  type UiState,
  type Workbook,
} from "../emulation";
import type { Builtins } from "./transport";

export interface ScriptRunnerOptions {
  /** dist/Code.js's source. */
  code: string;
  /** Where the project's HTML files are (dist/, beside Code.js). */
  htmlDirectory: URL;
  workbook: Workbook;
  ui: UiState;
  calls: ServiceCalls;
  lock: DocumentLockState;
  userLocale: string;
}

export interface Execution {
  /** The script's global scope: its functions and the services. */
  global: Record<string, unknown>;
  /** The names of the functions the script declares (not the services). */
  functions: ReadonlySet<string>;
  services: AppsScriptGlobals;
  /** What the services share; facades made from it are the script's own (counted, in its realm). */
  context: ServiceContext;
  /** Array and Object of the script's realm, to make values that are the script's own. */
  builtins: Builtins;
}

/** A thrown value's message, whatever realm it comes from. */
function messageOf(thrown: unknown): string {
  const message = (thrown as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(thrown);
}

export class ScriptRunner {
  constructor(private readonly options: ScriptRunnerOptions) {}

  private htmlFile(name: string): string | undefined {
    if (!/^[\w.-]+$/.test(name)) return undefined;
    const file = new URL(`${name}.html`, this.options.htmlDirectory);
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  }

  /** Runs the action in a new execution; a failure rolls the workbook back and rethrows with the error's message. */
  run<T>(action: (execution: Execution) => T): T {
    let context: vm.Context | undefined;
    const inScript = (source: string) => vm.runInContext(source, context!);
    let ScriptDate: DateConstructor | undefined;
    const realm: ScriptRealm = {
      exception: (message) => Object.assign(new (inScript("Error") as ErrorConstructor)(message), { name: "Exception" }),
      date: (instant) => new (ScriptDate ??= inScript("Date") as DateConstructor)(instant),
      evaluate: inScript,
    };
    const { workbook, ui, calls, lock, userLocale } = this.options;
    const serviceContext = createContext({ workbook, ui, calls, lock, userLocale, realm, htmlFile: (name) => this.htmlFile(name) });
    const services = createServices(serviceContext);
    const global = loadBundle(this.options.code, { ...services });
    context = global;
    const functions = new Set(Object.keys(global).filter((name) => !(name in services) && typeof global[name] === "function"));

    const before = workbook.snapshot();
    try {
      return action({ global, functions, services, context: serviceContext, builtins: inScript("({ Array, Object })") as Builtins });
    } catch (thrown) {
      workbook.restore(before);
      throw new Error(messageOf(thrown), { cause: thrown });
    }
  }
}
