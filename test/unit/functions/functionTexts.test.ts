// Every function's help exists in English (the JSDoc Sheets reads) and in French (the sidebar and the playground).
import { describe, expect, it } from "vitest";
import { functionCatalog, functionTexts } from "../../../src/functions";

const CATALOG = functionCatalog();

describe("function help in the user's language", () => {
  it.each(CATALOG.map((fn) => [fn.name, fn] as const))("%s has its summary and every parameter's help in French", (_, fn) => {
    const french = functionTexts(fn, "fr");
    const english = functionTexts(fn, "en");
    expect(english).toEqual({ summary: fn.summary, params: fn.params.map((p) => p.help) });
    expect(french.summary).not.toBe(english.summary);
    expect(french.params).toHaveLength(fn.params.length);
    french.params.forEach((help, i) => {
      expect(help.trim()).not.toBe("");
      expect(help).not.toBe(english.params[i]);
    });
  });

  it("writes French percentages and colons with a no-break space, as French typography wants", () => {
    const texts = CATALOG.flatMap((fn) => [functionTexts(fn, "fr").summary, ...functionTexts(fn, "fr").params]);
    for (const text of texts) {
      expect(text).not.toMatch(/\d%/);
      expect(text).not.toMatch(/ :/);
    }
    expect(functionTexts(CATALOG.find((fn) => fn.name === "ROI")!, "fr").params[2]).toBe(
      "Facultatif\u00a0: part du gain qui est du bénéfice, par exemple 40\u00a0%\u00a0; 100\u00a0% si omis.",
    );
  });
});
