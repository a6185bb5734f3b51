/** Reads a scorecard's breakdown sections from a sheet's computed values, by their titles, as a user reads them. */

export type Value = string | number | boolean | null;
export type SectionRow = Record<string, Value>;

export interface Section {
  rows: SectionRow[];
  totals: SectionRow;
}

/**
 * The section under a title (the cell in column A): its header row names the keys; its rows run down
 * to the one labelled Total (or Totaux... given by total).
 */
export function sectionOf(values: readonly (readonly Value[])[], title: string, total = "Total"): Section {
  const titleRow = values.findIndex((row) => row[0] === title);
  if (titleRow < 0) throw new Error(`no section titled ${title}`);
  const headers = values[titleRow + 1].map((header) => String(header ?? ""));
  const asRow = (row: readonly Value[]) => Object.fromEntries(headers.flatMap((header, c) => (header === "" ? [] : [[header, row[c] ?? null]])));
  const rows: SectionRow[] = [];
  for (let r = titleRow + 2; r < values.length; r++) {
    if (values[r][0] === total) return { rows, totals: asRow(values[r]) };
    rows.push(asRow(values[r]));
  }
  throw new Error(`the section ${title} has no ${total} row`);
}

/**
 * The channel table of a scorecard (header on row 3), its rows down to its totals row, and its
 * columns up to the blank one that sets the funnel and the ROI chart's data beside it apart.
 */
export function channelTable(values: readonly (readonly Value[])[], total = "Total"): Section {
  // Column B is blank in a broken-down table's header (the sections' second label column): the end is past it.
  const end = values[2].findIndex((header, column) => column >= 2 && (header === "" || header === null));
  const table = values.slice(2).map((row) => (end < 0 ? row : row.slice(0, end)));
  return sectionOf([["channels"], ...table], "channels", total);
}
