/** How the rows were read, under the mapping: header found below titles, columns preferred, totals skipped, warnings. */
import { useMemo } from "preact/hooks";
import type { Messages } from "../../i18n";
import { describeColumns, describeImport, describeRows } from "../../import/describe";
import type { Field } from "../../import/fields";
import type { TableCheck } from "./checks";
import { cannotLink } from "./checks";
import { fieldLabel } from "./fieldLabels";
import { reportAsMapped, type DataTable } from "./table";

interface ImportReportProps {
  table: DataTable;
  check: TableCheck;
  messages: Messages;
}

export function ImportReport({ table, check, messages }: ImportReportProps) {
  // The report counts rows from the first cell read: a selection's first row (readSelection moved
  // firstRow down to the header), or the first line pasted.
  const firstRead = table.source && table.report ? table.source.firstRow - (table.report.headerRow ?? 0) : 1;
  const report = useMemo(() => reportAsMapped(table), [table]);
  const label = (field: Field) => fieldLabel(messages, field);
  const reported = new Set(report?.empty.map((empty) => empty.column));
  const lines = [
    ...(report ? describeImport(report, table.headers, firstRead, messages, label) : []),
    // A column chosen here that is blank on every row: the build leaves it out too.
    ...check.emptied.filter((empty) => !reported.has(empty.column)).map((empty) => messages.emptyColumn(table.headers[empty.column] ?? "", label(empty.field).toLowerCase())),
    ...(table.report ? describeColumns(check.mapping, table.headers, messages, label) : []),
    ...(check.read ? describeRows(check.read, messages) : []),
    ...(table.source && cannotLink(check) ? [messages.valuesNotLinked] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <section class="import-report" aria-label={messages.importHeading}>
      <h2>{messages.importHeading}</h2>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
