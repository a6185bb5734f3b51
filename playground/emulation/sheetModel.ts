/**
 * What a sheet holds besides its cells' contents (which live in the HyperFormula engine): size,
 * visibility, protection, frozen rows and columns, column widths, per-cell styles and notes, developer metadata,
 * conditional format rules and charts, as plain data.
 */

export interface CellStyle {
  numberFormat?: string;
  fontWeight?: "bold";
  background?: string;
  /** The cell's note (Range.setNote): kept with the styles, as Sheets keeps it with the cell's format, not its content. */
  note?: string;
  /** Text wraps within the cell (or its merge) instead of running on into the next cells. */
  wrap?: true;
}

/** Cells merged into one (Range.merge()), 1-based: the top-left cell's content shows across them. */
export interface Merge {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type MetadataVisibility = "DOCUMENT" | "PROJECT";

export interface MetadataRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
}

/** A colour scale's point: its colour, InterpolationType's name, and its value as the script gave it ("" for MIN and MAX). */
export interface GradientPointDescription {
  color: string;
  type: string;
  value: string;
}

/** A colour scale: the colours of its lowest and highest points, and of a midpoint when set. */
export interface GradientDescription {
  min?: GradientPointDescription;
  mid?: GradientPointDescription;
  max?: GradientPointDescription;
}

/**
 * A conditional format rule over ranges of its sheet: a boolean criterion (BooleanCriteria's name),
 * or a colour scale (criteria GRADIENT, with its gradient).
 */
export interface ConditionalFormatRuleDescription {
  /** A1 ranges on the rule's sheet, such as "D2:D9". */
  ranges: string[];
  criteria: string;
  gradient?: GradientDescription;
  values: (string | number | boolean)[];
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartDescription {
  id: number;
  /** Charts.ChartType's name, such as "BAR"; null when the script set none. */
  type: string | null;
  /** Sheet-qualified A1 ranges, such as "'Channel scorecard'!A4:A9". */
  ranges: string[];
  position: ChartPosition;
  options: Record<string, unknown>;
}

/** A sheet's protection (Sheet.protect()); range protections are not emulated. */
export interface SheetProtection {
  description: string;
  /** Editors are warned before an edit, rather than stopped. */
  warningOnly: boolean;
}

export interface SheetModel {
  /** The sheet's id, as Sheet.getSheetId() returns it. */
  id: number;
  name: string;
  /** The sheet's id inside the HyperFormula engine. */
  engineId: number;
  /** The grid's size: ranges past it do not exist (getRange throws, formulas give #REF!). */
  maxRows: number;
  maxColumns: number;
  /** Hidden with hideSheet(): it has no tab. */
  hidden: boolean;
  protection: SheetProtection | null;
  frozenRows: number;
  frozenColumns: number;
  /** Widths in pixels set by the script, by 1-based column; others are DEFAULT_COLUMN_WIDTH. */
  columnWidths: Record<number, number>;
  /** Heights in pixels set by the script, by 1-based row; others are DEFAULT_ROW_HEIGHT. */
  rowHeights: Record<number, number>;
  merges: Merge[];
  /** Styles by cellKey(row, column). */
  styles: Map<string, CellStyle>;
  metadata: MetadataRecord[];
  rules: ConditionalFormatRuleDescription[];
  charts: ChartDescription[];
}

/** A new sheet's size in Sheets. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
/** A column's width in Sheets until it is set, in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;
/** A row's height in Sheets until it is set, in pixels. */
export const DEFAULT_ROW_HEIGHT = 21;

/** 1-based row and column, as in Apps Script. */
export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

export function parseCellKey(key: string): { row: number; column: number } {
  const [row, column] = key.split(":").map(Number);
  return { row, column };
}
