/**
 * The sources a scorecard was built from, kept on the scorecard sheet as developer metadata (where
 * and what the user chose, never rows), so that the sidebar opened again, by anyone, rebuilds it.
 */
import type { SourcesRequest } from "../sources/sidebarRequest";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SOURCES_METADATA_KEY = "socialRoi.scorecardSources";

export type KeptSources = Pick<SourcesRequest, "sources" | "rates">;

const keptOn = (spreadsheet: Spreadsheet, sheetName: string) =>
  spreadsheet.getSheetByName(sheetName)?.getDeveloperMetadata().filter((metadata) => metadata.getKey() === SOURCES_METADATA_KEY) ?? [];

export function forgetSources(spreadsheet: Spreadsheet, sheetName: string): void {
  for (const metadata of keptOn(spreadsheet, sheetName)) metadata.remove();
}

export function keepSources(spreadsheet: Spreadsheet, sheetName: string, kept: KeptSources): void {
  forgetSources(spreadsheet, sheetName);
  spreadsheet.getSheetByName(sheetName)?.addDeveloperMetadata(SOURCES_METADATA_KEY, JSON.stringify({ version: 1, sources: kept.sources, rates: kept.rates }));
}

/** The sources kept on the scorecard sheet; null when it was built from one table, or not by this add-on. */
export function keptSources(spreadsheet: Spreadsheet, sheetName: string): KeptSources | null {
  const [metadata] = keptOn(spreadsheet, sheetName);
  if (!metadata) return null;
  try {
    const { sources, rates } = JSON.parse(metadata.getValue() ?? "null") as KeptSources;
    return Array.isArray(sources) ? { sources, rates: rates ?? {} } : null;
  } catch {
    return null;
  }
}
