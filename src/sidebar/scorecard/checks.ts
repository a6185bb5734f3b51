/** What stops a build, checked as the user edits: the same checks the add-on runs, in the user's language. */
import type { Messages } from "../../i18n";
import { requestMessages } from "../../i18n/requestMessages";
import { blankColumnTest, hasDataRows, withoutBlankColumns, type EmptyColumn } from "../../import/blankColumns";
import type { ColumnMapping } from "../../import/fields";
import { decideMarks, type DecimalMark } from "../../import/numbers";
import { mixedResults } from "../../import/resultTypes";
import { readChannelRows, type ChannelRowsRead } from "../../scorecard/channelRows";
import { fieldsSharingAColumn, lacksOutcome, missingRequiredFields } from "../../scorecard/columnMapping";
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
  /** Each column's decimal mark, as the rows were read: the build reads them the same way. */
  marks: (DecimalMark | null)[];
  /** What reading the rows found (totals skipped, rows without a channel...); null while columns are missing. */
  read: Pick<ChannelRowsRead, "totalsRows" | "rowsWithoutFigures" | "noChannelRows" | "noCostRows" | "numbersFromText"> | null;
  /** The columns read: the mapping less the columns blank on every row, as the build reads them. */
  mapping: ColumnMapping;
  /** Mapped columns blank on every row: no data, left out. */
  emptied: EmptyColumn[];
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

/** Formulas over the source would not give the figures read here. */
export function cannotLink(check: TableCheck): boolean {
  const read = check.read;
  return read !== null && (read.totalsRows.length > 0 || read.noChannelRows.length > 0 || read.numbersFromText);
}

export function checkTable(table: DataTable, messages: Messages, rowMessages = requestMessages("en")): TableCheck {
  const filledRows = filledRowCount(table);
  const marks = decideMarks(table.rows, table.convention).map((column) => column.mark);
  if (filledRows > 0 && !hasDataRows(table.rows)) return { problems: [rowMessages.noDataRows], filledRows, marks, read: null, mapping: table.mapping, emptied: [] };
  // An empty table has no blank columns yet: it has no rows.
  const { mapping, emptied } = filledRows > 0 ? withoutBlankColumns(table.mapping, blankColumnTest(table.rows)) : { mapping: table.mapping, emptied: [] };
  const missing = missingRequiredFields(mapping);
  const noOutcome = lacksOutcome(mapping);
  const mixed = mixedResults(table.headers, table.rows, mapping);
  // Without every required column, each row would repeat the missing-column problem.
  const read = missing.length > 0 || noOutcome ? null : readChannelRows(table.rows, mapping, firstRowNumber(table), marks, rowMessages);
  const problems = [
    ...(missing.length > 0 ? [messages.missingColumns(missing.map((field) => fieldLabel(messages, field)).join(", "))] : []),
    ...(noOutcome ? [messages.missingOutcome] : []),
    ...sharedColumnProblems(table, messages),
    ...(mixed
      ? [rowMessages.mixedResults(columnTitle(table, mixed.column, messages), columnTitle(table, mixed.typeColumn, messages), mixed.kinds, fieldLabel(messages, mixed.field).toLowerCase())]
      : []),
    ...(read?.issues.map((issue) => issue.message) ?? []),
  ];
  const summary = read && {
    totalsRows: read.totalsRows, rowsWithoutFigures: read.rowsWithoutFigures, noChannelRows: read.noChannelRows, noCostRows: read.noCostRows, numbersFromText: read.numbersFromText,
  };
  return { problems, filledRows, marks, read: summary, mapping, emptied };
}
