/**
 * Runs the built add-on on several CSV exports, one per network: each file read by the import on its
 * own, its network detected or named, the files combined into one table (src/sources), and the
 * scorecard built from it in the emulated Sheets, with a data sheet per file. A shop, CRM or analytics
 * file (--revenue) is joined to them by channel or campaign (src/join): its revenue, leads, qualified
 * leads and customers replace the ads' own.
 */
import { basename } from "node:path";
import { en } from "../../src/i18n";
import { requestMessages } from "../../src/i18n/requestMessages";
import { sourcesTexts, type SourcesTexts } from "../../src/i18n/sourcesTexts";
import { describeColumns, describeImport, describeRows, hasDataRows } from "../../src/import";
import { describeReportCurrency } from "../../src/import/describe";
import { rowHoldingNames } from "../../src/import/headerRow";
import { combineSources, SourcesError, type CombinedSources, type SourceInput } from "../../src/sources/combine";
import { readSource } from "../../src/sources/source";
import { combinedRequest } from "../../src/sources/linkedParts";
import { withRates } from "../../src/sources/rates";
import { withStatedCurrency } from "../../src/sources/sourceCurrency";
import { sheetCells } from "../../src/sources/dataSheet";
import { fieldLabel } from "../../src/sidebar/scorecard/fieldLabels";
import { describeJoin, figureFormat } from "../../src/join/describe";
import { joinTexts } from "../../src/i18n/joinTexts";
import type { JoinBy, JoinResult } from "../../src/join/join";
import { joinSources, withTableCurrency, type JoinedSources } from "../../src/join/joinSources";
import { joinLink } from "../../src/join/liveJoin";
import { addonTexts } from "../../src/i18n/addonTexts";
import { checkedField } from "../../src/scorecard/matchSheet";
import { JoinError, readOriginTable, type JoinedField } from "../../src/join/originTable";
import { NEW_SHEET_ROWS } from "../emulation/sheetModel";
import { sheetTooLarge } from "../engine";
import type { WorkbookFile } from "../runtime/contract";
import type { HeldSheet } from "../engine/heldRows";
import { createSession } from "../runtime/session";
import { heldData, moneyFormats, sheetNameOf, withDays, type BuildOptions, type CsvBuild } from "./buildFromCsv";
import type { CsvTable } from "../../src/import/csv";
import { checkNeededColumns } from "./neededColumns";
import { mapPairs, parseMap, UsageError } from "./options";
import { periodsNote } from "./report";

export interface SourceFile {
  path: string;
  table: CsvTable;
}

export interface SourcesOptions extends Pick<BuildOptions, "scorecard" | "breakdown" | "writesWorkbook"> {
  /** --map: applies to the files whose header row holds the names it gives. */
  map: string;
  /** --network FILE=NAME, by the file as given or its name. */
  networks: ReadonlyMap<string, string>;
  /** --keep-channel FILE: the file's own channel column names its rows. */
  keepChannel: ReadonlySet<string>;
  /** --currency FILE=CODE: the currency of a file that says none, by the file as given or its name. */
  currencies: ReadonlyMap<string, string>;
  /** --rate CODE=RATE: what one unit of the currency is worth in the scorecard's. */
  rates: ReadonlyMap<string, number>;
  /** --revenue FILE --join channel|campaign --match VALUE=NETWORK: a shop, CRM or analytics file joined to the spend. */
  revenue?: { file: SourceFile; by: JoinBy; matches: ReadonlyMap<string, string> } | null;
}

export interface SourcesBuild extends CsvBuild {
  combined: CombinedSources;
  join: JoinResult | null;
}

const width = (rows: readonly (readonly string[])[]) => rows.reduce((widest, row) => Math.max(widest, row.length), 0);

/** The --map pairs each file's header row names, as that file's choices; every pair must be some file's. */
function mapsOfFiles(text: string, files: readonly SourceFile[]): ReturnType<typeof parseMap>[] {
  const pairs = mapPairs(text);
  const letters = pairs.find((pair) => /^[A-Z]{1,2}$/i.test(pair.column) && files.every((file) => rowHoldingNames(file.table.rows, [pair.column]) === null));
  if (letters) throw new UsageError(`--map: name the column of ${letters.field} by its header, not by a letter: with several files, a letter would name a column of each`);
  const heldBy = (file: SourceFile) => pairs.filter((pair) => rowHoldingNames(file.table.rows, [pair.column]) !== null);
  const unheld = pairs.find((pair) => !files.some((file) => heldBy(file).includes(pair)));
  if (unheld) throw new UsageError(`--map: no file has a column '${unheld.column}'`);
  return files.map((file) => {
    const held = heldBy(file);
    return held.length === 0 ? { headerRow: null, columns: {} } : parseMap(held.map((pair) => `${pair.field}=${pair.column}`).join(","), file.table.rows);
  });
}

/** A file as --network and --keep-channel name it: as given, or by its name alone. */
function namedFile<T>(option: string, named: ReadonlyMap<string, T>, files: readonly SourceFile[]): (file: SourceFile) => T | undefined {
  for (const key of named.keys()) {
    if (!files.some((file) => file.path === key || basename(file.path) === key)) throw new UsageError(`--${option}: '${key}' is not one of the files given`);
  }
  return (file) => named.get(file.path) ?? named.get(basename(file.path));
}

