/** The rows to build from: how each column is understood, and the cells, editable. */
import type { Messages } from "../../i18n";
import type { Field } from "../../scorecard/fields";
import { ALL_FIELDS, fieldLabel } from "./fieldLabels";
import { addRow, deleteRow, fieldOfColumn, mapColumn, pasteAt, setCell, type DataTable } from "./table";

interface DataEditorProps {
  table: DataTable;
  firstRow: number;
  messages: Messages;
  onChange(table: DataTable): void;
}

export function DataEditor({ table, firstRow, messages, onChange }: DataEditorProps) {
  return (
    <>
      <h2>{messages.columnsHeading}</h2>
      <ul class="mapping">
        {table.headers.map((header, column) => (
          <li key={column}>
            <label for={`map-${column}`}>{header}</label>
            <select
              id={`map-${column}`}
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

      <h2>{messages.rowsHeading}</h2>
      <p class="hint">{messages.pasteHint}</p>
      <div class="rows">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              {table.headers.map((header, column) => (
                <th key={column} scope="col">
                  {header}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {table.rows.map((cells, row) => (
              <tr key={row}>
                <th scope="row">{firstRow + row}</th>
                {cells.map((cell, column) => (
                  <td key={column}>
                    <input
                      value={String(cell ?? "")}
                      aria-label={`${table.headers[column]} ${firstRow + row}`}
                      onInput={(event) => onChange(setCell(table, row, column, event.currentTarget.value))}
                      onPaste={(event) => {
                        const text = event.clipboardData?.getData("text/plain") ?? "";
                        if (!/[\t\n]/.test(text)) return;
                        event.preventDefault();
                        onChange(pasteAt(table, row, column, text));
                      }}
                    />
                  </td>
                ))}
                <td>
                  <button type="button" class="icon" aria-label={messages.deleteRow(String(firstRow + row))} onClick={() => onChange(deleteRow(table, row))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" class="secondary" onClick={() => onChange(addRow(table))}>
        {messages.addRow}
      </button>
    </>
  );
}
