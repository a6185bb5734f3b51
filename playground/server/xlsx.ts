/**
 * File > Download .xlsx and the command line's --out: the workbook as Excel and LibreOffice open
 * and recompute it.
 * - Text is a string cell, which .xlsx never reads as a formula: 'Facebook (Sheets' literal-text
 *   apostrophe) is written Facebook. exceljs has no quote-prefix style to write.
 * - Native formulas keep their computed value, and Excel or LibreOffice recompute them.
 * - Our custom functions (=ROI, =CPA...) run only in Sheets with the add-on: they are written as
 *   their native twins (nativeTwin.ts), so the file stays live; a call over ranges is an array
 *   formula over the cells it fills. A call that cannot be rewritten (nested in another of ours, a
 *   named range...) keeps its computed values, as do the cells its results spill into.
 * - Number formats, bold, backgrounds, frozen rows, column widths to fit, custom-formula
 *   conditional formats, then colour scales (a lower priority: the earlier rules win a cell, as in Sheets). exceljs writes no charts: the scorecard's ROI chart stays in Sheets.
 * - Sheet names are made valid for Excel, with formulas following them (excelSheetNames).
 * - Open-ended ranges ("B2:B") run down to Excel's last row.
 * - =ARRAYFORMULA(expression) over ranges of one size (the key sheet's) is an array formula over the
 *   cells its result fills, that size from its cell: Excel's and LibreOffice's own form of it.
 */
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { portableFormula } from "../../src/functions";
import type { CellView, FormulaRuleView, RawCell, SheetFile, WorkbookFile, WorkbookView } from "../runtime/contract";
import { excelSheetNames, renameSheetsInFormula } from "./excelSheetNames";
import { withOpenRangesClosed } from "../engine/openRanges";
import { widestNumber } from "../emulation/numberFormat";
import type { HeldSheet } from "../engine/heldRows";

/** An array formula as exceljs writes it (its types leave out shareType "array"). */
type ArrayFormulaValue = ExcelJS.CellFormulaValue & { shareType: "array"; ref: string };

/** A Sheets formula as the .xlsx writes it; null when Excel cannot compute it (see nativeFormula). */
type ToExcel = (formula: string) => string | null;

// Functions newer than the .xlsx format are written with Excel's prefix (_xlfn.NAME; _xlfn._xlws.NAME
// for the worksheet-only ones), or Excel and LibreOffice read #NAME?.
const NEWER_FUNCTIONS: Record<string, string> = {
  ...Object.fromEntries(["UNICHAR", "UNICODE", "IFNA", "IFS", "SWITCH", "CONCAT", "TEXTJOIN", "MAXIFS", "MINIFS", "XLOOKUP", "SEQUENCE", "UNIQUE"].map((name) => [name, "_xlfn."])),
  FILTER: "_xlfn._xlws.",
  SORT: "_xlfn._xlws.",
};
const NEWER_CALL = new RegExp(`("(?:[^"]|"")*")|\\b(${Object.keys(NEWER_FUNCTIONS).join("|")})\\s*\\(`, "gi");
const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);
// Excel's last row: open-ended ranges ("B2:B", Sheets' syntax) are written down to it.
const EXCEL_LAST_ROW = 1_048_576;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

const ARRAY_FORMULA_CALL = /\bARRAYFORMULA\s*\(/gi;

/**
 * The formula as Excel computes it, our calls as their native twins (open-ended ranges in them end at
 * the workbook's last row with data, so an array formula never fills a million rows); null when a
 * call cannot be rewritten, or its twin over ranges would sit inside another formula, which Excel's
 * array formulas cannot hold.
 */
function nativeFormula(formula: string, lastDataRow: number): string | null {
  const portable = portableFormula(formula);
  if (!portable.rewritten) return "problem" in portable ? null : formula;
  const code = portable.formula.replace(/"(?:[^"]|"")*"/g, '""');
  const arrayCalls = code.match(ARRAY_FORMULA_CALL)?.length ?? 0;
  if (arrayCalls > 1 || (arrayCalls === 1 && !ARRAY_FORMULA.test(code))) return null;
  return withOpenRangesClosed(portable.formula, lastDataRow);
}

