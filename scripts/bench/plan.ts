/**
 * Building a budget plan in the emulation: service calls and wall time for 5 to 5,000 channels, at
 * today's mix and optimized.
 */
import type { WorkbookFile } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import type { BudgetPlanRequest } from "../../src/planner/request";
import type { SelectionData } from "../../src/scorecard/request";
import { printTable } from "./measure";

function exportOf(channels: number): WorkbookFile {
  const rows = Array.from({ length: channels }, (_, i) => [`Channel ${i + 1}`, 100 + i, 10_000 + 7 * i, 200 + i, 5 + (i % 9)]);
  return {
    version: 1,
    locale: "en_US",
    sheets: [{ name: "Export", cells: [["Channel", "Spend", "Impressions", "Clicks", "Conversions"], ...rows], formats: [], frozenRows: 1, metadata: [] }],
    active: { sheet: "Export", range: `A1:E${channels + 1}` },
  };
}

function measurePlan(channels: number, split: BudgetPlanRequest["split"]): { calls: number; ms: number } {
  const session = createSession({ workbook: exportOf(channels) });
  const { headers, rows, mapping, sheetName, rangeA1, firstRow, firstColumn, hasHeader } = session.runServerFunction("readSelection", []) as SelectionData;
  const request: BudgetPlanRequest = {
    goal: { kind: "sales", value: 1000 },
    valuePerSale: null,
    period: "",
    rates: "data",
    data: { headers, rows, mapping, source: { sheetName, rangeA1, firstRow, firstColumn, hasHeader } },
    typed: null,
    split,
    cap: 2,
  };
  session.resetServiceCalls();
  const started = performance.now();
  session.runServerFunction("buildBudgetPlan", [request]);
  return { calls: session.serviceCalls().total, ms: performance.now() - started };
}

export function benchPlan(only?: BudgetPlanRequest["split"]): void {
  const all: [number, BudgetPlanRequest["split"]][] = [[5, "mix"], [50, "mix"], [500, "mix"], [5, "optimized"], [50, "optimized"], [500, "optimized"], [5000, "optimized"]];
  const cases = all.filter(([, split]) => only === undefined || split === only);
  printTable(
    "Budget plan build in the emulation (buildBudgetPlan, recalculation included)",
    cases.map(([channels, split]) => {
      const { calls, ms } = measurePlan(channels, split);
      return { channels, split, "service calls": calls, "wall ms": ms.toFixed(0) };
    }),
  );
}
