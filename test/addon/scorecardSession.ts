/** Builds scorecards through the real built add-on in a playground session, as the sidebar does. */
import type { RawCell, WorkbookFile } from "../../playground/runtime/contract";
import { createSession, type EmulatedSession } from "../../playground/runtime/session";
import type { ScorecardOptions, ScorecardRequest, ScorecardResult, SelectionData } from "../../src/scorecard/request";

export function workbookWith(name: string, cells: RawCell[][], locale = "en_US"): WorkbookFile {
  return { version: 1, locale, sheets: [{ name, cells, formats: [], frozenRows: 1, metadata: [] }], active: { sheet: name, range: "A1" } };
}

export function requestFrom(selection: SelectionData, options: Partial<ScorecardOptions> = {}): ScorecardRequest {
  const { headers, rows, mapping, sheetName, rangeA1, firstRow, firstColumn, hasHeader } = selection;
  return {
    headers,
    rows,
    mapping,
    source: { sheetName, rangeA1, firstRow, firstColumn, hasHeader },
    options: { targetRoi: 0, chart: true, linkToSource: true, ...options },
  };
}

/** Selects the range, reads it with readSelection and builds from it, as a user of the sidebar would. */
export function buildFromSelection(
  session: EmulatedSession,
  sheet: string,
  range: string,
  options: Partial<ScorecardOptions> = {},
): ScorecardResult {
  session.select(sheet, range);
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  return session.runServerFunction("buildScorecard", [requestFrom(selection, options)]) as ScorecardResult;
}

/** The computed values of a sheet's rows, from a 1-based row on. */
export function sheetValues(session: EmulatedSession, sheet: string): (string | number | boolean)[][] {
  const view = session.view().sheets.find((s) => s.name === sheet);
  if (!view) throw new Error(`no sheet ${sheet}`);
  return view.cells.map((row) => row.map((cell) => cell.value));
}

export type ScorecardRow = Record<string, string | number | boolean>;

/**
 * A scorecard's rows as objects keyed by header (the header is its third row), and its totals row:
 * the channel table's columns, up to the blank column that sets the funnel beside it apart.
 */
export function scorecardRows(values: (string | number | boolean)[][]): { channels: ScorecardRow[]; totals: ScorecardRow } {
  const HEADER_ROW_INDEX = 2;
  const header = values[HEADER_ROW_INDEX].map(String);
  const headers = header.slice(0, header.includes("") ? header.indexOf("") : header.length);
  const rows = values.slice(HEADER_ROW_INDEX + 1).filter((row) => row[0] !== "");
  const asRow = (row: (string | number | boolean)[]) => Object.fromEntries(headers.filter((h) => h !== "").map((h, i) => [h, row[i]]));
  return { channels: rows.slice(0, -1).map(asRow), totals: asRow(rows[rows.length - 1]) };
}

export { createSession };
