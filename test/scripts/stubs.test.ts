import { describe, expect, it } from "vitest";
import type { EntryPoint } from "../../src/addon";
import { functionCatalog, type FunctionDoc } from "../../src/functions";
import { generateStubs } from "../../scripts/stubs";

const cpa = (): FunctionDoc => structuredClone(functionCatalog().find((fn) => fn.name === "CPA")!);
const onOpen = (): EntryPoint => ({ name: "onOpen", params: ["e"], summary: "Adds the menu." });
const addon = { onOpen() {}, insertFormula() {} };

/** Stubs for custom functions only, or with entry points delegating to `addon`. */
const stubsFor = (customFunctions: FunctionDoc[], entryPoints: EntryPoint[] = []) => generateStubs({ customFunctions, entryPoints, addon });

describe("generateStubs", () => {
  it("writes a delegating declaration with JSDoc for each function", () => {
    const stubs = stubsFor([cpa()]);
    expect(stubs).toContain(" * @param {number|Array<Array<number>>} cost Amount spent: a cell or a range.");
    expect(stubs).toContain(" * @customfunction\n */\nfunction CPA(cost, conversions) {\n  return SocialROI.customFunctions.CPA(...arguments);\n}");
  });

  it("names an optional parameter plainly, as Sheets shows every one as required, with help that says it is optional", () => {
    const roi = structuredClone(functionCatalog().find((fn) => fn.name === "ROI")!);
    const stubs = stubsFor([roi]);
    expect(stubs).toContain(" * @param {number|Array<Array<number>>} margin Optional share of the gain that is profit");
    expect(stubs).not.toContain("[margin]");
    roi.params[2].help = "Share of the gain that is profit.";
    expect(() => stubsFor([roi])).toThrow(`ROI's optional parameter margin does not say "optional" in its help`);
  });

  it("writes a delegating declaration with a one-line JSDoc for each entry point, after the custom functions", () => {
    const insert = { name: "insertFormula", params: ["formula"], summary: "Writes a formula." };
    const stubs = stubsFor([cpa()], [onOpen(), insert]);
    expect(stubs).toContain("/** Adds the menu. */\nfunction onOpen(e) {\n  return SocialROI.addon.onOpen(e);\n}");
    expect(stubs).toContain("/** Writes a formula. */\nfunction insertFormula(formula) {\n  return SocialROI.addon.insertFormula(formula);\n}");
    expect(stubs.indexOf("function CPA(")).toBeLessThan(stubs.indexOf("function onOpen("));
    expect(stubs.match(/@customfunction/g)).toHaveLength(1);
  });

  it("fails loudly when a stub or its JSDoc cannot be generated", () => {
    const badName = { ...cpa(), name: "cpa-2" };
    const noSummary = { ...cpa(), summary: " " };
    const badParam = cpa();
    badParam.params[0].name = "cost per";
    const noHelp = cpa();
    noHelp.params[1].help = "";
    expect(() => stubsFor([badName])).toThrow("Cannot generate the Apps Script stubs: 'cpa-2' is not a valid custom-function name");
    expect(() => stubsFor([noSummary])).toThrow("CPA has no summary");
    expect(() => stubsFor([badParam])).toThrow("CPA has a parameter named 'cost per'");
    expect(() => stubsFor([noHelp])).toThrow("CPA's parameter conversions has no help");
    expect(() => stubsFor([cpa(), cpa()])).toThrow("two functions share the name CPA");
    expect(() => stubsFor([])).toThrow("the registry is empty");
  });

  it("fails loudly on a bad entry point", () => {
    const entry = (changes: Partial<EntryPoint>) => stubsFor([cpa()], [{ ...onOpen(), ...changes }]);
    expect(() => entry({ name: "on-open" })).toThrow("Cannot generate the Apps Script stubs: 'on-open' is not a valid entry-point name");
    expect(() => entry({ name: "helper_" })).toThrow("'helper_' is not a valid entry-point name");
    expect(() => entry({ name: "showScorecard" })).toThrow("entry point showScorecard has no function SocialROI.addon.showScorecard");
    expect(() => entry({ summary: "" })).toThrow("entry point onOpen has no summary");
    expect(() => entry({ summary: "Adds the menu. @customfunction" })).toThrow("entry point onOpen's summary holds '@'");
    expect(() => entry({ params: ["e", "e"] })).toThrow("entry point onOpen repeats a parameter name");
    expect(() => entry({ params: ["e) {}; evil("] })).toThrow("entry point onOpen has a parameter named 'e) {}; evil('");
    expect(() => stubsFor([cpa()], [onOpen(), onOpen()])).toThrow("two functions share the name onOpen");
    expect(() => stubsFor([{ ...cpa(), name: "ONOPEN" }], [{ ...onOpen(), name: "ONOPEN" }])).toThrow("two functions share the name ONOPEN");
  });

  it("keeps help text from closing the JSDoc comment", () => {
    const sneaky = cpa();
    sneaky.summary = "Cost per acquisition */ function evil() {}";
    expect(stubsFor([sneaky])).not.toContain("*/ function evil");
    const sneakyEntry = { ...onOpen(), summary: "Adds the menu */ function evil() {}" };
    expect(stubsFor([cpa()], [sneakyEntry])).not.toContain("*/ function evil");
  });
});
