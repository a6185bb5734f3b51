// dist/Code.js as Apps Script sees it: one script, no modules, top-level functions with JSDoc.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { addon, entryPointCatalog } from "../../src/addon";
import { customFunctions, FUNCTIONS } from "../../src/functions";
import { CODE_PATH, loadBundle, type BundleGlobal } from "../../scripts/loadBundle";

let code: string;
let bundle: BundleGlobal;

const ENTRY_POINTS = entryPointCatalog();

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

  it("declares exactly the registry's custom functions plus the add-on's entry points as global functions, nothing else", () => {
    const globalFunctions = Object.keys(bundle).filter((key) => typeof bundle[key] === "function");
    const expected = [...FUNCTIONS.map((fn) => fn.name), ...ENTRY_POINTS.map((entry) => entry.name)];
    expect(globalFunctions.sort()).toEqual(expected.sort());
    expect(new Set(expected).size).toBe(expected.length);
  });

  it("exposes the entry points it was built from, one for each function of SocialROI.addon", () => {
    const built = bundle.SocialROI;
    expect(built.entryPointCatalog()).toEqual(ENTRY_POINTS);
    expect(Object.keys(built.addon).sort()).toEqual(ENTRY_POINTS.map((entry) => entry.name).sort());
    expect(Object.keys(addon).sort()).toEqual(ENTRY_POINTS.map((entry) => entry.name).sort());
    expect(ENTRY_POINTS.map((entry) => entry.name)).toEqual(expect.arrayContaining(["onOpen", "onInstall", "showFunctionReference"]));
  });

  it.each(ENTRY_POINTS.map((entry) => [entry.name, entry] as const))(
    "entry point %s is a JSDoc-commented top-level function that delegates to SocialROI.addon",
    (name, entry) => {
      const { jsdoc, params } = jsdocAndParams(name);
      expect(params.filter((p) => p !== "")).toEqual(entry.params);
      expect(jsdoc.trim()).toBe(entry.summary);
      expect(jsdoc).not.toContain("@customfunction");

      // Calling the stub runs the bundle's own function, with the arguments and result passed through.
      const built = bundle.SocialROI as unknown as { addon: Record<string, (...args: unknown[]) => unknown> };
      const original = built.addon[name];
      const args = entry.params.map((_, i) => ({ argument: i }));
      try {
        let received: unknown[] = [];
        built.addon[name] = (...given: unknown[]) => {
          received = given;
          return "result";
        };
        expect((bundle[name] as (...args: unknown[]) => unknown)(...args)).toBe("result");
        expect(received).toEqual(args);
      } finally {
        built.addon[name] = original;
      }
    },
  );

  it.each(FUNCTIONS.map((fn) => [fn.name, fn] as const))("%s has @customfunction JSDoc and named parameters", (name, fn) => {
    const { jsdoc, params } = jsdocAndParams(name);
    expect(params).toEqual(fn.params.map((p) => p.name));
    expect(jsdoc).toContain("@customfunction");
    expect(jsdoc).toContain(fn.summary);
    expect(jsdoc).toContain(`@example ${fn.example.formula}`);
    // Sheets ignores JSDoc's [name] for optional parameters: named plainly, their help says "Optional".
    for (const param of fn.params) {
      expect(jsdoc).toContain(`} ${param.name} ${param.help}`);
      if (param.defaultValue !== undefined) expect(param.help).toMatch(/^Optional\b/);
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
    expect(() => CPA([[1], [2], [3]], [[1], [2], ["abc"]])).toThrow("CPA: conversions in row 3 of the range is the text 'abc'; enter a number.");
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
