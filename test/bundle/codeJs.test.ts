// dist/Code.js as Apps Script sees it: one script, no modules, top-level functions with JSDoc.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { customFunctions, FUNCTIONS } from "../../src/functions";
import { CODE_PATH, loadBundle, type BundleGlobal } from "../../scripts/loadBundle";

let code: string;
let bundle: BundleGlobal;

beforeAll(() => {
  code = readFileSync(CODE_PATH, "utf8");
  bundle = loadBundle(code);
});

function jsdocAndParams(name: string): { jsdoc: string; params: string[] } {
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(([^)]*)\\)`).exec(code);
  if (!match) throw new Error(`no JSDoc-commented top-level declaration of ${name}`);
  return { jsdoc: match[1], params: match[2].split(",").map((p) => p.trim()) };
}

describe("dist/Code.js", () => {
  it("loads in a bare context with no require, module, process or setTimeout", () => {
    for (const name of ["require", "module", "process", "setTimeout"]) expect(name in bundle).toBe(false);
    expect(typeof bundle.SocialROI).toBe("object");
  });

  it("holds no module syntax and no require", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it("declares exactly the registry's functions as global functions, nothing else", () => {
    const globalFunctions = Object.keys(bundle).filter((key) => typeof bundle[key] === "function");
    expect(globalFunctions.sort()).toEqual(FUNCTIONS.map((fn) => fn.name).sort());
  });

  it.each(FUNCTIONS.map((fn) => [fn.name, fn] as const))("%s has @customfunction JSDoc and named parameters", (name, fn) => {
    const { jsdoc, params } = jsdocAndParams(name);
    expect(params).toEqual(fn.params.map((p) => p.name));
    expect(jsdoc).toContain("@customfunction");
    expect(jsdoc).toContain(fn.summary);
    expect(jsdoc).toContain(`@example ${fn.example.formula}`);
    for (const param of fn.params) {
      const documented = param.defaultValue === undefined ? param.name : `[${param.name}]`;
      expect(jsdoc).toContain(`} ${documented} ${param.help}`);
    }
  });

  it.each(FUNCTIONS.map((fn) => [fn.name, fn] as const))("%s gives the TypeScript results for a value and a range", (name, fn) => {
    const stub = bundle[name] as (...args: unknown[]) => unknown;
    const scalarArgs = fn.params.map((_, i) => [1000, 0.02, 0.05, 3][i]);
    expect(stub(...scalarArgs)).toEqual(customFunctions[name](...scalarArgs));

    const rangeArgs = fn.params.map((_, i) => [[[1000, ""], [0, 40]], 0.5, [["2%", 0.1], [1, 0.25]], 7][i]);
    const expected = customFunctions[name](...(rangeArgs as never[]));
    expect(Array.isArray(expected)).toBe(true);
    expect(structuredClone(stub(...rangeArgs))).toEqual(expected);
  });

  it("throws the same clear errors, and refuses extra arguments", () => {
    const CPA = bundle.CPA as (...args: unknown[]) => unknown;
    expect(() => CPA([[1], [2], [3]], [[1], [2], ["abc"]])).toThrow("CPA: conversions in row 3 is the text 'abc'; enter a number.");
    expect(() => CPA(1, 2, 3)).toThrow("CPA: takes 2 arguments but was given 3; remove the extra ones.");
  });

  it("reproduces the worked examples", () => {
    const call = (name: string, ...args: unknown[]) => (bundle[name] as (...a: unknown[]) => unknown)(...args);
    expect(call("IMPRESSIONS_NEEDED", 1000, 0.02, 0.02)).toBe(2_500_000);
    expect(call("BUDGET", 1000, 0.02, 0.02, 2)).toBe(5000);
    expect(call("CPA", 5000, 1000)).toBe(5);
    expect(call("ROI", 10_000, 1000)).toBe(9);
    expect(call("ROI", 1000, 1000)).toBe(0);
    expect(call("ROAS", 10_000, 1000)).toBe(10);
  });
});
