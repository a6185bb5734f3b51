// A built add-on for the runtime tests: dist/Code.js (our custom functions) plus entry points of
// our own, shaped like the add-on's, and a Sidebar.html, written to a temporary directory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CODE_PATH } from "../../scripts/loadBundle";
import type { WorkbookFile } from "../../playground/runtime/contract";

const ENTRY_POINTS = `
var executions = 0;

function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu()
    .addItem("Function reference", "showFunctionReference")
    .addItem("Build a scorecard", "buildScorecardThenFail")
    .addToUi();
}

function showFunctionReference() {
  var template = HtmlService.createTemplateFromFile("Sidebar");
  template.view = "reference";
  template.locale = Session.getActiveUserLocale();
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle("Social ROI"));
}

function getFunctionCatalog() { return SocialROI.functionCatalog(); }
function insertFormula(formula) {
  var cell = SpreadsheetApp.getCurrentCell();
  cell.setFormula(formula);
  return cell.getDisplayValue();
}
function readSelection() { return SpreadsheetApp.getActiveRange().getValues(); }
function countExecutions() { executions += 1; return executions; }

function buildScorecardThenFail() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet("Channel scorecard");
  sheet.getRange(1, 1, 1, 2).setValues([["Channel", "ROI"]]).setFontWeight("bold");
  sheet.addDeveloperMetadata("socialRoi.scorecard");
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Channel data").getRange("A2").setValue("overwritten");
  throw new Error("The scorecard could not be built.");
}
function failInService() { SpreadsheetApp.getActiveSheet().getRange(0, 1); }
function catchServiceError() {
  try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; }
}

function echo(value) { return value; }
function appendRow(rows) { rows.push(["added"]); return rows.length; }
function argumentRealm(value) { return [Array.isArray(value), value instanceof Array, Object.getPrototypeOf(value) === Object.prototype]; }
function secret_() { return "secret"; }
function returnsDate() { return { built: new Date() }; }
function returnsUndefinedInArray() { return [1, undefined]; }
`;

const SIDEBAR = `<!doctype html>
<html><head><title>Social ROI</title></head>
<body data-view="<?= view ?>" data-locale="<?= locale ?>"><? if (view === "reference") { ?><h1>Functions</h1><? } ?></body></html>`;

export interface TestBundle {
  codePath: URL;
  remove(): void;
}

export function writeTestBundle(): TestBundle {
  const directory = mkdtempSync(join(tmpdir(), "social-roi-bundle-"));
  writeFileSync(join(directory, "Code.js"), `${readFileSync(CODE_PATH, "utf8")}\n${ENTRY_POINTS}`);
  writeFileSync(join(directory, "Sidebar.html"), SIDEBAR);
  return { codePath: pathToFileURL(join(directory, "Code.js")), remove: () => rmSync(directory, { recursive: true, force: true }) };
}

export function channelWorkbook(): WorkbookFile {
  return {
    version: 1,
    locale: "en_US",
    sheets: [
      {
        name: "Channel data",
        cells: [
          ["Channel", "Budget", "Leads", "Bounce rate", "Conversions", "Revenue"],
          ["Facebook", 1200, 3400, 0.42, 48, 6000],
          ["Instagram", 800, 2100, 0.38, 32, 4100],
          ["LinkedIn", 1500, 900, 0.51, 12, 3000],
        ],
        formats: [[], [null, "[$€]#,##0", "#,##0", "0%", "#,##0", "[$€]#,##0"]],
        frozenRows: 1,
        metadata: [],
      },
    ],
    active: { sheet: "Channel data", range: "A1:F4" },
  };
}
