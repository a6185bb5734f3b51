/**
 * Called by the scorecard sidebar for several sources (one export per network): reads a source as
 * the import reads one export, and builds one scorecard over them all (linked: a SUMIFS per
 * source's sheet). Each source is read from its sheet in one getValues (and one getNumberFormats of
 * its money columns), when it is added and again at build time: its rows never travel to the sidebar.
 */
import { messagesFor, requestMessages } from "../i18n";
import { addonTexts } from "../i18n/addonTexts";
import { sourcesTexts } from "../i18n/sourcesTexts";
import { readCurrency } from "../import/currency";
import { hasDataRows } from "../import/blankColumns";
import { decimalMarkOfLocale } from "../import/numbers";
import { rowsNoted } from "../import/rows";
import { plainCell } from "../scorecard/selection";
import { sheetReference } from "../scorecard/sheetText";
import { SCORECARD_METADATA_KEY } from "../scorecard/target";
import { fieldLabel } from "../sidebar/scorecard/fieldLabels";
import { combineSources, hasOwnChannel, SourcesError, type SourceInput } from "../sources/combine";
import { combinedRequest, linkable, type SourcePlacement } from "../sources/linkedParts";
import { withRates } from "../sources/rates";
import { withStatedCurrency } from "../sources/sourceCurrency";
import type { SavedSources, SourceSpec, SourceSummary, SourcesRequest, SourcesResult } from "../sources/sidebarRequest";
import { readSource as importSource } from "../sources/source";
import { buildScorecard } from "./buildScorecard";
import { dateInZone } from "./dateInZone";
import { moneyFormatsOf } from "./moneyFormats";
import { existingSheets } from "./ownedSheet";
import { keepSources, keptSources } from "./savedSources";
import { userLanguage } from "./userLanguage";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const isBlank = (cell: unknown) => cell === "" || cell === null || cell === undefined;

interface ReadSource {
  source: SourceInput;
  placement: SourcePlacement;
  rangeA1: string;
}

/** A source's cells, read by the import as one export: dates as the spreadsheet's days, money formats telling the currency the cells do not. */
function readSpec(spreadsheet: Spreadsheet, spec: SourceSpec): ReadSource {
  const texts = addonTexts(userLanguage());
  const sheet = spreadsheet.getSheetByName(String(spec?.sheetName));
  if (!sheet) throw new Error(texts.sourceSheetMissing(String(spec?.sheetName)));
  const range = spec.rangeA1 ? sheet.getRange(spec.rangeA1) : sheet.getDataRange();
  const name = spec.rangeA1 ? sheetReference(spec.sheetName, spec.rangeA1) : spec.sheetName;
  const values = range.getValues();
  let end = values.length;
  // A whole-column selection (A:H) ends in hundreds of empty rows.
  while (end > 0 && values[end - 1].every(isBlank)) end--;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const cells = values.slice(0, end).map((row) => row.map((cell) => plainCell(cell, (date) => dateInZone(date, timeZone))));
  const source = importSource(name, cells, {
    choices: { ...(spec.columns ? { columns: spec.columns } : {}), convention: decimalMarkOfLocale(spreadsheet.getSpreadsheetLocale()) },
    network: spec.network,
    keepChannel: spec.keepChannel ?? undefined,
    firstRowNumber: range.getRow(),
  });
  const { imported } = source;
  if (imported.report.headerRow === null || !hasDataRows(imported.dataRows)) throw new Error(texts.sourceEmpty(name));
  // Amounts Sheets holds as numbers say their currency by their format alone ("£1,234.50" is 1234.5 shown in pounds).
  const rangeA1 = range.getA1Notation();
  const header = { sheetName: spec.sheetName, rangeA1, firstRow: range.getRow() + imported.report.headerRow, firstColumn: range.getColumn(), hasHeader: true };
  const formats = moneyFormatsOf(sheet, imported.dataRows, imported.mapping, header);
  const currency = readCurrency(imported.headers, imported.dataRows, imported.mapping, formats);
  const withCurrency = { ...source, imported: { ...imported, report: { ...imported.report, currency } } };
  const width = values[0]?.length ?? 0;
  return { source: withCurrency, placement: { sheetName: spec.sheetName, firstRow: range.getRow(), firstColumn: range.getColumn(), width, rowCount: end, numbersWritten: false }, rangeA1 };
}

