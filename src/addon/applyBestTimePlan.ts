/** Writes the best time to post sheet in a fixed number of service calls: the 7 x 24 grids in one batch, two rules. */
import type { BestTimePlan, GradientPoint } from "../scorecard/bestTimePlan";
import type { BuildTarget } from "../scorecard/target";
import { conditionalRules, writeGrid } from "./applyPlan";
import { ownSheet } from "./ownedSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export const BEST_TIME_METADATA_KEY = "socialRoi.bestTime";

/** A colour scale's end as the builder takes it: the range's own lowest or highest number, or a number given as text. */
function withPoint(builder: Builder, end: "min" | "max", point: GradientPoint): Builder {
  const { InterpolationType } = SpreadsheetApp;
  if (point.type !== "NUMBER") return end === "min" ? builder.setGradientMinpoint(point.color) : builder.setGradientMaxpoint(point.color);
  return end === "min"
    ? builder.setGradientMinpointWithValue(point.color, InterpolationType.NUMBER, String(point.value))
    : builder.setGradientMaxpointWithValue(point.color, InterpolationType.NUMBER, String(point.value));
}

function colourScale(sheet: Sheet, plan: BestTimePlan): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const { range, min, max } = plan.gradient;
  return withPoint(withPoint(SpreadsheetApp.newConditionalFormatRule(), "min", min), "max", max).setRanges([sheet.getRange(range)]).build();
}

export function applyBestTimePlan(spreadsheet: Spreadsheet, plan: BestTimePlan, target: BuildTarget, protectionNote: string): Sheet {
  const sheet = ownSheet(spreadsheet, target, BEST_TIME_METADATA_KEY, protectionNote);
  // The grey of too few posts first: Sheets formats a cell by the first rule that matches it.
  writeGrid(sheet, plan, () => [...conditionalRules(sheet, plan.conditionalRules), colourScale(sheet, plan)]);
  spreadsheet.setActiveSheet(sheet);
  return sheet;
}
