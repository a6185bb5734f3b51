/**
 * Building a scorecard broken down by campaign and owner in the emulation: rows, service calls and
 * wall time for per-day exports of growing size (50 channels, 40 campaigns, 8 owners).
 */
import type { WorkbookFile } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import type { ScorecardRequest, SelectionData } from "../../src/scorecard/request";
import { printTable } from "./measure";

const CHANNELS = 50;
const CAMPAIGNS = 40;
const OWNERS = 8;

function exportOf(rows: number): WorkbookFile {
  const cells = Array.from({ length: rows }, (_, i) => [`Channel ${i % CHANNELS}`, `Campaign ${(i * 7) % CAMPAIGNS}`, `Owner ${i % OWNERS}`, 10 + (i % 90), 1 + (i % 5), 40 + (i % 300)]);
  return {
    version: 1,
    locale: "en_US",
    sheets: [{ name: "Export", cells: [["Channel", "Campaign", "Owner", "Spend", "Conversions", "Revenue"], ...cells], formats: [], frozenRows: 1, metadata: [] }],
    active: { sheet: "Export", range: `A1:F${rows + 1}` },
  };
}

function measure(rows: number, linkToSource: boolean): Record<string, string | number> {
  const session = createSession({ workbook: exportOf(rows) });
  session.resetServiceCalls();
  const started = performance.now();
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  const { headers, rows: data, mapping, sheetName, rangeA1, firstRow, firstColumn, hasHeader } = selection;
  const request: ScorecardRequest = {
    headers,
    rows: data,
    mapping,
    breakdown: selection.breakdown,
    source: { sheetName, rangeA1, firstRow, firstColumn, hasHeader },
    options: { targetRoi: 0.2, chart: true, linkToSource },
  };
  session.runServerFunction("buildScorecard", [request]);
  const ms = performance.now() - started;
  const sheet = session.serialize().sheets.find((s) => s.name === "Channel scorecard")!;
  return { "source rows": rows, "linked to source": linkToSource ? "yes" : "no", "scorecard rows": sheet.cells.length, "service calls": session.serviceCalls().total, "wall ms": ms.toFixed(0) };
}

export function benchBreakdown(): void {
  const cases: [number, boolean][] = [[500, false], [5000, false], [50_000, false], [500, true], [5000, true]];
  printTable(
    "Scorecard broken down by campaign and owner, in the emulation (readSelection + buildScorecard, recalculation included)",
    cases.map(([rows, linked]) => measure(rows, linked)),
  );
}
