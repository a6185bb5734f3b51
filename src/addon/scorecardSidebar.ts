/** The "Build channel scorecard" sidebar: opening it, and showing the sheet it built. */
import { addonTexts } from "../i18n";
import { showSidebar } from "./showSidebar";
import { userLanguage } from "./userLanguage";

export function showScorecardBuilder(): void {
  showSidebar("scorecard", (language) => addonTexts(language).menuBuildScorecard);
}

/** Called by the sidebar, which cannot link to a sheet: brings the built scorecard to the front. */
export function openScorecard(sheetName: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(sheetName));
  if (!sheet) throw new Error(addonTexts(userLanguage()).noSheet(String(sheetName)));
  sheet.activate();
}
