/**
 * npx social-roi scorecard meta.csv google-ads.csv ... [--network FILE=NAME] [--keep-channel FILE] [--rate CODE=RATE]
 *   [--revenue shop.csv [--join channel|campaign] [--match VALUE=NETWORK,...]] (and the scorecard's options)
 * npx social-roi scorecard data.csv [--map channel=COL,spend=COL,...] [--breakdown COL,...] [--target-roi 20%] [--margin 40%]
 *   [--value-per-conversion X] [--hourly-rate X] [--target-cpa X] [--out scorecard.xlsx] [--json]
 * npx social-roi plan meta.csv google-ads.csv ... --goal N [--network ...] [--rate ...] [--optimize]: each network on its rates in their scorecard
 * npx social-roi plan [data.csv] --goal N [--map ...] [--conversion-rate R --ctr R --cpm X|--cpc X] [--by week --last 4] [--optimize [--cap 2]]
 *   [--value-per-sale X] [--out plan.xlsx] [--json]
 * npx social-roi best-time posts.csv [--map ...] [--time-column COL] [--time-zone ZONE] [--json]
 * Builds the channel scorecard of a CSV export, a budget plan, or the best time to post of a per-post export, with the built add-on, in the emulated Sheets.
 */
import { chmodSync, createWriteStream, existsSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { finished } from "node:stream/promises";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { CODE_PATH } from "../../scripts/loadBundle";
import type { CellReading } from "../runtime/contract";
import type { EmulatedSession } from "../runtime/session";
import { buildFromCsv } from "./buildFromCsv";
import { bestTimeFromCsv, bestTimeJson, bestTimeText } from "./bestTimeFromCsv";
import { buildFromSources, type SourceFile, type SourcesOptions } from "./buildFromSources";
import { readCsv } from "../../src/import/csv";
import { amountOption, columnIndex, marginOption, periodOption, parseBreakdown, parseMap, pairsOption, positiveOption, rateOption, rateWindowOption, targetRoiOption, timeZoneOption, UsageError } from "./options";
import { planFromCsv, planFromRates, planFromSources, type PlanBuild } from "./planFromCsv";
import { planJson, planTable } from "./planReport";
import { errorCells, escapeRawJson, jsonReport, printable, textTable } from "./report";
import { joinJson, sourcesJson, sourcesTable } from "./sourcesReport";
import { chosenMatches } from "../../src/join/matching";
import type { JoinBy } from "../../src/join/join";
import { networkNamed } from "../../src/sources/networks";

const USAGE = `Usage: npx social-roi scorecard data.csv [--map channel=COL,spend=COL,...] [--breakdown COL,...] [--target-roi 20%]
         [--margin 40%] [--value-per-conversion X] [--hourly-rate X] [--target-cpa X] [--by week] [--out scorecard.xlsx] [--json]

  data.csv       an ads export (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab separated)
  --map          which column holds a field, by header name or letter (fields: channel, spend (or
                 cost), conversions, leads, qualified_leads, customers, revenue, clicks, impressions, visits,
                 bounce_rate, target_roi, planned_budget, other_costs, hours, reach, engagements,
                 reactions, comments, shares)
  --breakdown    columns to break the scorecard down by, by header name or letter, such as
                 "Campaign name,Owner": a table per column, the first also within each channel
  --target-roi   the ROI a channel must reach to be scaled up (default: the blended ROI of
                 the other channels, or 0% when that is a loss)
  --margin       the share of revenue that is profit, for ROI (default 100%; ROAS stays
                 revenue / cost)
  --value-per-conversion
                 what one conversion is worth, for ROI and ROAS when the data has no revenue
  --hourly-rate  the cost of one hour, when the data has hours (counted in every cost)
  --target-cpa   without revenue, the CPA at or below which a channel is scaled up
                 (default: the blended CPA of the other channels)
  --by           a section by day, week (ISO, from Monday), month or quarter, from the
                 export's dates (auto: by day up to 31 days, by week up to 6 months, else
                 by month): each period's figures per channel and in total, and the change
                 against the period before
  --out          also write the workbook (data and scorecard, formulas and values) as .xlsx
  --json         print the scorecard as JSON instead of a table

Several exports, one per network: npx social-roi scorecard meta.csv google-ads.csv linkedin.csv
         [--network FILE=NAME,...] [--keep-channel FILE,...] [--currency FILE=CODE,...] [--rate CODE=RATE,...]
         [--revenue shop.csv [--join channel|campaign] [--match VALUE=NETWORK,...]] (and the options above)

  each file      a source: its rows are its network's, told by its columns (Meta, Google Ads,
                 LinkedIn, TikTok, X, Pinterest, Snapchat, Microsoft Ads)
  --network      the network of a file whose columns do not tell it, or another name for it
  --keep-channel a file whose own channel column names its rows (such as Meta's Platform)
  --currency     the currency of a file that says none (no code in its headers, cells or a
                 currency column), such as tiktok.csv=USD: needed beside files that say one
  --rate         files in another currency: one unit in the scorecard's currency, such as
                 GBP=1.17 for a scorecard in euros
  --map          applies to the files whose header row holds the names it gives
  --breakdown    by the combined table's columns: Channel, Network, Campaign, Ad set / ad group,
                 Placement, Campaign type, Device, Country (those the files have)
  --revenue      a shop, CRM or analytics export (GA4 by session source / medium or channel group,
                 a shop's sales by UTM source or referrer, CRM deals or contacts by original
                 source): its revenue, leads, qualified leads and customers replace the ads' own
                 (also with one ads file)
  --join         channel (default): each source / medium or channel group matched to a network;
                 campaign: each campaign matched to the spend files' campaign of that name
  --match        values matched to a network by hand, over the defaults, such as
                 "Paid Search=Google Ads,newsletter-fb=Meta"; values that match nothing are
                 listed with their totals

Usage: npx social-roi plan [data.csv] --goal N [--map ...] [--conversion-rate R --ctr R --cpm X|--cpc X]
         [--by week --last 4] [--optimize [--cap 2]] [--value-per-sale X] [--out plan.xlsx] [--json]
       npx social-roi plan meta.csv google-ads.csv linkedin.csv --goal N [--network ...] [--currency ...]
         [--rate ...] [--revenue shop.csv ...] [--optimize [--cap 2]] [--out plan.xlsx] [--json]

  data.csv       an ads export with spend, impressions, clicks and conversions per channel: each
                 channel's rates are measured in it, and the goal split by today's mix
  several files  one export per network, combined into a scorecard as the scorecard command does
                 (the same options): each network is planned on its own rates, read from it
  --goal         the number of sales to reach
  --conversion-rate, --ctr, --cpm or --cpc
                 without a data file, the rates of the one channel to plan (2% 2% 2), priced
                 per thousand impressions or per click
  --by, --last   the rates from the rows dated in the last N days, weeks (ISO, from Monday),
                 months or quarters of the file's dates only, counting back from the period of
                 its last day (counted even when the file ends within it); each channel must
                 have rows in them
  --optimize     lowest CPA first, each channel capped at --cap times the conversions it has
                 proven (default 2)
  --value-per-sale
                 what one sale is worth: adds expected revenue and ROI
  --out          also write the workbook (the plan's live formulas and values) as .xlsx
  --json         print the plan as JSON instead of a table

Usage: npx social-roi best-time posts.csv [--map FIELD=COL,...] [--time-column COL] [--time-zone ZONE] [--json]

  posts.csv      a per-post export with each post's publish time (Meta Business Suite, Instagram,
                 LinkedIn, TikTok...): a weekday x hour table of revenue per post, else conversions
                 per post, else the engagement rate (engagements / impressions or reach), with the
                 number of posts in each cell; fewer than 3 posts are too few to call a trend
  --time-column  the column of the posts' times, by header name or letter, when several columns
                 hold dates with a time of day
  --time-zone    the spreadsheet's time zone, such as Europe/Paris: times written with their offset
                 (2026-03-05T14:05:00Z, +01:00) are converted to its hours, and refused without it;
                 times without an offset are read as written
  --json         print every weekday and hour (its value and posts) as JSON instead of a table`;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** "ENOENT: no such file or directory, open 'x'" -> "ENOENT: no such file or directory". */
const systemReason = (error: unknown) => messageOf(error).split(",")[0];

function options(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        map: { type: "string", default: "" },
        breakdown: { type: "string", default: "" },
        by: { type: "string" },
        "target-roi": { type: "string" },
        margin: { type: "string" },
        "value-per-conversion": { type: "string" },
        "hourly-rate": { type: "string" },
        "target-cpa": { type: "string" },
        out: { type: "string" },
        json: { type: "boolean", default: false },
        goal: { type: "string" },
        "conversion-rate": { type: "string" },
        ctr: { type: "string" },
        cpm: { type: "string" },
        cpc: { type: "string" },
        optimize: { type: "boolean", default: false },
        cap: { type: "string" },
        "value-per-sale": { type: "string" },
        last: { type: "string" },
        network: { type: "string", multiple: true, default: [] },
        rate: { type: "string", multiple: true, default: [] },
        currency: { type: "string", multiple: true, default: [] },
        "keep-channel": { type: "string", multiple: true, default: [] },
        revenue: { type: "string" },
        join: { type: "string" },
        match: { type: "string", multiple: true, default: [] },
        "time-column": { type: "string" },
        "time-zone": { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    // Node's message goes on to explain "--" at length.
    throw new UsageError(`${messageOf(error).split(". ")[0]}; see --help`);
  }
}

/** True when both paths name one file (through links too), so writing one would destroy the other. */
/** The same file on disk, whatever its names: another spelling, a symbolic link or a hard link. */
function sameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const [first, second] = [statSync(a), statSync(b)];
  return first.dev === second.dev && first.ino === second.ino;
}

