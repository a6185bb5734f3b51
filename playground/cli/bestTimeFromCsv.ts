/** Runs the built add-on's best time to post on a per-post CSV export, in the emulated Sheets, as the sidebar would. */
import { bestTimeTexts } from "../../src/i18n/bestTimeTexts";
import { HOURS, MIN_POSTS } from "../../src/scorecard/bestTime";
import { BEST_TIME_ROWS } from "../../src/scorecard/bestTimePlan";
import type { BestTimeRequest, BestTimeResult } from "../../src/scorecard/prepareBestTime";
import type { CellReading } from "../runtime/contract";
import type { EmulatedSession } from "../runtime/session";
import type { CsvTable } from "../../src/import/csv";
import { loadCsv, type BuildOptions } from "./buildFromCsv";
import { escapeRawJson, printable } from "./report";

/** A per-post export needs no channel and no spend: the times and one figure per post. */
const NEEDS_NOTHING = { fields: [], outcome: false } as const;
// Where the built sheet holds Monday's row of values and of post counts (0-based), hour 0 in column B.
const VALUES_ROW = BEST_TIME_ROWS.values - 1;
const COUNTS_ROW = BEST_TIME_ROWS.counts - 1;

export interface BestTimeBuild {
  session: EmulatedSession;
  result: BestTimeResult;
  /** The built sheet as the grid shows it. */
  cells: CellReading[][];
  notes: string[];
}

/**
 * timeColumn: the column of the posts' times by header name or letter, resolved against the file's
 * header; timeZone: the spreadsheet's, which times written with their offset are converted to (null:
 * the emulated workbook's own, the caller refusing such times).
 */
export function bestTimeFromCsv(
  path: string,
  table: CsvTable,
  choices: BuildOptions["choices"],
  timeColumn: (headers: readonly string[], width: number) => number | null,
  timeZone: string | null,
): BestTimeBuild {
  const { session, data, notes } = loadCsv(path, table, choices, { writesWorkbook: false, needs: NEEDS_NOTHING });
  if (timeZone !== null) session.workbook.settings.timeZone = timeZone;
  const request: BestTimeRequest = { ...data, timeColumn: timeColumn(data.headers, data.headers.length) };
  const result = session.runServerFunction("buildBestTime", [request]) as BestTimeResult;
  return { session, result, cells: session.usedCellReadings(result.sheetName), notes };
}

interface ShownCell {
  weekday: string;
  hour: number;
  value: number | null;
  shown: string;
  posts: number;
}

/** The sheet's cells, Monday 0:00 to Sunday 23:00: its value (null where blank) and its post count. */
function shownCells(cells: CellReading[][]): ShownCell[] {
  const { weekdays } = bestTimeTexts("en");
  return weekdays.flatMap((weekday, day) =>
    Array.from({ length: HOURS }, (_, hour) => {
      const value = cells[VALUES_ROW + day]?.[1 + hour];
      const posts = cells[COUNTS_ROW + day]?.[1 + hour]?.value;
      return { weekday, hour, value: typeof value?.value === "number" ? value.value : null, shown: value?.display ?? "", posts: typeof posts === "number" ? posts : 0 };
    }),
  );
}

/** The weekdays and hours that hold posts, each cell "value (posts)", a cell of too few posts marked with *. */
export function bestTimeText({ cells, result }: Pick<BestTimeBuild, "cells" | "result">): string {
  const shown = shownCells(cells);
  const hours = Array.from({ length: HOURS }, (_, hour) => hour).filter((hour) => shown.some((cell) => cell.hour === hour && cell.posts > 0));
  const rows = bestTimeTexts("en").weekdays.map((weekday) => [
    weekday,
    ...hours.map((hour) => {
      const cell = shown.find((c) => c.weekday === weekday && c.hour === hour)!;
      return cell.posts === 0 ? "" : `${cell.shown} (${cell.posts})${cell.posts < MIN_POSTS ? "*" : ""}`;
    }),
  ]);
  const table = [["", ...hours.map((hour) => `${hour}:00`)], ...rows];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const lines = table.map((row) => row.map((text, c) => (c === 0 ? text.padEnd(widths[c]) : text.padStart(widths[c]))).join("  ").trimEnd());
  // "Revenue per post" (the table's corner), "By weekday and hour published" (beside the note).
  const title = printable(`${cells[VALUES_ROW - 1]?.[0]?.display ?? ""}, ${(cells[1]?.[0]?.display ?? "").toLowerCase()}`);
  const zone = result.converted ? [`Hours in ${result.converted.timeZone}, converted from the offset each time is written with`] : [];
  return [title, ...zone, ...lines, `* fewer than ${MIN_POSTS} posts: too few to call a trend`, "", printable(result.summary)].join("\n");
}

/** The table as JSON: every weekday and hour, its value as the sheet holds it (null where no post) and its posts. */
export function bestTimeJson({ cells, result }: Pick<BestTimeBuild, "cells" | "result">): string {
  const { measure, base, posts, withoutFigures, best } = result.table;
  const json = {
    measure,
    ...(base && { base }),
    ...(result.converted && { timeZone: result.converted.timeZone }),
    posts,
    withoutFigures,
    minPosts: MIN_POSTS,
    best: best && { weekday: bestTimeTexts("en").weekdays[best.weekday], hour: best.hour, value: best.value, posts: best.posts },
    cells: shownCells(cells).map(({ weekday, hour, value, posts: count }) => ({ weekday, hour, value, posts: count })),
    summary: result.summary,
  };
  return escapeRawJson(JSON.stringify(json, null, 2));
}
