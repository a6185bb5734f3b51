/** Building a scorecard in the emulation: service calls and wall time for 5, 500 and 5,000 channels. */
import type { WorkbookFile } from "../../playground/runtime/contract";
import { createSession, type EmulatedSession } from "../../playground/runtime/session";
import type { ScorecardRequest, SelectionData } from "../../src/scorecard/request";
import { printTable } from "./measure";

export function exportOf(channels: number): WorkbookFile {
  const rows = Array.from({ length: channels }, (_, i) => [`Channel ${i + 1}`, 100 + i, 1000 + i, 0.4, 10 + (i % 7), 500 + 3 * i]);
  return {
    version: 1,
    locale: "en_US",
    sheets: [{ name: "Export", cells: [["Channel", "Budget", "Leads", "Bounce rate", "Conversions", "Revenue"], ...rows], formats: [], frozenRows: 1, metadata: [] }],
    active: { sheet: "Export", range: `A1:F${channels + 1}` },
  };
}

/** Builds a scorecard from the session's selection, as the sidebar does. */
export function buildFromSelection(session: EmulatedSession, linkToSource: boolean): void {
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  const { headers, rows, mapping, sheetName, rangeA1, firstRow, firstColumn, hasHeader } = selection;
  const request: ScorecardRequest = {
    headers,
    rows,
    mapping,
    source: { sheetName, rangeA1, firstRow, firstColumn, hasHeader },
    options: { targetRoi: 0.2, chart: true, linkToSource },
  };
  session.runServerFunction("buildScorecard", [request]);
}

function measureBuild(channels: number, linkToSource: boolean): { calls: number; ms: number } {
  const session = createSession({ workbook: exportOf(channels) });
  session.resetServiceCalls();
  const started = performance.now();
  buildFromSelection(session, linkToSource);
  return { calls: session.serviceCalls().total, ms: performance.now() - started };
}

export function benchScorecard(): void {
  const cases: [number, boolean][] = [[5, false], [500, false], [5000, false], [5, true], [500, true], [5000, true]];
  printTable(
    "Scorecard build in the emulation (readSelection + buildScorecard, recalculation included)",
    cases.map(([channels, linked]) => {
      const { calls, ms } = measureBuild(channels, linked);
      return { channels, "linked to source": linked ? "yes" : "no", "service calls": calls, "wall ms": ms.toFixed(0) };
    }),
  );
}
