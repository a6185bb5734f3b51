/**
 * The add-on's global functions: the build declares one top-level stub for each entry point,
 * `function NAME(params) { return SocialROI.addon.NAME(params); }`, with its summary as JSDoc.
 */
import { getFunctionCatalog, showFunctionReference } from "./functionReference";
import { insertFormula } from "./insertFormula";
import { onInstall, onOpen } from "./menu";
import { buildScorecard } from "./buildScorecard";
import { buildBestTime } from "./buildBestTime";
import { readSelection } from "./readSelection";
import { buildFromSources, previewJoin, readSource, savedSources } from "./sources";
import { readRevenueTable } from "./revenueTable";
import { importCsvRows } from "./importCsv";
import { openScorecard, showScorecardBuilder } from "./scorecardSidebar";
import { showBudgetPlanner } from "./budgetPlanSidebar";
import { buildBudgetPlan } from "./buildBudgetPlan";
import { makePortable, previewPortable, restoreFunctions, showMakePortable } from "./makePortable";

export const addon = {
  onOpen,
  onInstall,
  showFunctionReference,
  getFunctionCatalog,
  insertFormula,
  showScorecardBuilder,
  readSelection,
  buildScorecard,
  buildBestTime,
  readSource,
  importCsvRows,
  buildFromSources,
  savedSources,
  readRevenueTable,
  previewJoin,
  openScorecard,
  showBudgetPlanner,
  buildBudgetPlan,
  showMakePortable,
  previewPortable,
  makePortable,
  restoreFunctions,
};

export type EntryPointName = keyof typeof addon;

export interface EntryPoint {
  name: string;
  params: string[];
  summary: string;
}

// Keyed by addon's functions: a function without its documentation here does not compile.
const ENTRY_POINT_DOCS: Readonly<Record<EntryPointName, Omit<EntryPoint, "name">>> = {
  onOpen: { params: ["e"], summary: "Adds the Social ROI menu to Extensions when the spreadsheet opens." },
  onInstall: { params: ["e"], summary: "Adds the Social ROI menu right after the add-on is installed." },
  showFunctionReference: { params: [], summary: "Menu item: opens the function reference sidebar." },
  getFunctionCatalog: { params: [], summary: "Called by the sidebar: every custom function's documentation, as JSON." },
  insertFormula: {
    params: ["formula", "replacing", "native"],
    summary:
      "Called by the sidebar: writes one of our formulas into the current cell (as its native twin when native is true), replacing a formula only in the cell named by replacing; returns the cell's address, or the formula it holds.",
  },
  showScorecardBuilder: { params: [], summary: "Menu item: opens the channel scorecard sidebar." },
  readSelection: { params: [], summary: "Called by the sidebar: the selected channel data, its headers and their guessed meaning." },
  buildScorecard: { params: ["request"], summary: "Called by the sidebar: builds or rebuilds the channel scorecard sheet; returns its summary." },
  buildBestTime: { params: ["request"], summary: "Called by the sidebar: builds or rebuilds the best time to post sheet (weekday x hour of publication) from per-post rows; returns its table and summary." },
  readSource: {
    params: ["spec"],
    summary: "Called by the sidebar: reads a source (the selection, the active sheet, or one added before) as one export; returns its headers, mapping, network and report, not its rows.",
  },
  importCsvRows: { params: ["chunk"], summary: "Called by the sidebar's file picker: writes a chunk of a CSV file's rows to a new sheet named after the file; returns the sheet's name." },
  buildFromSources: { params: ["request"], summary: "Called by the sidebar: builds or rebuilds one channel scorecard over several sources, and keeps them for the next rebuild; returns its summary." },
  savedSources: { params: [], summary: "Called by the sidebar: the sources the scorecard was last built from, read again, or null." },
  readRevenueTable: {
    params: ["spec"],
    summary: "Called by the sidebar: reads a shop, CRM or analytics table (the selection, the active sheet, or one chosen before) to join to the sources; returns what it holds, not its rows.",
  },
  previewJoin: { params: ["request"], summary: "Called by the sidebar: the join of the revenue table to the sources, every value with what it matched and its totals; writes nothing." },
  openScorecard: { params: ["sheet_name"], summary: "Called by the sidebar: brings the built scorecard sheet to the front." },
  showBudgetPlanner: { params: [], summary: "Menu item: opens the budget plan sidebar." },
  buildBudgetPlan: { params: ["request"], summary: "Called by the sidebar: builds or rebuilds the budget plan sheet; returns its figures and summary." },
  showMakePortable: { params: [], summary: "Menu item: opens the Make portable sidebar." },
  previewPortable: { params: ["scope"], summary: "Called by the sidebar: the calls of our functions Make portable would rewrite in the scope, and those it would leave." },
  makePortable: { params: ["scope"], summary: "Called by the sidebar: rewrites our functions in the scope into native formulas, keeping each original in its cell's note." },
  restoreFunctions: { params: ["scope"], summary: "Called by the sidebar: puts back the formulas Make portable kept in the notes of the scope." },
};

/** The entry points as plain JSON, in declaration order: what the build generates the stubs from. */
export function entryPointCatalog(): EntryPoint[] {
  return (Object.keys(ENTRY_POINT_DOCS) as EntryPointName[]).map((name) => {
    const { params, summary } = ENTRY_POINT_DOCS[name];
    return { name, params: [...params], summary };
  });
}
