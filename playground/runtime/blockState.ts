/** A block of cells' state as undo needs it: raw contents and styles, read and written back exactly. */
import { DetailedCellError, ErrorType, type SimpleCellAddress } from "hyperformula";
import type { GridArea } from "../emulation/a1";
import type { SheetModel, Workbook } from "../emulation";
import { cellKey } from "../emulation/sheetModel";
import type { BlockState } from "./editHistory";

/** Read before an edit (to undo it): a held sheet's rows enter the engine first, so that the block holds them. */
export function readBlock(workbook: Workbook, sheet: SheetModel, area: GridArea): BlockState {
  workbook.releaseHeld(sheet);
  const styles = Array.from({ length: area.numRows }, (_, r) =>
    Array.from({ length: area.numColumns }, (_, c) => {
      const style = sheet.styles.get(cellKey(area.row + r, area.column + c));
      return style ? { ...style } : null;
    }),
  );
  return { contents: workbook.contents(sheet, area), styles };
}

/** Puts the block back as it was read: its contents in one engine change (one recalculation), its styles. */
export function writeBlock(workbook: Workbook, sheet: SheetModel, area: GridArea, state: BlockState): void {
  workbook.engine.setCellContents(workbook.address(sheet, area.row, area.column), state.contents);
  state.styles.forEach((row, r) =>
    row.forEach((style, c) => {
      const key = cellKey(area.row + r, area.column + c);
      if (style) sheet.styles.set(key, { ...style });
      else sheet.styles.delete(key);
    }),
  );
}

/** True when a cell that held something holds nothing in the second state. */
export function emptiesACell(from: BlockState, to: BlockState): boolean {
  return from.contents.some((row, r) => row.some((content, c) => content !== null && to.contents[r][c] === null));
}

/**
 * HyperFormula recomputes a formula only when its inputs change, so a formula whose result had no
 * room to spill stays blocked once the cells in its way (in the emptied area) are emptied; Sheets
 * spills it again, as entering the formula again does here. Results spill down and right, so
 * only formulas above and left of the area's far corner can have been blocked by it.
 */
export function respillBlockedFormulas(workbook: Workbook, sheet: SheetModel, emptied: GridArea): void {
  const { engine } = workbook;
  const blocked: [SimpleCellAddress, string][] = [];
  const reach = { row: 1, column: 1, numRows: emptied.row + emptied.numRows - 1, numColumns: emptied.column + emptied.numColumns - 1 };
  engine.getRangeValues(workbook.range(sheet, reach)).forEach((row, r) =>
    row.forEach((value, c) => {
      if (!(value instanceof DetailedCellError) || value.type !== ErrorType.SPILL) return;
      const address = { sheet: sheet.engineId, row: r, col: c };
      const formula = engine.getCellFormula(address);
      if (formula) blocked.push([address, formula]);
    }),
  );
  if (blocked.length > 0) engine.batch(() => blocked.forEach(([address, formula]) => engine.setCellContents(address, formula)));
}
