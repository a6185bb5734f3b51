/** The rows, cell by cell: type, paste from a spreadsheet, add and delete rows. */
import { useEffect, useRef } from "preact/hooks";
import type { Messages } from "../../i18n";
import { columnTitle } from "./columnTitle";
import { firstRowNumber } from "./request";
import { addRow, deleteRow, pasteAt, setCell, type DataTable } from "./table";

interface RowsEditorProps {
  table: DataTable;
  messages: Messages;
  onChange(table: DataTable): void;
}

export function RowsEditor({ table, messages, onChange }: RowsEditorProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where keyboard focus goes once an added or deleted row is rendered, so the user never loses their place.
  const focusNext = useRef<(() => void) | null>(null);
  useEffect(() => {
    focusNext.current?.();
    focusNext.current = null;
  });

  const firstRow = firstRowNumber(table);
  const titles = table.headers.map((_, column) => columnTitle(table, column, messages));
  const channelColumn = table.mapping.channel;

  function add() {
    focusNext.current = () => body.current?.querySelector<HTMLInputElement>("tr:last-child input")?.focus();
    onChange(addRow(table));
  }

  function remove(row: number) {
    focusNext.current = () => {
      const buttons = body.current?.querySelectorAll<HTMLButtonElement>("button.icon") ?? [];
      (buttons[Math.min(row, buttons.length - 1)] ?? addButton.current)?.focus();
    };
    onChange(deleteRow(table, row));
  }

  function rowName(row: number): string {
    const channel = channelColumn === undefined ? "" : String(table.rows[row][channelColumn] ?? "").trim();
    return channel ? `${firstRow + row} (${channel})` : String(firstRow + row);
  }

  return (
    <>
      <h2>{messages.rowsHeading}</h2>
      <p class="hint">{messages.pasteHint}</p>
      <div class="rows">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              {titles.map((title, column) => (
                <th key={column} scope="col">
                  {title}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody ref={body}>
            {table.rows.map((cells, row) => (
              <tr key={row}>
                <th scope="row">{firstRow + row}</th>
                {cells.map((cell, column) => (
                  <td key={column}>
                    <input
                      value={String(cell ?? "")}
                      aria-label={`${titles[column]} ${firstRow + row}`}
                      onInput={(event) => onChange(setCell(table, row, column, event.currentTarget.value))}
                      onPaste={(event) => {
                        // One value pastes as usual; a block copied from a spreadsheet fills the cells from here.
                        const text = event.clipboardData?.getData("text/plain") ?? "";
                        if (!/[\t\n]/.test(text)) return;
                        event.preventDefault();
                        onChange(pasteAt(table, row, column, text));
                      }}
                    />
                  </td>
                ))}
                <td>
                  <button type="button" class="icon" aria-label={messages.deleteRow(rowName(row))} title={messages.deleteRow(rowName(row))} onClick={() => remove(row)}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button ref={addButton} type="button" class="secondary" onClick={add}>
        {messages.addRow}
      </button>
    </>
  );
}
