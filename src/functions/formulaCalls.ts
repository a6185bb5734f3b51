/**
 * Finds the calls of given functions in a formula as Sheets gives it to Apps Script (English names,
 * commas between arguments, in every locale): texts in double quotes, sheet names in single quotes,
 * nested calls, parentheses and {array, literals} are read for what they are.
 */

export interface FunctionCall {
  /** The name as the registry spells it. */
  readonly name: string;
  /** Where the call starts (its name) and ends (after its closing parenthesis) in the formula. */
  readonly start: number;
  readonly end: number;
  /** Each argument's text, trimmed; an empty text for an argument left empty. */
  readonly args: readonly string[];
  /** The name of the innermost looked-for call this call sits in, if any. */
  readonly insideOf: string | null;
}

interface OpenGroup {
  /** The looked-for function's name, or null for a parenthesis, another function or braces. */
  readonly name: string | null;
  readonly start: number;
  readonly closer: ")" | "}";
  readonly argStarts: number[];
  readonly parentCall: OpenGroup | null;
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_.]/;

/** Where the quoted text starting at `from` ends (after its closing quote); a doubled quote is one quote inside. */
function afterQuoted(formula: string, from: number): number {
  const quote = formula[from];
  let i = from + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] !== quote) return i + 1;
      i += 2;
    } else i++;
  }
  return formula.length;
}

/** The calls of the named functions (case-insensitive) in the formula, in the order they close; none when its parentheses do not match. */
export function functionCalls(formula: string, names: readonly string[]): FunctionCall[] {
  const byUpperName = new Map(names.map((name) => [name.toUpperCase(), name]));
  const calls: FunctionCall[] = [];
  const open: OpenGroup[] = [];
  const callAround = () => {
    const top = open[open.length - 1];
    return top ? (top.name !== null ? top : top.parentCall) : null;
  };
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      i = afterQuoted(formula, i);
    } else if (NAME_START.test(char) && (i === 0 || !/[A-Za-z0-9_.$]/.test(formula[i - 1]))) {
      let end = i + 1;
      while (end < formula.length && NAME_PART.test(formula[end])) end++;
      let next = end;
      while (formula[next] === " ") next++;
      if (formula[next] === "(") {
        const name = byUpperName.get(formula.slice(i, end).toUpperCase()) ?? null;
        open.push({ name, start: i, closer: ")", argStarts: [next + 1], parentCall: callAround() });
        i = next + 1;
      } else i = end;
    } else if (char === "(" || char === "{") {
      open.push({ name: null, start: i, closer: char === "(" ? ")" : "}", argStarts: [i + 1], parentCall: callAround() });
      i++;
    } else if (char === ")" || char === "}") {
      const group = open.pop();
      if (!group || group.closer !== char) return [];
      if (group.name !== null) {
        const bounds = [...group.argStarts, i + 1];
        const args = group.argStarts.map((from, k) => formula.slice(from, bounds[k + 1] - 1).trim());
        const insideOf = group.parentCall?.name ?? null;
        calls.push({ name: group.name, start: group.start, end: i + 1, args: args.length === 1 && args[0] === "" ? [] : args, insideOf });
      }
      i++;
    } else {
      if (char === "," && open.length > 0) open[open.length - 1].argStarts.push(i + 1);
      i++;
    }
  }
  return open.length > 0 ? [] : calls;
}
