/** The menu bar: File (download, reset), Edit (undo, redo) and Extensions, where the add-on's menu appears. */
import { useEffect, useRef, useState } from "preact/hooks";
import type { MenuView, WorkbookView } from "../runtime/contract";

interface MenuBarProps {
  addonMenu: MenuView | null;
  history: WorkbookView["history"];
  onRunMenuItem(functionName: string): void;
  onUndo(): void;
  onRedo(): void;
  /** Called once the user has confirmed. */
  onReset(): void;
}

type OpenMenu = "file" | "edit" | "extensions" | null;

export function MenuBar({ addonMenu, history, onRunMenuItem, onUndo, onRedo, onReset }: MenuBarProps) {
  const [open, setOpen] = useState<OpenMenu>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const toggle = (menu: OpenMenu) => setOpen(open === menu ? null : menu);
  const choose = (action: () => void) => () => {
    setOpen(null);
    action();
  };
  return (
    <nav class="menu-bar" aria-label="Menu bar" onKeyDown={(e) => e.key === "Escape" && setOpen(null)}>
      <div class="menu">
        <button type="button" aria-haspopup="menu" aria-expanded={open === "file"} onClick={() => toggle("file")}>
          File
        </button>
        {open === "file" && (
          <div class="menu-items" role="menu">
            <a role="menuitem" href="/download.xlsx" download onClick={() => setOpen(null)}>
              Download .xlsx
            </a>
            <button type="button" role="menuitem" onClick={choose(() => setConfirmingReset(true))}>
              Reset to the sample workbook…
            </button>
          </div>
        )}
      </div>
      <div class="menu">
        <button type="button" aria-haspopup="menu" aria-expanded={open === "edit"} onClick={() => toggle("edit")}>
          Edit
        </button>
        {open === "edit" && (
          <div class="menu-items" role="menu">
            <button type="button" role="menuitem" disabled={history.undo === 0} onClick={choose(onUndo)}>
              Undo <kbd>Ctrl+Z</kbd>
            </button>
            <button type="button" role="menuitem" disabled={history.redo === 0} onClick={choose(onRedo)}>
              Redo <kbd>Ctrl+Y</kbd>
            </button>
          </div>
        )}
      </div>
      <div class="menu">
        <button type="button" aria-haspopup="menu" aria-expanded={open === "extensions"} onClick={() => toggle("extensions")}>
          Extensions
        </button>
        {open === "extensions" && (
          <div class="menu-items" role="menu">
            {addonMenu === null ? (
              <span class="menu-empty">No add-on menu</span>
            ) : (
              <>
                <span class="menu-title">{addonMenu.title}</span>
                {addonMenu.items.map((item) => (
                  <button type="button" role="menuitem" key={item.functionName} onClick={choose(() => onRunMenuItem(item.functionName))}>
                    {item.caption}
                  </button>
                ))}
              </>
            )}
          </div>
        )}
      </div>
      {confirmingReset && (
        <ResetConfirmation
          onCancel={() => setConfirmingReset(false)}
          onConfirm={() => {
            setConfirmingReset(false);
            onReset();
          }}
        />
      )}
    </nav>
  );
}

function ResetConfirmation({ onCancel, onConfirm }: { onCancel(): void; onConfirm(): void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  // Cancel takes the focus: Enter right away keeps the workbook.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="confirmation" role="alertdialog" aria-modal="true" aria-labelledby="reset-title" aria-describedby="reset-text" onKeyDown={(e) => e.key === "Escape" && onCancel()}>
      <h2 id="reset-title">Reset to the sample workbook?</h2>
      <p id="reset-text">Every sheet, with your edits and any scorecard built, is replaced by the sample workbook. Undo cannot bring them back.</p>
      <div class="confirmation-actions">
        <button type="button" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="danger" onClick={onConfirm}>
          Reset
        </button>
      </div>
    </div>
  );
}
