/** Opens one view of the add-on's sidebar, in the user's language, under its title. */
import type { Language } from "../i18n";
import { userLanguage } from "./userLanguage";

export type SidebarView = "reference" | "scorecard" | "plan" | "portable";

export function showSidebar(view: SidebarView, titleIn: (language: Language) => string): void {
  const language = userLanguage();
  const template = HtmlService.createTemplateFromFile("Sidebar");
  template.view = view;
  template.language = language;
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(titleIn(language)));
}
