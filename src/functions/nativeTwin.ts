/**
 * A custom function's native twin: the same computation in native formulas, which every spreadsheet
 * computes without the add-on (Sheets, Excel, LibreOffice), with the same contract:
 * - an argument our function refuses (a text that is not a number, a negative cost, a rate outside
 *   (0, 100%]) gives #N/A, checked before blanks as our function does;
 * - a blank in any argument gives a blank, and so does a zero denominator;
 * - whole numbers are rounded as roundUpWhole rounds (nativeRounding).
 * One element-wise expression serves single cells and ranges: over ranges it is wrapped in
 * ARRAYFORMULA. Plain IF and arithmetic, rather than MAP/LAMBDA or LET, because Excel's .xlsx array
 * formulas, LibreOffice 7 and HyperFormula compute them too. Unlike our function, which refuses a
 * whole range for one bad cell, the twin shows #N/A in that cell's row only.
 */
import { KIND_RULES } from "./argKinds";
import { functionCalls, type FunctionCall } from "./formulaCalls";
import { FUNCTIONS, type FunctionSpec } from "./registry";

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const SINGLE_CELL = new RegExp(String.raw`^(?:${SHEET})?${CELL}$`);
const RANGE = new RegExp(String.raw`^(?:${SHEET})?(?:\$?[A-Za-z]{1,3}\$?\d*:\$?[A-Za-z]{1,3}\$?\d*|\$?\d+:\$?\d+)$`);
const NUMBER = /^\d*\.?\d+(?:e[+-]?\d+)?%?$/i;
// Functions that fold a range into one value: a range inside them leaves the argument one value.
const FOLDING = ["SUM", "SUMIF", "SUMIFS", "SUMPRODUCT", "AVERAGE", "AVERAGEIF", "AVERAGEIFS", "MIN", "MAX", "MEDIAN", "COUNT", "COUNTA", "COUNTIF", "COUNTIFS"];

/** True when a range of the expression (its ":" outside texts) is not folded into one value: our function would be given an array the twin cannot tell. */
function computesOnRange(expression: string, code: string): boolean {
  const folded = functionCalls(expression, FOLDING);
  return [...code].some((char, i) => char === ":" && !folded.some((call) => call.start < i && i < call.end));
}
// A name that is neither a function nor a cell (a named range): its size is unknown.
const BARE_NAME = /(^|[^A-Za-z0-9_.$'"!:])([A-Za-z_][A-Za-z0-9_.]*)(?=\s*($|[^A-Za-z0-9_.(!:]))/;

type ArgumentShape = "number" | "cell" | "range" | "expression";

function shapeOf(arg: string): ArgumentShape | { problem: string } {
  if (NUMBER.test(arg)) return "number";
  if (SINGLE_CELL.test(arg)) return "cell";
  if (RANGE.test(arg)) return "range";
  // Texts and quoted sheet names blanked out, each keeping its length so positions still match.
  const code = arg.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, (quoted) => quoted[0].repeat(quoted.length));
  if (computesOnRange(arg, code)) return { problem: `its argument ${arg} computes on a range` };
  const name = BARE_NAME.exec(code);
  if (name && !SINGLE_CELL.test(name[2]) && !/^(TRUE|FALSE)$/i.test(name[2])) return { problem: `its argument ${arg} is a named range, whose size is unknown` };
  return "expression";
}

const numberOf = (literal: string) => (literal.endsWith("%") ? Number(literal.slice(0, -1)) / 100 : Number(literal));

/** Conditions joined so they hold element by element over ranges (OR would fold a range into one answer). */
const anyOf = (conditions: readonly string[], overRanges: boolean) =>
  overRanges ? conditions.map((condition) => `(${condition})`).join("+") : conditions.length === 1 ? conditions[0] : `OR(${conditions.join(", ")})`;

/** The twin of one call whose arguments are all known to be rewritable; without the leading "=". */
function twinOf(spec: FunctionSpec, args: readonly string[], shapes: readonly ArgumentShape[]): string {
  const overRanges = shapes.includes("range");
  const refused: string[] = [];
  const blank: string[] = [];
  const operands = spec.params.map((param, i) => {
    const arg = args[i] ?? String(param.defaultValue);
    const shape = shapes[i] ?? "number";
    const rule = KIND_RULES[param.kind];
    const known = shape === "number" && rule.accepts(numberOf(arg));
    const operand = shape === "expression" ? `(${arg})` : arg;
    if (!known) {
      refused.push(...rule.refusedWhen(`IF(${operand}="", ${rule.blankStandIn}, ${operand}*1)`));
      if (shape !== "number") blank.push(`${operand}=""`);
    }
    return operand;
  });
  for (const i of spec.native.denominators) if (!(shapes[i] === "number" && numberOf(operands[i]) !== 0)) blank.push(`${operands[i]}=0`);
  let twin = spec.native.value(operands);
  if (blank.length > 0) twin = `IF(${anyOf(blank, overRanges)}, "", ${twin})`;
  if (refused.length > 0) twin = `IF(${anyOf(refused, overRanges)}, NA(), ${twin})`;
  return overRanges ? `ARRAYFORMULA(${twin})` : twin;
}

export type PortableFormula =
  | { readonly rewritten: false; readonly formula: string }
  | { readonly rewritten: true; readonly formula: string; readonly functions: readonly string[] }
  | { readonly rewritten: false; readonly formula: string; readonly problem: string };

const SPECS = new Map(FUNCTIONS.map((spec) => [spec.name, spec]));
const NAMES = FUNCTIONS.map((spec) => spec.name);

/** Why a call cannot become its twin, or its twin. */
function rewriteCall(call: FunctionCall): { twin: string } | { problem: string } {
  const spec = SPECS.get(call.name)!;
  if (call.insideOf !== null) return { problem: `${call.name} is inside ${call.insideOf}; rewrite that one by hand` };
  const required = spec.params.filter((param) => param.defaultValue === undefined).length;
  if (call.args.length < required || call.args.length > spec.params.length) {
    return { problem: `${call.name} takes ${required === spec.params.length ? required : `${required} or ${spec.params.length}`} arguments, not ${call.args.length}` };
  }
  const shapes: ArgumentShape[] = [];
  for (const arg of call.args) {
    if (arg === "") return { problem: `${call.name} has an empty argument` };
    const shape = shapeOf(arg);
    if (typeof shape !== "string") return { problem: `${call.name}: ${shape.problem}` };
    shapes.push(shape);
  }
  return { twin: twinOf(spec, call.args, shapes) };
}

/** The formula with every call of our functions replaced by its native twin; unchanged, with the reason, when one call cannot be. */
export function portableFormula(formula: string): PortableFormula {
  const calls = functionCalls(formula, NAMES);
  if (calls.length === 0) return { rewritten: false, formula };
  let portable = formula;
  // From the last call back, so the earlier ones keep their positions; nested calls refuse the whole formula.
  for (const call of [...calls].sort((a, b) => b.start - a.start)) {
    const result = rewriteCall(call);
    if ("problem" in result) return { rewritten: false, formula, problem: result.problem };
    portable = portable.slice(0, call.start) + result.twin + portable.slice(call.end);
  }
  return { rewritten: true, formula: portable, functions: [...new Set(calls.map((call) => call.name))] };
}