const withNewerFunctionsMarked = (formula: string) =>
  formula.replace(NEWER_CALL, (match, literal: string | undefined, name: string) => (literal !== undefined ? match : `${NEWER_FUNCTIONS[name.toUpperCase()]}${name.toUpperCase()}(`));

const ARRAY_FORMULA = /^=\s*ARRAYFORMULA\s*\(([\s\S]*)\)\s*$/i;
const RANGE = /\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/;

const columnNumber = (letters: string) => [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);
const columnLetters = (column: number): string => (column > 26 ? columnLetters(Math.floor((column - 1) / 26)) : "") + String.fromCharCode(65 + ((column - 1) % 26));

/** The cells an element-wise array formula at (row, column) fills: the size of the first range it reads. */
function arrayRef(expression: string, row: number, column: number): string {
  const range = RANGE.exec(expression.replace(/"(?:[^"]|"")*"/g, '""'));
  if (!range) return `${columnLetters(column)}${row}`;
  const [, fromColumn, fromRow, toColumn, toRow] = range;
  const [rows, columns] = [Number(toRow) - Number(fromRow) + 1, columnNumber(toColumn) - columnNumber(fromColumn) + 1];
  return `${columnLetters(column)}${row}:${columnLetters(column + columns - 1)}${row + rows - 1}`;
}

const argb = (color: string) => `FF${color.replace("#", "").toUpperCase()}`;

/** A computed value as .xlsx holds it; Sheets' own #ERROR! (a custom function's) is Excel's #VALUE!. */
function cellValueOf(value: CellView["value"], isError: boolean): ExcelJS.CellValue {
  if (!isError) return value;
  return { error: (EXCEL_ERRORS.has(String(value)) ? value : "#VALUE!") as ExcelJS.CellErrorValue["error"] };
}

function contentOf(raw: RawCell, computed: CellView | undefined, toExcel: ToExcel, row: number, column: number): ExcelJS.CellValue {
  const value = cellValueOf(computed?.value ?? "", computed?.error !== undefined);
  const native = typeof raw === "string" && raw.startsWith("=") ? toExcel(raw) : null;
  if (native !== null) {
    const formula = native.slice(1);
    const array = ARRAY_FORMULA.exec(`=${formula}`);
    if (array) return { formula: array[1], shareType: "array", ref: arrayRef(array[1], row, column), result: value } as ArrayFormulaValue;
    return { formula, result: value } as ExcelJS.CellFormulaValue;
  }
  // Literal cells, calls that could not be rewritten and the cells they spill into: the value Sheets shows.
  return value === "" ? null : value;
}

/** Bold, background and wrapping: what a cell looks like besides its number format. */
type Look = Pick<CellView, "bold" | "background" | "wrap">;

/** A sheet's cells as they are written: the emulation's computed view, or a data sheet's own rows (see HeldSheets). */
interface SheetCells {
  rows: number;
  columns(row: number): number;
  /** What the file holds: a value, a formula with its computed value, or null. */
  value(row: number, column: number): ExcelJS.CellValue;
  format(row: number, column: number): string | null | undefined;
  look(row: number, column: number): Look | undefined;
  /** Each column's longest display, from a row down: what its width fits. */
  displayWidths(firstRow: number): number[];
}

/**
 * Data sheets whose rows the engine does not hold (the command line's --out: see heldRows.ts), by
 * sheet name: every cell of each, literal values only, with its number format.
 */
export type HeldSheets = ReadonlyMap<string, HeldSheet>;

function viewCells(sheet: SheetFile, cells: CellView[][], toExcel: ToExcel): SheetCells {
  const view: SheetCells = {
    rows: Math.max(sheet.cells.length, cells.length),
    columns: (r) => Math.max(sheet.cells[r]?.length ?? 0, cells[r]?.length ?? 0),
    value: (r, c) => contentOf(sheet.cells[r]?.[c] ?? null, cells[r]?.[c], toExcel, r + 1, c + 1),
    format: (r, c) => sheet.formats[r]?.[c],
    look: (r, c) => cells[r]?.[c],
    displayWidths: (firstRow) => {
      const widths: number[] = [];
      for (let r = firstRow; r < view.rows; r++) {
        for (let c = 0; c < view.columns(r); c++) {
          if (isWritten(view.value(r, c), view.format(r, c), view.look(r, c))) widths[c] = Math.max(widths[c] ?? 0, cells[r]?.[c]?.display.length ?? 0);
        }
      }
      return widths;
    },
  };
  return view;
}

