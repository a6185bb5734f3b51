/** The "Function reference" sidebar: opening it, and the catalog it shows. */
import { functionCatalog, type FunctionDoc } from "../functions";
import { addonTexts } from "../i18n";
import { showSidebar } from "./showSidebar";

export function showFunctionReference(): void {
  showSidebar("reference", (language) => addonTexts(language).menuFunctionReference);
}

/** Called by the sidebar: the registry as plain JSON, which google.script.run can carry. */
export function getFunctionCatalog(): FunctionDoc[] {
  return functionCatalog();
}
