import { describe, expect, it } from "vitest";
import { functionCatalog, type FunctionDoc } from "../../src/functions";
import { generateStubs } from "../../scripts/stubs";

const cpa = (): FunctionDoc => structuredClone(functionCatalog().find((fn) => fn.name === "CPA")!);

describe("generateStubs", () => {
  it("writes a delegating declaration with JSDoc for each function", () => {
    const stubs = generateStubs([cpa()]);
    expect(stubs).toContain(" * @param {number|Array<Array<number>>} cost Amount spent: a cell or a range.");
    expect(stubs).toContain(" * @customfunction\n */\nfunction CPA(cost, conversions) {\n  return SocialROI.customFunctions.CPA(...arguments);\n}");
  });

  it("fails loudly when a stub or its JSDoc cannot be generated", () => {
    const badName = { ...cpa(), name: "cpa-2" };
    const noSummary = { ...cpa(), summary: " " };
    const badParam = cpa();
    badParam.params[0].name = "cost per";
    const noHelp = cpa();
    noHelp.params[1].help = "";
    expect(() => generateStubs([badName])).toThrow("Cannot generate the Apps Script stubs: 'cpa-2' is not a valid custom-function name");
    expect(() => generateStubs([noSummary])).toThrow("CPA has no summary");
    expect(() => generateStubs([badParam])).toThrow("CPA has a parameter named 'cost per'");
    expect(() => generateStubs([noHelp])).toThrow("CPA's parameter conversions has no help");
    expect(() => generateStubs([cpa(), cpa()])).toThrow("two functions share a name");
    expect(() => generateStubs([])).toThrow("the registry is empty");
  });

  it("keeps help text from closing the JSDoc comment", () => {
    const sneaky = cpa();
    sneaky.summary = "Cost per acquisition */ function evil() {}";
    expect(generateStubs([sneaky])).not.toContain("*/ function evil");
  });
});
