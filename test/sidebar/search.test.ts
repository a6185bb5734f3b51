import { describe, expect, it } from "vitest";
import { functionCatalog } from "../../src/functions";
import { filterFunctions } from "../../src/sidebar/search";

const CATALOG = functionCatalog();
const names = (query: string) => filterFunctions(CATALOG, query).map((fn) => fn.name);

describe("filterFunctions", () => {
  it("shows every function, in registry order, for an empty or blank query", () => {
    expect(names("")).toEqual(CATALOG.map((fn) => fn.name));
    expect(names("   ")).toEqual(CATALOG.map((fn) => fn.name));
  });

  it("finds a function by its name, in any case, even typed as a formula", () => {
    expect(names("cpa")).toEqual(["CPA"]);
    expect(names("ROAS")).toEqual(["ROAS"]);
    expect(names("=CPA(")).toEqual(["CPA"]);
    expect(names("break_even")).toEqual(["BREAK_EVEN"]);
    expect(names("conversion rate")).toContain("CONVERSION_RATE");
  });

  it("finds functions by a word of their summary", () => {
    expect(names("thousand")).toEqual(["CPM", "BUDGET"]);
    expect(names("Acquisition")).toEqual(["CPA"]);
  });

  it("finds functions by a parameter name", () => {
    expect(names("profit_per_conversion")).toEqual(["BREAK_EVEN"]);
    expect(names("margin")).toContain("ROI");
    expect(names("impressions")).toEqual(expect.arrayContaining(["CPM", "CTR", "IMPRESSIONS_NEEDED"]));
  });

  it("keeps only the functions that match every word, and matches the start of words", () => {
    expect(names("cost conversions")).toEqual(["CPA", "BREAK_EVEN"]);
    expect(names("imp need")).toEqual(["IMPRESSIONS_NEEDED", "BUDGET"]);
  });

  it("finds nothing for words no function holds, nor in parameter help (not searched)", () => {
    expect(names("tiktok")).toEqual([]);
    expect(names("landing")).toEqual([]);
  });

  it("finds functions by French words, with or without accents", () => {
    expect(names("coût")).toEqual(["ROI", "ROAS", "CPA", "CPL", "CPC", "CPM", "COST_PER_ENGAGEMENT", "BUDGET", "BREAK_EVEN"]);
    expect(names("cout")).toEqual(names("coût"));
    expect(names("ventes")).toEqual(expect.arrayContaining(["CPA", "CONVERSION_RATE", "VISITORS_NEEDED", "IMPRESSIONS_NEEDED", "BUDGET"]));
    expect(names("rentabilité")).toEqual(["ROI", "BREAK_EVEN"]);
    expect(names("RENTABILITE")).toEqual(["ROI", "BREAK_EVEN"]);
    expect(names("taux de clics")).toEqual(["CTR", "IMPRESSIONS_NEEDED", "CLICKS_NEEDED", "GOAL_FROM_BUDGET"]);
    expect(names("impressions")).toEqual(expect.arrayContaining(["CPM", "CTR", "IMPRESSIONS_NEEDED", "BUDGET"]));
  });

  it("searches the words of both languages together", () => {
    expect(names("coût acquisition")).toEqual(["CPA"]);
    expect(names("cost pour mille")).toEqual(["CPM", "BUDGET"]);
  });
});
