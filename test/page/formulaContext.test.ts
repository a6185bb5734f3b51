// What the formula bar offers at the caret: names being typed, or the parameter of the call being typed.
import { describe, expect, it } from "vitest";
import { formulaContext, suggestionsFor } from "../../playground/page/formulaContext";
import { functionCatalog } from "../../src/functions";

const CATALOG = functionCatalog();

describe("formulaContext", () => {
  it.each([
    ["=RO", ",", { kind: "name", prefix: "RO" }],
    ["=sum(ROI(1, 2), cp", ",", { kind: "name", prefix: "CP" }],
    ["=ROI(", ",", { kind: "call", name: "ROI", argument: 0 }],
    ["=roi(H2:H, ", ",", { kind: "call", name: "ROI", argument: 1 }],
    ["=ROI(H2:H, B2:B, 40", ",", { kind: "call", name: "ROI", argument: 2 }],
    ['=ROI("a, b", ', ",", { kind: "call", name: "ROI", argument: 1 }],
    ["=ROI(SUM(B2:B8, 1), ", ",", { kind: "call", name: "ROI", argument: 1 }],
    ["=ROI(SUM(B2:B8, 1", ",", { kind: "call", name: "SUM", argument: 1 }],
    ["=ROI(12,5; 10", ";", { kind: "call", name: "ROI", argument: 1 }],
    ["=ROI(12,5", ";", { kind: "call", name: "ROI", argument: 0 }],
  ] as const)("%s (separator %s) gives %j", (text, separator, context) => {
    expect(formulaContext(text, separator)).toEqual(context);
  });

  it.each(["12", "ROI", "=ROI(1, 2)", "=H2:H", '=ROI("unfinished', "=B2"])("offers nothing for %s", (text) => {
    expect(formulaContext(text, ",")).toBeNull();
  });
});

describe("suggestionsFor", () => {
  it("lists our functions first, with their docs, then built-in names", () => {
    const suggestions = suggestionsFor("RO", CATALOG, ["ROMAN", "ROUND", "ROUNDDOWN", "ROUNDUP", "ROW", "ROWS"]);
    expect(suggestions.map((s) => s.name)).toEqual(["ROI", "ROAS", "ROMAN", "ROUND", "ROUNDDOWN", "ROUNDUP", "ROW", "ROWS"]);
    expect(suggestions[0].doc?.summary).toMatch(/^Net return on investment/);
    expect(suggestions[2].doc).toBeUndefined();
  });

  it("shows at most eight names, and none for a prefix nothing starts with", () => {
    expect(suggestionsFor("C", CATALOG, ["CEILING", "CHAR", "CHOOSE", "CODE", "COLUMN", "CONCAT"])).toHaveLength(8);
    expect(suggestionsFor("ZZ", CATALOG, ["ROUND"])).toEqual([]);
  });
});
