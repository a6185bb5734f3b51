/** What the engine needs from the add-on: its function catalog and its custom functions by name. */
import type { BundleGlobal } from "../../scripts/loadBundle";
import type { CustomFunction, FunctionDoc } from "../../src/functions";

export interface FunctionTable {
  readonly catalog: readonly FunctionDoc[];
  readonly functions: Readonly<Record<string, CustomFunction>>;
}

/** The table of the built add-on, as loadBundle() loads dist/Code.js. */
export function functionTableFromBundle(bundle: BundleGlobal): FunctionTable {
  return { catalog: bundle.SocialROI.functionCatalog(), functions: bundle.SocialROI.customFunctions };
}
