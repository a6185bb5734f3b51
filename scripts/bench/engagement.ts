/** A scorecard with engagement columns and the funnel beside it (two charts): service calls and wall time by channel count. */
import type { WorkbookFile } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import { printTable } from "./measure";
import { buildFromSelection } from "./scorecard";

const HEADER = ["Platform", "Amount spent", "Reach", "Impressions", "Post reactions", "Post comments", "Post shares", "Link clicks", "Landing page views", "Purchases", "Purchases conversion value"];

function engagementExport(channels: number): WorkbookFile {
  const rows = Array.from({ length: channels }, (_, i) => [
    `Channel ${i + 1}`, 100 + i, 20_000 + 7 * i, 45_000 + 11 * i, 900 + (i % 50), 80 + (i % 9), 30 + (i % 13), 1200 + i, 800 + i, 10 + (i % 7), 500 + 3 * i,
  ]);
  return {
    version: 1,
    locale: "en_US",
    sheets: [{ name: "Export", cells: [HEADER, ...rows], formats: [], frozenRows: 1, metadata: [] }],
    active: { sheet: "Export", range: `A1:K${channels + 1}` },
  };
}

export function benchEngagement(): void {
  const cases: [number, boolean][] = [[5, false], [500, false], [5000, false], [5, true], [500, true]];
  printTable(
    "Scorecard with engagement and the funnel (two charts), in the emulation",
    cases.map(([channels, linked]) => {
      const session = createSession({ workbook: engagementExport(channels) });
      session.resetServiceCalls();
      const started = performance.now();
      buildFromSelection(session, linked);
      const ms = performance.now() - started;
      return { channels, "linked to source": linked ? "yes" : "no", "service calls": session.serviceCalls().total, "wall ms": ms.toFixed(0) };
    }),
  );
}
