/**
 * A CSV file picked in the sidebar, read in the browser by the command line's own code (encoding,
 * separator, header row, numbers), as the cells of its data sheet, cut into chunks small enough for
 * google.script.run, whose size limit Apps Script does not document.
 */
import { MONEY_FIELDS } from "../../../import/currency";
import { readCsv } from "../../../import/csv";
import { hasDataRows, importTable } from "../../../import";
import { literalText, sheetCells, withDayNumbers } from "../../../sources/dataSheet";
import type { CsvChunk } from "../../../sources/sidebarRequest";

/** About a megabyte of JSON per call. */
const CHUNK_CHARACTERS = 1_000_000;

const cellSize = (cell: unknown) => (typeof cell === "string" ? cell.length + 3 : 12);

/** noDataRows: the refusal of a file with no data rows, which gets no sheet. */
export function csvChunks(fileName: string, bytes: Uint8Array, noDataRows: string): Omit<CsvChunk, "sheetName">[] {
  const table = readCsv(bytes);
  const imported = importTable(table.rows, { convention: table.convention });
  if (!hasDataRows(imported.dataRows)) throw new Error(noDataRows);
  const width = table.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const firstDataRow = imported.report.headerRow === null ? 0 : imported.report.headerRow + 1;
  const labelColumns = new Set(imported.mapping.channel === undefined ? [] : [imported.mapping.channel]);
  const numbers = sheetCells(table.rows, width, firstDataRow, imported.marks, labelColumns);
  const dayColumns = withDayNumbers(imported, numbers, firstDataRow, labelColumns);
  const cells = literalText(numbers);
  const moneyColumns = [...new Set(MONEY_FIELDS.flatMap((field) => (imported.mapping[field] === undefined ? [] : [imported.mapping[field]!])))];
  const chunks: Omit<CsvChunk, "sheetName">[] = [];
  let start = 0;
  while (start < cells.length) {
    let end = start;
    for (let size = 0; end < cells.length && (end === start || size < CHUNK_CHARACTERS); end++) size += cells[end].reduce((sum: number, cell) => sum + cellSize(cell), 2);
    chunks.push({ fileName, firstRow: start, rows: cells.slice(start, end), totalRows: cells.length, width, firstDataRow, moneyColumns, dayColumns, currency: imported.report.currency });
    start = end;
  }
  return chunks;
}
