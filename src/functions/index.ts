import { FUNCTIONS } from "./registry";
import { vectorize, type CustomFunction } from "./vectorize";

export { functionCatalog, type FunctionDoc, type ParamDoc } from "./catalog";
export { functionTexts } from "./functionTexts";
export { formatResult, RESULT_NUMBER_FORMATS, resultNumberFormatOf, signature } from "./display";
export { portableFormula, type PortableFormula } from "./nativeTwin";
export { FUNCTIONS, type FunctionSpec, type ResultFormat } from "./registry";
export type { ArgInput, CellInput, CellOutput, FunctionOutput } from "./cells";
export type { CustomFunction } from "./vectorize";

/** Every custom function by name, as Sheets calls it. */
export const customFunctions: Readonly<Record<string, CustomFunction>> = Object.fromEntries(
  FUNCTIONS.map((fn) => [fn.name, vectorize(fn)]),
);
