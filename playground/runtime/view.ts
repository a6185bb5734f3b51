/** The workbook as the playground page shows it: each sheet's used area, computed and formatted. */
import type { RawCellContent } from "hyperformula";
import { cellError, contentSize, displayValue, formatNumber, localFormula, readFormulas, readValues, sheetValue, styleAt, type SheetModel, type UiState, type Workbook } from "../emulation";
import type { CellView, SheetView, WorkbookView } from "./contract";

// What the formula bar shows for a percent: all its digits, with the locale's decimal separator.
const TYPED_PERCENT = "0.###############%";

/** What the formula bar shows for a cell without a formula: the value as a user would type it back. */
function typedInput(content: RawCellContent, value: unknown, numberFormat: string | undefined, locale: string): string {
  // Empty, or filled by another cell's spilled result.
  if (content === null || content === undefined) return "";
  if (typeof value === "number" && numberFormat?.includes("%")) return formatNumber(value, TYPED_PERCENT, locale);
  if (typeof content === "boolean") return content ? "TRUE" : "FALSE";
  // Numbers as typed ("12.5", "$1500"), with the locale's decimal separator.
  if (typeof value === "number") return localFormula(String(content), locale);
  return String(content);
}

function sheetView(workbook: Workbook, sheet: SheetModel): SheetView {
  const size = contentSize(workbook, sheet);
  const area = { row: 1, column: 1, numRows: Math.max(1, size.rows), numColumns: Math.max(1, size.columns) };
  const values = readValues(workbook, sheet, area);
  const formulas = readFormulas(workbook, sheet, area);
  const contents = workbook.contents(sheet);
  const { locale } = workbook.settings;
  const cells = values.map((row, r) =>
    row.map((value, c): CellView => {
      const style = styleAt(sheet, r + 1, c + 1);
      const error = cellError(value);
      const sheetCell = sheetValue(value);
      return {
        value: sheetCell,
        display: displayValue(value, style.numberFormat, locale),
        input: formulas[r][c] ? localFormula(formulas[r][c], locale) : typedInput(contents[r]?.[c] ?? null, value, style.numberFormat, locale),
        numeric: typeof sheetCell === "number",
        ...(error && { error: error.message }),
        ...(style.fontWeight === "bold" && { bold: true }),
        ...(style.background && { background: style.background }),
      };
    }),
  );
  return { name: sheet.name, frozenRows: sheet.frozenRows, cells };
}

export function workbookView(workbook: Workbook, ui: UiState, language: WorkbookView["language"], builtInFunctions: string[]): WorkbookView {
  return {
    sheets: workbook.sheets.map((sheet) => sheetView(workbook, sheet)),
    activeSheet: workbook.active.sheet,
    selection: workbook.active.range,
    menu: ui.menu,
    sidebar: ui.sidebar && { title: ui.sidebar.title },
    locale: workbook.settings.locale,
    language,
    builtInFunctions,
  };
}
