/** The command line on a 10,000-row per-day export, end to end (a child process, as a user runs it). */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printTable } from "./measure";

const ROWS = 10_000;
const CHANNELS = 20;

export function benchCli(): void {
  const lines = ["Date,Channel,Spend,Sessions,Bounce rate,Purchases,Revenue"];
  for (let i = 0; i < ROWS; i++) {
    lines.push(`2026-${String(1 + (i % 12)).padStart(2, "0")}-01,Channel ${1 + (i % CHANNELS)},${50 + (i % 97)},${400 + (i % 301)},0.${40 + (i % 30)},${i % 9},${300 + (i % 777)}`);
  }
  const dir = mkdtempSync(join(tmpdir(), "social-roi-bench-cli-"));
  const csv = join(dir, "export.csv");
  writeFileSync(csv, lines.join("\n"));
  const bin = new URL("../../bin/social-roi.js", import.meta.url).pathname;
  const started = performance.now();
  execFileSync(process.execPath, [bin, "scorecard", csv, "--out", join(dir, "scorecard.xlsx")], { stdio: "ignore" });
  printTable(`Command line (${ROWS.toLocaleString("en")} rows, ${CHANNELS} channels, linked, with --out .xlsx)`, [
    { measure: "npx social-roi scorecard, end to end", value: `${(performance.now() - started).toFixed(0)} ms` },
  ]);
}
