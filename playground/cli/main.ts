/**
 * npx social-roi scorecard data.csv [--map channel=COL,budget=COL,...] [--target-roi 20%] [--out scorecard.xlsx] [--json]
 * Builds the channel scorecard of a CSV export with the built add-on, in the emulated Sheets.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { workbookToXlsx } from "../server/xlsx";
import { buildFromCsv } from "./buildFromCsv";
import { readCsv } from "./csv";
import { parseMap, targetRoiOption, UsageError } from "./options";
import { jsonReport, textTable } from "./report";

const USAGE = `Usage: npx social-roi scorecard data.csv [--map channel=COL,budget=COL,...] [--target-roi 20%] [--out scorecard.xlsx] [--json]

  data.csv       an ads export, UTF-8, comma or semicolon separated, with a header row
  --map          which column holds a field, by header name or letter (fields: channel, budget,
                 leads, bounce_rate, conversions, revenue, impressions, clicks, group, target_roi)
  --target-roi   the ROI a channel must reach to be scaled up (default 0%)
  --out          also write the workbook (data and scorecard, formulas and values) as .xlsx
  --json         print the scorecard as JSON instead of a table`;

function fail(message: string): never {
  console.error(`social-roi: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      map: { type: "string", default: "" },
      "target-roi": { type: "string", default: "0%" },
      out: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const [command, path, extra] = positionals;
  if (command !== "scorecard" || !path || extra) fail(`expected 'scorecard FILE.csv'; see --help`);

  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    fail(`cannot read ${path}`);
  }
  const table = readCsv(text);
  const targetRoi = targetRoiOption(values["target-roi"]);
  const build = buildFromCsv(path, table, { mapping: (headers) => parseMap(values.map, headers), targetRoi });
  if (values.out) writeFileSync(values.out, await workbookToXlsx(build.session.serialize(), build.session.view()));
  console.log(values.json ? jsonReport(build.cells, build.result.summary) : `${textTable(build.cells)}\n\n${build.result.summary}`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  fail(error instanceof UsageError ? message : `${process.argv[3] ?? "the file"}: ${message}`);
});
