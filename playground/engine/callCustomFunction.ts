/**
 * Calls one custom function with HyperFormula's argument values, converted the way Sheets hands
 * cells to Apps Script, and turns what it returns or throws into a HyperFormula value.
 */
import { CellError, EmptyValue, ErrorType, SimpleRangeValue } from "hyperformula";
import type { ArgInput, CellInput, CustomFunction, FunctionOutput } from "../../src/functions";

type RangeCell = SimpleRangeValue["data"][number][number];

/** An argument as FunctionPlugin.runFunction passes it for FunctionArgumentType.ANY. */
export type EngineArgument = SimpleRangeValue | RangeCell | undefined;

function cellInput(cell: RangeCell): CellInput | CellError {
  if (cell === EmptyValue) return "";
  if (typeof cell !== "object" || cell instanceof CellError) return cell;
  // Inside ranges, numbers formatted as percent, currency or date come wrapped with their format.
  // (A date thus reaches the function as its serial number, where Sheets would pass a Date.)
  return cell.val;
}

function argInput(argument: EngineArgument): ArgInput | CellError {
  if (argument === undefined) return undefined;
  if (!(argument instanceof SimpleRangeValue)) return cellInput(argument);
  const rows: CellInput[][] = [];
  for (const row of argument.data) {
    const cells: CellInput[] = [];
    for (const cell of row) {
      const input = cellInput(cell);
      if (input instanceof CellError) return input;
      cells.push(input);
    }
    rows.push(cells);
  }
  return rows;
}

function engineResult(output: FunctionOutput): number | string | SimpleRangeValue {
  // Arrays made in another realm (the vm context running dist/Code.js) are copied into this one:
  // HyperFormula tests arrays with `instanceof Array` in places (setCellContents rejects them).
  return Array.isArray(output) ? SimpleRangeValue.onlyValues(structuredClone(output)) : output;
}

function messageOf(thrown: unknown): string {
  // Not `instanceof Error`: errors thrown inside a vm context belong to that context's realm.
  const message = (thrown as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(thrown);
}

/** The result of fn on these arguments: an error in an argument, or thrown by fn, becomes a cell error. */
export function callCustomFunction(fn: CustomFunction, engineArguments: readonly EngineArgument[]): number | string | SimpleRangeValue | CellError {
  const args: ArgInput[] = [];
  for (const argument of engineArguments) {
    const input = argInput(argument);
    if (input instanceof CellError) return input;
    args.push(input);
  }
  try {
    return engineResult(fn(...args));
  } catch (thrown) {
    // Sheets shows a thrown error as #ERROR! with its message.
    return new CellError(ErrorType.ERROR, messageOf(thrown));
  }
}
