/** The playground page: a small Google Sheet running the add-on. */
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { functionCatalog } from "../../src/functions/catalog";
import { WORKBOOK_CHANGED } from "../bridge/scriptRun";
import { argumentSeparatorFor } from "../emulation/locale";
import type { ViewWindow } from "../runtime/contract";
import type { PlaygroundView } from "../server/playground";
import { cellA1, parseRangeA1, rangeA1 } from "./a1";
import { playgroundApi } from "./api";
import { FormulaBar } from "./FormulaBar";
import { historyKey } from "./historyKeys";
import { Grid, type Selection } from "./Grid";
import { MenuBar } from "./MenuBar";
import { FIRST_WINDOW, rowsArrived, shownCell, windowAround } from "./shownRows";
import { SheetTabs } from "./SheetTabs";
import { SidePanel } from "./SidePanel";

const CATALOG = functionCatalog();

// Scrolling asks for the rows it reaches once it pauses this long, not on every step.
const SCROLL_PAUSE_MS = 100;

const ORIGIN: Selection = { anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } };

function selectionOf(view: PlaygroundView): Selection {
  return parseRangeA1(view.selection) ?? ORIGIN;
}

export function App() {
  const [view, setView] = useState<PlaygroundView | null>(null);
  const [selection, setSelection] = useState<Selection>(ORIGIN);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sidebarVersion, setSidebarVersion] = useState(0);
  const formulaInput = useRef<HTMLInputElement>(null);
  const [rowsInView, setRowsInView] = useState<{ first: number; last: number } | null>(null);
  const shownWindow = useRef<ViewWindow>(FIRST_WINDOW);
  const api = useMemo(() => playgroundApi(() => shownWindow.current), []);
  const onRowsInView = useCallback((first: number, last: number) => setRowsInView({ first, last }), []);

  const shownRevision = useRef(-1);
  // Replies may arrive out of order: a view older than the one shown is dropped.
  const show = useCallback((next: PlaygroundView) => {
    if (next.revision < shownRevision.current) return;
    shownRevision.current = next.revision;
    setView(next);
    setSelection(selectionOf(next));
  }, []);

  const act = useCallback(
    /** Resolves to whether the action succeeded. */
    async (action: () => Promise<PlaygroundView>): Promise<boolean> => {
      try {
        show(await action());
        setProblem(null);
        return true;
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
        return false;
      }
    },
    [show],
  );

  const undoOrRedo = useCallback(
    async (direction: "undo" | "redo") => {
      // A refused undo has cleared the history: the fresh view says so to the Edit menu.
      if (!(await act(api[direction]))) show(await api.view());
    },
    [act, show, api],
  );

  // Anywhere on the page but in a text box, which keeps its own undo for the text being typed.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const direction = historyKey(e);
      if (!direction || e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      e.preventDefault();
      void undoOrRedo(direction);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [undoOrRedo]);

  useEffect(() => {
    void act(api.view);
    const onMessage = (event: MessageEvent) => event.data?.type === WORKBOOK_CHANGED && void act(api.view);
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [act, api]);

  const shownSheet = view && (view.sheets.find((s) => s.name === view.activeSheet) ?? view.sheets[0]);
  if (shownSheet && rowsInView) shownWindow.current = windowAround(shownSheet.name, rowsInView.first, rowsInView.last);

  // Rows scrolled to that have not arrived are asked for once the scrolling pauses.
  useEffect(() => {
    if (!shownSheet || !rowsInView || rowsArrived(shownSheet, rowsInView.first, rowsInView.last)) return;
    const timer = setTimeout(() => void act(api.view), SCROLL_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [shownSheet, rowsInView, act, api]);

  if (view === null) return <p class="loading">Loading the workbook…</p>;

  const sheet = shownSheet!;
  const activeCell = shownCell(sheet, selection.anchor.row, selection.anchor.column);
  const focusGrid = () => (document.querySelector(".grid") as HTMLElement | null)?.focus();

  const select = (next: Selection) => {
    setSelection(next);
    setDraft(null);
    void act(() => api.select(sheet.name, rangeA1(next.anchor, next.focus)));
  };

  const commit = async () => {
    if (draft === null) return focusGrid();
    const below = { row: selection.anchor.row + 1, column: selection.anchor.column };
    await act(() => api.edit(sheet.name, cellA1(selection.anchor), draft));
    setDraft(null);
    select({ anchor: below, focus: below });
    focusGrid();
  };

  // As in Sheets, the block goes from the selection's top left cell, and ends up selected.
  const paste = async (rows: string[][]) => {
    const start = { row: Math.min(selection.anchor.row, selection.focus.row), column: Math.min(selection.anchor.column, selection.focus.column) };
    const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    const end = { row: start.row + rows.length - 1, column: start.column + width - 1 };
    if (await act(() => api.paste(sheet.name, cellA1(start), rows))) select({ anchor: start, focus: end });
  };

  return (
    <div class="playground">
      <header class="title-bar">
        <h1>Social ROI playground</h1>
        <span class="hint">The built add-on, running on an embedded spreadsheet engine</span>
      </header>
      <MenuBar
        addonMenu={view.menu}
        history={view.history}
        onUndo={() => void undoOrRedo("undo")}
        onRedo={() => void undoOrRedo("redo")}
        onReset={() => void act(api.reset)}
        onRunMenuItem={(functionName) =>
          void act(async () => {
            const next = await api.runMenuItem(functionName);
            setSidebarVersion((v) => v + 1);
            return next;
          })
        }
      />
      <FormulaBar
        selection={rangeA1(selection.anchor, selection.focus)}
        value={draft ?? activeCell?.input ?? ""}
        editing={draft !== null}
        error={activeCell?.error}
        catalog={CATALOG}
        builtInFunctions={view.builtInFunctions}
        language={view.language}
        argumentSeparator={argumentSeparatorFor(view.locale)}
        inputRef={formulaInput}
        onChange={setDraft}
        onCommit={() => void commit()}
        onCancel={() => {
          setDraft(null);
          focusGrid();
        }}
      />
      {view.notice && <p class="notice" role="status">{view.notice}</p>}
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
      <main class="workspace">
        <Grid
          sheet={sheet}
          selection={selection}
          onSelect={select}
          onStartEdit={(initial) => {
            setDraft(initial ?? activeCell?.input ?? "");
            formulaInput.current?.focus();
          }}
          onClear={() => void act(() => api.clear(sheet.name, rangeA1(selection.anchor, selection.focus)))}
          onPaste={(rows) => void paste(rows)}
          onRowsInView={onRowsInView}
        />
        {view.sidebar && (
          <SidePanel title={view.sidebar.title} version={sidebarVersion} onClose={() => void act(api.closeSidebar)} />
        )}
      </main>
      <SheetTabs
        names={view.sheets.filter((s) => !s.hidden).map((s) => s.name)}
        active={sheet.name}
        onSelect={(name) => void act(() => api.select(name, "A1"))}
      />
    </div>
  );
}
