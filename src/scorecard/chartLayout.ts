/**
 * How the add-on's charts read, and where a scorecard's go, so that a user sees them on the first screen without scrolling:
 * side by side below the channel table when it is short, else beside the table at its top rows.
 * Never over a written cell, and always whole inside the grid (gridSize grows the sheet for them).
 */

/** Each bar's value on it. */
export const VALUES_ON_BARS = { series: { 0: { dataLabel: "value" } } };

/** On a log axis, so that 632 conversions show beside 2.8 million impressions, each stage's count on its bar. */
export const FUNNEL_CHART = { hAxis: { logScale: true, format: "#,##0" }, ...VALUES_ON_BARS };

/** The size the add-on gives its scorecard charts: two side by side fit beside Sheets' 300 px sidebar on a 1440 px screen. */
export const CHART_SIZE = { width: 460, height: 320 };
// Sheets' defaults until a script sets them.
export const DEFAULT_ROW_HEIGHT = 21;
export const DEFAULT_COLUMN_WIDTH = 100;
/** The rows of Sheets' default height a 1440x900 screen shows under Sheets' menus and toolbars. */
const FIRST_SCREEN_ROWS = 30;
/** Rows a chart covers, whole. */
export const CHART_ROWS = Math.ceil(CHART_SIZE.height / DEFAULT_ROW_HEIGHT);
/** The space between two charts side by side, in pixels. */
const CHART_GAP = 8;

/**
 * Whether the charts go below a table whose last row is `lastRow`, in the rows it returns: a blank
 * row, then the charts. Below when at least half of a chart shows on the first screen there.
 */
export function chartRowsBelow(lastRow: number): { anchorRow: number; rows: number } | null {
  const anchorRow = lastRow + 2;
  return anchorRow - 1 + CHART_ROWS / 2 <= FIRST_SCREEN_ROWS ? { anchorRow, rows: CHART_ROWS + 1 } : null;
}

/**
 * The anchor columns (1-based) of `count` charts side by side from column `first`: each starts at
 * the first column clear of the one before, over the sheet's column widths (0-based, from A).
 */
export function sideBySide(columnWidths: readonly number[], first: number, count: number): number[] {
  const width = (column: number) => columnWidths[column - 1] ?? DEFAULT_COLUMN_WIDTH;
  const anchors = [first];
  while (anchors.length < count) {
    let column = anchors[anchors.length - 1];
    for (let covered = 0; covered < CHART_SIZE.width + CHART_GAP; column++) covered += width(column);
    anchors.push(column);
  }
  return anchors;
}
