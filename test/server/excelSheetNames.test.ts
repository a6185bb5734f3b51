// Sheet names Sheets allows and Excel refuses, and the formulas that name them.
import { describe, expect, it } from "vitest";
import { excelSheetNames, renameSheetsInFormula } from "../../playground/server/excelSheetNames";

describe("sheet names in an .xlsx", () => {
  it("shortens, cleans and de-duplicates names, regardless of case, keeping valid ones", () => {
    const names = [
      "Channel data",
      "Meta Ads Manager export - November 2026",
      "Meta Ads Manager export - November 2026 (copy)",
      "Q4 [draft]: spend/cost?",
      "History",
      "history (1)",
      "'quoted'",
      "***",
    ];
    expect([...excelSheetNames(names).values()]).toEqual([
      "Channel data",
      "Meta Ads Manager export - Novem",
      "Meta Ads Manager export - N (2)",
      "Q4  draft   spend cost",
      "History (1)",
      "history (1) (2)",
      "quoted",
      "Sheet",
    ]);
    for (const name of excelSheetNames(names).values()) expect(name.length).toBeLessThanOrEqual(31);
  });

  it("makes formulas follow the renamed sheets, quoted or not, leaving texts and other sheets alone", () => {
    const renamed = new Map([["Ads: Q4", "Ads  Q4"], ["History", "History (1)"], ["Mike's data", "Mike's data"]]);
    expect(renameSheetsInFormula(`=SUMPRODUCT(('Ads: Q4'!$A$2:$A$9="History!")*History!B2:B9)+'Mike''s data'!C1+Other!D1`, renamed)).toBe(
      `=SUMPRODUCT(('Ads  Q4'!$A$2:$A$9="History!")*'History (1)'!B2:B9)+'Mike''s data'!C1+Other!D1`,
    );
  });
});
