/** The workbook as the playground page shows it: each sheet's used area, computed and formatted. */
import type { RawCellContent } from "hyperformula";
import { cellError, contentSize, displayValue, formatNumber, readFormulas, readValues, sheetValue, styleAt, type SheetModel, type UiState, type Workbook } from "../emulation";
import type { CellView, SheetView, WorkbookView } from "./contract";
import { MAX_VIEW_COLUMNS, MAX_VIEW_ROWS } from "./limits";

/** What the formula bar shows for a cell without a formula: the value as a user would type it back. */
function typedInput(content: RawCellContent, numberFormat: string | undefined): string {
  if (typeof content === "number" && numberFormat?.includes("%")) return `${formatNumber(content * 100, null, "en_US")}%`;
  if (typeof content === "boolean") return content ? "TRUE" : "FALSE";
  return content === null || content === undefined ? "" : String(content);
}

const clamp = (count: number, max: number) => Math.min(Math.max(1, count), max);

function sheetView(workbook: Workbook, sheet: SheetModel): SheetView {
  const size = contentSize(workbook, sheet);
  const area = { row: 1, column: 1, numRows: clamp(size.rows, MAX_VIEW_ROWS), numColumns: clamp(size.columns, MAX_VIEW_COLUMNS) };
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
  const cut = size.rows > area.numRows || size.columns > area.numColumns;
  const formulaRules = sheet.rules
    .filter((rule) => rule.criteria === "CUSTOM_FORMULA")
    .map(({ ranges, values, fontColor, background, bold }) => ({ ranges, formula: String(values[0]), fontColor, background, bold }));
  return { name: sheet.name, frozenRows: sheet.frozenRows, cells, ...(cut && { usedSize: size }), ...(formulaRules.length > 0 && { formulaRules }) };
}

export function workbookView(workbook: Workbook, ui: UiState): WorkbookView {
  return {
    sheets: workbook.sheets.map((sheet) => sheetView(workbook, sheet)),
    activeSheet: workbook.active.sheet,
    selection: workbook.active.range,
    menu: ui.menu,
    sidebar: ui.sidebar && { title: ui.sidebar.title },
  };
}
