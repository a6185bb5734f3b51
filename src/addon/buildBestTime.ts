/** Called by the scorecard sidebar: builds (or rebuilds) the best time to post sheet from per-post rows. */
import { formatResult } from "../functions/display";
import { addonTexts, requestMessages, type Language } from "../i18n";
import { bestTimeTexts } from "../i18n/bestTimeTexts";
import { MIN_POSTS, type BestTimeMeasure } from "../scorecard/bestTime";
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
/** Rows of posts left out named in the summary; the count says how many in all. */
const MAX_ROWS_NAMED = 10;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How a cell's value shows: its number format in the sheet, and its text in the summary (in the user's language). */
interface ValueDisplay {
  format: string;
  text: (value: number) => string;
}

/** Revenue in the data's currency (two currencies are refused); conversions with two decimals; a rate in percent. */
function valueDisplay(spreadsheet: Spreadsheet, request: BestTimeRequest, measure: BestTimeMeasure, language: Language): ValueDisplay {
  const locale = language === "fr" ? "fr-FR" : "en-US";
  if (measure === "engagementRate") {
    const percent = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return { format: VALUE_FORMATS.engagementRate, text: (value) => percent.format(value) };
  }
  if (measure === "conversionsPerPost") return { format: VALUE_FORMATS.conversionsPerPost, text: (value) => formatResult(value, "money", locale) };
  const { source } = request;
  const sheetLocale = spreadsheet.getSpreadsheetLocale();
  const sheet = source ? spreadsheet.getSheetByName(source.sheetName) : null;
  const firstRowNumber = source ? source.firstRow + (source.hasHeader ? 1 : 0) : 1;
  const money = moneyOfData(request, moneyFormatsOf(sheet, request.rows, request.mapping, source), sheetLocale, firstRowNumber, requestMessages(language));
  if ("mixed" in money) throw new ScorecardRequestError(money.mixed);
  const digits = (value: number) => formatResult(value, "money", locale);
  return {
    format: moneyFormat(money, sheetLocale),
    text: (value) => (language === "fr" ? `${digits(value)}\u00a0${money.symbol.trim()}` : `${money.symbol}${digits(value)}`),
  };
}

export function buildBestTime(request: BestTimeRequest): BestTimeResult {
  const language = userLanguage();
  const texts = bestTimeTexts(language);
  const addon = addonTexts(language);
  return withDocumentLock(addon, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const { table, timeColumn, converted } = prepareBestTime(request, texts, requestMessages(language), timeZone);
    const source = request.source;
    const target = chooseTarget(existingSheets(spreadsheet, BEST_TIME_METADATA_KEY), texts.sheetName, source?.sheetName ?? null);
    const sheetName = "rebuild" in target ? target.rebuild : target.insert;
    const value = valueDisplay(spreadsheet, request, table.measure, language);
    const plan = planBestTime({
      sheetName,
      table,
      timeColumn,
      convertedTo: converted && converted.timeZone,
      valueFormat: value.format,
      formatValue: value.text,
      builtOn: Utilities.formatDate(new Date(), timeZone, "yyyy-MM-dd"),
      source: source ? sheetReference(source.sheetName, source.rangeA1) : null,
      texts,
    });
    applyBestTimePlan(spreadsheet, plan, target, addon.protectionNote);
    const { best, withoutFigures, posts } = table;
    const bestLine = best && texts.best(texts.weekdays[best.weekday], best.hour, value.text(best.value!), best.posts);
    const named = withoutFigures.slice(0, MAX_ROWS_NAMED).join(", ") + (withoutFigures.length > MAX_ROWS_NAMED ? "…" : "");
    const leftOut = withoutFigures.length > 0 ? [texts.withoutFigures(withoutFigures.length, named, texts.figure[table.measure])] : [];
    return { sheetName, table, summary: [texts.summary(posts, bestLine, MIN_POSTS), ...leftOut].join("; "), converted };
  });
}
