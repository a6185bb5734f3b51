/**
 * Runs the built add-on's budget planner in the emulated Sheets: on a CSV export, with each
 * channel's rates measured in it; on several exports, one per network, with each network's rates
 * read from the scorecard they combine into; or without data, on the rates given for one channel.
 */
import type { BudgetPlanRequest, BudgetPlanResult } from "../../src/planner/request";
import type { RateWindow } from "../../src/planner/rateWindow";
import type { CellReading } from "../runtime/contract";
import { createSession, type EmulatedSession } from "../runtime/session";
import { loadCsv, notesWithRows, type BuildOptions } from "./buildFromCsv";
import type { CsvTable } from "../../src/import/csv";
import { PLAN_NEEDS } from "./neededColumns";
import { buildFromSources, type SourceFile, type SourcesOptions } from "./buildFromSources";

export interface PlanBuild {
  session: EmulatedSession;
  result: BudgetPlanResult;
  /** The plan's sheet as the grid shows it. */
  cells: CellReading[][];
  notes: string[];
}

/** The plan's own choices: everything but where the rates come from. */
export type PlanChoices = Pick<BudgetPlanRequest, "goal" | "valuePerSale" | "split" | "cap">;

/** A plan on a file's rows: its choices, and the periods to measure the rates on (null: every row). */
export type DataPlanChoices = PlanChoices & Pick<BudgetPlanRequest, "window">;

/** The single channel of a plan without data, named as the article's plan is. */
export const SINGLE_CHANNEL = "All channels";

function built(session: EmulatedSession, request: BudgetPlanRequest, notes: string[]): PlanBuild {
  const result = session.runServerFunction("buildBudgetPlan", [request]) as BudgetPlanResult;
  return { session, result, cells: session.usedCellReadings(result.sheetName), notes: [...notesWithRows(notes, result.rowsNoted), ...(result.window ? windowNotes(result.window) : [])] };
}

/** "rates from the last 4 weeks: 2026-02-09 to 2026-03-08, 1,234 rows", and what was left out of them. */
export function windowNotes(window: RateWindow): string[] {
  const unit = window.periods === 1 ? window.unit : `${window.periods} ${window.unit}s`;
  return [
    `rates from the last ${unit}: ${window.start} to ${window.end}, ${window.rows.toLocaleString("en-US")} ${window.rows === 1 ? "row" : "rows"}`,
    ...(window.end < window.lastPeriodEnd ? [`the last ${window.unit} is partial: the file's dates end on ${window.end}, the ${window.unit} on ${window.lastPeriodEnd}; its days count`] : []),
    ...(window.undatedRows > 0 ? [`${window.undatedRows.toLocaleString("en-US")} ${window.undatedRows === 1 ? "row" : "rows"} without a date left out of the rates`] : []),
  ];
}

export function planFromCsv(path: string, table: CsvTable, choices: BuildOptions["choices"], plan: DataPlanChoices, writesWorkbook: boolean): PlanBuild {
  const { session, data, notes } = loadCsv(path, table, choices, { writesWorkbook, needs: PLAN_NEEDS });
  return built(session, { ...plan, period: "", rates: "data", data, typed: null }, notes);
}

/**
 * Several exports: the scorecard of them all is built first (live over a data sheet per file when
 * the workbook is written), and the plan reads each network's rates from it by name, as the
 * sidebar's plan on a scorecard does.
 */
export function planFromSources(files: readonly SourceFile[], sources: SourcesOptions, plan: PlanChoices): PlanBuild {
  const scorecard = buildFromSources(files, sources);
  return built(scorecard.session, { ...plan, period: "", rates: "scorecard", data: null, typed: null }, scorecard.notes);
}

/** cpm or cpc: the one the user priced the channel in; the other null. */
export function planFromRates(rates: { conversionRate: number; ctr: number; cpm: number | null; cpc: number | null }, plan: PlanChoices): PlanBuild {
  const session = createSession({
    workbook: { version: 1, locale: "en_US", sheets: [{ name: "Sheet1", cells: [], formats: [], frozenRows: 0, metadata: [] }], active: { sheet: "Sheet1", range: "A1" } },
    userLocale: "en",
  });
  return built(session, { ...plan, split: "typed", period: "", rates: "typed", data: null, typed: [{ channel: SINGLE_CHANNEL, ...rates, share: 1 }] }, []);
}
