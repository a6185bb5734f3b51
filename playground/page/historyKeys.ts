/** The undo and redo shortcuts: Ctrl+Z (Cmd+Z on a Mac) undoes; Ctrl+Y and Ctrl+Shift+Z redo. */
export function historyKey(e: KeyboardEvent): "undo" | "redo" | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === "z") return e.shiftKey ? "redo" : "undo";
  return key === "y" && !e.shiftKey ? "redo" : null;
}
