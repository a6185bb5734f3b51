/** How a cell is painted: its fill and text colour (set, or from a conditional format rule), and its place if frozen. */
import type { CellView } from "../runtime/contract";
import { ROW_HEADER_WIDTH } from "./columnLayout";

export function cellStyle(cell: CellView, selected: boolean, frozenLeft: number | null): Record<string, string> {
  return {
    ...(cell.background && !selected && { background: cell.background }),
    ...(cell.color && { color: cell.color }),
    ...(frozenLeft !== null && { left: `${ROW_HEADER_WIDTH + frozenLeft}px` }),
  };
}
