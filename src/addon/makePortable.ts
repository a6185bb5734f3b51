/**
 * Extensions > Social ROI > Make portable: rewrites our calls in the selection, the active sheet or
 * every sheet into their native twins, which work in any file, and back ("Restore our functions").
 * Each block is read with one getFormulas and one getNotes; each run of rewritten cells (one column,
 * consecutive rows) is written with one setFormulas and one setNotes, never the whole block, whose
 * plain values and spilled results setFormulas would erase.
 */
import { addonTexts, portableTexts } from "../i18n";
import { changeRuns, planMakePortable, planRestore, type BlockPlan } from "../portable/plan";
import type { PortableReport, PortableScope } from "../portable/report";
import { columnLetter } from "../scorecard/sheetText";
import { withDocumentLock } from "./documentLock";
import { showSidebar } from "./showSidebar";
import { userLanguage } from "./userLanguage";

type Planner = (formulas: string[][], notes: string[][], texts: ReturnType<typeof portableTexts>) => BlockPlan;

export function showMakePortable(): void {
  showSidebar("portable", (language) => portableTexts(language).menuMakePortable);
}

function blocksOf(scope: PortableScope): GoogleAppsScript.Spreadsheet.Range[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (scope === "selection") {
    const selection = spreadsheet.getActiveRange();
    if (!selection) throw new Error(portableTexts(userLanguage()).nothingSelected);
    return [selection];
  }
  if (scope === "sheet") return [spreadsheet.getActiveSheet().getDataRange()];
  if (scope === "spreadsheet") return spreadsheet.getSheets().map((sheet) => sheet.getDataRange());
  throw new Error(`Unknown scope ${String(scope)}: selection, sheet or spreadsheet`);
}

function rewrite(scope: PortableScope, plan: Planner, write: boolean): PortableReport {
  const texts = portableTexts(userLanguage());
  const report: PortableReport = { changes: [], left: [] };
  for (const block of blocksOf(scope)) {
    const sheet = block.getSheet();
    const [top, left, name] = [block.getRow(), block.getColumn(), sheet.getName()];
    const { changes, left: kept } = plan(block.getFormulas(), block.getNotes(), texts);
    const address = (row: number, column: number) => `${columnLetter(left + column)}${top + row}`;
    if (write) {
      for (const run of changeRuns(changes)) {
        const cells = sheet.getRange(top + run[0].row, left + run[0].column, run.length, 1);
        cells.setFormulas(run.map((change) => [change.after]));
        cells.setNotes(run.map((change) => [change.note]));
      }
    }
    report.changes.push(...changes.map((change) => ({ sheet: name, cell: address(change.row, change.column), before: change.before, after: change.after })));
    report.left.push(...kept.map((cell) => ({ sheet: name, cell: address(cell.row, cell.column), formula: cell.formula, problem: cell.problem })));
  }
  return report;
}

function withLock<T>(run: () => T): T {
  const { busy, noLock } = addonTexts(userLanguage());
  return withDocumentLock({ busy, noLock }, run);
}

/** Called by the sidebar: what Make portable would rewrite, and what it would leave, writing nothing. */
export function previewPortable(scope: PortableScope): PortableReport {
  return rewrite(scope, planMakePortable, false);
}

/** Called by the sidebar: rewrites our calls into their native twins, each original kept in its cell's note. */
export function makePortable(scope: PortableScope): PortableReport {
  return withLock(() => rewrite(scope, planMakePortable, true));
}

/** Called by the sidebar: puts back the formulas Make portable kept in the notes, where the cells were not edited since. */
export function restoreFunctions(scope: PortableScope): PortableReport {
  return withLock(() => rewrite(scope, planRestore, true));
}
