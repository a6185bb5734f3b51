/** Called by the scorecard sidebar: the selected range, read in one getValues. */
import { selectionData } from "../scorecard/selection";
import type { SelectionData } from "../scorecard/request";

export function readSelection(): SelectionData {
  const range = SpreadsheetApp.getActiveRange();
  if (!range || range.getNumRows() < 2) {
    throw new Error("Select your channel data, header row included (at least two rows), then press Use selection again.");
  }
  const selection = selectionData(range.getValues(), {
    sheetName: range.getSheet().getName(),
    rangeA1: range.getA1Notation(),
    firstRow: range.getRow(),
    firstColumn: range.getColumn(),
  });
  if (selection.rows.length === 0) throw new Error("The selection holds no data rows: select the rows below the headers too.");
  return selection;
}
