/** A column's name as the sidebar shows it: its header, or its letter when the header cell is blank. */
import type { Messages } from "../../i18n";
import { columnLetter } from "../../scorecard/sheetText";
import type { DataTable } from "./table";

export function columnTitle(table: DataTable, column: number, messages: Messages): string {
  const header = String(table.headers[column] ?? "").trim();
  return header || messages.unnamedColumn(columnLetter((table.source?.firstColumn ?? 1) + column));
}
