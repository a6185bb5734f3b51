/**
 * npx social-roi scorecard data.csv [--map channel=COL,budget=COL,...] [--target-roi 20%] [--out scorecard.xlsx] [--json]
 * Builds the channel scorecard of a CSV export with the built add-on, in the emulated Sheets.
 */
import { existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CODE_PATH } from "../../scripts/loadBundle";
import { buildFromCsv } from "./buildFromCsv";
import { readCsv } from "./csv";
import { parseMap, targetRoiOption, UsageError } from "./options";
import { errorCells, jsonReport, printable, textTable } from "./report";

const USAGE = `Usage: npx social-roi scorecard data.csv [--map channel=COL,budget=COL,...] [--target-roi 20%] [--out scorecard.xlsx] [--json]

  data.csv       an ads export, UTF-8, comma or semicolon separated, with a header row
  --map          which column holds a field, by header name or letter (fields: channel, budget,
                 leads, bounce_rate, conversions, revenue, impressions, clicks, group, target_roi)
  --target-roi   the ROI a channel must reach to be scaled up (default 0%)
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
        "target-roi": { type: "string", default: "0%" },
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
  const targetRoi = targetRoiOption(values["target-roi"]);
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
    build = buildFromCsv(path, readCsv(bytes), { mapping: (headers) => parseMap(values.map, headers), targetRoi });
  } catch (error) {
    throw error instanceof UsageError ? error : new Error(`${path}: ${messageOf(error)}`);
  }
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
