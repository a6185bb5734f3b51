/** Called by the scorecard sidebar: builds (or rebuilds) the channel scorecard sheet. */
import { formatResult } from "../functions/display";
import { addonTexts, printable, requestMessages, type RequestMessages } from "../i18n";
import { moneyFormat, moneyOfData, type Money } from "../scorecard/moneyFormat";
import { prepareScorecard, ScorecardRequestError, type PlanContext } from "../scorecard/prepare";
import type { MoneyFormats } from "../import/currency";
import type { ScorecardRequest, ScorecardResult } from "../scorecard/request";
import { freeColumns, periodColumn } from "../scorecard/periodColumn";
import { chooseTarget, SCORECARD_METADATA_KEY } from "../scorecard/target";
import { applyPlan } from "./applyPlan";
import { withDocumentLock } from "./documentLock";
import { KEYS_METADATA_KEY, writeKeySheet } from "./keySheet";
import { MATCHES_METADATA_KEY, writeMatchSheet } from "./matchSheet";
import { matchPart, matchSheetRows, NETWORK_COLUMN, planMatchSheet, VALUE_COLUMN } from "../scorecard/matchSheet";
import type { KeySheetPlan } from "../scorecard/linkedInput";
import { moneyFormatsOf } from "./moneyFormats";
import { existingSheets } from "./ownedSheet";
import { userLanguage } from "./userLanguage";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface SourceFacts {
  /** The number formats of the source rows' money cells, for their currency. */
  moneyFormats: MoneyFormats;
  /** The channel cells of the source rows now, to check a linked build against. */
  channels: unknown[] | null;
  /** The cells of each breakdown column (by column of the request) now, likewise. */
  breakdown: Map<number, unknown[]> | null;
  /** The source sheet's last row, down to which a linked build's sums read. */
  lastRow: number | null;
  /** The cells of the periods' date column now, likewise. */
  dates: unknown[] | null;
}

/** The request's column the periods count, when it asks for periods and has one: read from the source too. */
function periodDateColumn(request: ScorecardRequest): number | null {
  if (!request.options?.byPeriod || !Array.isArray(request.rows) || !Array.isArray(request.headers)) return null;
  const breakdown = Array.isArray(request.breakdown) ? request.breakdown : [];
  const width = request.rows.reduce((widest, row) => Math.max(widest, Array.isArray(row) ? row.length : 0), request.headers.length);
  const found = periodColumn(request.headers, request.rows, freeColumns(width, [...Object.values(request.mapping ?? {}), ...breakdown]), requestMessages("en"), 1, request.mapping?.channel);
  return "problem" in found ? null : found.column;
}

function sourceFacts(spreadsheet: Spreadsheet, request: ScorecardRequest): SourceFacts {
  const source = request?.source;
  const sheet = source && spreadsheet.getSheetByName(source.sheetName);
  const rowCount = Array.isArray(request?.rows) ? request.rows.length : 0;
  const moneyFormats = moneyFormatsOf(sheet || null, request?.rows, request?.mapping ?? {}, source ?? null);
  if (!source || !sheet || rowCount === 0) return { moneyFormats, channels: null, breakdown: null, lastRow: null, dates: null };
  const { channel } = request.mapping ?? {};
  const firstDataRow = source.firstRow + (source.hasHeader ? 1 : 0);
  if (channel === undefined || !request.options?.linkToSource) return { moneyFormats, channels: null, breakdown: null, lastRow: null, dates: null };
  // The channel and breakdown columns in one read; a column that is not the data's is refused later.
  const width = Array.isArray(request.headers) ? request.headers.length : 0;
  const breakdown = (Array.isArray(request.breakdown) ? request.breakdown : []).filter((column) => Number.isInteger(column) && column >= 0 && column < width);
  const dates = periodDateColumn(request);
  const read = [...breakdown, ...(dates === null ? [] : [dates])];
  const left = read.reduce((least, column) => Math.min(least, column), channel);
  const right = read.reduce((most, column) => Math.max(most, column), channel);
  const block = sheet.getRange(firstDataRow, source.firstColumn + left, request.rows.length, right - left + 1).getValues();
  const cellsOf = (column: number) => block.map((row) => row[column - left]);
  return {
    moneyFormats,
    channels: cellsOf(channel),
    breakdown: new Map(breakdown.map((column) => [column, cellsOf(column)])),
    lastRow: sheet.getMaxRows(),
    dates: dates === null ? null : cellsOf(dates),
  };
}

