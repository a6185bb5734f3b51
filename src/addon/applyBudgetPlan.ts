/** Writes a budget plan into its sheet with a fixed number of service calls, whatever the number of channels. */
import type { BuildTarget } from "../scorecard/target";
import { BUDGET_PLAN_METADATA_KEY, type BudgetSheetPlan } from "../planner/plan";
import { conditionalRules, writeGrid } from "./applyPlan";
import { ownSheet } from "./ownedSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applyBudgetPlan(spreadsheet: Spreadsheet, plan: BudgetSheetPlan, target: BuildTarget, protectionNote: string): Sheet {
  const sheet = ownSheet(spreadsheet, target, BUDGET_PLAN_METADATA_KEY, protectionNote);
  writeGrid(sheet, plan, () => conditionalRules(sheet, plan.conditionalRules));
  spreadsheet.setActiveSheet(sheet);
  return sheet;
}
