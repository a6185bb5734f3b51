/** Several sources through the add-on's server functions, as the scorecard sidebar calls them: CSV files picked, sheets read as sources, a build over them. */
import { readFileSync } from "node:fs";
import type { WorkbookFile } from "../../playground/runtime/contract";
import type { EmulatedSession } from "../../playground/runtime/session";
import type { ScorecardOptions } from "../../src/scorecard/request";
import type { SourceSpec, SourcesRequest, SourcesResult, SourceSummary } from "../../src/sources/sidebarRequest";
import { csvChunks } from "../../src/sidebar/scorecard/sources/csvChunks";
import { SOURCE_FIXTURES } from "../import/sourceExports";

export const NO_DATA_ROWS = "no data rows";
export const LINKED: ScorecardOptions = { targetRoi: null, chart: false, linkToSource: true };

export function emptyWorkbook(): WorkbookFile {
  return { version: 1, locale: "en_US", sheets: [{ name: "Notes", cells: [["our notes"]], formats: [], frozenRows: 0, metadata: [] }], active: { sheet: "Notes", range: "A1" } };
}

/** The file picker's calls: the chunks in order, each after the sheet the first one made; returns the sheet made. */
export function importCsvSheet(session: EmulatedSession, fileName: string, bytes: Uint8Array): string {
  let sheetName: string | null = null;
  for (const chunk of csvChunks(fileName, bytes, NO_DATA_ROWS)) sheetName = session.runServerFunction("importCsvRows", [{ ...chunk, sheetName }]) as string;
  return sheetName!;
}

/** A CSV file picked as a source: written to a sheet of its own, then that sheet read as a source. */
export function importFile(session: EmulatedSession, fileName: string, bytes: Uint8Array): SourceSummary {
  const sheetName = importCsvSheet(session, fileName, bytes);
  return session.runServerFunction("readSource", [{ sheetName, rangeA1: null, columns: null, network: null, keepChannel: null }]) as SourceSummary;
}

export const fixture = (name: string) => new Uint8Array(readFileSync(`${SOURCE_FIXTURES}${name}`));

export function buildSources(session: EmulatedSession, specs: SourceSpec[], rates: Record<string, number>, more: Partial<SourcesRequest> = {}): SourcesResult {
  return session.runServerFunction("buildFromSources", [{ sources: specs, rates, options: LINKED, ...more }]) as SourcesResult;
}