/** A held sheet's cells as the grid shows them: text as written, numbers in their format. */
function heldCells({ cells, formats }: HeldSheet, locale: string): SheetCells {
  const value = (r: number, c: number) => {
    const cell = cells[r][c];
    return cell === "" || cell === undefined ? null : cell;
  };
  const format = (r: number, c: number) => formats[r]?.[c];
  return {
    rows: cells.length,
    columns: (r) => cells[r].length,
    value,
    format,
    look: () => undefined,
    // Text by its length; numbers by format, laid out only as far as the widest needs (widestNumber).
    displayWidths: (firstRow) => {
      const widths: number[] = [];
      const numbers = new Map<string, { column: number; format: string | null | undefined; values: number[] }>();
      for (let r = firstRow; r < cells.length; r++) {
        for (let c = 0; c < cells[r].length; c++) {
          const shown = value(r, c);
          if (typeof shown === "number") {
            const key = `${c}\u0000${format(r, c) ?? ""}`;
            const group = numbers.get(key) ?? numbers.set(key, { column: c, format: format(r, c), values: [] }).get(key)!;
            group.values.push(shown);
          } else if (shown !== null || format(r, c)) widths[c] = Math.max(widths[c] ?? 0, String(shown ?? "").length);
        }
      }
      for (const { column, format: shownIn, values } of numbers.values()) widths[column] = Math.max(widths[column] ?? 0, widestNumber(values, shownIn, locale));
      return widths;
    },
  };
}

const NO_LOOK: Look = {};

/** One style object per look, shared by the cells that have it: exceljs then files it once, not once per cell. */
class SharedStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  of(format: string | null | undefined, { bold, background, wrap }: Look = NO_LOOK): Partial<ExcelJS.Style> {
    const key = `${format ?? ""}\u0000${bold ? 1 : 0}${wrap ? 1 : 0}${background ?? ""}`;
    let style = this.styles.get(key);
    if (!style) {
      style = {
        ...(format && { numFmt: format }),
        ...(bold && { font: { bold: true } }),
        ...(background && { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(background) } } }),
        ...(wrap && { alignment: { wrapText: true, vertical: "top" } }),
      } as Partial<ExcelJS.Style>;
      this.styles.set(key, style);
    }
    return style;
  }
}

/** A cell is written when it holds a value or shows a format, bold, a background or wrapping. */
function isWritten(value: ExcelJS.CellValue, format: string | null | undefined, look: Look | undefined): boolean {
  return value !== null || !!format || !!look?.bold || !!look?.background || !!look?.wrap;
}

/** The sheet's cells, row by row, each row handed to the file once written (a large data sheet is never held whole). */
function writeSheet(worksheet: ExcelJS.Worksheet, sheet: SheetFile, cells: SheetCells, styles: SharedStyles): void {
  // Titles above a frozen header overflow into the next cells, as in Sheets: they set no width.
  cells.displayWidths(Math.max(0, sheet.frozenRows - 1)).forEach((width, c) => {
    worksheet.getColumn(c + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
  // Merged before the rows are written (a written row is gone): a value given to a cell a merge covers would be its first cell's.
  const covered = new Set<string>();
  for (const { row, column, numRows, numColumns } of sheet.merges ?? []) {
    worksheet.mergeCells(row, column, row + numRows - 1, column + numColumns - 1);
    for (let r = 0; r < numRows; r++) for (let c = 0; c < numColumns; c++) if (r > 0 || c > 0) covered.add(`${row + r - 1},${column + c - 1}`);
  }
  // Sheets sets heights in pixels, .xlsx in points (3/4 of a pixel).
  sheet.rowHeights?.forEach((height, r) => {
    if (height !== null) worksheet.getRow(r + 1).height = height * 0.75;
  });
  for (let r = 0; r < cells.rows; r++) {
    const row = worksheet.getRow(r + 1);
    for (let c = 0; c < cells.columns(r); c++) {
      const [value, format, look] = [cells.value(r, c), cells.format(r, c), cells.look(r, c)];
      if (!isWritten(value, format, look)) continue;
      const target = row.getCell(c + 1);
      if (!covered.has(`${r},${c}`)) target.value = value;
      target.style = styles.of(format, look);
    }
    row.commit();
  }
}

function writeRules(worksheet: ExcelJS.Worksheet, rules: readonly FormulaRuleView[], toExcel: ToExcel): void {
  rules.forEach((rule, index) => {
    const formula = toExcel(rule.formula);
    if (formula === null) return;
    const style: Partial<ExcelJS.Style> = {
      font: { ...(rule.fontColor && { color: { argb: argb(rule.fontColor) } }), ...(rule.bold && { bold: true }) },
      ...(rule.background && { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.background) } } }),
    };
    worksheet.addConditionalFormatting({
      ref: rule.ranges.join(" "),
      rules: [{ type: "expression", priority: index + 1, formulae: [formula.replace(/^=/, "")], style }],
    });
  });
}

