/**
 * Which sheet a build writes: the scorecard the add-on built before (marked with developer
 * metadata), never a user's sheet that happens to share the name, and never the source data.
 */

export const SCORECARD_METADATA_KEY = "socialRoi.scorecard";
/** On the scorecard sheet: the sources it was built from (see addon/savedSources), dropped by a rebuild from one table. */
export const SCORECARD_SOURCES_METADATA_KEY = "socialRoi.scorecardSources";

export interface ExistingSheet {
  name: string;
  /** Built by the add-on (carries its metadata). */
  ours: boolean;
}

export type BuildTarget = { rebuild: string } | { insert: string };

export function chooseTarget(sheets: readonly ExistingSheet[], baseName: string, sourceSheetName: string | null): BuildTarget {
  const ownScorecard = sheets.find((sheet) => sheet.ours && sheet.name !== sourceSheetName);
  if (ownScorecard) return { rebuild: ownScorecard.name };
  const taken = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  let name = baseName;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${baseName} (${n})`;
  return { insert: name };
}
