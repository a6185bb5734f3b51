/**
 * The sheet's grid: computed values with their formats and colours, column letters and row numbers,
 * frozen rows and columns, charts over the cells, selection with the mouse and the keyboard. Only
 * the rows in view are drawn, and the page is sent only those around them (shownRows.ts), so long
 * sheets stay fast; the scrollbar covers the sheet's every row.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { CellView, SheetView } from "../runtime/contract";
import { MAX_VIEW_COLUMNS } from "../runtime/limits";
import { columnLetters, isInside, type CellPosition } from "./a1";
import { cellStyle } from "./cellStyle";
import { ChartLayer } from "./ChartLayer";
import { ROW_HEADER_WIDTH, useColumnLayout } from "./columnLayout";
import { parseClipboardTable } from "./clipboardTable";
import { shownCell } from "./shownRows";

const ROW_HEIGHT = 22;
const OVERSCAN = 10;
// A row not received yet is drawn blank until it arrives.
const LOADING: CellView = { value: "", display: "", input: "", numeric: false };

export interface Selection {
  anchor: CellPosition;
  focus: CellPosition;
}

interface GridProps {
  sheet: SheetView;
  selection: Selection;
  onSelect(selection: Selection): void;
  /** Typing starts an edit in the formula bar, with what was typed; Enter or F2 with the cell's content. */
  onStartEdit(initial?: string): void;
  /** Delete or Backspace: clears every cell of the selection. */
  onClear(): void;
  /** Rows of cells' text pasted from the clipboard, to write from the selection's top left cell. */
  onPaste(rows: string[][]): void;
  /** The rows drawn (0-based, last exclusive), below the frozen ones: the page asks for them. */
  onRowsInView(first: number, last: number): void;
}

function moved({ row, column }: CellPosition, key: string, rows: number, columns: number): CellPosition {
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
  if (key === "ArrowUp") return { row: clamp(row - 1, rows), column };
  if (key === "ArrowDown" || key === "Enter") return { row: clamp(row + 1, rows), column };
  if (key === "ArrowLeft") return { row, column: clamp(column - 1, columns) };
  return { row, column: clamp(column + 1, columns) };
}