/** With several linked sources: each one's channel and breakdown cells now (a block read per source), and its sheet's last row. */
function partsFacts(spreadsheet: Spreadsheet, request: ScorecardRequest): PlanContext["sourceParts"] {
  const parts = request?.parts;
  if (!Array.isArray(parts) || parts.length === 0 || !request.options?.linkToSource) return null;
  const { channel } = request.mapping ?? {};
  const dates = periodDateColumn(request);
  const breakdown = [...(Array.isArray(request.breakdown) ? request.breakdown : []), ...(dates === null ? [] : [dates])];
  return parts.map((part) => {
    const sheet = spreadsheet.getSheetByName(part.sheetName);
    const onSheet = [channel!, ...breakdown].filter((column) => typeof part.columns?.[column] === "number");
    if (!sheet || onSheet.length === 0 || part.rowCount === 0) return { cells: new Map(), lastRow: sheet ? sheet.getMaxRows() : 0 };
    const sheetColumns = onSheet.map((column) => part.columns[column] as number);
    const [left, right] = [Math.min(...sheetColumns), Math.max(...sheetColumns)];
    const firstDataRow = part.firstRow + (part.hasHeader ? 1 : 0);
    const block = sheet.getRange(firstDataRow, part.firstColumn + left, part.rowCount, right - left + 1).getValues();
    return { cells: new Map(onSheet.map((column, i) => [column, block.map((row) => row[sheetColumns[i] - left])])), lastRow: sheet.getMaxRows() };
  });
}

/**
 * A live joined table (request.join): its match sheet's place, the part the scorecard sums it as, and
 * that part's cells as the sheet will hold them (it is written once the key sheet's columns are known).
 */
function matchesOf(spreadsheet: Spreadsheet, request: ScorecardRequest, taken: readonly string[], baseName: string) {
  const join = request.join;
  if (!join || !Array.isArray(join.values) || !Array.isArray(join.fields) || typeof join.table?.sheetName !== "string") return null;
  const tableSheet = spreadsheet.getSheetByName(join.table.sheetName);
  if (!tableSheet) throw new ScorecardRequestError(addonTexts(userLanguage()).sourceSheetMissing(join.table.sheetName));
  const target = chooseTarget(existingSheets(spreadsheet, MATCHES_METADATA_KEY, taken), baseName, null);
  const sheetName = "rebuild" in target ? target.rebuild : target.insert;
  const lastRow = matchSheetRows(join);
  const part = matchPart(join, sheetName, lastRow);
  const rows = join.values.slice(0, part.rowCount);
  const cells = new Map(
    part.columns.flatMap((at, column) => (at === NETWORK_COLUMN - 1 ? [[column, rows.map((row) => row.network)]] : at === VALUE_COLUMN - 1 ? [[column, rows.map((row) => row.value)]] : [])) as [number, string[]][],
  );
  return { join, target, part, facts: { cells, lastRow }, tableLastRow: tableSheet.getMaxRows() };
}

/** Writes the match sheet, its figures reading the table's keys in the key sheet's next free column; the key sheet's plan with that column. */
function withMatchSheet(spreadsheet: Spreadsheet, keys: KeySheetPlan, matches: NonNullable<ReturnType<typeof matchesOf>>, protectionNote: string): KeySheetPlan {
  const column = keys.blocks.reduce((last, block) => Math.max(last, block.firstColumn + block.formulas.length - 1), 0) + 1;
  const plan = planMatchSheet(matches.join, matches.tableLastRow, { sheetName: keys.sheetName, column }, matches.facts.lastRow);
  writeMatchSheet(spreadsheet, plan, matches.target, protectionNote);
  return { ...keys, lastRow: Math.max(keys.lastRow, matches.tableLastRow), blocks: [...keys.blocks, plan.keyBlock] };
}

/** The currency the rows say (and their money cells' formats), else the locale's; two currencies are refused. */
function scorecardMoney(request: ScorecardRequest, formats: MoneyFormats, locale: string, messages: RequestMessages): Money {
  const source = request?.source;
  const firstRowNumber = source ? source.firstRow + (source.hasHeader ? 1 : 0) : 1;
  const money = moneyOfData(request ?? { headers: [], rows: [], mapping: {} }, formats, locale, firstRowNumber, messages);
  if ("mixed" in money) throw new ScorecardRequestError(money.mixed);
  return money;
}

