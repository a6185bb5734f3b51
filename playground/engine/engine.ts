/** A HyperFormula engine computing our custom functions alongside the built-in ones. */
import { HyperFormula, type ConfigParams, type FunctionPluginDefinition, type Sheets } from "hyperformula";
import { functionPlugin } from "./functionPlugin";
import { indexedSumifsPlugin } from "./indexedSumifs";
import { flooringIntPlugin } from "./flooringInt";
import { plainSubstitutePlugin } from "./plainSubstitute";
import { wildcardMatchPlugin } from "./wildcardMatch";
import { linkKnownRangesDirectly } from "./rangeDependencies";
import { OPEN_RANGE_FUNCTION } from "./openRanges";
import { UNRESOLVED_SHEET_FUNCTION } from "./unresolvedSheets";
import { HELD_ROWS_FUNCTION } from "./heldRows";
import { heldAggregatesPlugin } from "./heldAggregates";
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from "./sheetLimits";
import type { FunctionTable } from "./functionTable";

export interface EngineOptions {
  /** Sheets to build the engine from, by name; an empty workbook when left out. */
  sheets?: Sheets;
  config?: Partial<ConfigParams>;
}

/** Functions of ours that only the engine sees: formulas hold them in place of what was typed. */
const ENGINE_ONLY_FUNCTIONS = [OPEN_RANGE_FUNCTION, UNRESOLVED_SHEET_FUNCTION, HELD_ROWS_FUNCTION];

// HyperFormula registers plugins globally, and each engine copies the registry when it is built.
let registered: FunctionPluginDefinition | undefined;

/** Registers the table's functions, replacing any table registered before. */
export function registerFunctionTable(table: FunctionTable): void {
  if (registered !== undefined) HyperFormula.unregisterFunctionPlugin(registered);
  registered = functionPlugin(table);
  // Sheets keeps custom-function names in every locale.
  const names = Object.fromEntries([...table.catalog.map((doc) => doc.name), ...ENGINE_ONLY_FUNCTIONS].map((name) => [name, name]));
  const translations = Object.fromEntries(HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, names]));
  HyperFormula.registerFunctionPlugin(registered, translations);
  // In place of HyperFormula's SUMIFS, whose cost grows with rows x distinct criteria.
  HyperFormula.registerFunctionPlugin(indexedSumifsPlugin);
  // In place of HyperFormula's SUM and COUNT, once per held reference rather than once per cell.
  HyperFormula.registerFunctionPlugin(heldAggregatesPlugin);
  // In place of HyperFormula's SUBSTITUTE, which builds a regular expression per call.
  HyperFormula.registerFunctionPlugin(plainSubstitutePlugin);
  // In place of HyperFormula's MATCH, which reads no wildcards where Sheets does.
  HyperFormula.registerFunctionPlugin(wildcardMatchPlugin);
  // In place of HyperFormula's INT, which rounds negative numbers toward zero where Sheets rounds down.
  HyperFormula.registerFunctionPlugin(flooringIntPlugin);
}

const holdsFormulas = (sheets: Sheets | undefined) =>
  sheets !== undefined && Object.values(sheets).some((rows) => rows.some((row) => row.some((cell) => typeof cell === "string" && cell.startsWith("="))));

export function createEngine(table: FunctionTable, options: EngineOptions = {}): HyperFormula {
  registerFunctionTable(table);
  // Formulas are linked as the engine is built: the links are made direct before, else on the engine
  // once built (a workbook of values, as the command line starts from, builds one engine, not two).
  if (holdsFormulas(options.sheets)) linkKnownRangesDirectly();
  // Sheets allows far more rows than HyperFormula's default of 40,000.
  const config: Partial<ConfigParams> = { licenseKey: "gpl-v3", maxRows: MAX_SHEET_ROWS, maxColumns: MAX_SHEET_COLUMNS, ...options.config };
  const engine = options.sheets ? HyperFormula.buildFromSheets(options.sheets, config) : HyperFormula.buildEmpty(config);
  linkKnownRangesDirectly(engine);
  return engine;
}

/** The names of HyperFormula's own functions (not ours), for the formula bar's suggestions. */
export function builtInFunctionNames(table: FunctionTable): string[] {
  const ours = new Set([...table.catalog.map((doc) => doc.name), ...ENGINE_ONLY_FUNCTIONS]);
  return HyperFormula.getRegisteredFunctionNames("enGB").filter((name) => !ours.has(name)).sort();
}