// A colour scale's point types (InterpolationType) as .xlsx names them.
const SCALE_POINTS: Readonly<Record<string, ExcelJS.CfvoTypes>> = { MIN: "min", MAX: "max", NUMBER: "num", PERCENT: "percent", PERCENTILE: "percentile" };

/** The sheet's colour scales, after its formula rules (priority: one past theirs). */
function writeColourScales(worksheet: ExcelJS.Worksheet, sheet: SheetFile, firstPriority: number): void {
  const scales = (sheet.rules ?? []).filter((rule) => rule.gradient?.min && rule.gradient.max);
  scales.forEach(({ ranges, gradient }, index) => {
    const points = [gradient!.min!, ...(gradient!.mid ? [gradient!.mid] : []), gradient!.max!];
    worksheet.addConditionalFormatting({
      ref: ranges.join(" "),
      rules: [
        {
          type: "colorScale",
          priority: firstPriority + index,
          cfvo: points.map((point) => ({ type: SCALE_POINTS[point.type], ...(point.value !== "" && { value: Number(point.value) }) })),
          color: points.map((point) => ({ argb: argb(point.color) })),
        },
      ],
    });
  });
}

/** The workbook as .xlsx, streamed to `output`: sheet by sheet, a held data sheet from its own rows. */
export async function writeXlsx(output: Writable, file: WorkbookFile, view: WorkbookView, held: HeldSheets = new Map()): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: true });
  const names = excelSheetNames(file.sheets.map((sheet) => sheet.name));
  const lastDataRow = Math.max(1, ...file.sheets.map((sheet) => held.get(sheet.name)?.cells.length ?? sheet.cells.length));
  const toExcel: ToExcel = (formula) => {
    const native = nativeFormula(formula, lastDataRow);
    return native === null ? null : withOpenRangesClosed(withNewerFunctionsMarked(renameSheetsInFormula(native, names)), EXCEL_LAST_ROW);
  };
  const styles = new SharedStyles();
  for (const sheet of file.sheets) {
    const computed = view.sheets.find((s) => s.name === sheet.name);
    const worksheet = workbook.addWorksheet(names.get(sheet.name), {
      views: sheet.frozenRows > 0 ? [{ state: "frozen", ySplit: sheet.frozenRows }] : [],
      state: sheet.hidden ? "hidden" : "visible",
    });
    const heldSheet = held.get(sheet.name);
    writeSheet(worksheet, sheet, heldSheet ? heldCells(heldSheet, file.locale) : viewCells(sheet, computed?.cells ?? [], toExcel), styles);
    writeRules(worksheet, computed?.formulaRules ?? [], toExcel);
    writeColourScales(worksheet, sheet, (computed?.formulaRules?.length ?? 0) + 1);
    worksheet.commit();
  }
  await workbook.commit();
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookToXlsx(file: WorkbookFile, view: WorkbookView, held?: HeldSheets): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(output, file, view, held);
  return new Uint8Array(Buffer.concat(chunks));
}
