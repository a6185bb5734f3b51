/**
 * The command line on three 50,000-row exports, one per network (Meta by day and platform, Google
 * Ads by day and ad group, LinkedIn by day and campaign), combined into one scorecard, end to end:
 * wall time and peak resident memory, figures only, and the total spend checked against the files'.
 * The bar: under 10 s and 1 GB.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { WorkbookFile } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import type { SourceSummary, SourcesResult } from "../../src/sources/sidebarRequest";
import { csvChunks } from "../../src/sidebar/scorecard/sources/csvChunks";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measuredCli } from "./bigFiles";
import { printTable } from "./measure";
import { metaExport, writeMetaExport } from "./metaExport";

const ROWS = 50_000;

const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + (i % 365))).toISOString().slice(0, 10);
const cents = (i: number, prime: number, top: number) => ((i * prime) % top) / 100;

/** A Google Ads report by day and ad group: title lines, quoted thousands, a totals row. */
function googleAdsExport(rows: number): { text: string; spend: number } {
  const lines = ["Ad group report", '"January 1, 2026 - December 31, 2026"', "Day,Campaign,Ad group,Campaign type,Currency code,Impr.,Clicks,Cost,Conversions,Conv. value"];
  let spend = 0;
  for (let i = 0; i < rows; i++) {
    const cost = cents(i, 6007, 90_000);
    spend += cost;
    const impressions = 100 + ((i * 7_919) % 30_000);
    lines.push([day(i), `Campaign ${i % 12}`, `Ad group ${i % 40}`, i % 3 === 0 ? "Search" : "Performance Max", "USD", `"${impressions.toLocaleString("en-US")}"`, 1 + (i % 400), cost.toFixed(2), (i % 9) / 2, ((i % 9) * 31.5).toFixed(2)].join(","));
  }
  return { text: `${lines.join("\n")}\n`, spend };
}

/** A LinkedIn campaign report by day: title lines, no revenue. */
function linkedInExport(rows: number): { text: string; spend: number } {
  const lines = ["Campaign Performance Report (in USD)", "Report Start: 1/1/2026", "Report End: 12/31/2026", "Start Date (in UTC),Campaign Group Name,Campaign Name,Currency,Total Spent,Impressions,Clicks,Leads,Conversions"];
  let spend = 0;
  for (let i = 0; i < rows; i++) {
    const spent = cents(i, 4001, 60_000);
    spend += spent;
    lines.push([day(i), `Group ${i % 5}`, `Campaign ${i % 30}`, "USD", spent.toFixed(2), 50 + ((i * 911) % 9_000), i % 70, i % 4, i % 3].join(","));
  }
  return { text: `${lines.join("\n")}\n`, spend };
}

/** The Meta export's spend, as written (two decimals). */
const metaSpend = (rows: number) => Array.from({ length: rows }, (_, i) => Number((((i * 7919) % 50_000) / 100).toFixed(2))).reduce((a, b) => a + b, 0);

export function benchSources(): void {
  const dir = mkdtempSync(join(tmpdir(), "social-roi-bench-sources-"));
  try {
    const [meta, google, linkedin] = ["meta.csv", "google-ads.csv", "linkedin.csv"].map((name) => join(dir, name));
    writeMetaExport(meta, ROWS);
    const googleAds = googleAdsExport(ROWS);
    const linkedIn = linkedInExport(ROWS);
    writeFileSync(google, googleAds.text);
    writeFileSync(linkedin, linkedIn.text);
    const expected = metaSpend(ROWS) + googleAds.spend + linkedIn.spend;
    const runs = [
      { label: "--json", args: ["--json"] },
      { label: "--json --out (data sheets and scorecard)", args: ["--json", "--out", join(dir, "scorecard.xlsx")] },
    ].map(({ label, args }) => {
      const { ms, peakMb, stdout } = measuredCli(dir, ["scorecard", meta, google, linkedin, ...args]);
      const total = (JSON.parse(stdout) as { total: { spend: { value: number } } }).total.spend.value;
      return { run: label, ms: ms.toFixed(0), "peak MB": peakMb, "total spend as the files": Math.abs(total - expected) < 0.01 ? "yes" : `no: ${total} and ${expected}` };
    });
    printTable(`Command line on three ${ROWS.toLocaleString("en")}-row exports (Meta, Google Ads, LinkedIn), combined, end to end`, runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same three exports through the scorecard sidebar in the emulation: each file picked (read in
 * chunks, written to a sheet of its own), read as a source, then one linked build over the three.
 */
export function benchSourcesSidebar(rows = ROWS): void {
  const workbook: WorkbookFile = { version: 1, locale: "en_US", sheets: [{ name: "Notes", cells: [[""]], formats: [], frozenRows: 0, metadata: [] }], active: { sheet: "Notes", range: "A1" } };
  const session = createSession({ workbook });
  const files = [
    { name: "meta.csv", text: metaExport(rows) },
    { name: "google-ads.csv", text: googleAdsExport(rows).text },
    { name: "linkedin.csv", text: linkedInExport(rows).text },
  ];
  const started = performance.now();
  const summaries = files.map(({ name, text }) => {
    let sheetName: string | null = null;
    for (const chunk of csvChunks(name, new TextEncoder().encode(text), "no data rows")) sheetName = session.runServerFunction("importCsvRows", [{ ...chunk, sheetName }]) as string;
    return session.runServerFunction("readSource", [{ sheetName, rangeA1: null, columns: null, network: null, keepChannel: null }]) as SourceSummary;
  });
  const imported = performance.now();
  session.resetServiceCalls();
  const result = session.runServerFunction("buildFromSources", [{ sources: summaries.map((summary) => summary.spec), rates: {}, options: { targetRoi: null, chart: false, linkToSource: true } }]) as SourcesResult;
  const built = performance.now();
  const calls = Object.values(session.serviceCalls().byName).reduce((a, b) => a + b, 0);
  printTable(`Sidebar in the emulation: three ${rows.toLocaleString("en")}-row exports picked as CSV files, then one scorecard over them`, [
    {
      "files to sheets and read (ms)": (imported - started).toFixed(0),
      "linked build (ms)": (built - imported).toFixed(0),
      "sources linked": summaries.filter((summary) => summary.linkable).length,
      channels: result.channelCount,
      "build service calls": calls,
      "heap MB": Math.round(process.memoryUsage().heapUsed / 1e6),
    },
  ]);
}
