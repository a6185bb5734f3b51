/**
 * What the formula bar helps with at the caret, as Sheets does: the function names starting with
 * the name being typed (=RO shows ROI and ROAS), or, inside a call, the function's parameters with
 * the current argument highlighted (=ROI(H2:H, shows cost).
 */
import type { FunctionDoc } from "../../src/functions";

export type FormulaContext = { kind: "name"; prefix: string } | { kind: "call"; name: string; argument: number } | null;

/** The context at the end of `beforeCaret`; arguments are separated by "," or, in a French sheet, ";". */
export function formulaContext(beforeCaret: string, argumentSeparator: string): FormulaContext {
  if (!beforeCaret.startsWith("=")) return null;
  const calls: { name: string; argument: number }[] = [];
  let inString = false;
  let i = 1;
  while (i < beforeCaret.length) {
    const ch = beforeCaret[i];
    if (ch === '"') inString = !inString;
    else if (!inString) {
      const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(beforeCaret.slice(i));
      if (name && !/[\w$.]/.test(beforeCaret[i - 1])) {
        calls.push({ name: name[0].toUpperCase(), argument: 0 });
        i += name[0].length + 1;
        continue;
      }
      if (ch === "(") calls.push({ name: "", argument: 0 });
      else if (ch === ")") calls.pop();
      else if (ch === argumentSeparator && calls.length > 0) calls[calls.length - 1].argument += 1;
    }
    i += 1;
  }
  if (inString) return null;
  const typing = /(?<![\w$.:!'"])([A-Za-z_][A-Za-z0-9_.]*)$/.exec(beforeCaret);
  // "B2" or "H2:H" are references, not names; a name without digits may still be a column ("H").
  if (typing && !/\d/.test(typing[1])) return { kind: "name", prefix: typing[1].toUpperCase() };
  const call = [...calls].reverse().find((c) => c.name !== "");
  return call ? { kind: "call", name: call.name, argument: call.argument } : null;
}

export interface Suggestion {
  name: string;
  /** Our functions' summary; built-in functions are listed by name only. */
  doc?: FunctionDoc;
}

const MAX_SUGGESTIONS = 8;

/** Our functions first, then the built-in ones, whose names start with the prefix. */
export function suggestionsFor(prefix: string, catalog: readonly FunctionDoc[], builtInNames: readonly string[]): Suggestion[] {
  const ours = catalog.filter((doc) => doc.name.startsWith(prefix)).map((doc) => ({ name: doc.name, doc }));
  const taken = new Set(catalog.map((doc) => doc.name));
  const builtIn = builtInNames.filter((name) => name.startsWith(prefix) && !taken.has(name)).map((name) => ({ name }));
  return [...ours, ...builtIn].slice(0, MAX_SUGGESTIONS);
}
