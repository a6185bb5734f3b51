/** The add-on menu. onOpen runs in AuthMode.NONE, so it builds the menu and does nothing else. */
import { addonTexts, planTexts, portableTexts } from "../i18n";
import type { EntryPointName } from ".";
import { userLanguage } from "./userLanguage";

const FUNCTION_REFERENCE: EntryPointName = "showFunctionReference";
const SCORECARD_BUILDER: EntryPointName = "showScorecardBuilder";
const BUDGET_PLANNER: EntryPointName = "showBudgetPlanner";
const MAKE_PORTABLE: EntryPointName = "showMakePortable";

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

export function onOpen(_event?: OpenEvent): void {
  const language = userLanguage();
  const texts = addonTexts(language);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(texts.menuBuildScorecard, SCORECARD_BUILDER)
    .addItem(planTexts(language).menuPlanBudget, BUDGET_PLANNER)
    .addItem(texts.menuFunctionReference, FUNCTION_REFERENCE)
    .addItem(portableTexts(language).menuMakePortable, MAKE_PORTABLE)
    .addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event);
}
