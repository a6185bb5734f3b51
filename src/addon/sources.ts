/**
 * Called by the scorecard sidebar for several sources (one export per network): reads a source as
 * the import reads one export, and builds one scorecard over them all (linked: a SUMIFS per
 * source's sheet). Each source is read from its sheet in one getValues (and one getNumberFormats of
 * its money columns), when it is added and again at build time: its rows never travel to the sidebar.
 * A shop, CRM or analytics table (revenueTable.ts) may be joined to them, as the command line's
 * --revenue joins it (src/join); the sidebar previews the join's values and matches before building.
 */
import { messagesFor, requestMessages } from "../i18n";
import { describeIssueIn } from "../i18n/requestMessages";
import { joinTexts } from "../i18n/joinTexts";
import type { NumericField } from "../import/fields";
import { describeJoin, figureFormat } from "../join/describe";
import type { JoinBy } from "../join/join";
import { joinSources, withTableCurrency } from "../join/joinSources";
import { chosenMatches } from "../join/matching";
import { JoinError, type JoinedField } from "../join/originTable";
import { joinedValues } from "../join/valueTable";
import { joinLink } from "../join/liveJoin";
import { checkedField } from "../scorecard/matchSheet";
import { networkNamed } from "../sources/networks";
import { addonTexts } from "../i18n/addonTexts";
import { sourcesTexts } from "../i18n/sourcesTexts";
import { readCurrency } from "../import/currency";
import { hasDataRows } from "../import/blankColumns";
import { decimalMarkOfLocale } from "../import/numbers";
import { rowsNoted } from "../import/rows";
import { SCORECARD_METADATA_KEY } from "../scorecard/target";
import { fieldLabel } from "../sidebar/scorecard/fieldLabels";
import { combineSources, hasOwnChannel, SourcesError, type SourceInput } from "../sources/combine";
import { combinedRequest, linkable, type SourcePlacement } from "../sources/linkedParts";
import { breakdownColumns } from "../sources/breakdownChoice";
import { withRates } from "../sources/rates";
import { withStatedCurrency } from "../sources/sourceCurrency";
import type { JoinPreview, RevenueSpec, SavedSources, SourceSpec, SourceSummary, SourcesRequest, SourcesResult } from "../sources/sidebarRequest";
import { readSource as importSource } from "../sources/source";
import { buildScorecard } from "./buildScorecard";
import { removeMatchSheet } from "./matchSheet";
import { moneyFormatsOf } from "./moneyFormats";
import { existingSheets } from "./ownedSheet";
import { readRevenue } from "./revenueTable";
import { keepSources, keptSources } from "./savedSources";
import { chosenPlace, readSheetCells } from "./sheetCells";
import { userLanguage } from "./userLanguage";
import { PERIOD_CHOICES } from "../scorecard/periods";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface ReadSource {
  source: SourceInput;
  placement: SourcePlacement;
  rangeA1: string;
}

/** A source's cells, read by the import as one export: dates as the spreadsheet's days, money formats telling the currency the cells do not. */
function readSpec(spreadsheet: Spreadsheet, spec: SourceSpec): ReadSource {
  const texts = addonTexts(userLanguage());
  const { sheet, range, name, cells, width } = readSheetCells(spreadsheet, String(spec?.sheetName), spec.rangeA1);
  const source = importSource(name, cells, {
    choices: { ...(spec.columns ? { columns: spec.columns } : {}), convention: decimalMarkOfLocale(spreadsheet.getSpreadsheetLocale()) },
    network: spec.network,
    keepChannel: spec.keepChannel ?? undefined,
    firstRowNumber: range.getRow(),
    describeIssue: describeIssueIn(requestMessages(userLanguage())),
  });
  const { imported } = source;
  if (imported.report.headerRow === null || !hasDataRows(imported.dataRows)) throw new Error(texts.sourceEmpty(name));
  // Amounts Sheets holds as numbers say their currency by their format alone ("£1,234.50" is 1234.5 shown in pounds).
  const rangeA1 = range.getA1Notation();
  const header = { sheetName: spec.sheetName, rangeA1, firstRow: range.getRow() + imported.report.headerRow, firstColumn: range.getColumn(), hasHeader: true };
  const formats = moneyFormatsOf(sheet, imported.dataRows, imported.mapping, header);
  const currency = readCurrency(imported.headers, imported.dataRows, imported.mapping, formats);
  const withCurrency = { ...source, imported: { ...imported, report: { ...imported.report, currency } } };
  return { source: withCurrency, placement: { sheetName: spec.sheetName, firstRow: range.getRow(), firstColumn: range.getColumn(), width, rowCount: cells.length, numbersWritten: false }, rangeA1 };
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

const newSpec = ({ sheetName, rangeA1 }: { sheetName: string; rangeA1: string | null }): SourceSpec => ({ sheetName, rangeA1, columns: null, network: null, keepChannel: null });

/** A source as the user chose it: "selection" for the selected range, "sheet" for the active sheet's data. */
export function readSource(spec: SourceSpec | "selection" | "sheet"): SourceSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const chosen = spec === "selection" || spec === "sheet" ? newSpec(chosenPlace(spec)) : spec;
  return summaryOf(chosen, readSpec(spreadsheet, chosen));
}

const JOIN_BY: readonly unknown[] = ["channel", "campaign"] satisfies JoinBy[];

/** The user's matches as the join reads them: each network by its canonical name ("google-ads" is Google Ads). */
const matchesOf = (matches: RevenueSpec["matches"]) =>
  chosenMatches(Object.entries(matches ?? {}).flatMap(([value, network]) => (typeof network === "string" && network.trim() !== "" ? [[value, networkNamed(network)] as const] : [])));

