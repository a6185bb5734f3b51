/**
 * MATCH as Sheets reads it: with match type 0, a text key's * and ? are wildcards and ~ makes the
 * next character plain ("Display*" finds "Display Retargeting"; "Display~*" only "Display*").
 * HyperFormula's MATCH compares the key as typed, so a formula that Sheets would send to another
 * row would pass here. Other keys and match types: HyperFormula's own answers.
 */
import { CellError, EmptyValue, ErrorType, HyperFormula, type FunctionPluginDefinition } from "hyperformula";

interface Range {
  width(): number;
  height(): number;
}

interface Search {
  advancedFind(matches: (value: unknown) => boolean, range: Range, options: { returnOccurrence: "first" }): number;
}

interface PluginInternals {
  runFunction(args: unknown[], state: unknown, metadata: unknown, compute: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
  match(ast: { args: unknown[] }, state: unknown): unknown;
  doMatch(key: unknown, range: Range, type: number): unknown;
  columnSearch: Search;
  rowSearch: Search;
  arithmeticHelper: { eqMatcherFunction(pattern: string): (value: unknown) => boolean };
}
type PluginClass = { implementedFunctions: Record<string, unknown> } & (new (...args: never[]) => PluginInternals);

const builtIn = HyperFormula.getFunctionPlugin("MATCH") as unknown as PluginClass;
const WILDCARD_SYNTAX = /[*?~]/;

export const wildcardMatchPlugin: FunctionPluginDefinition = class WildcardMatchPlugin extends builtIn {
  static implementedFunctions = { MATCH: builtIn.implementedFunctions.MATCH };

  match(ast: { args: unknown[] }, state: unknown): unknown {
    return this.runFunction(ast.args, state, this.metadata("MATCH"), (key, range, type) => {
      const table = range as Range;
      const line = table.width() === 1 || table.height() === 1;
      // An empty key is 0, as HyperFormula's own MATCH reads it.
      if (type !== 0 || typeof key !== "string" || !WILDCARD_SYNTAX.test(key) || !line) return this.doMatch(key === EmptyValue ? 0 : key, table, type as number);
      const search = table.width() === 1 ? this.columnSearch : this.rowSearch;
      const index = search.advancedFind(this.arithmeticHelper.eqMatcherFunction(key), table, { returnOccurrence: "first" });
      return index === -1 ? new CellError(ErrorType.NA) : index + 1;
    });
  }
} as unknown as FunctionPluginDefinition;