export function buildScorecard(request: ScorecardRequest): ScorecardResult {
  const language = userLanguage();
  const texts = addonTexts(language);
  return withDocumentLock(texts, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
    const sourceSheet = request?.source?.sheetName ?? null;
    const target = chooseTarget(existingSheets(spreadsheet, SCORECARD_METADATA_KEY, names), texts.sheetName, sourceSheet);
    const sheetName = "rebuild" in target ? target.rebuild : target.insert;
    const source = sourceFacts(spreadsheet, request);
    const sourceParts = partsFacts(spreadsheet, request);
    const keysTarget =
      source.lastRow === null && !sourceParts ? null : chooseTarget(existingSheets(spreadsheet, KEYS_METADATA_KEY, [...names, sheetName]), texts.keysSheetName, sourceSheet);
    const keysName = keysTarget && ("rebuild" in keysTarget ? keysTarget.rebuild : keysTarget.insert);
    const matches = sourceParts && keysName ? matchesOf(spreadsheet, request, [...names, sheetName, keysName], texts.matchSheetName) : null;
    const parts = matches ? [...sourceParts!, matches.facts] : sourceParts;
    const messages = requestMessages(language);
    const sheetLocale = spreadsheet.getSpreadsheetLocale();
    const money = scorecardMoney(request, source.moneyFormats, sheetLocale, messages);
    const prepared = prepareScorecard(matches ? { ...request, parts: [...request.parts!, matches.part] } : request, {
      sheetName,
      texts,
      moneyFormat: moneyFormat(money, sheetLocale),
      // Today in the spreadsheet's time zone, which may not be the script's.
      builtOn: Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), "yyyy-MM-dd"),
      sourceChannels: source.channels,
      sourceBreakdown: source.breakdown,
      sourceDates: source.dates,
      sourceParts: parts,
      keys: keysName === null ? null : { sheetName: keysName, sourceLastRow: source.lastRow ?? 0 },
      messages,
    });
    const keys = prepared.plan.keys && matches ? withMatchSheet(spreadsheet, prepared.plan.keys, matches, texts.protectionNote) : prepared.plan.keys;
    const keySheet = keys && keysTarget ? writeKeySheet(spreadsheet, keys, keysTarget, texts.protectionNote) : null;
    applyPlan(spreadsheet, prepared.plan, target, texts.protectionNote);
    // Hidden once the scorecard is the sheet shown, so that hiding it moves no one's view.
    keySheet?.hideSheet();

    // The summary is a sentence in the user's language: its numbers and currency sign read that way
    // throughout (€28.96 and 240%; 28,96 € and 240 %), whatever the sheet's own formats.
    const locale = language === "fr" ? "fr-FR" : "en-US";
    const amount = (value: number) => {
      const digits = formatResult(value, money.decimals === 0 ? "count" : "money", locale);
      return language === "fr" ? `${digits}\u00a0${money.symbol.trim()}` : `${money.symbol}${digits}`;
    };
    const { best, bestCost, totalCost } = prepared;
    // Channel names come from the user's data: shown without the controls that would reorder the figures.
    // With ROI, the best channel is the best ROI; without, the lowest cost per result.
    const bestFigure = best
      ? { metric: "ROI", text: `${printable(best.channel)} ${formatResult(best.roi, "percent", locale)}` }
      : bestCost && { metric: bestCost.metric.toUpperCase(), text: `${printable(bestCost.channel)} ${amount(bestCost.value)}` };
    const totalFigure = totalCost && { metric: totalCost.metric.toUpperCase(), text: amount(totalCost.value) };
    return {
      sheetName,
      channelCount: prepared.channels.length,
      best,
      bestCost,
      totalCpa: prepared.totalCpa,
      currency: money.code,
      summary: texts.summary(prepared.channels.length, bestFigure, totalFigure),
      rowsNoted: prepared.rowsNoted,
      periods: prepared.periods && prepared.plan.layout.periods && { ...prepared.periods, layout: prepared.plan.layout.periods },
    };
  });
}
