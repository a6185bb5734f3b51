export { builtInFunctionNames, createEngine, registerFunctionTable, type EngineOptions } from "./engine";
export { functionPlugin } from "./functionPlugin";
export { functionTableFromBundle, type FunctionTable } from "./functionTable";
export { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, sheetTooLarge } from "./sheetLimits";
