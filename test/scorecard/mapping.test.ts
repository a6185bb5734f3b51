import { describe, expect, it } from "vitest";
import { fieldsSharingAColumn, guessMapping, looksLikeHeader, missingRequiredFields } from "../../src/scorecard/columnMapping";
import { fieldOfHeader, normalizeHeader } from "../../src/scorecard/fields";

describe("header names", () => {
  it("are compared without case, accents, punctuation or a unit in brackets", () => {
    expect(normalizeHeader("Chiffre d'affaires")).toBe("chiffre d affaires");
    expect(normalizeHeader("Amount spent (EUR)")).toBe("amount spent");
    expect(normalizeHeader("  Taux de REBOND ")).toBe("taux de rebond");
  });

  it("are understood in English, in French and as ad platforms export them", () => {
    const cases: [string, string][] = [
      ["Channel", "channel"], ["Canal", "channel"], ["Spent", "budget"], ["Amount spent (EUR)", "budget"], ["Cost", "budget"],
      ["Dépenses", "budget"], ["Results", "conversions"], ["Purchases", "conversions"], ["Ventes", "conversions"],
      ["Approved_Conversion", "conversions"], ["Taux de rebond", "bounceRate"], ["Chiffre d'affaires", "revenue"],
      ["Leads", "leads"], ["Impressions", "impressions"], ["Link clicks", "clicks"], ["Target ROI", "targetRoi"],
    ];
    for (const [header, field] of cases) expect(fieldOfHeader(header), header).toBe(field);
    expect(fieldOfHeader("ad_id")).toBeNull();
  });
});

describe("column mapping", () => {
  it("maps each header to its field; of two synonyms, the better name keeps the field", () => {
    expect(guessMapping(["Canal", "Dépenses", "Leads", "Ventes", "Total_Conversion", "CA"]).mapping).toEqual({
      channel: 0, budget: 1, leads: 2, conversions: 3, revenue: 5,
    });
  });

  it("tells a header row from a data row", () => {
    expect(looksLikeHeader(["Channel", "Budget", "Leads"])).toBe(true);
    expect(looksLikeHeader(["Facebook", 4200, 7900])).toBe(false);
  });

  it("names the required fields left unmapped and the fields sharing a column", () => {
    expect(missingRequiredFields({ channel: 0 })).toEqual(["budget"]);
    expect(missingRequiredFields({ channel: 0, budget: 1 })).toEqual([]);
    expect(fieldsSharingAColumn({ channel: 0, budget: 1, revenue: 1 })).toEqual(["budget", "revenue"]);
  });
});
