/** The "Plan a budget" sidebar: opening it. */
import { planTexts } from "../i18n";
import { userLanguage } from "./userLanguage";

export function showBudgetPlanner(): void {
  const language = userLanguage();
  const template = HtmlService.createTemplateFromFile("Sidebar");
  template.view = "plan";
  template.language = language;
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(planTexts(language).menuPlanBudget));
}
