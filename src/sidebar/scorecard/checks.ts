/** What stops a build, checked as the user edits: the same checks the add-on runs, in the user's language. */
import type { Messages } from "../../i18n";
import { requestMessages } from "../../i18n/requestMessages";
import { readChannelRows } from "../../scorecard/channelRows";
import { fieldsSharingAColumn, missingRequiredFields } from "../../scorecard/columnMapping";
import type { Field } from "../../scorecard/fields";
import { columnTitle } from "./columnTitle";
import { fieldLabel } from "./fieldLabels";
import { firstRowNumber } from "./request";
import { filledRowCount, type DataTable } from "./table";

export interface TableCheck {
  /** Each problem in words: where it is and what to do. */
  problems: string[];
  /** Rows with something in them; an empty table has nothing to build. */
  filledRows: number;
}

function sharedColumnProblems(table: DataTable, messages: Messages): string[] {
  const byColumn = new Map<number, Field[]>();
  for (const field of fieldsSharingAColumn(table.mapping)) {
    const column = table.mapping[field]!;
    byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  }
  return [...byColumn].map(([column, fields]) =>
    messages.sharedColumn(columnTitle(table, column, messages), fields.map((field) => fieldLabel(messages, field)).join(", ")),
  );
}

/** An ROI never falls below -100%, so a lower target means nothing: the add-on refuses it too. */
export function isUsableTargetRoi(targetRoi: number | null): targetRoi is number {
  return targetRoi !== null && targetRoi >= -1;
}

/** targetRoi is the option as parsed: null when the text typed is not a percentage. */
export function checkTable(table: DataTable, targetRoi: number | null, messages: Messages, rowMessages = requestMessages("en")): TableCheck {
  const missing = missingRequiredFields(table.mapping);
  const problems = [
    ...(missing.length > 0 ? [messages.missingColumns(missing.map((field) => fieldLabel(messages, field)).join(", "))] : []),
    ...sharedColumnProblems(table, messages),
    // Without every required column, each row would repeat the missing-column problem.
    ...(missing.length > 0 ? [] : readChannelRows(table.rows, table.mapping, firstRowNumber(table), rowMessages).issues.map((issue) => issue.message)),
    ...(isUsableTargetRoi(targetRoi) ? [] : [messages.targetRoiInvalid]),
  ];
  return { problems, filledRows: filledRowCount(table) };
}
