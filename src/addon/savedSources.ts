/**
 * The sources a scorecard was built from, kept on the scorecard sheet as developer metadata (where
 * and what the user chose, never rows; the revenue table joined to them, with its matches; the
 * breakdown chosen), so that
 * the sidebar opened again, by anyone, rebuilds it. A
 * rebuild from one table drops them.
 */
import { SCORECARD_SOURCES_METADATA_KEY } from "../scorecard/target";
import type { SourcesRequest } from "../sources/sidebarRequest";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type KeptSources = Pick<SourcesRequest, "sources" | "rates"> & { revenue: SourcesRequest["revenue"] | null; breakdownBy: SourcesRequest["breakdownBy"] | null };

const keptOn = (spreadsheet: Spreadsheet, sheetName: string) =>
  spreadsheet.getSheetByName(sheetName)?.getDeveloperMetadata().filter((metadata) => metadata.getKey() === SCORECARD_SOURCES_METADATA_KEY) ?? [];

/** After the build, whose rebuild of the sheet dropped what an earlier one kept (see ownSheet). */
export function keepSources(spreadsheet: Spreadsheet, sheetName: string, kept: KeptSources): void {
  spreadsheet.getSheetByName(sheetName)?.addDeveloperMetadata(SCORECARD_SOURCES_METADATA_KEY, JSON.stringify({ version: 1, sources: kept.sources, rates: kept.rates, revenue: kept.revenue, breakdownBy: kept.breakdownBy }));
}

/** The sources kept on the scorecard sheet; null when it was built from one table, or not by this add-on. */
export function keptSources(spreadsheet: Spreadsheet, sheetName: string): KeptSources | null {
  const [metadata] = keptOn(spreadsheet, sheetName);
  if (!metadata) return null;
  try {
    const { sources, rates, revenue, breakdownBy } = JSON.parse(metadata.getValue() ?? "null") as KeptSources;
    return Array.isArray(sources) ? { sources, rates: rates ?? {}, revenue: revenue ?? null, breakdownBy: Array.isArray(breakdownBy) ? breakdownBy : null } : null;
  } catch {
    return null;
  }
}
