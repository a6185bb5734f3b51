/** Called by the scorecard sidebar: builds (or rebuilds) the channel scorecard sheet. */
import { formatResult } from "../functions/display";
import { addonTexts, requestMessages } from "../i18n";
import { currencyOf, moneyFormatFor } from "../scorecard/moneyFormat";
import { prepareScorecard } from "../scorecard/prepare";
import type { ScorecardRequest, ScorecardResult } from "../scorecard/request";
import { chooseTarget, SCORECARD_METADATA_KEY, type ExistingSheet } from "../scorecard/target";
import { applyPlan } from "./applyPlan";
import { KEYS_METADATA_KEY, writeKeySheet } from "./keySheet";
import { userLanguage } from "./userLanguage";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const LOCK_WAIT_MS = 30_000;

/** The spreadsheet's sheets (or the names given), each marked ours when it carries the metadata key (a scorecard's unless told). */
export function existingSheets(
  spreadsheet: Spreadsheet,
  key = SCORECARD_METADATA_KEY,
  names: readonly string[] = spreadsheet.getSheets().map((sheet) => sheet.getName()),
): ExistingSheet[] {
  const marked = spreadsheet.createDeveloperMetadataFinder().withKey(key).find();
  const ours = new Set(marked.map((metadata) => metadata.getLocation().getSheet()?.getName()));
  return names.map((name) => ({ name, ours: ours.has(name) }));
}

interface SourceFacts {
  /** The number format of the first budget cell, whose currency the scorecard keeps. */
  budgetFormat: string | null;
  /** The channel cells of the source rows now, to check a linked build against. */
  channels: unknown[] | null;
  /** The cells of each breakdown column (by column of the request) now, likewise. */
  breakdown: Map<number, unknown[]> | null;
  /** The source sheet's last row, down to which a linked build's sums read. */
  lastRow: number | null;
}

function sourceFacts(spreadsheet: Spreadsheet, request: ScorecardRequest): SourceFacts {
  const source = request?.source;
  const sheet = source && spreadsheet.getSheetByName(source.sheetName);
  if (!source || !sheet || !Array.isArray(request.rows) || request.rows.length === 0) return { budgetFormat: null, channels: null, breakdown: null, lastRow: null };
  const { budget, channel } = request.mapping ?? {};
  const firstDataRow = source.firstRow + (source.hasHeader ? 1 : 0);
  const budgetFormat = budget === undefined ? null : sheet.getRange(firstDataRow, source.firstColumn + budget).getNumberFormat();
  if (channel === undefined || !request.options?.linkToSource) return { budgetFormat, channels: null, breakdown: null, lastRow: null };
  // The channel and breakdown columns in one read; a column that is not the data's is refused later.
  const width = Array.isArray(request.headers) ? request.headers.length : 0;
  const breakdown = (Array.isArray(request.breakdown) ? request.breakdown : []).filter((column) => Number.isInteger(column) && column >= 0 && column < width);
  const left = breakdown.reduce((least, column) => Math.min(least, column), channel);
  const right = breakdown.reduce((most, column) => Math.max(most, column), channel);
  const block = sheet.getRange(firstDataRow, source.firstColumn + left, request.rows.length, right - left + 1).getValues();
  const cellsOf = (column: number) => block.map((row) => row[column - left]);
  return { budgetFormat, channels: cellsOf(channel), breakdown: new Map(breakdown.map((column) => [column, cellsOf(column)])), lastRow: sheet.getMaxRows() };
}

const isoDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

export function buildScorecard(request: ScorecardRequest): ScorecardResult {
  const language = userLanguage();
  const texts = addonTexts(language);
  // Two teammates pressing Build at once would write over each other's sheet.
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(texts.busy);
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
    const sourceSheet = request?.source?.sheetName ?? null;
    const target = chooseTarget(existingSheets(spreadsheet, SCORECARD_METADATA_KEY, names), texts.sheetName, sourceSheet);
    const sheetName = "rebuild" in target ? target.rebuild : target.insert;
    const source = sourceFacts(spreadsheet, request);
    const keysTarget =
      source.lastRow === null ? null : chooseTarget(existingSheets(spreadsheet, KEYS_METADATA_KEY, [...names, sheetName]), texts.keysSheetName, sourceSheet);
    const moneyFormat = moneyFormatFor(spreadsheet.getSpreadsheetLocale(), source.budgetFormat);
    const prepared = prepareScorecard(request, {
      sheetName,
      texts,
      moneyFormat,
      builtOn: isoDate(new Date()),
      sourceChannels: source.channels,
      sourceBreakdown: source.breakdown,
      keys: keysTarget && { sheetName: "rebuild" in keysTarget ? keysTarget.rebuild : keysTarget.insert, sourceLastRow: source.lastRow! },
      messages: requestMessages(language),
    });
    if (prepared.plan.keys && keysTarget) writeKeySheet(spreadsheet, prepared.plan.keys, keysTarget);
    applyPlan(spreadsheet, prepared.plan, target);

    // The summary is a sentence in the user's language: its numbers and currency sign read that way
    // throughout (€28.96 and 240%; 28,96 € and 240 %), whatever the sheet's own formats.
    const locale = language === "fr" ? "fr-FR" : "en-US";
    const sign = currencyOf(moneyFormat) ?? "";
    const money = (value: number) =>
      language === "fr" ? `${formatResult(value, "money", locale)}\u00a0${sign}`.trim() : `${sign}${formatResult(value, "money", locale)}`;
    const { best, bestCost, totalCost } = prepared;
    // With ROI, the best channel is the best ROI; without, the lowest cost per result.
    const bestFigure = best
      ? { metric: "ROI", text: `${best.channel} ${formatResult(best.roi, "percent", locale)}` }
      : bestCost && { metric: bestCost.metric.toUpperCase(), text: `${bestCost.channel} ${money(bestCost.value)}` };
    const totalFigure = totalCost && { metric: totalCost.metric.toUpperCase(), text: money(totalCost.value) };
    return {
      sheetName,
      channelCount: prepared.channels.length,
      best,
      bestCost,
      totalCpa: prepared.totalCpa,
      summary: texts.summary(prepared.channels.length, bestFigure, totalFigure),
    };
  } finally {
    lock.releaseLock();
  }
}
