// The emulated services on a fresh workbook, without a vm: the way the emulation tests drive it.
import { functionTableFromBundle } from "../../playground/engine";
import { createContext, createServices, Workbook } from "../../playground/emulation";
import type { RawCell, WorkbookFile } from "../../playground/runtime/contract";
import { loadBundle } from "../../scripts/loadBundle";

const table = functionTableFromBundle(loadBundle());

export function workbookFile(sheets: Record<string, RawCell[][]> = { Sheet1: [] }, locale = "en_US"): WorkbookFile {
  const names = Object.keys(sheets);
  return {
    version: 1,
    locale,
    sheets: names.map((name) => ({ name, cells: sheets[name], formats: [], frozenRows: 0, metadata: [] })),
    active: { sheet: names[0], range: "A1" },
  };
}

export function emulate(file: WorkbookFile = workbookFile()) {
  const workbook = Workbook.fromFile(file, table);
  const context = createContext({ workbook });
  const services = createServices(context);
  const app = services.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const spreadsheet = app.getActiveSpreadsheet();
  context.calls.reset();
  return { workbook, context, services, app, spreadsheet, sheet: (name = file.sheets[0].name) => spreadsheet.getSheetByName(name)! };
}
