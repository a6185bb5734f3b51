/**
 * Rows two sources share. The same export given twice (a file picked again, a "meta (1).csv"
 * downloaded twice, one sheet added as two sources) or two exports whose periods overlap would
 * count those rows' spend twice: an export's row (its day, campaign, ad set and figures, cell for
 * cell) found in another source of the same columns is that row again, not another one. A row
 * whose figures are all zero or blank adds nothing and is let be.
 */
import { NUMERIC_FIELDS } from "../import/fields";
import type { SourceInput } from "./combine";

export interface SharedRows {
  first: string;
  second: string;
  /** The rows each source numbers them by, in order. */
  firstRows: number[];
  secondRows: number[];
}

const SEPARATOR = "\u001f";
const keyOf = (cells: readonly unknown[]) => cells.map((cell) => String(cell ?? "").trim()).join(SEPARATOR);

const addsSomething = (values: SourceInput["imported"]["read"]["rows"][number]["values"]) => NUMERIC_FIELDS.some((field) => (values[field] ?? 0) !== 0);

/** Each row that adds something, by the text of its cells, with the number the user sees for it. */
function rowsByKey({ imported, firstRowNumber }: SourceInput): Map<string, number> {
  const firstDataNumber = firstRowNumber + (imported.report.headerRow === null ? 0 : imported.report.headerRow + 1);
  const rows = new Map<string, number>();
  for (const { row, values } of imported.read.rows) {
    if (!addsSomething(values)) continue;
    const key = keyOf(imported.dataRows[row - firstDataNumber]);
    if (!rows.has(key)) rows.set(key, row);
  }
  return rows;
}

/** The first two sources of the same columns that share rows, and those rows; null when none do. */
export function sharedRows(sources: readonly SourceInput[]): SharedRows | null {
  const read = new Map<number, Map<string, number>>();
  const rowsOf = (s: number) => read.get(s) ?? read.set(s, rowsByKey(sources[s])).get(s)!;
  const columnsOf = sources.map((source) => keyOf(source.imported.headers));
  for (let second = 1; second < sources.length; second++) {
    for (let first = 0; first < second; first++) {
      if (columnsOf[first] !== columnsOf[second]) continue;
      const firstRows: number[] = [];
      const secondRows: number[] = [];
      const earlier = rowsOf(first);
      for (const [key, row] of rowsOf(second)) {
        const match = earlier.get(key);
        if (match === undefined) continue;
        firstRows.push(match);
        secondRows.push(row);
      }
      if (firstRows.length > 0) return { first: sources[first].name, second: sources[second].name, firstRows, secondRows };
    }
  }
  return null;
}
