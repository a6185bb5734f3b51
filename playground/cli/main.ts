/**
 * npx social-roi scorecard data.csv [--map channel=COL,budget=COL,...] [--target-roi 20%] [--margin 40%] [--value-per-conversion X]
 *   [--hourly-rate X] [--target-cpa X] [--out scorecard.xlsx] [--json]
 * Builds the channel scorecard of a CSV export with the built add-on, in the emulated Sheets.
 */
import { existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CODE_PATH } from "../../scripts/loadBundle";
import { buildFromCsv } from "./buildFromCsv";
import { readCsv } from "./csv";
import { amountOption, marginOption, parseMap, targetRoiOption, UsageError } from "./options";
import { errorCells, jsonReport, printable, textTable } from "./report";

const USAGE = `Usage: npx social-roi scorecard data.csv [--map channel=COL,budget=COL,...] [--target-roi 20%]
         [--margin 40%] [--value-per-conversion X] [--hourly-rate X] [--target-cpa X] [--out scorecard.xlsx] [--json]

  data.csv       an ads export (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab separated)
  --map          which column holds a field, by header name or letter (fields: channel, budget,
                 conversions, leads, revenue, clicks, impressions, bounce_rate, group, target_roi,
                 planned_budget, other_costs, hours, reach, engagements, reactions, comments, shares)
  --target-roi   the ROI a channel must reach to be scaled up (default: the blended ROI of
                 the table, or 0% when that is a loss)
  --margin       the share of revenue that is profit, for ROI (default 100%; ROAS stays
                 revenue / cost)
  --value-per-conversion
                 what one conversion is worth, for ROI and ROAS when the data has no revenue
  --hourly-rate  the cost of one hour, when the data has hours (counted in every cost)
  --target-cpa   without revenue, the CPA at or below which a channel is scaled up
                 (default: the blended CPA of the table)
  --out          also write the workbook (data and scorecard, formulas and values) as .xlsx
  --json         print the scorecard as JSON instead of a table`;

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
        "target-roi": { type: "string" },
        margin: { type: "string" },
        "value-per-conversion": { type: "string" },
        "hourly-rate": { type: "string" },
        "target-cpa": { type: "string" },
        out: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    // Node's message goes on to explain "--" at length.
    throw new UsageError(`${messageOf(error).split(". ")[0]}; see --help`);
  }
}

/** True when both paths name one file (through links too), so writing one would destroy the other. */
function sameFile(a: string, b: string): boolean {
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
  return real(a) === real(b);
}

async function main(args: string[]): Promise<void> {
  const { values, positionals } = options(args);
  if (values.help) return void console.log(USAGE);
  const [command, path, extra] = positionals;
  if (command !== "scorecard" || !path || extra !== undefined) throw new UsageError("expected 'scorecard FILE.csv'; see --help");
  const scorecard = {
    targetRoi: targetRoiOption(values["target-roi"]),
    margin: marginOption(values.margin),
    valuePerConversion: amountOption("value-per-conversion", values["value-per-conversion"]),
    hourlyRate: amountOption("hourly-rate", values["hourly-rate"]),
    targetCpa: amountOption("target-cpa", values["target-cpa"], { aboveZero: true }),
  };
  if (values.out && sameFile(values.out, path)) throw new UsageError(`--out: ${values.out} is the data file itself; write the .xlsx to another file`);
  if (!existsSync(CODE_PATH)) throw new Error("dist/Code.js is missing: run npm run build first");

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`cannot read ${path} (${systemReason(error)})`);
  }
  let build: ReturnType<typeof buildFromCsv>;
  try {
    build = buildFromCsv(path, readCsv(bytes), { choices: (cells) => parseMap(values.map, cells), scorecard });
  } catch (error) {
    throw error instanceof UsageError ? error : new Error(`${path}: ${messageOf(error)}`);
  }
  for (const note of build.notes) console.error(`social-roi: ${note}`);
  if (values.out) {
    // exceljs takes a quarter of a second to load: only when asked for.
    const { workbookToXlsx } = await import("../server/xlsx");
    const xlsx = await workbookToXlsx(build.session.serialize(), build.view);
    try {
      writeFileSync(values.out, xlsx);
    } catch (error) {
      throw new Error(`cannot write ${values.out} (${systemReason(error)})`);
    }
  }
  console.log(values.json ? jsonReport(build.cells, build.result.summary) : `${textTable(build.cells)}\n\n${printable(build.result.summary)}`);
  const errors = errorCells(build.cells);
  if (errors.length > 0) {
    const lines = [`social-roi: ${errors.length} cell(s) of the scorecard show an error; check the data they read:`, ...errors];
    console.error(lines.map(printable).join("\n"));
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`social-roi: ${printable(messageOf(error))}`);
  process.exitCode = 2;
});
