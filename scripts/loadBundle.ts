/** Loads the built dist/Code.js into a fresh vm context, as Apps Script would load it. */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import type * as BundleExports from "../src/main";

export const CODE_PATH = new URL("../dist/Code.js", import.meta.url);

export interface BundleGlobal {
  SocialROI: typeof BundleExports;
  [name: string]: unknown;
}

/** Runs the code in a context holding only JavaScript's built-ins plus the given globals. */
export function loadBundle(code = readFileSync(CODE_PATH, "utf8"), globals: Record<string, unknown> = {}): BundleGlobal {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: "Code.js" });
  return context as BundleGlobal;
}
