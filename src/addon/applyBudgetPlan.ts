/** Writes a budget plan into its sheet with a fixed number of service calls, whatever the number of channels. */
import type { BuildTarget } from "../scorecard/target";
import { BUDGET_PLAN_METADATA_KEY, type BudgetSheetPlan } from "../planner/plan";
import { HEADER_BACKGROUND, setColumnWidths, targetSheet } from "./applyPlan";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applyBudgetPlan(spreadsheet: Spreadsheet, plan: BudgetSheetPlan, target: BuildTarget): Sheet {
  const sheet = targetSheet(spreadsheet, target, BUDGET_PLAN_METADATA_KEY);
  const rows = plan.cells.length;
  const columns = plan.cells[0].length;
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);

  const block = sheet.getRange(1, 1, rows, columns);
  block.setNumberFormats(plan.numberFormats);
  block.setValues(plan.cells);
  block.setFontWeights(plan.fontWeights);
  sheet.getRange(plan.headerRow, 1, 1, columns).setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(plan.frozenRows);
  sheet.setFrozenColumns(plan.frozenColumns);
  setColumnWidths(sheet, plan.columnWidths);
  for (const { labels, values, anchorRow, anchorColumn, title } of plan.charts) {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(sheet.getRange(labels))
        .addRange(sheet.getRange(values))
        .setPosition(anchorRow, anchorColumn, 0, 0)
        .setOption("title", title)
        .setOption("legend", { position: "none" })
        .build(),
    );
  }
  spreadsheet.setActiveSheet(sheet);
  return sheet;
}
