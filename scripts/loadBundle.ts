/** Loads the built dist/Code.js into a fresh vm context, as Apps Script would load it. */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import type * as BundleExports from "../src/main";

export const CODE_PATH = new URL("../dist/Code.js", import.meta.url);

export interface BundleGlobal {
  SocialROI: typeof BundleExports;
  [name: string]: unknown;
}

// A vm context's global object answers every name through Node's interceptor, a slow call: on a
// large export, Number(), String() and Math in the add-on's loops took most of its time. The same
// built-ins bound once as constants of the context are found before the global object, at once.
const BUILT_INS = [
  "Object", "Array", "Number", "String", "Boolean", "Math", "JSON", "Map", "Set", "WeakMap", "WeakSet", "RegExp", "Date", "Symbol", "Intl",
  "Error", "TypeError", "RangeError", "parseInt", "parseFloat", "isNaN", "isFinite",
];
const BIND_BUILT_INS = `const { ${BUILT_INS.join(", ")} } = globalThis;`;

/** Runs the code in a context holding only JavaScript's built-ins plus the given globals. */
export function loadBundle(code = readFileSync(CODE_PATH, "utf8"), globals: Record<string, unknown> = {}): BundleGlobal {
  const context = vm.createContext({ ...globals });
  vm.runInContext(BIND_BUILT_INS, context);
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as BundleGlobal;
}
