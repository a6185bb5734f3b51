/** Called by the scorecard sidebar: builds (or rebuilds) the best time to post sheet from per-post rows. */
import { formatResult } from "../functions/display";
import { addonTexts, requestMessages } from "../i18n";
import { bestTimeTexts } from "../i18n/bestTimeTexts";
import { MIN_POSTS } from "../scorecard/bestTime";
import { planBestTime } from "../scorecard/bestTimePlan";
import { moneyFormat, moneyOfData } from "../scorecard/moneyFormat";
import { ScorecardRequestError } from "../scorecard/prepare";
import { prepareBestTime, type BestTimeRequest, type BestTimeResult } from "../scorecard/prepareBestTime";
import { sheetReference } from "../scorecard/sheetText";
import { chooseTarget } from "../scorecard/target";
import { applyBestTimePlan, BEST_TIME_METADATA_KEY } from "./applyBestTimePlan";
import { withDocumentLock } from "./documentLock";
import { moneyFormatsOf } from "./moneyFormats";
import { existingSheets } from "./ownedSheet";
import { userLanguage } from "./userLanguage";

const VALUE_FORMATS = { conversionsPerPost: "#,##0.00", engagementRate: "0.00%" } as const;

export function buildBestTime(request: BestTimeRequest): BestTimeResult {
  const language = userLanguage();
  const texts = bestTimeTexts(language);
  const addon = addonTexts(language);
  return withDocumentLock(addon, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const prepared = prepareBestTime(request, texts);
    const source = request.source;
    const target = chooseTarget(existingSheets(spreadsheet, BEST_TIME_METADATA_KEY), texts.sheetName, source?.sheetName ?? null);
    const sheetName = "rebuild" in target ? target.rebuild : target.insert;
    const locale = spreadsheet.getSpreadsheetLocale();
    const { measure } = prepared.table;
    const summaryLocale = language === "fr" ? "fr-FR" : "en-US";
    let valueFormat: string;
    const rate = new Intl.NumberFormat(summaryLocale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
    let formatValue = (value: number) => (measure === "engagementRate" ? rate.format(value) : formatResult(value, "money", summaryLocale));
    if (measure === "revenuePerPost") {
      const sheet = source ? spreadsheet.getSheetByName(source.sheetName) : null;
      const firstRowNumber = source ? source.firstRow + (source.hasHeader ? 1 : 0) : 1;
      const money = moneyOfData(request, moneyFormatsOf(sheet, request.rows.length, request.mapping, source), locale, firstRowNumber, requestMessages(language));
      if ("mixed" in money) throw new ScorecardRequestError(money.mixed);
      valueFormat = moneyFormat(money, locale);
      const digits = formatValue;
      formatValue = (value) => (language === "fr" ? `${digits(value)}\u00a0${money.symbol.trim()}` : `${money.symbol}${digits(value)}`);
    } else {
      valueFormat = VALUE_FORMATS[measure];
    }
    const plan = planBestTime({
      sheetName,
      table: prepared.table,
      timeColumn: prepared.timeColumn,
      valueFormat,
      formatValue,
      builtOn: Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), "yyyy-MM-dd"),
      source: source ? sheetReference(source.sheetName, source.rangeA1) : null,
      texts,
    });
    applyBestTimePlan(spreadsheet, plan, target, addon.protectionNote);
    const { best } = prepared.table;
    const bestLine = best && texts.best(texts.weekdays[best.weekday], best.hour, formatValue(best.value!), best.posts);
    const { withoutFigures, posts } = prepared.table;
    const leftOut = withoutFigures.length > 0 ? ` ${texts.withoutFigures(withoutFigures.length, withoutFigures.join(", "), texts.figure[measure])}` : "";
    return { sheetName, table: prepared.table, summary: `${texts.summary(posts, bestLine, MIN_POSTS)}${leftOut ? `;${leftOut}` : ""}` };
  });
}
