/** Writes a budget plan into its sheet with a fixed number of service calls, whatever the number of channels. */
import type { BuildTarget } from "../scorecard/target";
import { BUDGET_PLAN_METADATA_KEY, type BudgetSheetPlan } from "../planner/plan";
import { conditionalRules, targetSheet, writeGrid } from "./applyPlan";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applyBudgetPlan(spreadsheet: Spreadsheet, plan: BudgetSheetPlan, target: BuildTarget): Sheet {
  const sheet = targetSheet(spreadsheet, target, BUDGET_PLAN_METADATA_KEY);
  writeGrid(sheet, plan, () => conditionalRules(sheet, plan.conditionalRules));
  spreadsheet.setActiveSheet(sheet);
  return sheet;
}
