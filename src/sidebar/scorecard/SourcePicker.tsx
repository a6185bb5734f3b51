/** Where the rows come from: the selected range, read on request, or rows typed in the sidebar. */
import type { Messages } from "../../i18n";
import type { SelectionData } from "../../scorecard/request";
import { sheetReference } from "../../scorecard/sheetText";
import type { Task } from "./useServerTask";

interface SourcePickerProps {
  reading: Task<SelectionData>;
  /** False once the user went back to typed rows. */
  fromSelection: boolean;
  messages: Messages;
  onUseSelection(): void;
  onTypeRows(): void;
}

function readingStatus(reading: Task<SelectionData>, fromSelection: boolean, messages: Messages): string {
  if (reading.state === "running") return messages.readingSelection;
  if (reading.state === "failed") return messages.readSelectionFailed(reading.reason);
  if (reading.state === "done" && fromSelection) {
    return messages.readFrom(sheetReference(reading.value.sheetName, reading.value.rangeA1), reading.value.rows.length);
  }
  return "";
}

export function SourcePicker({ reading, fromSelection, messages, onUseSelection, onTypeRows }: SourcePickerProps) {
  const running = reading.state === "running";
  return (
    <>
      <div class="actions">
        <button type="button" class="secondary" disabled={running} aria-busy={running} onClick={onUseSelection}>
          {messages.useSelection}
        </button>
        {fromSelection && (
          <button type="button" class="secondary" disabled={running} onClick={onTypeRows}>
            {messages.typeRowsInstead}
          </button>
        )}
      </div>
      <p role="status" class={reading.state === "failed" ? "status failed" : "status summary"}>
        {readingStatus(reading, fromSelection, messages)}
      </p>
      {fromSelection && reading.state === "done" && !reading.value.hasHeader && <p class="hint">{messages.noHeaderFound}</p>}
    </>
  );
}
