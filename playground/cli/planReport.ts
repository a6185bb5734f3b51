/** The built budget plan on standard output: its channel table, or JSON with stable keys. */
import { planTexts } from "../../src/i18n";
import type { PlanColumnKey } from "../../src/planner/plan";
import type { BudgetPlanResult } from "../../src/planner/request";
import type { CellReading } from "../runtime/contract";
import { alignedTable, escapeRawJson } from "./report";

/** The header row of a plan: below the inputs. */
const HEADER_ROW_INDEX = 10;

/** The header, channel and totals rows, as wide as the header. */
function tableRows(cells: CellReading[][]): CellReading[][] {
  const total = planTexts("en").sheet.total;
  const totalsIndex = cells.findIndex((row, r) => r > HEADER_ROW_INDEX && row[0]?.display === total);
  const header = cells[HEADER_ROW_INDEX];
  let width = header.length;
  while (width > 0 && header[width - 1].display === "") width--;
  return cells.slice(HEADER_ROW_INDEX, totalsIndex + 1).map((row) => row.slice(0, width));
}

export function planTable(cells: CellReading[][]): string {
  return alignedTable(tableRows(cells));
}

export function planJson(cells: CellReading[][], result: BudgetPlanResult): string {
  const keyOfHeader = new Map(Object.entries(planTexts("en").sheet.headers).map(([key, header]) => [header, key as PlanColumnKey]));
  const [header, ...rest] = tableRows(cells);
  const keys = header.map((cell) => keyOfHeader.get(cell.display) ?? cell.display);
  const valueOf = (cell: CellReading | undefined) => (cell === undefined || cell.value === "" ? null : cell.value);
  const asObject = (row: CellReading[]) => Object.fromEntries(keys.map((key, c) => [key, valueOf(row[c])]));
  const { budget, saved, goalReached, summary } = result;
  const window = result.window && { unit: result.window.unit, start: result.window.start, end: result.window.end, periods: result.window.periods, rows: result.window.rows };
  return escapeRawJson(JSON.stringify({ channels: rest.slice(0, -1).map(asObject), totals: asObject(rest[rest.length - 1]), budget, saved, goalReached, summary, ...(window ? { window } : {}) }, null, 2));
}