type Values = ReturnType<typeof options>["values"];

const PLAN_OPTIONS = ["goal", "conversion-rate", "ctr", "cpm", "cpc", "optimize", "cap", "value-per-sale", "last"] as const;
const RATE_OPTIONS = ["conversion-rate", "ctr", "cpm", "cpc"] as const;

function readData(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read ${path} (${systemReason(error)})`);
  }
}

/** Errors of the add-on's reading of the file name it; a usage error stays one. */
function fromFile<T>(path: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    throw error instanceof UsageError ? error : new Error(`${path}: ${messageOf(error)}`);
  }
}

/** Removes a half-written temporary file; a failure to do so must not hide why the write failed. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The write's own error is the one to report.
  }
}

async function writeOut(out: string | undefined, session: EmulatedSession): Promise<void> {
  if (!out) return;
  // exceljs takes a quarter of a second to load: only when asked for.
  const { writeXlsx } = await import("../server/xlsx");
  // Written whole beside the file (through a symbolic link), then renamed over it: a failed write
  // leaves the file that was there, with its permissions. The data sheets' rows stream from the
  // parsed files, never held as a workbook in memory.
  const target = existsSync(out) ? realpathSync(out) : out;
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const output = createWriteStream(temporary);
    await Promise.all([writeXlsx(output, session.serialize(), session.exportView(), session.heldSheets), finished(output)]);
    if (existsSync(target)) chmodSync(temporary, statSync(target).mode & 0o777);
    renameSync(temporary, target);
  } catch (error) {
    removeQuietly(temporary);
    throw new Error(`cannot write ${out} (${systemReason(error)})`);
  }
}

function reportErrors(cells: CellReading[][], what: string): void {
  const errors = errorCells(cells);
  if (errors.length === 0) return;
  const lines = [`social-roi: ${errors.length} cell(s) of the ${what} show an error; check the data they read:`, ...errors];
  console.error(lines.map(printable).join("\n"));
  process.exitCode = 1;
}

function checkOut(values: Values, path: string | undefined): void {
  if (values.out && path && sameFile(values.out, path)) throw new UsageError(`--out: ${values.out} is the data file itself; write the .xlsx to another file`);
  if (!existsSync(CODE_PATH)) throw new Error("dist/Code.js is missing: run npm run build first");
}

function scorecardOptions(values: Values) {
  const planOption = PLAN_OPTIONS.find((name) => values[name] !== undefined && values[name] !== false);
  if (planOption) throw new UsageError(`--${planOption} is an option of plan, not of scorecard; see --help`);
  return {
    targetRoi: targetRoiOption(values["target-roi"]),
    margin: marginOption(values.margin),
    valuePerConversion: amountOption("value-per-conversion", values["value-per-conversion"]),
    hourlyRate: amountOption("hourly-rate", values["hourly-rate"]),
    targetCpa: amountOption("target-cpa", values["target-cpa"], { aboveZero: true }),
    byPeriod: periodOption(values.by),
  };
}

const SOURCES_OPTIONS = ["network", "rate", "currency", "keep-channel", "match"] as const;

async function scorecard(values: Values, path: string): Promise<void> {
  const sourcesOption = SOURCES_OPTIONS.find((name) => values[name].length > 0);
  if (sourcesOption) throw new UsageError(`--${sourcesOption} is for several files, one per network: give them all`);
  if (values.join !== undefined) throw new UsageError("--join goes with --revenue; see --help");
  const scorecard = scorecardOptions(values);
  checkOut(values, path);
  const bytes = readData(path);
  const build = fromFile(path, () =>
    buildFromCsv(path, readCsv(bytes), {
      choices: (cells) => parseMap(values.map, cells),
      scorecard,
      breakdown: (headers, width) => parseBreakdown(values.breakdown, headers, width),
      writesWorkbook: values.out !== undefined,
    }),
  );
  for (const note of build.notes) console.error(`social-roi: ${note}`);
  await writeOut(values.out, build.session);
  console.log(values.json ? jsonReport(build.cells, build.result) : `${textTable(build.cells, build.result.periods)}\n\n${printable(build.result.summary)}`);
  reportErrors(build.cells, "scorecard");
}

/** A rate is a number above 0: one unit of the currency in the scorecard's currency. */
function rateOf(code: string, text: string): number {
  const rate = positiveOption("rate", text, "a rate", "1.17");
  if (!/^[A-Z]{3}$/.test(code)) throw new UsageError(`--rate: '${code}' is not a currency code; write it as GBP=1.17`);
  return rate!;
}

/** --revenue FILE [--join channel|campaign] [--match VALUE=NETWORK,...]: the file to join, by what, and the user's matches. */
function revenueOption(values: Values) {
  if (values.revenue === undefined) {
    if (values.join !== undefined || values.match.length > 0) throw new UsageError(`--${values.join !== undefined ? "join" : "match"} goes with --revenue; see --help`);
    return null;
  }
  const by = values.join ?? "channel";
  if (by !== "channel" && by !== "campaign") throw new UsageError(`--join: '${by}' is not channel or campaign`);
  const matches = pairsOption("match", values.match, "VALUE=NETWORK, such as \"Paid Search=Google Ads\"");
  return { file: { path: values.revenue, table: readCsv(readData(values.revenue)) }, by: by as JoinBy, matches: chosenMatches([...matches].map(([value, network]) => [value, networkNamed(network)] as const)) };
}

/** The options of several files, one per network: how each is read, named, converted, and the table joined to them. */
function sourcesOptions(values: Values, paths: readonly string[], scorecard: SourcesOptions["scorecard"]): { files: SourceFile[]; options: SourcesOptions } {
  for (const path of [...paths, ...(values.revenue ? [values.revenue] : [])]) checkOut(values, path);
  const files = paths.map((path) => ({ path, table: readCsv(readData(path)) }));
  const revenue = revenueOption(values);
  const rates = pairsOption("rate", values.rate, "CODE=RATE, such as GBP=1.17");
  return {
    files,
    options: {
      map: values.map,
      networks: pairsOption("network", values.network, "FILE=NAME, such as ads.csv=Reddit"),
      keepChannel: new Set(values["keep-channel"].flatMap((list) => list.split(",").map((file) => file.trim()).filter((file) => file !== ""))),
      rates: new Map([...rates].map(([code, text]) => [code.toUpperCase(), rateOf(code.toUpperCase(), text)])),
      currencies: pairsOption("currency", values.currency, "FILE=CODE, such as tiktok.csv=USD"),
      revenue,
      scorecard,
      breakdown: (headers, width) => parseBreakdown(values.breakdown, headers, width),
      writesWorkbook: values.out !== undefined,
    },
  };
}

async function scorecardOfSources(values: Values, paths: string[]): Promise<void> {
  const { files, options } = sourcesOptions(values, paths, scorecardOptions(values));
  const build = buildFromSources(files, options);
  for (const note of build.notes) console.error(`social-roi: ${printable(note)}`);
  await writeOut(values.out, build.session);
  if (values.json) {
    const report = JSON.parse(jsonReport(build.cells, build.result));
    console.log(escapeRawJson(JSON.stringify({ ...sourcesJson(build.combined), ...(build.join ? { join: joinJson(build.join) } : {}), scorecard: report }, null, 2)));
  } else {
    console.log(`${sourcesTable(build.combined)}\n\n${textTable(build.cells, build.result.periods)}\n\n${printable(build.result.summary)}`);
  }
  reportErrors(build.cells, "scorecard");
}

/** The scorecard a plan on several files reads its rates from: no option of its own. */
const NO_SCORECARD_OPTIONS: SourcesOptions["scorecard"] = { targetRoi: null, margin: null, valuePerConversion: null, hourlyRate: null, targetCpa: null, byPeriod: null };

const SCORECARD_ONLY = ["breakdown", "target-roi", "margin", "value-per-conversion", "hourly-rate", "target-cpa", "out", "revenue", "join", "by"] as const;
const isGiven = (value: string | boolean | string[] | undefined) => value !== undefined && value !== false && value !== "" && !(Array.isArray(value) && value.length === 0);

/** What a plan on several files reads them with: how the files combine into the scorecard it plans on. */
const PLAN_SOURCES_OPTIONS = [...SOURCES_OPTIONS, "revenue", "join"] as const;

/** A plan writes --out and reads --by as the periods of its rates; the scorecard's other options it does not take (on several files, their combining's). */
function refuseScorecardOptions(values: Values, severalFiles: boolean): void {
  const taken = new Set<string>(["out", "by", ...(severalFiles ? PLAN_SOURCES_OPTIONS : [])]);
  const other = [...SCORECARD_ONLY, ...SOURCES_OPTIONS].find((name) => !taken.has(name) && isGiven(values[name]));
  const forSeveral = (PLAN_SOURCES_OPTIONS as readonly string[]).includes(other ?? "");
  if (other) throw new UsageError(`--${other} is not an option of plan${forSeveral ? " on one file: it is for several files, one per network" : ""}; see --help`);
}

async function plan(values: Values, paths: readonly string[]): Promise<void> {
  const path = paths[0] as string | undefined;
  refuseScorecardOptions(values, paths.length > 1);
  const goal = positiveOption("goal", values.goal, "a number of sales", "1000");
  if (goal === null) throw new UsageError("plan needs --goal, the number of sales to reach, such as --goal 1000");
  if (values.cap !== undefined && !values.optimize) throw new UsageError("--cap goes with --optimize; see --help");
  const choices = {
    goal: { kind: "sales" as const, value: goal },
    valuePerSale: positiveOption("value-per-sale", values["value-per-sale"], "an amount", "100"),
    split: values.optimize ? ("optimized" as const) : ("mix" as const),
    cap: positiveOption("cap", values.cap, "a multiple", "2") ?? 2,
  };
  const window = rateWindowOption(values.by, values.last);
  if (window && !path) throw new UsageError("--by and --last measure the rates on a data file's recent rows: give the file");
  if (window && paths.length > 1) throw new UsageError("--by and --last measure the rates on one data file's recent rows; several files are planned on every row of each");
  const given = RATE_OPTIONS.filter((name) => values[name] !== undefined);
  if (path && given.length > 0) {
    throw new UsageError(`--${given[0]}: the rates come from ${paths.join(", ")}; leave out --conversion-rate, --ctr, --cpm and --cpc, or the data file${paths.length > 1 ? "s" : ""}`);
  }
  checkOut(values, path);
  let build: PlanBuild;
  if (paths.length > 1) {
    const { files, options } = sourcesOptions(values, paths, NO_SCORECARD_OPTIONS);
    build = planFromSources(files, options, choices);
  } else if (path) {
    const bytes = readData(path);
    build = fromFile(path, () => planFromCsv(path, readCsv(bytes), (cells) => parseMap(values.map, cells), { ...choices, window }, values.out !== undefined));
  } else {
    const priced = values.cpm !== undefined || values.cpc !== undefined;
    if (values["conversion-rate"] === undefined || values.ctr === undefined || !priced) {
      throw new UsageError("without a data file, give the rates to plan on: --conversion-rate 2% --ctr 2% --cpm 2 (or --cpc 0.10)");
    }
    if (values.cpm !== undefined && values.cpc !== undefined) throw new UsageError("--cpc: give the price per thousand impressions (--cpm) or per click (--cpc), not both");
    if (values.optimize) throw new UsageError("--optimize needs a data file: it gives sales to the channels with the lowest CPA they have proven");
    const rates = {
      conversionRate: rateOption("conversion-rate", values["conversion-rate"])!,
      ctr: rateOption("ctr", values.ctr)!,
      cpm: positiveOption("cpm", values.cpm, "an amount", "2"),
      cpc: positiveOption("cpc", values.cpc, "an amount", "0.10"),
    };
    build = planFromRates(rates, { ...choices, split: "typed" });
  }
  for (const note of build.notes) console.error(`social-roi: ${note}`);
  await writeOut(values.out, build.session);
  console.log(values.json ? planJson(build.cells, build.result) : `${planTable(build.cells)}\n\n${printable(build.result.summary)}`);
  reportErrors(build.cells, "plan");
}

async function bestTime(values: Values, path: string): Promise<void> {
  const other = [...SCORECARD_ONLY, ...PLAN_OPTIONS].find((name) => isGiven(values[name]));
  if (other) throw new UsageError(`--${other} is not an option of best-time; see --help`);
  checkOut(values, path);
  const bytes = readData(path);
  const timeColumn = values["time-column"];
  const timeZone = values["time-zone"] === undefined ? null : timeZoneOption(values["time-zone"]);
  const build = fromFile(path, () =>
    bestTimeFromCsv(path, readCsv(bytes), (cells) => parseMap(values.map, cells), (headers, width) => (timeColumn === undefined ? null : columnIndex("time-column", timeColumn, headers, width)), timeZone),
  );
  // The command line has no spreadsheet, so no zone of its own to put such times in (nor the machine's).
  if (build.result.converted && timeZone === null) {
    throw new UsageError(`${path}: the posts' times are written with their offset ('${printable(build.result.converted.example)}'): give --time-zone, the spreadsheet's time zone (such as Europe/Paris), to put them in its hours`);
  }
  for (const note of build.notes) console.error(`social-roi: ${printable(note)}`);
  console.log(values.json ? bestTimeJson(build) : bestTimeText(build));
}

async function main(args: string[]): Promise<void> {
  const { values, positionals } = options(args);
  if (values.help) return void console.log(USAGE);
  const [command, path, extra, ...more] = positionals;
  const bestTimeOption = (["time-column", "time-zone"] as const).find((name) => values[name] !== undefined);
  if (command !== "best-time" && bestTimeOption) throw new UsageError(`--${bestTimeOption} is an option of best-time; see --help`);
  if (command === "plan") return plan(values, positionals.slice(1));
  if (command === "best-time" && path && extra === undefined) return bestTime(values, path);
  if (command !== "scorecard" || !path) throw new UsageError("expected 'scorecard FILE.csv [FILE.csv...]', 'plan [FILE.csv...] --goal N' or 'best-time FILE.csv'; see --help");
  return extra === undefined && values.revenue === undefined ? scorecard(values, path) : scorecardOfSources(values, [path, ...(extra === undefined ? [] : [extra, ...more])]);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`social-roi: ${printable(messageOf(error))}`);
  process.exitCode = 2;
});
