/**
 * A HyperFormula function plugin built from a function table: one engine function per catalog
 * entry, taking the catalog's parameters, spilling range results into neighbouring cells.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, type FunctionPluginDefinition, type ImplementedFunctions } from "hyperformula";
import type { CustomFunction, FunctionDoc } from "../../src/functions";
import { argumentCountMessage, acceptsArgumentCount } from "./argumentCount";
import { callCustomFunction, type EngineArgument } from "./callCustomFunction";
import type { FunctionTable } from "./functionTable";
import { lastUsedRow, openArea, openAreaValues, openRangeArea, type OpenArea } from "./openRangeArgument";
import { OPEN_RANGE_FUNCTION } from "./openRanges";
import { resultSize } from "./resultSize";
import { UNRESOLVED_SHEET_FUNCTION, unresolvedSheetMessage } from "./unresolvedSheets";
import { HELD_ROWS_FUNCTION, heldRowsOf } from "./heldRows";

// HyperFormula's syntax-tree and interpreter-state types are not exported; take them from a method.
type Ast = Parameters<FunctionPlugin["arraySizeForAst"]>[0];
type InterpreterState = Parameters<FunctionPlugin["arraySizeForAst"]>[1];

interface FunctionCall {
  procedureName: string;
  args: Ast[];
}

interface Entry {
  doc: FunctionDoc;
  fn: CustomFunction;
}

function entriesByName(table: FunctionTable): ReadonlyMap<string, Entry> {
  return new Map(
    table.catalog.map((doc) => {
      const fn = table.functions[doc.name];
      if (typeof fn !== "function") throw new Error(`The function table has no function ${doc.name} for its catalog entry`);
      return [doc.name, { doc, fn }];
    }),
  );
}

function implementedFunctions(table: FunctionTable): ImplementedFunctions {
  return {
    ...Object.fromEntries(
      table.catalog.map((doc) => [
        doc.name,
        {
          method: "evaluate",
          sizeOfResultArrayMethod: "predictSize",
          // ANY: ranges reach the function whole, instead of HyperFormula vectorizing over them.
          parameters: doc.params.map((param) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: param.optional })),
        },
      ]),
    ),
    [OPEN_RANGE_FUNCTION]: {
      method: "openRange",
      sizeOfResultArrayMethod: "predictOpenRangeSize",
      parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.ANY }],
    },
    [HELD_ROWS_FUNCTION]: {
      method: "heldRows",
      sizeOfResultArrayMethod: "heldRowsSize",
      parameters: [{ argumentType: FunctionArgumentType.STRING }],
    },
    [UNRESOLVED_SHEET_FUNCTION]: {
      method: "unresolvedSheet",
      parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.STRING }],
    },
  };
}

const addressKey = ({ sheet, row, col }: InterpreterState["formulaAddress"]) => `${sheet}:${row}:${col}`;
/**
 * A custom function's open-ended arguments share one bottom (their rows line up); each OPEN.RANGE of a
 * formula has its own, since two of them may read different sheets (SUM(A!B2:B)+SUM(C!B2:B)).
 */
const bottomKey = (state: InterpreterState, area?: OpenArea) =>
  area ? `${addressKey(state.formulaAddress)}|${area.sheet}:${area.top}:${area.left}:${area.right}` : addressKey(state.formulaAddress);

export function functionPlugin(table: FunctionTable): FunctionPluginDefinition {
  const entries = entriesByName(table);
  return class CustomFunctionPlugin extends FunctionPlugin {
    static implementedFunctions = implementedFunctions(table);

    /**
     * The last row the open-ended ranges of each formula reach, as predicted when it was entered:
     * its spilled block has that size, so evaluating it later may not read further down.
     */
    private readonly openBottoms = new Map<string, number>();

    /** Where the open-ended areas stop now: the lowest row holding data in any of them. */
    private dataBottom(areas: readonly (OpenArea | null)[]): number {
      return Math.max(0, ...areas.map((area) => (area ? lastUsedRow(this.dependencyGraph, area) : 0)));
    }

    private predictedBottom(areas: readonly (OpenArea | null)[], state: InterpreterState, key = bottomKey(state)): number {
      const bottom = this.dataBottom(areas);
      if (areas.some((area) => area !== null)) this.openBottoms.set(key, bottom);
      return bottom;
    }

    private evaluatedBottom(areas: readonly (OpenArea | null)[], state: InterpreterState, key = bottomKey(state)): number {
      const now = this.dataBottom(areas);
      return Math.min(now, this.openBottoms.get(key) ?? now);
    }

    evaluate(call: FunctionCall, state: InterpreterState) {
      const { doc, fn } = entries.get(call.procedureName)!;
      if (!acceptsArgumentCount(doc, call.args.length)) return new CellError(ErrorType.NA, argumentCountMessage(doc));
      const areas = call.args.map((arg) => openArea(arg, state));
      const bottom = this.evaluatedBottom(areas, state);
      const args: EngineArgument[] = [];
      for (const [i, arg] of call.args.entries()) {
        const area = areas[i];
        const value = area ? openAreaValues(this.dependencyGraph, area, bottom) : this.evaluateAst(arg, state);
        if (value instanceof CellError) return value;
        args.push(value as EngineArgument);
      }
      return callCustomFunction(fn, args);
    }

    predictSize(call: FunctionCall, state: InterpreterState): ArraySize {
      const areas = call.args.map((arg) => openArea(arg, state));
      const bottom = this.predictedBottom(areas, state);
      return resultSize(
        call.args.map((arg, i) => {
          const area = areas[i];
          return area ? new ArraySize(area.right - area.left + 1, Math.max(1, bottom - area.top + 1)) : this.arraySizeForAst(arg, state);
        }),
      );
    }

    openRange(call: FunctionCall, state: InterpreterState) {
      const area = openRangeArea(call.args, state);
      if (!area) return new CellError(ErrorType.VALUE, `${OPEN_RANGE_FUNCTION} reads a first cell down its columns, as in ${OPEN_RANGE_FUNCTION}(B2, B:B).`);
      return openAreaValues(this.dependencyGraph, area, this.evaluatedBottom([area], state, bottomKey(state, area)));
    }

    unresolvedSheet(call: FunctionCall, state: InterpreterState) {
      return new CellError(ErrorType.REF, unresolvedSheetMessage(String(this.evaluateAst(call.args[0], state))));
    }

    heldRows(call: FunctionCall, state: InterpreterState) {
      const held = heldRowsOf(this.dependencyGraph);
      const encoded = this.evaluateAst(call.args[0], state);
      if (!held || typeof encoded !== "string") return new CellError(ErrorType.REF, `${HELD_ROWS_FUNCTION} reads a held sheet's cells.`);
      return held.values(encoded);
    }

    heldRowsSize(call: FunctionCall): ArraySize {
      const held = heldRowsOf(this.dependencyGraph);
      const encoded = (call.args[0] as { value?: unknown } | undefined)?.value;
      return held && typeof encoded === "string" ? held.sizeOf(encoded) : ArraySize.scalar();
    }

    predictOpenRangeSize(call: FunctionCall, state: InterpreterState): ArraySize {
      const area = openRangeArea(call.args, state);
      if (!area) return ArraySize.scalar();
      return new ArraySize(area.right - area.left + 1, Math.max(1, this.predictedBottom([area], state, bottomKey(state, area)) - area.top + 1));
    }
  };
}