function readFileSource(file: SourceFile, mapChoice: ReturnType<typeof parseMap>, network: string | null, keepChannel: boolean): SourceInput {
  const { rows, convention } = file.table;
  const tooLarge = sheetTooLarge(rows.length, width(rows));
  const name = basename(file.path);
  if (tooLarge) throw new Error(`${name}: the file has ${tooLarge}: keep only the columns and rows the scorecard reads, or export fewer`);
  const choices = { ...(mapChoice.headerRow === null ? {} : { headerRow: mapChoice.headerRow }), columns: mapChoice.columns, convention };
  const source = readSource(name, rows, { choices, network, keepChannel: keepChannel || undefined });
  const { imported } = source;
  if (!hasDataRows(imported.dataRows)) throw new Error(`${name}: ${requestMessages("en").noDataRows}`);
  if (imported.report.currency.kind === "mixed") throw new Error(`${name}: ${describeReportCurrency(imported.report, imported.headers, 1, en)}`);
  try {
    checkNeededColumns({ headers: imported.headers, width: width(rows), mapping: imported.mapping, decisions: imported.report.decisions }, { fields: ["budget"], outcome: true });
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
  return source;
}


/** The --currency line that states the currency the other files say for the files that say none; another currency needs its rate too. */
function currencyLine(silent: readonly string[], groups: Parameters<SourcesTexts["chooseCurrency"]>[1]): string {
  const shown = groups[0].currency;
  const other = shown === "USD" ? "EUR" : "USD";
  const them = silent.length === 1 ? "it is" : "they are";
  return `Give ${silent.length === 1 ? "its" : "their"} currency: --currency ${silent.map((name) => `${name}=${shown}`).join(",")} if ${them} in ${shown}; in another currency, name it and give its rate, such as --currency ${silent[0]}=${other} --rate ${other}=1.17.`;
}

/**
 * A data sheet per file (the spend files, then a joined one), named after it: every row with --out
 * (held outside the formula engine: see heldData), else the lines down to the header.
 */
function dataSheets(files: readonly SourceFile[], read: readonly Pick<SourceInput, "imported">[], writesWorkbook: boolean): { sheets: WorkbookFile["sheets"]; held: Map<string, HeldSheet> } {
  const taken = new Set<string>();
  const held = new Map<string, HeldSheet>();
  const sheets = files.map((file, i) => {
    const { imported } = read[i];
    const base = sheetNameOf(file.path);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
    taken.add(name);
    const firstData = imported.report.headerRow === null ? 0 : imported.report.headerRow + 1;
    const labelColumns = new Set(imported.mapping.channel === undefined ? [] : [imported.mapping.channel]);
    const cells = sheetCells(writesWorkbook ? file.table.rows : file.table.rows.slice(0, firstData), width(file.table.rows), firstData, imported.marks, labelColumns);
    const formats = moneyFormats(imported, cells, firstData, "en_US");
    if (writesWorkbook) withDays(imported, cells, firstData, formats, labelColumns);
    const data = heldData(name, cells, formats, firstData, writesWorkbook);
    data.held.forEach((rows, sheet) => held.set(sheet, rows));
    return { name, cells: data.cells, formats: data.formats, frozenRows: firstData, metadata: [], maxRows: Math.max(file.table.rows.length, NEW_SHEET_ROWS) };
  });
  return { sheets, held };
}

/** The import's reading as the combined table uses it: where the network names the rows, no column is read as the channel. */
function asRead({ imported, keepChannel }: SourceInput): Pick<SourceInput["imported"], "report" | "mapping" | "headers" | "read"> {
  if (keepChannel) return imported;
  const { channel: _channel, ...mapping } = imported.mapping;
  const decisions = imported.report.decisions.filter((decision) => decision.field !== "channel");
  return { ...imported, mapping, report: { ...imported.report, decisions } };
}

/** The join's and the combining's refusals as the command line's errors. */
function asJoinError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof SourcesError || error instanceof JoinError ? new Error(error.message) : error;
  }
}


