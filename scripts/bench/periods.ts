/**
 * The period section on a Meta export broken down by day (8 campaigns over a year): 200,000 rows by
 * week through the command line (a child process, --json), and as a linked build in the emulation
 * (the data sheet's days as dates, each week's cells SUMIFS between its first and last day), then a
 * row of the source moved to another week. Figures only: wall time, CPU time, peak memory, service calls.
 * BENCH_LINKED_ROWS=200000 measures other sizes of the linked build (default 10,000 and 50,000).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildFromCsv, sheetNameOf } from "../../playground/cli/buildFromCsv";
import { readCsv } from "../../src/import/csv";
import { measuredCli } from "./bigFiles";
import { printTable } from "./measure";
import { writeMetaExport } from "./metaExport";

const CLI_ROWS = 200_000;
const LINKED_ROWS = (process.env.BENCH_LINKED_ROWS ?? "10000,50000").split(",").map(Number);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The command line on the export, by week or (for comparison) without periods. */
function byCommandLine(csv: string, dir: string, byWeek: boolean): Record<string, string | number> {
  const { ms, peakMb, stdout } = measuredCli(dir, ["scorecard", csv, ...(byWeek ? ["--by", "week"] : []), "--json"]);
  const printed = JSON.parse(stdout) as { totals: { budget: number }; periods?: { periods: { total: { spend: number } }[] } };
  const inWeeks = printed.periods?.periods.reduce((sum, week) => sum + week.total.spend, 0);
  return {
    rows: CLI_ROWS.toLocaleString("en"),
    "--by": byWeek ? "week" : "(none)",
    weeks: printed.periods?.periods.length ?? "",
    "wall ms": ms.toFixed(0),
    "peak MB": peakMb,
    "weeks add up to the total": inWeeks === undefined ? "" : Math.abs(inWeeks - printed.totals.budget) < 0.005 ? "yes" : `no: ${inWeeks} and ${printed.totals.budget}`,
  };
}

function linkedInEmulation(dir: string, rows: number): Record<string, string | number> {
  const csv = join(dir, `meta-linked-${rows}.csv`);
  writeMetaExport(csv, rows);
  const cpuBefore = cpuMs();
  const started = performance.now();
  const build = buildFromCsv(csv, readCsv(readFileSync(csv)), { choices: () => ({}), scorecard: { targetRoi: null, byPeriod: "week" }, breakdown: () => [], writesWorkbook: true });
  const built = performance.now();
  const periods = build.result.periods!;
  const calls = build.session.serviceCalls().total;
  // A teammate moves a row to 7 January 2026 (day 46029): the weeks' SUMIFS follow.
  build.session.editCell(sheetNameOf(csv), "C2", "46029");
  const edited = performance.now();
  const cells = build.session.usedCellReadings(build.result.sheetName);
  const outside = cells[periods.layout.titleRow - 1].find((_, c, row) => row[c - 1]?.value === "Spend outside the periods");
  return {
    rows: rows.toLocaleString("en"),
    weeks: periods.count,
    "load + build + recalculation ms": (built - started).toFixed(0),
    "move a row to another week ms": (edited - built).toFixed(0),
    "CPU ms": (cpuMs() - cpuBefore).toFixed(0),
    "service calls": calls,
    "heap MB": Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
    "spend outside the periods": String(outside?.value ?? ""),
  };
}

export function benchPeriods(): void {
  const dir = mkdtempSync(join(tmpdir(), "social-roi-bench-periods-"));
  try {
    const csv = join(dir, `meta-${CLI_ROWS}.csv`);
    writeMetaExport(csv, CLI_ROWS);
    printTable("Command line by week (npx social-roi scorecard meta.csv --by week --json, a child process), and without periods", [
      byCommandLine(csv, dir, true),
      byCommandLine(csv, dir, false),
    ]);
    printTable("Linked build by week in the emulation (as --out builds it, before the .xlsx is written)", LINKED_ROWS.map((rows) => linkedInEmulation(dir, rows)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
