export { builtInFunctionNames, createEngine, registerFunctionTable, type EngineOptions } from "./engine";
export { functionPlugin } from "./functionPlugin";
export { functionTableFromBundle, type FunctionTable } from "./functionTable";
