/**
 * The largest sheet the engine holds: Google Sheets' 18,278 columns (A to ZZZ), and a million
 * rows. Past them HyperFormula only says "Sheet size limit exceeded"; callers say more.
 */
export const MAX_SHEET_COLUMNS = 18_278;
export const MAX_SHEET_ROWS = 1_000_000;

const count = (n: number) => n.toLocaleString("en-US");

/** What is too large in a sheet of this many rows and columns ("100,000 columns, where ..."), or null when it fits. */
export function sheetTooLarge(rows: number, columns: number): string | null {
  if (columns > MAX_SHEET_COLUMNS) return `${count(columns)} columns, where a sheet holds at most ${count(MAX_SHEET_COLUMNS)} (A to ZZZ) as in Google Sheets`;
  if (rows > MAX_SHEET_ROWS) return `${count(rows)} rows, where a sheet holds at most ${count(MAX_SHEET_ROWS)} here`;
  return null;
}
