/**
 * Rows two sources share. The same export given twice (a file picked again, a "meta (1).csv"
 * downloaded twice, one sheet added as two sources) or two exports whose periods overlap would
 * count those rows' spend twice: an export's row (its day, campaign, ad set and figures, cell for
 * cell) found in another source of the same columns is that row again, not another one. A row
 * whose figures are all zero or blank adds nothing and is let be.
 */
import { NUMERIC_FIELDS } from "../import/fields";
import type { SourceInput } from "./combine";
import { RowIndex } from "../import/repeatedRows";
import { firstDataNumberOf } from "./rowNumbers";

export interface SharedRows {
  first: string;
  second: string;
  /** The rows each source numbers them by, in order. */
  firstRows: number[];
  secondRows: number[];
}

const addsSomething = (values: SourceInput["imported"]["read"]["rows"][number]["values"]) => NUMERIC_FIELDS.some((field) => (values[field] ?? 0) !== 0);

/** A source's data rows that add something, indexed. */
function rowsIndexed(source: SourceInput): RowIndex {
  const { imported } = source;
  const rows = new RowIndex(imported.dataRows);
  const firstDataNumber = firstDataNumberOf(source);
  for (const { row, values } of imported.read.rows) if (addsSomething(values)) rows.findOrAdd(row - firstDataNumber);
  return rows;
}

/** The first two sources of the same columns that share rows, and those rows (as each numbers them); null when none do. */
export function sharedRows(sources: readonly SourceInput[]): SharedRows | null {
  const indexed = new Map<number, RowIndex>();
  const indexOf = (s: number) => indexed.get(s) ?? indexed.set(s, rowsIndexed(sources[s])).get(s)!;
  const columnsOf = sources.map((source) => source.imported.headers.join("\u001f"));
  for (let second = 1; second < sources.length; second++) {
    for (let first = 0; first < second; first++) {
      if (columnsOf[first] !== columnsOf[second]) continue;
      const earlier = indexOf(first);
      const [firstData, secondData] = [firstDataNumberOf(sources[first]), firstDataNumberOf(sources[second])];
      const { imported } = sources[second];
      const firstRows: number[] = [];
      const secondRows: number[] = [];
      for (const { row, values } of imported.read.rows) {
        const match = addsSomething(values) ? earlier.find(imported.dataRows[row - secondData]) : -1;
        if (match < 0) continue;
        firstRows.push(firstData + match);
        secondRows.push(row);
      }
      if (firstRows.length > 0) return { first: sources[first].name, second: sources[second].name, firstRows, secondRows };
    }
  }
  return null;
}
