/** The add-on menu. onOpen runs in AuthMode.NONE, so it builds the menu and does nothing else. */
import { addonTexts } from "../i18n";
import type { EntryPointName } from ".";
import { userLanguage } from "./userLanguage";

const FUNCTION_REFERENCE: EntryPointName = "showFunctionReference";
const SCORECARD_BUILDER: EntryPointName = "showScorecardBuilder";

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

export function onOpen(_event?: OpenEvent): void {
  const texts = addonTexts(userLanguage());
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(texts.menuBuildScorecard, SCORECARD_BUILDER)
    .addItem(texts.menuFunctionReference, FUNCTION_REFERENCE)
    .addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event);
}
