/** Which formulas the sidebar may write into a cell: only calls to our own functions. */
import { requestMessages, type RequestMessages } from "../i18n/requestMessages";

// Every name followed by "(" in the formula: a function call.
const FUNCTION_CALL = /([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g;
const MAX_LENGTH = 1000;

function refuse(formula: unknown, why: string, messages: RequestMessages): never {
  const shown = typeof formula === "string" ? `'${formula.slice(0, 60)}'` : String(formula);
  throw new Error(messages.cannotInsert(shown, why));
}

/**
 * The formula to write, trimmed; throws unless it starts with "=NAME(" for one of our function
 * names (in any case, as Sheets reads them) and every function it calls is one of ours.
 */
export function formulaToInsert(formula: unknown, functionNames: readonly string[], messages = requestMessages("en")): string {
  if (typeof formula !== "string") refuse(formula, messages.notText, messages);
  const trimmed = formula.trim();
  if (trimmed.length > MAX_LENGTH) refuse(formula, messages.tooLong(MAX_LENGTH), messages);
  if (/[\r\n]/.test(trimmed)) refuse(formula, messages.severalLines, messages);
  const first = /^=([A-Za-z_][A-Za-z0-9_.]*)\(/.exec(trimmed);
  if (!first || !functionNames.includes(first[1].toUpperCase())) refuse(formula, messages.notOurs, messages);
  for (const [, name] of trimmed.matchAll(FUNCTION_CALL)) {
    if (!functionNames.includes(name.toUpperCase())) refuse(formula, messages.callsOther(name), messages);
  }
  return trimmed;
}
