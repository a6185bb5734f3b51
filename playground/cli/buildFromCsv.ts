/** Runs the built add-on on a CSV export, in the emulated Sheets, as the sidebar would. */
import { basename, extname } from "node:path";
import type { ColumnMapping } from "../../src/scorecard/columnMapping";
import type { ScorecardRequest, ScorecardResult, SelectionData } from "../../src/scorecard/request";
import { guardText } from "../../src/scorecard/sheetText";
import { columnLetters } from "../emulation/a1";
import type { CellView, WorkbookFile, WorkbookView } from "../runtime/contract";
import { createSession, type EmulatedSession } from "../runtime/session";
import type { CsvTable } from "./csv";

export interface CsvBuild {
  session: EmulatedSession;
  result: ScorecardResult;
  /** The computed workbook, read once: the .xlsx is written from it too. */
  view: WorkbookView;
  /** The scorecard sheet as the grid shows it. */
  cells: CellView[][];
}

export interface BuildOptions {
  mapping: (headers: string[]) => ColumnMapping;
  targetRoi: number;
}

/** A sheet name Sheets accepts, from the file's name. */
function sheetNameOf(path: string): string {
  return basename(path, extname(path)).replace(/[[\]*?:/\\]/g, " ").slice(0, 90).trim() || "Data";
}

export function buildFromCsv(path: string, table: CsvTable, options: BuildOptions): CsvBuild {
  const sheetName = sheetNameOf(path);
  // Text cells stay literal text: "-Retargeting", "+Promo" or "=HYPERLINK(...)" never run as formulas.
  const cells = table.rows.map((row) => row.map((cell) => (typeof cell === "string" ? guardText(cell) : cell)));
  const range = `A1:${columnLetters(table.rows[0].length)}${table.rows.length}`;
  const workbook: WorkbookFile = {
    version: 1,
    locale: table.semicolons ? "fr_FR" : "en_US",
    sheets: [{ name: sheetName, cells, formats: [], frozenRows: 1, metadata: [] }],
    active: { sheet: sheetName, range },
  };
  const session = createSession({ workbook, userLocale: "en" });
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  const { headers, rows, mapping, ...source } = selection;
  const chosen = options.mapping(headers);
  const chosenColumns = new Set(Object.values(chosen));
  // A column given with --map leaves whatever field it was guessed to hold.
  const guessed = Object.fromEntries(Object.entries(mapping).filter(([, column]) => !chosenColumns.has(column)));
  const request: ScorecardRequest = {
    headers,
    rows,
    mapping: { ...guessed, ...chosen },
    source,
    options: { targetRoi: options.targetRoi, chart: true, linkToSource: true },
  };
  const result = session.runServerFunction("buildScorecard", [request]) as ScorecardResult;
  const view = session.view();
  const built = view.sheets.find((sheet) => sheet.name === result.sheetName);
  return { session, result, view, cells: built?.cells ?? [] };
}