function summaryOf(spec: SourceSpec, { source, placement, rangeA1 }: ReadSource): SourceSummary {
  const { imported, detection } = source;
  return {
    spec,
    name: source.name,
    rangeA1,
    firstRow: placement.firstRow,
    firstColumn: placement.firstColumn,
    headers: imported.headers,
    mapping: imported.mapping,
    report: imported.report,
    rowsNoted: rowsNoted(imported.read),
    issues: imported.read.issues.map((issue) => issue.message),
    dataRows: imported.read.rows.length,
    detected: detection.kind === "detected" ? { network: detection.network, headers: detection.headers } : null,
    candidates: detection.kind === "undecided" ? detection.candidates : [],
    ownChannel: hasOwnChannel(imported),
    keepChannel: source.keepChannel,
    linkable: linkable(source, placement),
  };
}

const newSpec = (sheetName: string, rangeA1: string | null): SourceSpec => ({ sheetName, rangeA1, columns: null, network: null, keepChannel: null });

/** A source as the user chose it: "selection" for the selected range, "sheet" for the active sheet's data. */
export function readSource(spec: SourceSpec | "selection" | "sheet"): SourceSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let chosen: SourceSpec;
  if (spec === "selection") {
    const range = SpreadsheetApp.getActiveRange();
    if (!range || range.getNumRows() < 2) throw new Error(addonTexts(userLanguage()).selectData);
    chosen = newSpec(range.getSheet().getName(), range.getA1Notation());
  } else if (spec === "sheet") {
    chosen = newSpec(spreadsheet.getActiveSheet().getName(), null);
  } else chosen = spec;
  return summaryOf(chosen, readSpec(spreadsheet, chosen));
}

export function buildFromSources(request: SourcesRequest): SourcesResult {
  const language = userLanguage();
  const texts = sourcesTexts(language);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const specs = Array.isArray(request?.sources) ? request.sources : [];
  const read = specs.map((spec) => readSpec(spreadsheet, spec));
  const rates = new Map(Object.entries(request?.rates ?? {}).filter(([, rate]) => rate !== null));
  try {
    const stated = read.map(({ source }, i) => withStatedCurrency(source, typeof specs[i].currency === "string" ? specs[i].currency : null, texts, (message) => new SourcesError(message)));
    const sources = withRates(stated, rates, (code) => new SourcesError(texts.noSourceIn(code)));
    const combined = combineSources(sources, texts, (field) => fieldLabel(messagesFor(language), field), requestMessages(language));
    const breakdown = Array.isArray(request.breakdown) ? request.breakdown : combined.breakdown;
    const { request: scorecardRequest } = combinedRequest(combined, sources, read.map(({ placement }) => placement), breakdown, request.options);
    const result = buildScorecard(scorecardRequest);
    keepSources(spreadsheet, result.sheetName, { sources: specs, rates: Object.fromEntries(rates) });
    return { ...result, notes: combined.notes };
  } catch (error) {
    throw error instanceof SourcesError ? new Error(error.message) : error;
  }
}

/** The sources the scorecard was last built from, read again; null when it was built from one table, or not yet. */
export function savedSources(): SavedSources | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const scorecard = existingSheets(spreadsheet, SCORECARD_METADATA_KEY).find((sheet) => sheet.ours);
  const kept = scorecard && keptSources(spreadsheet, scorecard.name);
  if (!kept) return null;
  return { sources: kept.sources.map((spec) => summaryOf(spec, readSpec(spreadsheet, spec))), rates: kept.rates };
}