export function Grid({ sheet, selection, onSelect, onStartEdit, onClear, onPaste, onRowsInView }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const dragging = useRef(false);
  // The sheet's grid, as Sheets draws it: its rows and columns, no more (columns up to what a view sends).
  const rows = sheet.maxRows;
  const columns = Math.min(sheet.maxColumns, MAX_VIEW_COLUMNS);
  const frozen = Math.min(sheet.frozenRows, rows);
  const frozenColumns = Math.min(sheet.frozenColumns, columns);
  const layout = useColumnLayout(sheet, columns);
  // Rows the sheet sets a height for (a wrapped note), and merged blocks: drawn as Sheets draws them.
  const heightOf = (row: number) => sheet.rowHeights[row] ?? ROW_HEIGHT;
  const tallerAbove = (row: number) =>
    Object.entries(sheet.rowHeights).reduce((extra, [r, height]) => (Number(r) < row ? extra + height - ROW_HEIGHT : extra), 0);
  // The column letters' row comes first.
  const rowTop = (row: number) => (row + 1) * ROW_HEIGHT + tallerAbove(row);
  const mergeAt = new Map(sheet.merges.map((merge) => [`${merge.row}:${merge.column}`, merge]));
  const covered = new Set(
    sheet.merges.flatMap((merge) =>
      Array.from({ length: merge.rows * merge.columns }, (_, i) => [merge.row + Math.floor(i / merge.columns), merge.column + (i % merge.columns)])
        .slice(1)
        .map(([row, column]) => `${row}:${column}`),
    ),
  );

  useEffect(() => {
    const element = scroller.current!;
    const measure = () => setViewHeight(element.clientHeight);
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);

  const first = Math.max(frozen, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows, first + Math.ceil(viewHeight / ROW_HEIGHT) + 2 * OVERSCAN);

  useEffect(() => onRowsInView(first, last), [first, last, onRowsInView]);

  // Sticky cells stick by their own offset, not their row's: each cell of a frozen row carries it.
  const frozenTop = (row: number) => (row < frozen ? { top: `${rowTop(row)}px` } : undefined);
  const ownHeight = (row: number) => (sheet.rowHeights[row] === undefined ? undefined : { height: `${heightOf(row)}px`, maxHeight: `${heightOf(row)}px` });

  const renderRow = (row: number) => (
    <tr key={row} class={row < frozen ? "frozen" : undefined}>
      <th scope="row" style={{ ...frozenTop(row), ...ownHeight(row) }}>
        {row + 1}
      </th>
      {Array.from({ length: columns }, (_, column) => {
        if (covered.has(`${row}:${column}`)) return null;
        const merge = mergeAt.get(`${row}:${column}`);
        const received = shownCell(sheet, row, column);
        const cell = received ?? LOADING;
        const position = { row, column };
        const selected = isInside(position, selection.anchor, selection.focus);
        const frozenColumn = column < frozenColumns;
        const classes = [
          frozenColumn ? "frozen-column" : "",
          received ? "" : "loading",
          cell.numeric ? "numeric" : "",
          cell.error ? "error" : "",
          cell.bold ? "bold" : "",
          cell.wrap ? "wrap" : "",
          selected ? "selected" : "",
          row === selection.anchor.row && column === selection.anchor.column ? "active" : "",
        ].filter(Boolean);
        return (
          <td
            key={column}
            class={classes.join(" ") || undefined}
            title={cell.error}
            colSpan={merge ? Math.min(merge.columns, columns - column) : undefined}
            style={{ ...cellStyle(cell, selected, frozenColumn ? layout.lefts[column] : null), ...frozenTop(row), ...ownHeight(row) }}
            data-cell={`${columnLetters(column)}${row + 1}`}
            onMouseDown={(e) => {
              dragging.current = true;
              onSelect(e.shiftKey ? { anchor: selection.anchor, focus: position } : { anchor: position, focus: position });
            }}
            onMouseEnter={() => dragging.current && onSelect({ anchor: selection.anchor, focus: position })}
            onDblClick={() => onStartEdit()}
          >
            {cell.display}
          </td>
        );
      })}
    </tr>
  );

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key.startsWith("Arrow")) {
      e.preventDefault();
      const focus = moved(e.shiftKey ? selection.focus : selection.anchor, e.key, rows, columns);
      onSelect(e.shiftKey ? { anchor: selection.anchor, focus } : { anchor: focus, focus });
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      onStartEdit();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      onClear();
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      onStartEdit(e.key);
    }
  };

  return (
    <div
      class="grid"
      ref={scroller}
      tabIndex={0}
      role="grid"
      aria-label={`Sheet ${sheet.name}`}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
      onPaste={(e) => {
        const rows = parseClipboardTable(e.clipboardData?.getData("text/plain") ?? "");
        if (rows.length === 0) return;
        e.preventDefault();
        onPaste(rows);
      }}
    >
      <table style={{ width: `${ROW_HEADER_WIDTH + layout.totalWidth}px` }}>
        <colgroup>
          <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
          {layout.widths.map((width, column) => (
            <col key={column} style={{ width: `${width}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th class="corner" />
            {Array.from({ length: columns }, (_, column) => (
              <th
                key={column}
                scope="col"
                class={column < frozenColumns ? "frozen-column" : undefined}
                style={column < frozenColumns ? { left: `${ROW_HEADER_WIDTH + layout.lefts[column]}px` } : undefined}
              >
                {columnLetters(column)}
                <span class="column-border" title="Double-click to fit the column to its data" onDblClick={() => layout.autoFit(column)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: frozen }, (_, row) => renderRow(row))}
          <tr class="spacer" style={{ height: `${(first - frozen) * ROW_HEIGHT}px` }} />
          {Array.from({ length: last - first }, (_, i) => renderRow(first + i))}
          <tr class="spacer" style={{ height: `${(rows - last) * ROW_HEIGHT}px` }} />
        </tbody>
      </table>
      <ChartLayer charts={sheet.charts} lefts={layout.lefts} rowTop={rowTop} frozenRows={sheet.frozenRows} />
    </div>
  );
}
