/** A1 notation, as Sheets reads and writes it: "B2", "B2:C9", "A:C", "2:5", "B2:B", "'My sheet'!A1". */

/** A block of cells, 1-based as in Apps Script. */
export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ParsedA1 {
  /** The sheet named before "!", if any. */
  sheetName?: string;
  /** The block, with open ends ("A:A", "B2:B") run to the sheet's edges. */
  area(maxRows: number, maxColumns: number): GridArea;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

export function toA1(area: GridArea): string {
  const start = `${columnLetters(area.column)}${area.row}`;
  if (area.numRows === 1 && area.numColumns === 1) return start;
  return `${start}:${columnLetters(area.column + area.numColumns - 1)}${area.row + area.numRows - 1}`;
}

function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Channel data'!B2:C9": the form charts and cross-sheet references use. */
export function toQualifiedA1(sheetName: string, area: GridArea): string {
  return `${quoteSheetName(sheetName)}!${toA1(area)}`;
}

interface Corner {
  column?: number;
  row?: number;
}

function corner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!match || (match[1] === "" && match[2] === "") || (match[2] !== "" && Number(match[2]) === 0)) return null;
  return {
    column: match[1] ? columnNumber(match[1]) : undefined,
    row: match[2] ? Number(match[2]) : undefined,
  };
}

const kindOf = (c: Corner) => (c.row === undefined ? "column" : c.column === undefined ? "row" : "cell");

/** "A1:B2", "A:C", "2:5", or "B2:B" (a column from a cell down to the sheet's last row). */
function isRangeShape(start: Corner, end: Corner): boolean {
  return kindOf(start) === kindOf(end) || (kindOf(start) === "cell" && kindOf(end) === "column");
}

function splitSheetName(text: string): { sheetName?: string; reference: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), reference: quoted[2] };
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { reference: text } : { sheetName: text.slice(0, bang), reference: text.slice(bang + 1) };
}

/** The range an A1 reference names, or null when it is not one. */
export function parseA1(text: string): ParsedA1 | null {
  const { sheetName, reference } = splitSheetName(text.trim());
  const [first, second, extra] = reference.split(":");
  if (extra !== undefined) return null;
  const start = corner(first);
  const end = second === undefined ? start : corner(second);
  if (!start || !end) return null;
  if (second === undefined ? kindOf(start) !== "cell" : !isRangeShape(start, end)) return null;
  return {
    sheetName,
    area(maxRows, maxColumns) {
      const top = start.row ?? 1;
      const left = start.column ?? 1;
      const bottom = end.row ?? maxRows;
      const right = end.column ?? maxColumns;
      const row = Math.min(top, bottom);
      const column = Math.min(left, right);
      return { row, column, numRows: Math.abs(bottom - top) + 1, numColumns: Math.abs(right - left) + 1 };
    },
  };
}
