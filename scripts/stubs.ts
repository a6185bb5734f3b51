/**
 * Generates the top-level declarations Apps Script sees, delegating to the bundle: one function per
 * custom function, with the JSDoc that Sheets reads for autocomplete and formula help, and one per
 * add-on entry point (menu handlers, triggers, the sidebar's server calls).
 */
import type { EntryPoint } from "../src/addon";
import type { FunctionDoc } from "../src/functions";

export const BUNDLE_GLOBAL = "SocialROI";

export interface StubSources {
  customFunctions: readonly FunctionDoc[];
  entryPoints: readonly EntryPoint[];
  /** The bundle's addon object: each entry point must name one of its functions. */
  addon: Readonly<Record<string, unknown>>;
}

const FUNCTION_NAME = /^[A-Z][A-Z0-9_]*$/;
// Lower camel case: never mistaken for a custom function, and callable by google.script.run
// (which refuses names ending in "_").
const ENTRY_POINT_NAME = /^[a-z][A-Za-z0-9]*$/;
const PARAM_NAME = /^[a-z][a-z0-9_]*$/;

function fail(message: string): never {
  throw new Error(`Cannot generate the Apps Script stubs: ${message}`);
}

function checkDoc(fn: FunctionDoc): void {
  if (!FUNCTION_NAME.test(fn.name)) fail(`'${fn.name}' is not a valid custom-function name`);
  if (!fn.summary.trim()) fail(`${fn.name} has no summary`);
  if (!fn.frenchSummary.trim()) fail(`${fn.name} has no French summary`);
  if (fn.params.length === 0) fail(`${fn.name} has no parameters`);
  if (!fn.example.formula.startsWith(`=${fn.name}(`)) fail(`${fn.name}'s example does not call it`);
  for (const param of fn.params) {
    if (!PARAM_NAME.test(param.name)) fail(`${fn.name} has a parameter named '${param.name}'`);
    if (!param.help.trim()) fail(`${fn.name}'s parameter ${param.name} has no help`);
    if (!param.frenchHelp.trim()) fail(`${fn.name}'s parameter ${param.name} has no French help`);
    // Sheets ignores JSDoc's [name] and shows every parameter as required: the help must say it.
    if (param.optional && !/\boptional\b/i.test(param.help)) fail(`${fn.name}'s optional parameter ${param.name} does not say "optional" in its help`);
  }
  if (new Set(fn.params.map((p) => p.name)).size !== fn.params.length) fail(`${fn.name} repeats a parameter name`);
}

function checkEntryPoint(entry: EntryPoint, addon: StubSources["addon"]): void {
  if (!ENTRY_POINT_NAME.test(entry.name)) fail(`'${entry.name}' is not a valid entry-point name (lowerCamelCase)`);
  if (typeof addon[entry.name] !== "function") fail(`entry point ${entry.name} has no function ${BUNDLE_GLOBAL}.addon.${entry.name}`);
  if (!entry.summary.trim()) fail(`entry point ${entry.name} has no summary`);
  // A tag such as @customfunction would change how Sheets lists the function.
  if (entry.summary.includes("@")) fail(`entry point ${entry.name}'s summary holds '@', which JSDoc reads as a tag`);
  for (const param of entry.params) {
    if (!PARAM_NAME.test(param)) fail(`entry point ${entry.name} has a parameter named '${param}'`);
  }
  if (new Set(entry.params).size !== entry.params.length) fail(`entry point ${entry.name} repeats a parameter name`);
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
    ...fn.params.map((p) => ` * @param {number|Array<Array<number>>} ${p.name} ${jsdocText(p.help)}`),
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

function entryPointStub(entry: EntryPoint, addon: StubSources["addon"]): string {
  checkEntryPoint(entry, addon);
  const params = entry.params.join(", ");
  return [
    `/** ${jsdocText(entry.summary)} */`,
    `function ${entry.name}(${params}) {`,
    `  return ${BUNDLE_GLOBAL}.addon.${entry.name}(${params});`,
    "}",
  ].join("\n");
}

export function generateStubs({ customFunctions, entryPoints, addon }: StubSources): string {
  if (customFunctions.length === 0) fail("the registry is empty");
  const names = [...customFunctions, ...entryPoints].map((fn) => fn.name);
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) fail(`two functions share the name ${repeated}`);
  const stubs = [...customFunctions.map(customFunctionStub), ...entryPoints.map((entry) => entryPointStub(entry, addon))];
  return stubs.join("\n\n") + "\n";
}
