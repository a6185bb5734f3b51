/**
 * The import on exports of 10,000 and 200,000 rows: wall time and peak memory. Each size runs in a
 * child process, so its peak resident memory (maxRSS) is its own.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { importRows } from "../../src/import";
import { printTable } from "./measure";

const SIZES = [10_000, 200_000];
const CAMPAIGNS = 40;

/** A Google Ads-like report as a CSV gives it: text cells, title lines, "$1,234.50", "12,345", "--", totals rows. */
function exportCells(rows: number): string[][] {
  const cells = [
    ["Campaign report", "", "", "", "", "", "", "", ""],
    ["November 1, 2026 - November 30, 2026", "", "", "", "", "", "", "", ""],
    ["Campaign", "Campaign type", "Budget", "Impr.", "Clicks", "Cost", "Conversions", "Conv. value", "Cost / conv."],
  ];
  for (let i = 0; i < rows; i++) {
    if (i % 1000 === 999) {
      cells.push(["Total: Search", "--", "--", "1,234,567", "45,678", "$98,765.43", "1,234.00", "$123,456.78", "80.03"]);
      continue;
    }
    const cost = 100 + (i % 9973) / 7;
    cells.push([
      `Campaign ${i % CAMPAIGNS}`, i % 3 === 0 ? "Search" : "Display", "50.00", (10_000 + i).toLocaleString("en-US"),
      String(100 + (i % 400)), `$${cost.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
      i % 11 === 0 ? "--" : `${i % 17}.00`, i % 5 === 0 ? "--" : `$${(cost * 3).toFixed(2)}`, "12.34",
    ]);
  }
  return cells;
}

interface Figures {
  rows: number;
  inputMb: number;
  peakMb: number;
  ms: number;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function measureInChild(rows: number): Figures {
  const cells = exportCells(rows);
  const input = process.resourceUsage().maxRSS * 1024;
  const started = performance.now();
  const { read } = importRows(cells);
  const ms = performance.now() - started;
  if (read.rows.length === 0 || read.issues.length > 0) throw new Error("the benchmark's export did not import");
  return { rows, inputMb: mb(input), peakMb: mb(process.resourceUsage().maxRSS * 1024), ms };
}

export function benchImport(): void {
  const self = fileURLToPath(import.meta.url);
  const figures = SIZES.map((rows) => {
    const output = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", self, String(rows)], { encoding: "utf8" });
    return JSON.parse(output) as Figures;
  });
  printTable("Import of a Google Ads-like report (text cells: currencies, thousands separators, --, totals rows)", figures.map((f) => ({
    rows: f.rows.toLocaleString("en"),
    "import ms": f.ms.toFixed(0),
    "peak RSS MB (process)": f.peakMb,
    "RSS MB with the cells alone": f.inputMb,
  })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(measureInChild(Number(process.argv[2]))));
