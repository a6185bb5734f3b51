// Text comparison in formulas as Sheets does it: "=" ignores case, accents count; TRIM touches spaces only.
import { describe, expect, it } from "vitest";
import { emulate, workbookFile } from "./emulate";

describe("comparing text in the emulated Sheets", () => {
  const cells = [
    ["Cote", "Côte", '=A1=B1'],
    ["FACEBOOK", "facebook", '=A2=B2'],
    ["Côte d'Azur", "CÔTE D'AZUR", '=A3=B3'],
    ["e\u0301", "e", '=A4=B4'],
    ["Face  book ", "Face book", '=TRIM(A5)=B5'],
    ["\u00a0Face\u00a0book", "Face book", '=TRIM(A6)=B6'],
  ];

  it("ignores case and keeps accents, as Sheets' = on text does", () => {
    const { sheet } = emulate(workbookFile({ Sheet1: cells }));
    expect(sheet().getRange("C1:C4").getValues().flat()).toEqual([false, true, true, false]);
  });

  it("trims and collapses spaces, and only U+0020, as Sheets' TRIM does", () => {
    const { sheet } = emulate(workbookFile({ Sheet1: cells }));
    expect(sheet().getRange("C5:C6").getValues().flat()).toEqual([true, false]);
  });

  it("sums by accent-sensitive, case-blind match inside SUMPRODUCT", () => {
    const data = [["Côte", 10], ["cote", 1], ["CÔTE", 100], ["Cote", 1000], ['=SUMPRODUCT((A1:A4="côte")*B1:B4)']];
    const { sheet } = emulate(workbookFile({ Sheet1: data }));
    expect(sheet().getRange("A5").getValue()).toBe(110);
  });
});
