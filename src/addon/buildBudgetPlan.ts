/** Called by the budget plan sidebar: builds (or rebuilds) the "Budget plan" sheet. */
import { addonTexts, planTexts, requestMessages } from "../i18n";
import { BUDGET_PLAN_METADATA_KEY, type CellPosition } from "../planner/plan";
import { prepareBudgetPlan, type PlanContext } from "../planner/prepare";
import type { BudgetPlanRequest, BudgetPlanResult } from "../planner/request";
import type { MoneyFormats } from "../import/currency";
import type { ReadColumn, ScorecardNames } from "../planner/scorecardSource";
import { chooseTarget, SCORECARD_METADATA_KEY } from "../scorecard/target";
import { applyBudgetPlan } from "./applyBudgetPlan";
import { withDocumentLock } from "./documentLock";
import { existingSheets } from "./ownedSheet";
import { moneyFormatsOf } from "./moneyFormats";
import { userLanguage } from "./userLanguage";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const READ_COLUMNS: readonly ReadColumn[] = ["channel", "budget", "impressions", "clicks", "conversions", "leads", "revenue", "estimatedRevenue"];

/** A scorecard may have been built in either language: its headers are looked for in both. */
function scorecardNames(): ScorecardNames {
  const both = [addonTexts("en"), addonTexts("fr")];
  const headers = {} as Record<ReadColumn, string[]>;
  for (const key of READ_COLUMNS) headers[key] = both.map((texts) => texts.headers[key]);
  return { headers, total: both.map((texts) => texts.total), margin: both.map((texts) => texts.margin) };
}

/** The channel scorecard the add-on built, its values and formats read in one call each; null when there is none. */
function builtScorecard(spreadsheet: Spreadsheet): PlanContext["scorecard"] {
  const name = existingSheets(spreadsheet, SCORECARD_METADATA_KEY).find((sheet) => sheet.ours)?.name;
  const sheet = name === undefined ? null : spreadsheet.getSheetByName(name);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  return { sheetName: sheet.getName(), grid: range.getValues(), formats: range.getNumberFormats(), names: scorecardNames() };
}

/** The number formats of the selected data's money cells, for their currency. */
function dataMoneyFormats(spreadsheet: Spreadsheet, data: BudgetPlanRequest["data"]): MoneyFormats {
  const sheet = data?.source ? spreadsheet.getSheetByName(data.source.sheetName) : null;
  return moneyFormatsOf(sheet, data?.rows, data?.mapping ?? {}, data?.source ?? null);
}

export function buildBudgetPlan(request: BudgetPlanRequest): BudgetPlanResult {
  const language = userLanguage();
  const texts = planTexts(language);
  const { noLock, protectionNote } = addonTexts(language);
  return withDocumentLock({ busy: texts.busy, noLock }, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const target = chooseTarget(existingSheets(spreadsheet, BUDGET_PLAN_METADATA_KEY), texts.sheetName, request?.data?.source?.sheetName ?? null);
    const sheetName = "rebuild" in target ? target.rebuild : target.insert;
    const plan = prepareBudgetPlan(request, {
      sheetName,
      texts,
      locale: spreadsheet.getSpreadsheetLocale(),
      dataMoneyFormats: request?.rates === "data" ? dataMoneyFormats(spreadsheet, request.data) : new Map(),
      scorecard: request?.rates === "scorecard" ? builtScorecard(spreadsheet) : null,
      messages: requestMessages(language),
    });
    const sheet = applyBudgetPlan(spreadsheet, plan, target, protectionNote);

    // The figures as the sheet computed them: their values, and their text in the sheet's formats.
    const block = sheet.getRange(1, 1, plan.cells.length, plan.cells[0].length);
    const values = block.getValues();
    const shown = block.getDisplayValues();
    const numberAt = (at: CellPosition | null) => {
      const value = at && values[at.row - 1][at.column - 1];
      return typeof value === "number" ? value : null;
    };
    const textAt = (at: CellPosition) => shown[at.row - 1][at.column - 1];
    const { budget, sales, saved, goalReached } = plan.figures;
    const reached = goalReached === null || textAt(goalReached) === texts.sheet.goalReached;
    const goal = texts.goalWords(shown[1][1], request.goal.kind);
    return {
      sheetName,
      channelCount: plan.channelCount,
      budget: numberAt(budget),
      saved: numberAt(saved),
      goalReached: reached,
      summary: texts.summary(plan.channelCount, goal, textAt(budget), saved && (textAt(saved) || null), reached ? null : textAt(sales)),
      rowsNoted: plan.rowsNoted,
      window: plan.window,
    };
  });
}
