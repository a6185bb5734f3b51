/** The "Plan a budget" sidebar: opening it. */
import { planTexts } from "../i18n";
import { showSidebar } from "./showSidebar";

export function showBudgetPlanner(): void {
  showSidebar("plan", (language) => planTexts(language).menuPlanBudget);
}