export function buildFromSources(files: readonly SourceFile[], options: SourcesOptions): SourcesBuild {
  const maps = mapsOfFiles(options.map, files);
  const networkOf = namedFile("network", options.networks, files);
  const keeps = namedFile("keep-channel", new Map([...options.keepChannel].map((key) => [key, true])), files);
  const revenue = options.revenue ?? null;
  if (revenue && options.keepChannel.size > 0) throw new UsageError("--revenue joins by network: leave out --keep-channel");
  const texts = { ...sourcesTexts("en"), chooseCurrency: currencyLine };
  const statedOf = namedFile("currency", options.currencies, [...files, ...(revenue ? [revenue.file] : [])]);
  const stated = (file: SourceFile) => statedOf(file)?.toUpperCase() ?? null;
  const refuseStated = (message: string) => new UsageError(`--currency: ${message}`);
  const words = joinTexts("en");
  const table = revenue && withTableCurrency(asJoinError(() => readOriginTable(basename(revenue.file.path), revenue.file.table.rows, revenue.file.table.convention, words)), stated(revenue.file), texts, refuseStated);
  const read = files.map((file, i) => withStatedCurrency(readFileSource(file, maps[i], networkOf(file) ?? null, keeps(file) ?? false), stated(file), texts, refuseStated));
  const sources = withRates(read, options.rates, (code) => new UsageError(`--rate: no file is in ${code}`), table ? [table.imported.report.currency] : []);
  const label = (field: Parameters<typeof fieldLabel>[1]) => fieldLabel(en, field);
  const byPeriod = options.scorecard.byPeriod ?? null;
  if (table && byPeriod) throw new UsageError(`--by: ${words.refusals.byPeriod(table.name)}`);
  let combined = asJoinError(() => combineSources(sources, texts, label, requestMessages("en"), table?.fields ?? [], byPeriod));
  let join: JoinResult | null = null;
  let converted: JoinedSources["converted"] = null;
  const joinNotes: string[] = [];
  if (revenue && table) {
    const joined = asJoinError(() => joinSources(combined, table, revenue, options.rates, { sources: texts, join: words }, label));
    ({ combined, join, converted } = joined);
    const { report, headers, read, mapping } = table.imported;
    // The origin columns are said by the join: the channel is none of them.
    const { channel: _origin, ...figureColumns } = mapping;
    joinNotes.push(
      // A shop's rows have no cost, and those without an origin are listed by the join with their totals.
      ...[...describeImport(report, headers, 1, en, label), ...describeColumns(figureColumns, headers, en, label), ...describeRows({ ...read, noCostRows: [], noChannelRows: [] }, en)].map((note) => `${table.name}: ${note}`),
      ...(converted === null ? [] : [texts.converted(table.name, converted.code, converted.rate, combined.currency!)]),
      ...describeJoin(join, table, sources, figureFormat("en"), words),
      ...(join.unmatched.length > 0 ? ["match a value by hand with --match VALUE=NETWORK, such as --match \"Paid Search=Google Ads\""] : []),
    );
  }
  const joinedFile = revenue && table ? [{ file: revenue.file, read: table }] : [];
  const { sheets, held } = dataSheets([...files, ...joinedFile.map(({ file }) => file)], [...sources, ...joinedFile.map(({ read }) => read)], options.writesWorkbook);
  const workbook: WorkbookFile = { version: 1, locale: "en_US", sheets, active: { sheet: sheets[0].name, range: "A1" } };
  const session = createSession({ workbook, userLocale: "en", heldSheets: held });
  const placementOf = (file: SourceFile, i: number) => ({ sheetName: sheets[i].name, firstRow: 1, firstColumn: 1, width: width(file.table.rows), rowCount: file.table.rows.length, numbersWritten: true });
  const placements = files.map(placementOf);
  // The joined table's match sheet, over its data sheet (the last), when formulas can give the join's figures.
  const live = join && table && options.writesWorkbook ? joinLink(combined, table, join, placementOf(revenue!.file, files.length), converted?.rate ?? null, words, label) : null;
  const { request, linked } = combinedRequest(
    combined,
    sources,
    options.writesWorkbook ? placements : null,
    options.breakdown(combined.headers, combined.headers.length),
    {
      ...options.scorecard,
      // No charts, as for one file: the .xlsx holds none, so neither their data nor their rows.
      chart: false,
      linkToSource: options.writesWorkbook,
      joinedFrom: join && words.joinedAs(join.table, join.by),
    },
    live && ("link" in live ? live : { link: null }),
  );
  const result = session.runServerFunction("buildScorecard", [request]) as SourcesBuild["result"];
  const fileNotes = sources.flatMap((source, i) => {
    const { report, mapping, headers, read } = asRead(source);
    return [
      `read as ${files[i].table.encoding}, ${files[i].table.delimiter === "\t" ? "tab" : files[i].table.delimiter === ";" ? "semicolon" : "comma"} separated`,
      ...describeImport(report, headers, 1, en, label),
      ...describeColumns(mapping, headers, en, label),
      ...describeRows(read, en),
    ].map((note) => `${source.name}: ${note}`);
  });
  return {
    session,
    result,
    combined,
    join,
    cells: session.usedCellReadings(result.sheetName),
    notes: [
      ...fileNotes,
      ...combined.notes,
      ...joinNotes,
      ...(result.periods ? periodsNote(result.periods) : []),
      ...(live && "link" in live && linked ? [words.liveNote(join!.table, addonTexts("en").matchSheetName, addonTexts("en").joinedNotCounted(addonTexts("en").headers[checkedField(live.link) as JoinedField]))] : []),
      ...(live && "refusal" in live ? [`the scorecard holds the values read from the files and ${join!.table}'s joined figures (not formulas over the data sheets): ${live.refusal}`] : []),
      ...(options.writesWorkbook && !linked && !(live && "refusal" in live) ? ["the scorecard holds the values read from the files (not formulas over their data sheets): a file has totals or summary rows, notes, or rows without a channel"] : []),
    ],
  };
}
