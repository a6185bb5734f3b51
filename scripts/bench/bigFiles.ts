/**
 * The command line on Meta exports of 10,000 to 200,000 rows, end to end (npx social-roi as a user
 * runs it, a child process), beside a plain Python csv pass that sums spend, purchases and
 * purchase value per platform over the same file: wall time and peak resident memory of each.
 * The bar: 200,000 rows under 1 GB, within 3x the plain pass.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { printTable } from "./measure";
import { writeMetaExport } from "./metaExport";

const SIZES = [10_000, 50_000, 100_000, 200_000];
const BIN = new URL("../../bin/social-roi.js", import.meta.url).pathname;

// Preloaded into every node process of the run (the launcher and the command line it starts): each
// appends its peak resident memory to the file named, on exit.
const PEAK_REPORTER = `import { appendFileSync } from "node:fs";
process.on("exit", () => appendFileSync(process.env.SOCIAL_ROI_BENCH_PEAKS, process.resourceUsage().maxRSS + "\\n"));
`;

const PLAIN_PASS = `import csv, resource, sys
totals = {}
with open(sys.argv[1], newline="", encoding="utf-8") as file:
    rows = csv.reader(file)
    header = next(rows)
    channel, spend, purchases, value = (header.index(name) for name in ("Platform", "Amount spent (USD)", "Purchases", "Purchases conversion value"))
    for row in rows:
        sums = totals.setdefault(row[channel], [0.0, 0.0, 0.0])
        sums[0] += float(row[spend] or 0)
        sums[1] += float(row[purchases] or 0)
        sums[2] += float(row[value] or 0)
print(sum(sums[0] for sums in totals.values()))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
`;

interface Run {
  ms: number;
  peakMb: number;
  totalSpend: number;
}

const mb = (kilobytes: number) => Math.round(kilobytes / 1024);

function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const started = performance.now();
  const run = spawnSync(command, args, { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${run.stderr}`);
  return { ms, stdout: run.stdout, stderr: run.stderr };
}

/** The command line with these arguments, in a folder of the run's: its wall time, peak memory (MB) and standard output. */
export function measuredCli(dir: string, args: string[]): { ms: number; peakMb: number; stdout: string } {
  const peaks = join(dir, "peaks.txt");
  writeFileSync(peaks, "");
  const reporter = join(dir, "peak.mjs");
  writeFileSync(reporter, PEAK_REPORTER);
  const env = { ...process.env, SOCIAL_ROI_BENCH_PEAKS: peaks, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${pathToFileURL(reporter).href}` };
  const { ms, stdout } = timed(process.execPath, [BIN, ...args], env);
  const peakKb = readFileSync(peaks, "utf8").trim().split("\n").reduce((peak, line) => Math.max(peak, Number(line)), 0);
  return { ms, peakMb: mb(peakKb), stdout };
}

function runCli(dir: string, csv: string): Run {
  const { ms, peakMb, stdout } = measuredCli(dir, ["scorecard", csv, "--json"]);
  return { ms, peakMb, totalSpend: (JSON.parse(stdout) as { totals: { budget: number } }).totals.budget };
}

function runPlainPass(dir: string, csv: string): Run | null {
  const script = join(dir, "plain_pass.py");
  writeFileSync(script, PLAIN_PASS);
  try {
    const { ms, stdout, stderr } = timed("python3", [script, csv]);
    return { ms, peakMb: mb(Number(stderr.trim())), totalSpend: Number(stdout.trim()) };
  } catch {
    return null;
  }
}

export function benchBigFiles(): void {
  const dir = mkdtempSync(join(tmpdir(), "social-roi-bench-big-"));
  try {
    const rows = SIZES.map((size) => {
      const csv = join(dir, `meta-${size}.csv`);
      writeMetaExport(csv, size);
      const cli = runCli(dir, csv);
      const plain = runPlainPass(dir, csv);
      rmSync(csv);
      return {
        rows: size.toLocaleString("en"),
        "command line ms": cli.ms.toFixed(0),
        "command line peak MB": cli.peakMb,
        "python csv ms": plain ? plain.ms.toFixed(0) : "no python3",
        "python peak MB": plain?.peakMb ?? "",
        "x the plain pass": plain ? (cli.ms / plain.ms).toFixed(1) : "",
        "same total spend": plain ? (Math.abs(cli.totalSpend - plain.totalSpend) < 0.005 ? "yes" : `no: ${cli.totalSpend} and ${plain.totalSpend}`) : "",
      };
    });
    printTable("Command line on a Meta export by day and platform (13 columns), end to end, beside a plain Python csv pass", rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
