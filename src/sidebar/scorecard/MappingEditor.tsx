/** How each column is understood: one dropdown per column, naming its field or ignoring it. */
import type { Messages } from "../../i18n";
import { ALL_FIELDS, type Field } from "../../scorecard/fields";
import { columnTitle } from "./columnTitle";
import { fieldLabel } from "./fieldLabels";
import { fieldOfColumn, mapColumn, type DataTable } from "./table";

interface MappingEditorProps {
  table: DataTable;
  messages: Messages;
  onChange(table: DataTable): void;
  /** Tells the selects of one table from another's: several sources each have theirs. */
  idPrefix?: string;
}

export function MappingEditor({ table, messages, onChange, idPrefix = "map" }: MappingEditorProps) {
  return (
    <>
      <h2>{messages.columnsHeading}</h2>
      <ul class="mapping">
        {table.headers.map((_, column) => (
          <li key={column}>
            <label for={`${idPrefix}-${column}`}>{columnTitle(table, column, messages)}</label>
            <select
              id={`${idPrefix}-${column}`}
              value={fieldOfColumn(table, column) ?? ""}
              onChange={(event) => onChange(mapColumn(table, column, (event.currentTarget.value || null) as Field | null))}
            >
              <option value="">{messages.ignoreColumn}</option>
              {ALL_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {fieldLabel(messages, field)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </>
  );
}
