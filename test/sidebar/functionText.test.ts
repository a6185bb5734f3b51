import { describe, expect, it } from "vitest";
import { functionCatalog } from "../../src/functions";
import { formatExampleResult } from "../../src/sidebar/functionText";

const fn = (name: string) => functionCatalog().find((doc) => doc.name === name)!;
const example = (name: string, language: "en" | "fr") => formatExampleResult(fn(name).example.value, fn(name).result, language);
// French groups digits with a narrow no-break space and puts a no-break space before "%".
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatExampleResult", () => {
  it("writes numbers the English way for an English user", () => {
    expect(example("BUDGET", "en")).toBe("5,000.00");
  });

  it("writes numbers the French way for a French user", () => {
    expect(plainSpaces(example("ROI", "fr"))).toBe("900 %");
    expect(example("ROAS", "fr")).toBe("10,0x");
    expect(plainSpaces(example("BUDGET", "fr"))).toBe("5 000,00");
    expect(plainSpaces(example("IMPRESSIONS_NEEDED", "fr"))).toBe("2 500 000");
  });
});
