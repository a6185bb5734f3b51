/**
 * What the playground accepts in one go, so that one careless selection or formula cannot take
 * the server's memory: a selection the add-on may read, and the part of a sheet one view sends.
 */
import { toA1, type GridArea } from "../emulation/a1";

/** Sheets allows 10 million cells per spreadsheet; reading a tenth of that at once is plenty here. */
export const MAX_SELECTION_CELLS = 1_000_000;

/** A view sends at most this block of a sheet (from A1, or from a window's first row): far more than a screen shows. */
export const MAX_VIEW_ROWS = 2_000;
export const MAX_VIEW_COLUMNS = 100;

/** Why the playground refuses to select this block, or null when it may. */
export function selectionTooLarge(area: GridArea): string | null {
  const cells = area.numRows * area.numColumns;
  if (cells <= MAX_SELECTION_CELLS) return null;
  return `${toA1(area)} has ${cells.toLocaleString("en-US")} cells; the playground selects at most ${MAX_SELECTION_CELLS.toLocaleString("en-US")} at once.`;
}
