/**
 * Generates the top-level declarations Apps Script sees: one function per custom function, with
 * the JSDoc that Sheets reads for autocomplete and formula help, delegating to the bundle.
 */
import type { FunctionDoc } from "../src/functions";

export const BUNDLE_GLOBAL = "SocialROI";

const FUNCTION_NAME = /^[A-Z][A-Z0-9_]*$/;
const PARAM_NAME = /^[a-z][a-z0-9_]*$/;

function fail(message: string): never {
  throw new Error(`Cannot generate the Apps Script stubs: ${message}`);
}

function checkDoc(fn: FunctionDoc): void {
  if (!FUNCTION_NAME.test(fn.name)) fail(`'${fn.name}' is not a valid custom-function name`);
  if (!fn.summary.trim()) fail(`${fn.name} has no summary`);
  if (fn.params.length === 0) fail(`${fn.name} has no parameters`);
  if (!fn.example.formula.startsWith(`=${fn.name}(`)) fail(`${fn.name}'s example does not call it`);
  for (const param of fn.params) {
    if (!PARAM_NAME.test(param.name)) fail(`${fn.name} has a parameter named '${param.name}'`);
    if (!param.help.trim()) fail(`${fn.name}'s parameter ${param.name} has no help`);
  }
  if (new Set(fn.params.map((p) => p.name)).size !== fn.params.length) fail(`${fn.name} repeats a parameter name`);
}

/** JSDoc comments hold text only: nothing may close the comment early. */
function jsdocText(text: string): string {
  return text.replace(/\*\//g, "* /").replace(/\s*\n\s*/g, " ");
}

export function customFunctionStub(fn: FunctionDoc): string {
  checkDoc(fn);
  const names = fn.params.map((p) => p.name);
  const lines = [
    "/**",
    ` * ${jsdocText(fn.summary)}`,
    " *",
    ...fn.params.map((p) => ` * @param {number|Array<Array<number>>} ${p.optional ? `[${p.name}]` : p.name} ${jsdocText(p.help)}`),
    " * @return {number|Array<Array<number>>} One result per cell; blank where an input is blank or the maths is undefined.",
    ` * @example ${jsdocText(fn.example.formula)}`,
    " * @customfunction",
    " */",
    `function ${fn.name}(${names.join(", ")}) {`,
    // Passing `arguments` on lets the function refuse extra arguments instead of dropping them.
    `  return ${BUNDLE_GLOBAL}.customFunctions.${fn.name}(...arguments);`,
    "}",
  ];
  return lines.join("\n");
}

export function generateStubs(catalog: readonly FunctionDoc[]): string {
  if (catalog.length === 0) fail("the registry is empty");
  const names = catalog.map((fn) => fn.name);
  if (new Set(names).size !== names.length) fail("two functions share a name");
  return catalog.map(customFunctionStub).join("\n\n") + "\n";
}
