// The join's refusals and the sidebar's revenue panel in both languages: every text translated,
// each function's value in its sentence.
import { describe, expect, it } from "vitest";
import { joinTexts } from "../../src/i18n/joinTexts";
import { revenueSidebarTexts } from "../../src/i18n/revenueSidebar";

const VALUE = "«VALUE»";
type Texts = Record<string, unknown>;
/** The texts whose second parameter is a list (columns, currencies). */
const LIST_SECOND = new Set(["noFigures", "mixedCurrencies"]);

/** Each text as shown: a function's with a sample value in each of its parameters (a list for the list parameters). */
function shown(texts: Texts): Record<string, string> {
  return Object.fromEntries(
    Object.entries(texts).flatMap(([key, text]) => {
      if (typeof text === "string") return [[key, text]];
      if (typeof text !== "function") return [];
      const fn = text as (...args: unknown[]) => string;
      const args = Array.from({ length: fn.length }, (_, i) => (LIST_SECOND.has(key) && i === 1 ? [VALUE] : VALUE));
      return [[key, fn(...args)]];
    }),
  );
}

describe.each([
  ["the join's refusals", joinTexts("en").refusals as Texts, joinTexts("fr").refusals as Texts],
  ["the revenue panel", revenueSidebarTexts("en") as Texts, revenueSidebarTexts("fr") as Texts],
])("%s", (_, en, fr) => {
  it("have every text in English and French, translated, with each value in its sentence", () => {
    const [english, french] = [shown(en), shown(fr)];
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      expect(french[key], key).not.toBe(english[key]);
      if (typeof en[key] === "function" && (en[key] as () => string).length > 0) {
        expect(english[key], key).toContain(VALUE);
        expect(french[key], key).toContain(VALUE);
      }
    }
  });
});
