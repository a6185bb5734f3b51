/** Finds the header row below an export's title lines ("Campaign report", "All time", a date range) and blank lines. */
import { meaningsOfHeader } from "./headerNames";
import { readNumber } from "./numbers";

// Exports put a handful of title lines above the header; a header further down is not one.
const SEARCHED_ROWS = 30;

const isBlank = (cell: unknown) => cell === "" || cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
const isText = (cell: unknown) => typeof cell === "string" && !isBlank(cell) && readNumber(cell, ".").kind === "error";

/** A row naming at least two fields reads as a header row. */
export function looksLikeHeader(row: readonly unknown[]): boolean {
  const fields = new Set(row.flatMap((cell) => (typeof cell === "string" ? meaningsOfHeader(cell).map((meaning) => meaning.field) : [])));
  const named = row.filter((cell) => typeof cell === "string" && meaningsOfHeader(cell).length > 0).length;
  return named >= 2 && fields.size >= 2;
}

/** Headers no table knows: a row of texts above a row with numbers in those columns. */
function looksLikeUnknownHeader(row: readonly unknown[], next: readonly unknown[] | undefined): boolean {
  const filled = row.filter((cell) => !isBlank(cell));
  if (filled.length < 2 || !filled.every(isText) || !next) return false;
  return row.some((cell, column) => isText(cell) && !isBlank(next[column]) && !isText(next[column]));
}

/** The index of the header row in cells, or null when the data starts at once (no header). */
export function findHeaderRow(cells: readonly (readonly unknown[])[]): number | null {
  const searched = cells.slice(0, SEARCHED_ROWS);
  const named = searched.findIndex(looksLikeHeader);
  if (named >= 0) return named;
  const nextFilled = (index: number) => {
    for (let next = index + 1; next < cells.length; next++) if (!cells[next].every(isBlank)) return cells[next];
    return undefined;
  };
  const unknown = searched.findIndex((row, index) => looksLikeUnknownHeader(row, nextFilled(index)));
  return unknown >= 0 ? unknown : null;
}

/** The row holding every one of the given names (as the user typed them for --map), or null. */
export function rowHoldingNames(cells: readonly (readonly unknown[])[], names: readonly string[]): number | null {
  const wanted = names.map((name) => name.trim().toLowerCase());
  const index = cells.slice(0, SEARCHED_ROWS).findIndex((row) => {
    const texts = new Set(row.map((cell) => String(cell ?? "").trim().toLowerCase()));
    return wanted.every((name) => texts.has(name));
  });
  return index >= 0 ? index : null;
}
