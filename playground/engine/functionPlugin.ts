/**
 * A HyperFormula function plugin built from a function table: one engine function per catalog
 * entry, taking the catalog's parameters, spilling range results into neighbouring cells.
 */
import { ArraySize, FunctionArgumentType, FunctionPlugin, type FunctionPluginDefinition, type ImplementedFunctions } from "hyperformula";
import type { CustomFunction } from "../../src/functions";
import { callCustomFunction, type EngineArgument } from "./callCustomFunction";
import type { FunctionTable } from "./functionTable";
import { resultSize } from "./resultSize";

// HyperFormula's syntax-tree and interpreter-state types are not exported; take them from a method.
type Ast = Parameters<FunctionPlugin["arraySizeForAst"]>[0];
type InterpreterState = Parameters<FunctionPlugin["arraySizeForAst"]>[1];

interface FunctionCall {
  procedureName: string;
  args: Ast[];
}

function functionsByName(table: FunctionTable): ReadonlyMap<string, CustomFunction> {
  return new Map(
    table.catalog.map((doc) => {
      const fn = table.functions[doc.name];
      if (typeof fn !== "function") throw new Error(`The function table has no function ${doc.name} for its catalog entry`);
      return [doc.name, fn];
    }),
  );
}

function implementedFunctions(table: FunctionTable): ImplementedFunctions {
  return Object.fromEntries(
    table.catalog.map((doc) => [
      doc.name,
      {
        method: "evaluate",
        sizeOfResultArrayMethod: "predictSize",
        // ANY: ranges reach the function whole, instead of HyperFormula vectorizing over them.
        parameters: doc.params.map((param) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: param.optional })),
      },
    ]),
  );
}

export function functionPlugin(table: FunctionTable): FunctionPluginDefinition {
  const functions = functionsByName(table);
  return class CustomFunctionPlugin extends FunctionPlugin {
    static implementedFunctions = implementedFunctions(table);

    evaluate(call: FunctionCall, state: InterpreterState) {
      const fn = functions.get(call.procedureName)!;
      return this.runFunction(call.args, state, this.metadata(call.procedureName), (...args: EngineArgument[]) =>
        callCustomFunction(fn, args),
      );
    }

    predictSize(call: FunctionCall, state: InterpreterState): ArraySize {
      return resultSize(call.args.map((arg) => this.arraySizeForAst(arg, state)));
    }
  };
}
