/**
 * SUBSTITUTE without a regular expression per call. HyperFormula's builds one for every cell (a
 * linked scorecard's key criteria call it 180,000 times), and reads "$&" in the replacement as the
 * match, where Sheets writes it as typed. With an occurrence given, HyperFormula's own answers.
 */
import { HyperFormula, type FunctionPluginDefinition } from "hyperformula";

interface PluginInternals {
  runFunction(args: unknown[], state: unknown, metadata: unknown, compute: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
  substitute(ast: { args: unknown[] }, state: unknown): unknown;
}
type PluginClass = { implementedFunctions: Record<string, unknown> } & (new (...args: never[]) => PluginInternals);

const builtIn = HyperFormula.getFunctionPlugin("SUBSTITUTE") as unknown as PluginClass;

export const plainSubstitutePlugin: FunctionPluginDefinition = class PlainSubstitutePlugin extends builtIn {
  static implementedFunctions = { SUBSTITUTE: builtIn.implementedFunctions.SUBSTITUTE };

  substitute(ast: { args: unknown[] }, state: unknown): unknown {
    if (ast.args.length !== 3) return super.substitute(ast, state);
    return this.runFunction(ast.args, state, this.metadata("SUBSTITUTE"), (text, search, replacement) =>
      search === "" ? text : (text as string).split(search as string).join(replacement as string),
    );
  }
} as unknown as FunctionPluginDefinition;
