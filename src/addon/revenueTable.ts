/**
 * Called by the scorecard sidebar for several sources: the shop, CRM or analytics table whose
 * revenue, leads, qualified leads and customers are joined to the sources, read from its sheet by
 * the join's own reader (src/join), the same as the command line's --revenue. Its rows stay in the
 * sheet: the sidebar gets what the table is, never its rows.
 */
import { joinTexts } from "../i18n/joinTexts";
import { describeIssueIn, requestMessages } from "../i18n/requestMessages";
import { decimalMarkOfLocale } from "../import/numbers";
import { JoinError, readOriginTable, type OriginTable } from "../join/originTable";
import type { RevenueSpec, RevenueSummary } from "../sources/sidebarRequest";
import type { SourcePlacement } from "../sources/linkedParts";
import { chosenPlace, readSheetCells } from "./sheetCells";
import { userLanguage } from "./userLanguage";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The table at the place the spec names, read for a join; its refusals in the user's language. */
export function readRevenue(spreadsheet: Spreadsheet, spec: RevenueSpec): { table: OriginTable; summary: RevenueSummary; placement: SourcePlacement } {
  const { name, cells, range, width } = readSheetCells(spreadsheet, String(spec?.sheetName), spec.rangeA1 || null);
  let table: OriginTable;
  try {
    table = readOriginTable(name, cells, decimalMarkOfLocale(spreadsheet.getSpreadsheetLocale()), joinTexts(userLanguage()), describeIssueIn(requestMessages(userLanguage())));
  } catch (error) {
    throw error instanceof JoinError ? new Error(error.message) : error;
  }
  const { headers } = table.imported;
  const { sourceMedium, group, source, medium, campaign } = table.columns;
  const origin = [sourceMedium, group, source, medium].filter((column): column is number => column !== null);
  return {
    table,
    // A user's sheet: amounts it holds as text are not numbers a SUMIFS adds up.
    placement: { sheetName: String(spec.sheetName), firstRow: range.getRow(), firstColumn: range.getColumn(), width, rowCount: cells.length, numbersWritten: false },
    summary: {
      // A table that says no origin, only campaigns, can only be joined by campaign.
      spec: origin.length === 0 ? { ...spec, by: "campaign" } : spec,
      name,
      originColumns: origin.map((column) => headers[column]),
      campaignColumn: campaign === null ? null : headers[campaign],
      fields: table.fields,
      dataRows: table.rows.length,
      currency: table.currency,
    },
  };
}

/** The table the user chose: the selection, the active sheet's data, or one chosen before (read again with its spec). */
export function readRevenueTable(choice: RevenueSpec | "selection" | "sheet"): RevenueSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const spec: RevenueSpec = choice === "selection" || choice === "sheet" ? { ...chosenPlace(choice), by: "channel", matches: {}, currency: null } : choice;
  return readRevenue(spreadsheet, spec).summary;
}
