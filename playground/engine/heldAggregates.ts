/**
 * SUM and COUNT of a held sheet's rows (see heldRows.ts) computed once per reference, straight from
 * its numbers: a scorecard's cells sum the same 50,000-row columns once per channel and figure, and
 * held rows never change. The sum adds as HyperFormula's SUM of a range does (in the range's order,
 * from 0, each addition through its epsilon rule); any other argument goes to its own SUM and COUNT.
 */
import { HyperFormula, type FunctionPluginDefinition } from "hyperformula";
import { HELD_ROWS_FUNCTION, heldRowsOf } from "./heldRows";

interface PluginInternals {
  dependencyGraph: object;
  addWithEpsilonRaw(left: number, right: number): number;
  sum(ast: { args: unknown[] }, state: unknown): unknown;
  count(ast: { args: unknown[] }, state: unknown): unknown;
}
type PluginClass = { implementedFunctions: Record<string, unknown> } & (new (...args: never[]) => PluginInternals);
// The parts of HyperFormula's syntax-tree nodes read here.
type Node = { type: string; procedureName?: string; args?: Node[]; value?: unknown };

const builtIn = HyperFormula.getFunctionPlugin("SUM") as unknown as PluginClass;

/** The reference of SUM(HELD.ROWS("...")), or null for any other arguments. */
function heldReference(args: unknown[]): string | null {
  const [only] = args as Node[];
  if (args.length !== 1 || only.type !== "FUNCTION_CALL" || only.procedureName !== HELD_ROWS_FUNCTION) return null;
  const [reference] = only.args ?? [];
  return reference?.type === "STRING" && typeof reference.value === "string" ? reference.value : null;
}

export const heldAggregatesPlugin: FunctionPluginDefinition = class HeldAggregatesPlugin extends builtIn {
  static implementedFunctions = { SUM: builtIn.implementedFunctions.SUM, COUNT: builtIn.implementedFunctions.COUNT };
  // HyperFormula's plugin names aliases (VAR for VAR.S...) of functions this one leaves to it.
  static aliases = {};

  sum(ast: { args: unknown[] }, state: unknown): unknown {
    return this.once("SUM", ast, (numbers) => numbers.reduce((total, number) => this.addWithEpsilonRaw(total, number), 0)) ?? super.sum(ast, state);
  }

  count(ast: { args: unknown[] }, state: unknown): unknown {
    return this.once("COUNT", ast, (numbers) => numbers.length) ?? super.count(ast, state);
  }

  /** The figure of the held reference's numbers, once; undefined when the argument is not one held reference. */
  private once(name: string, ast: { args: unknown[] }, figure: (numbers: number[]) => number): unknown {
    const reference = heldReference(ast.args);
    const held = reference === null ? undefined : heldRowsOf(this.dependencyGraph);
    if (!held || reference === null || !held.reads(reference)) return undefined;
    return held.aggregate(`${name}(${reference})`, () => figure(held.numbers(reference)!));
  }
} as unknown as FunctionPluginDefinition;
