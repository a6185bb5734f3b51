/** From what the user entered in the sidebar to the request the add-on builds from. */
import type { DecimalMark } from "../../import/numbers";
import type { ScorecardOptions, ScorecardRequest } from "../../scorecard/request";
import type { DataTable } from "./table";

/** The sheet row of the first data row: what the user sees beside the data. */
export function firstRowNumber(table: DataTable): number {
  return table.source ? table.source.firstRow + (table.source.hasHeader ? 1 : 0) : 1;
}

/**
 * Linked cells read the source range row for row, so the link holds only for rows read from a
 * selection, none of them added or deleted since.
 */
export function canLinkToSource(table: DataTable): boolean {
  return table.source !== null && !table.reshaped;
}

/** marks: each column's decimal mark, as the checks read the rows. */
export function scorecardRequest(table: DataTable, options: ScorecardOptions, marks: (DecimalMark | null)[]): ScorecardRequest {
  return {
    headers: table.headers,
    rows: table.rows,
    mapping: table.mapping,
    breakdown: table.breakdown,
    decimalMarks: marks,
    source: table.source,
    options: { ...options, linkToSource: options.linkToSource && canLinkToSource(table) },
  };
}
