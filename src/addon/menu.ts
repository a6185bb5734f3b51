/** The add-on menu. onOpen runs in AuthMode.NONE, so it builds the menu and does nothing else. */
import { messagesFor } from "../i18n";
import type { EntryPointName } from ".";
import { userLanguage } from "./userLanguage";

const FUNCTION_REFERENCE: EntryPointName = "showFunctionReference";
const SCORECARD_BUILDER: EntryPointName = "showScorecardBuilder";

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

export function onOpen(_event?: OpenEvent): void {
  const messages = messagesFor(userLanguage());
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(messages.addonMenuBuildScorecard, SCORECARD_BUILDER)
    .addItem(messages.addonMenuFunctionReference, FUNCTION_REFERENCE)
    .addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event);
}
