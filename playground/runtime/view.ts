/** The workbook as the playground page shows it: each sheet's used area, computed and formatted. */
import type { RawCellContent } from "hyperformula";
import { cellError, contentSize, displayValue, formatNumber, readFormulas, readValues, sheetValue, styleAt, type SheetModel, type UiState, type Workbook } from "../emulation";
import type { CellView, SheetView, WorkbookView } from "./contract";

/** What the formula bar shows for a cell without a formula: the value as a user would type it back. */
function typedInput(content: RawCellContent, numberFormat: string | undefined): string {
  if (typeof content === "number" && numberFormat?.includes("%")) return `${formatNumber(content * 100, null, "en_US")}%`;
  if (typeof content === "boolean") return content ? "TRUE" : "FALSE";
  return content === null || content === undefined ? "" : String(content);
}

function sheetView(workbook: Workbook, sheet: SheetModel): SheetView {
  const size = contentSize(workbook, sheet);
  const area = { row: 1, column: 1, numRows: Math.max(1, size.rows), numColumns: Math.max(1, size.columns) };
  const values = readValues(workbook, sheet, area);
  const formulas = readFormulas(workbook, sheet, area);
  const contents = workbook.contents(sheet);
  const cells = values.map((row, r) =>
    row.map((value, c): CellView => {
      const style = styleAt(sheet, r + 1, c + 1);
      const error = cellError(value);
      const sheetCell = sheetValue(value);
      return {
        value: sheetCell,
        display: displayValue(value, style.numberFormat, workbook.settings.locale),
        input: formulas[r][c] || typedInput(contents[r]?.[c] ?? null, style.numberFormat),
        numeric: typeof sheetCell === "number",
        ...(error && { error: error.message }),
        ...(style.fontWeight === "bold" && { bold: true }),
        ...(style.background && { background: style.background }),
      };
    }),
  );
  return { name: sheet.name, frozenRows: sheet.frozenRows, cells };
}

/** The view without the edit history, which the session keeps. */
export function workbookView(workbook: Workbook, ui: UiState): Omit<WorkbookView, "history"> {
  return {
    sheets: workbook.sheets.map((sheet) => sheetView(workbook, sheet)),
    activeSheet: workbook.active.sheet,
    selection: workbook.active.range,
    menu: ui.menu,
    sidebar: ui.sidebar && { title: ui.sidebar.title },
  };
}
