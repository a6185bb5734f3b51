/** The selected range as the sidebar needs it: header detected, mapping guessed, plain JSON. */
import { columnLetter } from "./sheetText";
import { guessMapping, looksLikeHeader } from "./columnMapping";
import type { RawCell, SelectionData } from "./request";

export interface RangePosition {
  sheetName: string;
  rangeA1: string;
  firstRow: number;
  firstColumn: number;
}

const isBlank = (cell: unknown) => cell === "" || cell === null || cell === undefined;

/** google.script.run carries no Date: dates travel as ISO text. */
function plainCell(cell: unknown): RawCell {
  if (Object.prototype.toString.call(cell) === "[object Date]") return (cell as Date).toISOString();
  if (typeof cell === "number" || typeof cell === "string" || typeof cell === "boolean") return cell;
  return cell === null || cell === undefined ? "" : String(cell);
}

export function selectionData(values: readonly (readonly unknown[])[], position: RangePosition): SelectionData {
  let end = values.length;
  // A whole-column selection (A:H) ends in hundreds of empty rows.
  while (end > 0 && values[end - 1].every(isBlank)) end--;
  const cells = values.slice(0, end).map((row) => row.map(plainCell));
  const hasHeader = cells.length > 0 && looksLikeHeader(cells[0]);
  const width = values[0]?.length ?? 0;
  const headers = hasHeader
    ? cells[0].map(String)
    : Array.from({ length: width }, (_, i) => columnLetter(position.firstColumn + i));
  return {
    ...position,
    hasHeader,
    headers,
    rows: hasHeader ? cells.slice(1) : cells,
    mapping: hasHeader ? guessMapping(headers) : {},
  };
}
