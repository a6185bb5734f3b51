import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { functionCatalog } from "../../src/functions";
import { renderFunctionReference, withFunctionReference } from "../../scripts/functionReference";

describe("README function reference", () => {
  it("is up to date with the registry (run `npm run docs` when this fails)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(renderFunctionReference(functionCatalog()));
  });

  it("documents each function with its signature and its example result", () => {
    const reference = renderFunctionReference(functionCatalog());
    expect(reference).toContain("### `ROI(gain, cost, [margin])`");
    expect(reference).toContain("Example: `=ROI(10000, 1000)` gives **900%**.");
    expect(reference).toContain("Example: `=IMPRESSIONS_NEEDED(1000, 2%, 2%)` gives **2,500,000**.");
    expect(reference).toContain("Example: `=BUDGET(1000, 2%, 2%, 2)` gives **5,000.00**.");
    expect(reference).toContain("Example: `=ROAS(10000, 1000)` gives **10.0x**.");
  });

  it("replaces only the section between its markers", () => {
    const stale = `intro\n${renderFunctionReference([])}\noutro`;
    const fresh = withFunctionReference(stale, functionCatalog());
    expect(fresh.startsWith("intro\n")).toBe(true);
    expect(fresh.endsWith("\noutro")).toBe(true);
    expect(fresh).toContain("### `CPA(cost, conversions)`");
    expect(() => withFunctionReference("no markers", functionCatalog())).toThrow(/markers/);
  });
});
