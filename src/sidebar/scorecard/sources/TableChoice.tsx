/** Where a table comes from: the selection, the active sheet, or a CSV file written to a sheet of its own; and how the last try went. */

export interface TableChoiceProps {
  /** The file input's id, unique in the sidebar. */
  id: string;
  labels: { selection: string; sheet: string; file: string };
  busy: boolean;
  status: { text: string; failed: boolean } | null;
  onRead(where: "selection" | "sheet"): void;
  onFile(file: File): void;
}

export function TableChoice({ id, labels, busy, status, onRead, onFile }: TableChoiceProps) {
  return (
    <>
      <div class="actions">
        <button type="button" class="secondary" disabled={busy} onClick={() => onRead("selection")}>
          {labels.selection}
        </button>
        <button type="button" class="secondary" disabled={busy} onClick={() => onRead("sheet")}>
          {labels.sheet}
        </button>
      </div>
      <label for={id}>{labels.file}</label>
      <input
        id={id}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        disabled={busy}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = "";
          if (file) onFile(file);
        }}
      />
      {status && (
        <p role="status" class={status.failed ? "status failed" : "status summary"}>
          {status.text}
        </p>
      )}
    </>
  );
}
