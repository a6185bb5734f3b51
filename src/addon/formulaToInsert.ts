/** Which formulas the sidebar may write into a cell: only calls to our own functions. */

// Every name followed by "(" in the formula: a function call.
const FUNCTION_CALL = /([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;
const MAX_LENGTH = 1000;

function refuse(formula: unknown, why: string): never {
  const shown = typeof formula === "string" ? `'${formula.slice(0, 60)}'` : String(formula);
  throw new Error(`Cannot insert ${shown}: ${why}. Insert a formula such as =CPA(5000, 1000).`);
}

/**
 * The formula to write, trimmed; throws unless it starts with "=NAME(" for one of our function
 * names (in any case, as Sheets reads them) and every function it calls is one of ours.
 */
export function formulaToInsert(formula: unknown, functionNames: readonly string[]): string {
  if (typeof formula !== "string") refuse(formula, "it is not text");
  const trimmed = formula.trim();
  if (trimmed.length > MAX_LENGTH) refuse(formula, `it is longer than ${MAX_LENGTH} characters`);
  if (/[\r\n]/.test(trimmed)) refuse(formula, "it spans several lines");
  const first = /^=([A-Za-z_][A-Za-z0-9_.]*)\(/.exec(trimmed);
  if (!first || !functionNames.includes(first[1].toUpperCase())) refuse(formula, "it does not start with a call to a Social ROI function");
  for (const [, name] of trimmed.matchAll(FUNCTION_CALL)) {
    if (!functionNames.includes(name.toUpperCase())) refuse(formula, `it calls ${name}, which is not a Social ROI function`);
  }
  return trimmed;
}
