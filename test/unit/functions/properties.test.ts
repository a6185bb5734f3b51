// For any input, every function returns numbers and "" only, or throws an Error naming itself.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customFunctions, FUNCTIONS, type ArgInput, type FunctionOutput } from "../../../src/functions";

const cell = fc.oneof(
  fc.double(),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: -10, max: 1_000_000 }),
  fc.constant(""),
  fc.constantFrom("1500", "2%", "2.5 %", "1,000", "abc", "€12", " ", "-3", "1e400"),
  fc.string(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.constant(undefined),
);

const range = (rows: number, columns: number) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });

const argument: fc.Arbitrary<ArgInput> = fc.oneof(cell, range(3, 1), range(1, 2), range(2, 2));

function isCellResult(value: unknown): boolean {
  return value === "" || (typeof value === "number" && Number.isFinite(value));
}

function isValidOutput(output: FunctionOutput): boolean {
  if (!Array.isArray(output)) return isCellResult(output);
  return output.length > 0 && output.every((row) => Array.isArray(row) && row.length > 0 && row.every(isCellResult));
}

describe.each(FUNCTIONS.map((fn) => fn.name))("%s on arbitrary input", (name) => {
  const arity = FUNCTIONS.find((fn) => fn.name === name)!.params.length;

  it("returns numbers and blanks only, or throws an Error that names it", () => {
    fc.assert(
      fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), (args) => {
        let output: FunctionOutput;
        try {
          output = customFunctions[name](...args);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message.startsWith(`${name}: `)).toBe(true);
          return;
        }
        expect(isValidOutput(output)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("returns a finite number or a blank for any non-negative numbers in range", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.0001, max: 1, noNaN: true }), { minLength: arity, maxLength: arity }), (args) => {
        expect(isCellResult(customFunctions[name](...args))).toBe(true);
      }),
    );
  });
});
