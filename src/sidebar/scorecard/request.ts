/** From what the user entered in the sidebar to the request the add-on builds from. */
import { missingRequiredFields } from "../../scorecard/columnMapping";
import { readChannelRows } from "../../scorecard/channelRows";
import type { Field } from "../../scorecard/fields";
import type { ScorecardOptions, ScorecardRequest } from "../../scorecard/request";
import type { DataTable } from "./table";

/** The sheet row of the first data row: what the user sees beside the data. */
export function firstRowNumber(table: DataTable): number {
  return table.source ? table.source.firstRow + (table.source.hasHeader ? 1 : 0) : 1;
}

export interface Problems {
  missing: Field[];
  rowMessages: string[];
}

export function problemsOf(table: DataTable): Problems {
  const missing = missingRequiredFields(table.mapping);
  const rowMessages = missing.length > 0 ? [] : readChannelRows(table.rows, table.mapping, firstRowNumber(table)).issues.map((i) => i.message);
  return { missing, rowMessages };
}

export function scorecardRequest(table: DataTable, options: ScorecardOptions): ScorecardRequest {
  return {
    headers: table.headers,
    rows: table.rows,
    mapping: table.mapping,
    source: table.source,
    options: { ...options, linkToSource: options.linkToSource && table.source !== null },
  };
}
