/** "Break down by": the columns whose values get their own tables, in order; one more can always be added. */
import type { Messages } from "../../i18n";
import { columnTitle } from "./columnTitle";
import { fieldOfColumn, setBreakdown, type DataTable } from "./table";

interface BreakdownPickerProps {
  table: DataTable;
  messages: Messages;
  onChange(table: DataTable): void;
}

export function BreakdownPicker({ table, messages, onChange }: BreakdownPickerProps) {
  // A column read as a field (the channel, a figure) is not a breakdown.
  const free = table.headers.map((_, column) => column).filter((column) => fieldOfColumn(table, column) === null);
  const positions = free.length > table.breakdown.length ? [...table.breakdown, null] : table.breakdown;
  // Typed rows have no other column.
  if (positions.length === 0) return null;
  return (
    <>
      <h2>{messages.breakdownHeading}</h2>
      <p class="hint">{messages.breakdownHint}</p>
      <ul class="mapping">
        {positions.map((chosen, position) => (
          <li key={position}>
            <label for={`breakdown-${position}`}>{position === 0 ? messages.breakdownFirst : messages.breakdownThen}</label>
            <select
              id={`breakdown-${position}`}
              value={chosen ?? ""}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onChange(setBreakdown(table, position, value === "" ? null : Number(value)));
              }}
            >
              <option value="">{messages.breakdownNone}</option>
              {free
                .filter((column) => column === chosen || !table.breakdown.includes(column))
                .map((column) => (
                  <option key={column} value={column}>
                    {columnTitle(table, column, messages)}
                  </option>
                ))}
            </select>
          </li>
        ))}
      </ul>
    </>
  );
}
