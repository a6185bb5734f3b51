/** Builds budget plans through the real built add-on in a playground session, as the sidebar does, and reads them back. */
import type { EmulatedSession } from "../../playground/runtime/session";
import type { BudgetPlanRequest, BudgetPlanResult } from "../../src/planner/request";
import type { SelectionData } from "../../src/scorecard/request";

export const PLAN = "Budget plan";
const HEADER_ROW_INDEX = 10;

export function planRequest(request: Partial<BudgetPlanRequest>): BudgetPlanRequest {
  return { goal: { kind: "sales", value: 1000 }, valuePerSale: null, period: "", rates: "typed", data: null, typed: null, split: "mix", cap: 2, ...request };
}

/** Selects the range and reads it as the sidebar does: the request carries it as the scorecard's would. */
export function selectedData(session: EmulatedSession, sheet: string, range: string): BudgetPlanRequest["data"] {
  session.select(sheet, range);
  const { headers, rows, mapping, sheetName, rangeA1, firstRow, firstColumn, hasHeader } = session.runServerFunction("readSelection", []) as SelectionData;
  return { headers, rows, mapping, source: { sheetName, rangeA1, firstRow, firstColumn, hasHeader } };
}

export function buildPlan(session: EmulatedSession, request: Partial<BudgetPlanRequest>): BudgetPlanResult {
  return session.runServerFunction("buildBudgetPlan", [planRequest(request)]) as BudgetPlanResult;
}

type Value = string | number | boolean;
export type PlanRow = Record<string, Value>;

/** The plan's sheet: its channel rows and totals keyed by header, and the value right of each label in column A. */
export function readPlan(session: EmulatedSession, sheetName = PLAN) {
  const view = session.view().sheets.find((sheet) => sheet.name === sheetName);
  if (!view) throw new Error(`no sheet ${sheetName}`);
  const values = view.cells.map((row) => row.map((cell) => cell.value));
  const headers = values[HEADER_ROW_INDEX].map(String);
  const asRow = (row: Value[]) => Object.fromEntries(headers.flatMap((header, i) => (header === "" ? [] : [[header, row[i]]])));
  const totalsIndex = values.findIndex((row, r) => r > HEADER_ROW_INDEX && row[0] === "Total");
  const labelled = (label: string) => {
    const row = values.find((cells) => cells[0] === label);
    if (!row) throw new Error(`no row labelled ${label}`);
    return row[1];
  };
  /** The value right of a label above the channel table, wherever it is: the inputs' and the headline's. */
  const beside = (label: string) => {
    for (const row of values.slice(0, HEADER_ROW_INDEX)) {
      const column = row.indexOf(label);
      if (column >= 0) return row[column + 1];
    }
    throw new Error(`no label ${label} above the channel table`);
  };
  return {
    view,
    channels: values.slice(HEADER_ROW_INDEX + 1, totalsIndex).map(asRow),
    totals: asRow(values[totalsIndex]),
    labelled,
    beside,
    headers,
    /** A1 address of a channel row's (or, with row "Total", the totals row's) cell under a header. */
    address(header: string, channel: string) {
      const column = headers.indexOf(header);
      const row = values.findIndex((cells, r) => r >= HEADER_ROW_INDEX && cells[0] === channel);
      if (column < 0 || row < 0) throw new Error(`no cell ${header} of ${channel}`);
      return `${String.fromCharCode(65 + column)}${row + 1}`;
    },
    errors: view.cells.flatMap((row) => row.filter((cell) => cell.error !== undefined).map((cell) => cell.error)),
  };
}
