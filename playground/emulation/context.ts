/** What every emulated service object shares: the workbook, the call counter, the UI, the script's realm. */
import type { DocumentLockState } from "./lock";
import type { ServiceCalls } from "./serviceCalls";
import type { UiState } from "./ui";
import type { Workbook } from "./workbook";

/** The JavaScript realm the script runs in (a vm context in the runtime). */
export interface ScriptRealm {
  /** An Apps Script exception, made in the script's realm so that `instanceof Error` holds there. */
  exception(message: string): Error;
  /** A Date of the script's realm, at the instant (milliseconds since 1970 UTC). */
  date(instant: number): Date;
  /** Evaluates JavaScript source in the script's global scope, as template scriptlets run. */
  evaluate(source: string): unknown;
}

export interface ServiceContext {
  readonly workbook: Workbook;
  readonly calls: ServiceCalls;
  readonly ui: UiState;
  readonly lock: DocumentLockState;
  readonly realm: ScriptRealm;
  /** What Session.getActiveUserLocale() returns, such as "en" or "fr". */
  readonly userLocale: string;
  /** The content of the project's HTML file of that name (without ".html"), if there is one. */
  htmlFile(name: string): string | undefined;
}

/** The realm of this module, for using the emulation without a vm context. */
export const hostRealm: ScriptRealm = {
  exception: (message) => Object.assign(new Error(message), { name: "Exception" }),
  date: (instant) => new Date(instant),
  // Sloppy-mode evaluation: template scriptlets are compiled into a `with` block.
  evaluate: (source) => new Function(`return (${source});`)(),
};

export function fail(context: ServiceContext, message: string): never {
  throw context.realm.exception(message);
}

// Probed by JSON.stringify and by promise resolution: must read as absent, not as a missing method.
const PROBED_PROPERTIES = new Set(["toJSON", "then"]);

/**
 * The object a script sees for an emulated service object. Every method call counts as
 * "<service>.<method>"; a method returning its own object returns this proxy, so chained calls
 * count too; calling a method the emulation lacks fails with a message that says so.
 * Property reads (enums, internal fields) are not counted.
 */
export function expose<T extends object>(context: ServiceContext, target: T, service: string, { strict = true } = {}): T {
  const proxy: T = new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property);
      if (typeof property !== "string") return value;
      if (value === undefined && strict && !(property in object) && !PROBED_PROPERTIES.has(property)) {
        return () => fail(context, `The playground does not emulate ${service}.${property} yet (see playground/emulation/).`);
      }
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        context.calls.count(`${service}.${property}`);
        const result: unknown = Reflect.apply(value, object, args);
        return result === object ? proxy : result;
      };
    },
  });
  return proxy;
}
