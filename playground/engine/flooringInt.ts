/**
 * INT as Sheets, Excel and LibreOffice compute it: rounded down, so INT(-0.5) is -1. HyperFormula's
 * rounds toward zero (INT(-0.5) is 0), which takes one significant digit from the native twins'
 * rounding of quotients below 1 (their ROUND(q, 14-INT(LOG10(q)))).
 */
import { HyperFormula, type FunctionPluginDefinition } from "hyperformula";

interface PluginInternals {
  runFunction(args: unknown[], state: unknown, metadata: unknown, compute: (value: number) => number): unknown;
  metadata(name: string): unknown;
}
type PluginClass = { implementedFunctions: Record<string, unknown> } & (new (...args: never[]) => PluginInternals);

const builtIn = HyperFormula.getFunctionPlugin("INT") as unknown as PluginClass;

export const flooringIntPlugin: FunctionPluginDefinition = class FlooringIntPlugin extends builtIn {
  static implementedFunctions = { INT: builtIn.implementedFunctions.INT };
  // The built-in plugin's aliases (ISO.CEILING...) name functions this one leaves to it.
  static aliases = {};

  intFunc(ast: { args: unknown[] }, state: unknown): unknown {
    return this.runFunction(ast.args, state, this.metadata("INT"), Math.floor);
  }
} as unknown as FunctionPluginDefinition;
