/** The menu bar: File (download, reset) and Extensions, where the add-on's menu appears. */
import { useState } from "preact/hooks";
import type { MenuView } from "../runtime/contract";

interface MenuBarProps {
  addonMenu: MenuView | null;
  onRunMenuItem(functionName: string): void;
  onReset(): void;
}

type OpenMenu = "file" | "extensions" | null;

export function MenuBar({ addonMenu, onRunMenuItem, onReset }: MenuBarProps) {
  const [open, setOpen] = useState<OpenMenu>(null);
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
            <button type="button" role="menuitem" onClick={choose(onReset)}>
              Reset to the sample workbook
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
    </nav>
  );
}
