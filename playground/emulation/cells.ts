/** Reading and writing blocks of cells of one sheet: contents in the engine, styles in the sheet model. */
import type { CellValue, RawCellContent, SimpleCellAddress } from "hyperformula";
import { fromEngineFormula, refreshOpenRanges } from "../engine/openRanges";
import type { GridArea } from "./a1";
import { formulaForSignedText, typedNumberFormat, type CellInput } from "./cellContent";
import { cellKey, type CellStyle, type SheetModel } from "./sheetModel";
import type { Workbook } from "./workbook";

/** Changes to a style; an undefined property resets it to the default. */
export type StyleChange = { [K in keyof CellStyle]?: CellStyle[K] | undefined };

export function styleAt(sheet: SheetModel, row: number, column: number): CellStyle {
  return sheet.styles.get(cellKey(row, column)) ?? {};
}

export function updateStyles(sheet: SheetModel, area: GridArea, change: (row: number, column: number) => StyleChange): void {
  for (let r = 0; r < area.numRows; r++) {
    for (let c = 0; c < area.numColumns; c++) {
      const key = cellKey(area.row + r, area.column + c);
      const style: Record<string, unknown> = { ...sheet.styles.get(key), ...change(r, c) };
      for (const name of Object.keys(style)) if (style[name] === undefined) delete style[name];
      if (Object.keys(style).length === 0) sheet.styles.delete(key);
      else sheet.styles.set(key, style as CellStyle);
    }
  }
}

/** Enters values from (row, column) on, as a user typing them would (see cellContent.ts). */
export function writeInputs(workbook: Workbook, sheet: SheetModel, row: number, column: number, inputs: readonly (readonly CellInput[])[]): void {
  // A held sheet's rows enter the engine first, so that formulas written over them read them there.
  workbook.releaseHeld(sheet);
  // Array.from, not map: arrays from the script's vm realm fail HyperFormula's `instanceof Array` checks.
  const contents = Array.from(inputs, (cells) => Array.from(cells, (input) => workbook.engineContent(input)));
  setContents(workbook, sheet, row, column, contents);
  settleTypedText(workbook, sheet, row, column, inputs);
}

/**
 * Sets engine contents, then results over open-ended ranges follow. (The engine's sheet size is no
 * guide to where the data ends: cells that formulas merely read, such as a key sheet's, count in it.)
 */
function setContents(workbook: Workbook, sheet: SheetModel, row: number, column: number, contents: RawCellContent[][]): void {
  workbook.releaseHeld(sheet);
  workbook.engine.setCellContents(workbook.address(sheet, row, column), contents);
  refreshOpenRanges(workbook.engine);
}

/**
 * What Sheets does beyond HyperFormula with text entered from (row, column) on: "-abc" becomes a
 * formula, "2%" gets a percent format, "$1500" a currency format.
 */
export function settleTypedText(workbook: Workbook, sheet: SheetModel, row: number, column: number, inputs: readonly (readonly CellInput[])[]): void {
  const { engine } = workbook;
  const signedText: [SimpleCellAddress, string][] = [];
  inputs.forEach((cells, r) =>
    cells.forEach((input, c) => {
      if (typeof input !== "string" || input === "" || /^['=]/.test(input)) return;
      const address = workbook.address(sheet, row + r, column + c);
      const type = engine.getCellValueDetailedType(address);
      const formula = formulaForSignedText(input, type);
      if (formula) signedText.push([address, formula]);
      const current = styleAt(sheet, row + r, column + c).numberFormat;
      const numberFormat = typedNumberFormat(input, type, engine.getCellValueFormat(address), current);
      if (numberFormat) updateStyles(sheet, { row: row + r, column: column + c, numRows: 1, numColumns: 1 }, () => ({ numberFormat }));
    }),
  );
  if (signedText.length > 0) engine.batch(() => signedText.forEach(([address, formula]) => engine.setCellContents(address, formula)));
}

/** Enters one formula into every cell of the area, its relative references moving with each cell. */
export function fillFormula(workbook: Workbook, sheet: SheetModel, area: GridArea, formula: string): void {
  writeInputs(workbook, sheet, area.row, area.column, [[formula]]);
  if (area.numRows === 1 && area.numColumns === 1) return;
  const start = workbook.address(sheet, area.row, area.column);
  const filled = workbook.engine.getFillRangeData({ start, end: start }, workbook.range(sheet, area));
  workbook.engine.setCellContents(start, filled);
}

export function clearContents(workbook: Workbook, sheet: SheetModel, area: GridArea): void {
  const empty = Array.from({ length: area.numRows }, () => new Array<null>(area.numColumns).fill(null));
  setContents(workbook, sheet, area.row, area.column, empty);
}

export function readValues(workbook: Workbook, sheet: SheetModel, area: GridArea): CellValue[][] {
  if (workbook.held?.holds(sheet.name)) return workbook.held.block(sheet.name, area.row - 1, area.column - 1, area.numRows, area.numColumns);
  return workbook.engine.getRangeValues(workbook.range(sheet, area));
}

export function readFormulas(workbook: Workbook, sheet: SheetModel, area: GridArea): string[][] {
  return workbook.engine.getRangeFormulas(workbook.range(sheet, area)).map((row) => row.map((formula) => (formula ? fromEngineFormula(formula) : "")));
}

/** The rows and columns up to the last cell with content (0 and 0 for an empty sheet). */
export function contentSize(workbook: Workbook, sheet: SheetModel): { rows: number; columns: number } {
  const { width, height } = workbook.engine.getSheetDimensions(sheet.engineId);
  const held = workbook.held?.holds(sheet.name) ? workbook.held.size(sheet.name) : { rows: 0, columns: 0 };
  return { rows: Math.max(height, held.rows), columns: Math.max(width, held.columns) };
}