/**
 * The sources read and combined, with the revenue table joined to them: the same steps for a build
 * and for the sidebar's preview of the join. Refusals are the user's messages.
 */
function combineRequest(spreadsheet: Spreadsheet, request: SourcesRequest) {
  const language = userLanguage();
  const texts = sourcesTexts(language);
  const words = joinTexts(language);
  const specs = Array.isArray(request?.sources) ? request.sources : [];
  const read = specs.map((spec) => readSpec(spreadsheet, spec));
  const revenue = request?.revenue ?? null;
  if (revenue && !JOIN_BY.includes(revenue.by)) throw new Error(words.refusals.unknownJoin);
  const revenueRead = revenue && readRevenue(spreadsheet, revenue);
  const origin = revenueRead && revenueRead.table;
  // A period the scorecard does not know is refused by its build, not guessed here.
  const byPeriod = PERIOD_CHOICES.find((choice) => choice === request?.options?.byPeriod) ?? null;
  if (origin && byPeriod) throw new Error(words.refusals.byPeriod(origin.name));
  const rates = new Map(Object.entries(request?.rates ?? {}).filter(([, rate]) => rate !== null));
  const label = (field: NumericField) => fieldLabel(messagesFor(language), field);
  try {
    const refuse = (message: string) => new SourcesError(message);
    const stated = read.map(({ source }, i) => withStatedCurrency(source, typeof specs[i].currency === "string" ? specs[i].currency : null, texts, refuse));
    const table = origin && withTableCurrency(origin, typeof revenue.currency === "string" ? revenue.currency : null, texts, refuse);
    const sources = withRates(stated, rates, (code) => new SourcesError(texts.noSourceIn(code)), table ? [table.currency] : []);
    const combined = combineSources(sources, texts, label, requestMessages(language), table?.fields ?? [], byPeriod);
    if (!table) return { specs, read, sources, combined, rates, join: null };
    const joined = joinSources(combined, table, { by: revenue.by, matches: matchesOf(revenue.matches) }, rates, { sources: texts, join: words }, label);
    const { join, converted } = joined;
    const lines = [
      ...(converted === null ? [] : [texts.converted(table.name, converted.code, converted.rate, joined.combined.currency!)]),
      ...describeJoin(join, table, sources, figureFormat(language), words),
    ];
    const preview: JoinPreview = { fields: join.fields, networks: join.networks.map((entry) => entry.network), values: joinedValues(join), total: join.total, lines };
    const live = joinLink(joined.combined, table, join, revenueRead.placement, converted?.rate ?? null, words, label);
    return { specs, read, sources, combined: joined.combined, rates, join: { preview, as: words.joinedAs(join.table, join.by), table: join.table, live } };
  } catch (error) {
    throw error instanceof SourcesError || error instanceof JoinError ? new Error(error.message) : error;
  }
}

export function buildFromSources(request: SourcesRequest): SourcesResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { specs, read, sources, combined, rates, join } = combineRequest(spreadsheet, request);
  const breakdown = Array.isArray(request.breakdownBy) ? breakdownColumns(combined, request.breakdownBy) : combined.breakdown;
  const options = { ...request.options, linkToSource: request.options?.linkToSource === true, joinedFrom: join?.as ?? null };
  // A joined table is live through its match sheet, when formulas can give the join's figures.
  const joined = join && ("link" in join.live ? join.live : { link: null });
  const { request: scorecardRequest } = combinedRequest(combined, sources, read.map(({ placement }) => placement), breakdown, options, joined);
  const result = buildScorecard(scorecardRequest);
  if (!scorecardRequest.join) removeMatchSheet(spreadsheet);
  keepSources(spreadsheet, result.sheetName, { sources: specs, rates: Object.fromEntries(rates), revenue: request.revenue ?? null, breakdownBy: Array.isArray(request.breakdownBy) ? request.breakdownBy : null });
  const notes = [...combined.notes, ...(join && options.linkToSource ? joinNote(join.table, join.live, scorecardRequest.join !== undefined) : [])];
  return { ...result, notes, join: join?.preview ?? null };
}

/** What a linked build says of its joined table: live, where its matching is; else why it holds the values read. */
function joinNote(table: string, live: ReturnType<typeof joinLink>, linked: boolean): string[] {
  const language = userLanguage();
  const words = joinTexts(language);
  if ("refusal" in live) return [words.valuesNotFormulas(live.refusal)];
  if (!linked) return [];
  const texts = addonTexts(language);
  return [words.liveNote(table, texts.matchSheetName, texts.joinedNotCounted(texts.headers[checkedField(live.link) as JoinedField]))];
}

/** The join the build would make, for the sidebar's table of values and matches: nothing is written. */
export function previewJoin(request: SourcesRequest): JoinPreview | null {
  return combineRequest(SpreadsheetApp.getActiveSpreadsheet(), request).join?.preview ?? null;
}

/** The sources the scorecard was last built from, read again; null when it was built from one table, or not yet. */
export function savedSources(): SavedSources | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const scorecard = existingSheets(spreadsheet, SCORECARD_METADATA_KEY).find((sheet) => sheet.ours);
  const kept = scorecard && keptSources(spreadsheet, scorecard.name);
  if (!kept) return null;
  return {
    sources: kept.sources.map((spec) => summaryOf(spec, readSpec(spreadsheet, spec))),
    rates: kept.rates,
    revenue: kept.revenue ? readRevenue(spreadsheet, kept.revenue).summary : null,
    breakdownBy: kept.breakdownBy ?? null,
  };
}
