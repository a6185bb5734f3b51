/**
 * A linked scorecard over a large export: 500 and 5,000 channels over 50,000 source rows, built and
 * recalculated in the emulation (the playground's session) and by the command line, end to end.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookFile } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import { buildFromSelection } from "./scorecard";
import { printTable } from "./measure";

const ROWS = 50_000;
const HEADERS = ["Day", "Channel", "Spend", "Leads", "Bounce rate", "Purchases", "Revenue"];
// The same export without its bounce rate (as ad platforms write them): no weighting columns in the key sheet.
const WITHOUT_BOUNCE_RATE = HEADERS.map((header) => (header === "Bounce rate" ? "Notes" : header));

/** One row per channel and day, channels in turn, as a per-day export writes them. */
function exportRows(channels: number): (string | number)[][] {
  return Array.from({ length: ROWS }, (_, i) => [
    `2026-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    `Channel ${1 + (i % channels)}`,
    50 + (i % 97) + (i % 7) / 4,
    400 + (i % 301),
    (40 + (i % 30)) / 100,
    i % 9,
    300 + (i % 777),
  ]);
}

function workbookOf(channels: number, headers: string[]): WorkbookFile {
  return {
    version: 1,
    locale: "en_US",
    sheets: [{ name: "Export", cells: [headers, ...exportRows(channels)], formats: [], frozenRows: 1, metadata: [] }],
    active: { sheet: "Export", range: `A1:G${ROWS + 1}` },
  };
}

// CPU time besides wall time: on a machine shared with other work, wall time also counts the waits.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function inEmulation(channels: number, headers = HEADERS): Record<string, string | number> {
  const cpuBefore = cpuMs();
  const opened = performance.now();
  const session = createSession({ workbook: workbookOf(channels, headers) });
  const built = performance.now();
  session.resetServiceCalls();
  buildFromSelection(session, true);
  const calls = session.serviceCalls().total;
  const recalculated = performance.now();
  // A teammate renames a channel in the source: every sum reading it follows, and the check.
  session.editCell("Export", "B2", "Renamed channel");
  const viewed = performance.now();
  const check = session.view().sheets.find((sheet) => sheet.name === "Channel scorecard")!.cells[0][4].value;
  const done = performance.now();
  return {
    channels,
    "bounce rate": headers === HEADERS ? "yes" : "no",
    "open ms": (built - opened).toFixed(0),
    "build + recalculation ms": (recalculated - built).toFixed(0),
    "rename a source cell ms": (viewed - recalculated).toFixed(0),
    "view ms": (done - viewed).toFixed(0),
    "end to end ms": (done - opened).toFixed(0),
    "end to end CPU ms": (cpuMs() - cpuBefore).toFixed(0),
    "service calls": calls,
    "spend left out after the rename": String(check),
  };
}

function byCommandLine(channels: number): Record<string, string | number> {
  const dir = mkdtempSync(join(tmpdir(), "social-roi-bench-linked-"));
  const csv = join(dir, "export.csv");
  writeFileSync(csv, [HEADERS, ...exportRows(channels)].map((row) => row.join(",")).join("\n"));
  const bin = new URL("../../bin/social-roi.js", import.meta.url).pathname;
  // bash's time reports the command's CPU time (user + system seconds) as the last line of stderr.
  const started = performance.now();
  const child = spawnSync("bash", ["-c", 'TIMEFORMAT="%U %S"; time "$0" "$1" scorecard "$2" --json', process.execPath, bin, csv], { maxBuffer: 1 << 30, encoding: "utf8" });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`social-roi exited with ${child.status}: ${child.stderr}`);
  const [user, system] = child.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  const printed = JSON.parse(child.stdout) as { channels: unknown[] };
  return { channels, "source rows": ROWS, "end to end ms": ms.toFixed(0), "CPU ms": ((user + system) * 1000).toFixed(0), "channels printed": printed.channels.length };
}

export function benchLinked(): void {
  const emulation = [500, 5000].map((channels) => inEmulation(channels));
  printTable(`Linked scorecard in the emulation (${ROWS.toLocaleString("en")} source rows; SUMIFS over a key sheet of one ARRAYFORMULA per column)`, [
    ...emulation,
    inEmulation(5000, WITHOUT_BOUNCE_RATE),
  ]);
  const growth = (rows: Record<string, string | number>[], key: string) => (Number(rows[1][key]) / Number(rows[0][key])).toFixed(1);
  console.log(`500 -> 5,000 channels: ${growth(emulation, "end to end ms")}x the wall time, ${growth(emulation, "end to end CPU ms")}x the CPU time`);
  const cli = [500, 5000].map(byCommandLine);
  printTable(`Command line, linked (npx social-roi scorecard export.csv --json, a child process)`, cli);
  console.log(`500 -> 5,000 channels: ${growth(cli, "end to end ms")}x the wall time, ${growth(cli, "CPU ms")}x the CPU time`);
}
