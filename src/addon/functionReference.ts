/** The "Function reference" sidebar: opening it, and the catalog it shows. */
import { functionCatalog, type FunctionDoc } from "../functions";
import { addonTexts } from "../i18n";
import { userLanguage } from "./userLanguage";

export function showFunctionReference(): void {
  const language = userLanguage();
  const template = HtmlService.createTemplateFromFile("Sidebar");
  template.view = "reference";
  template.language = language;
  const output = template.evaluate().setTitle(addonTexts(language).menuFunctionReference);
  SpreadsheetApp.getUi().showSidebar(output);
}

/** Called by the sidebar: the registry as plain JSON, which google.script.run can carry. */
export function getFunctionCatalog(): FunctionDoc[] {
  return functionCatalog();
}
