/**
 * Writes a scorecard plan into its sheet with a fixed number of service calls, whatever the number
 * of channels: one call per kind of write over the whole block.
 */
import { gridSize } from "../scorecard/gridSize";
import type { ChartPlan, ConditionalRulePlan, ScorecardPlan, SheetGrid } from "../scorecard/plan";
import { SCORECARD_METADATA_KEY, SCORECARD_SOURCES_METADATA_KEY, type BuildTarget } from "../scorecard/target";
import { ensureGrid, ownSheet } from "./ownedSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = "#f1f3f4";

export function conditionalRules(sheet: Sheet, rules: readonly ConditionalRulePlan[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return rules.map((rule) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(rule.formula)
      .setFontColor(rule.fontColor)
      .setBackground(rule.background)
      .setRanges([sheet.getRange(rule.range)])
      .build(),
  );
}

/** One call per run of columns of equal width: bounded by the number of columns, never by the channels. */
function setColumnWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  widths.forEach((width, i) => {
    if (widths[i + 1] === width) return;
    sheet.setColumnWidths(start + 1, i - start + 1, width);
    start = i + 1;
  });
}

/**
 * Writes a grid from A1 in a fixed number of calls, growing the sheet (ours) first when its cells
 * or its charts would not fit: a new sheet has 1,000 rows and 26 columns, and a chart is anchored
 * inside the grid.
 */
export function writeGrid(sheet: Sheet, grid: SheetGrid, conditionalRules: () => GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = () => []): void {
  const rows = grid.cells.length;
  const columns = grid.cells[0].length;
  const needed = gridSize(grid);
  ensureGrid(sheet, needed.rows, needed.columns);

  const block = sheet.getRange(1, 1, rows, columns);
  block.setNumberFormats(grid.numberFormats);
  block.setValues(grid.cells);
  block.setFontWeights(grid.fontWeights);
  sheet.getRange(grid.headerRow, 1, 1, columns).setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(grid.frozenRows);
  sheet.setFrozenColumns(grid.frozenColumns);
  setColumnWidths(sheet, grid.columnWidths);
  if (grid.wrappedText) {
    const { row, column, mergedColumns, height } = grid.wrappedText;
    sheet.getRange(row, column + 1, 1, mergedColumns).merge();
    sheet.getRange(row, column, 1, mergedColumns + 1).setWrap(true);
    sheet.setRowHeight(row, height);
  }
  const rules = conditionalRules();
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);
  for (const chart of grid.charts) sheet.insertChart(embeddedChart(sheet, chart));
}

/** A fixed number of calls per chart: one per range and one per option, whatever the number of channels. */
function embeddedChart(sheet: Sheet, { type, headers = 0, ranges, anchorRow, anchorColumn, title, size, options = {} }: ChartPlan): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let builder = sheet.newChart().setChartType(type === "line" ? Charts.ChartType.LINE : Charts.ChartType.BAR);
  for (const range of ranges) builder = builder.addRange(sheet.getRange(range));
  // Said either way: without a word, Sheets may take a first data row for a header, or a header for data.
  builder = builder.setNumHeaders(headers).setPosition(anchorRow, anchorColumn, 0, 0).setOption("title", title).setOption("legend", { position: "none" });
  const sized = size ? { width: size.width, height: size.height } : {};
  for (const [name, value] of Object.entries({ ...sized, ...options })) builder = builder.setOption(name, value);
  return builder.build();
}

export function applyPlan(spreadsheet: Spreadsheet, plan: ScorecardPlan, target: BuildTarget, protectionNote: string): Sheet {
  const sheet = ownSheet(spreadsheet, target, SCORECARD_METADATA_KEY, protectionNote, SCORECARD_SOURCES_METADATA_KEY);
  writeGrid(sheet, { ...plan, headerRow: plan.layout.headerRow }, () => conditionalRules(sheet, plan.conditionalRules));
  spreadsheet.setActiveSheet(sheet);
  return sheet;
}
