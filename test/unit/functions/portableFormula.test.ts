// Rewriting our calls into their native twins: what is rewritten, and what is refused with a reason.
import { describe, expect, it } from "vitest";
import { portableFormula } from "../../../src/functions";

const rewritten = (formula: string) => {
  const portable = portableFormula(formula);
  expect(portable.rewritten).toBe(true);
  return portable.formula;
};
const problemOf = (formula: string) => {
  const portable = portableFormula(formula);
  expect(portable.rewritten).toBe(false);
  expect(portable.formula).toBe(formula);
  return "problem" in portable ? portable.problem : null;
};

describe("portableFormula", () => {
  it("rewrites a call on cells into plain IF and arithmetic, blank for a zero denominator", () => {
    expect(rewritten("=CPA(B2, E2)")).toBe('=IF(OR(IF(B2="", 0, B2*1)<0, IF(E2="", 0, E2*1)<0), NA(), IF(OR(B2="", E2="", E2=0), "", B2/E2))');
  });

  it("rewrites a call on ranges into one ARRAYFORMULA whose conditions hold row by row", () => {
    const formula = rewritten("=CPA(B2:B9, E2:E9)");
    expect(formula).toMatch(/^=ARRAYFORMULA\(IF\(\(IF\(B2:B9=/);
    expect(formula).not.toContain("OR(");
  });

  it("leaves out the checks of literal numbers it accepts", () => {
    expect(rewritten("=BUDGET(1000, 2%, 2%, 2)")).toBe("=IF(1000/2%/2%>0, ROUNDUP(ROUND(1000/2%/2%, 14-INT(LOG10(1000/2%/2%))), 0), 0)/1000*2");
  });

  it("rewrites calls inside native formulas, in any case, and keeps texts and quoted sheet names", () => {
    const formula = rewritten(`="CPA(B2, C2) is "&ROUND(cpa('Spend, 2024'!B2, C2), 2)`);
    expect(formula.startsWith(`="CPA(B2, C2) is "&ROUND(IF(OR(IF('Spend, 2024'!B2="", 0,`)).toBe(true);
    expect(formula.endsWith(`'Spend, 2024'!B2/C2)), 2)`)).toBe(true);
  });

  it("puts an expression argument in parentheses", () => {
    expect(rewritten("=ROI(B13*B14, B12)")).toContain("((B13*B14)*1-B12)/B12");
  });

  it("leaves a formula without our calls alone, with no problem", () => {
    expect(portableFormula('=SUM(B2:B9)&"ROI(1,2)"')).toEqual({ rewritten: false, formula: '=SUM(B2:B9)&"ROI(1,2)"' });
  });

  it("takes an argument that folds its ranges into one value as one value", () => {
    expect(rewritten("=CPA(SUM(B2:B8), SUM(C:C))")).toBe(
      '=IF(OR(IF((SUM(B2:B8))="", 0, (SUM(B2:B8))*1)<0, IF((SUM(C:C))="", 0, (SUM(C:C))*1)<0), NA(), IF(OR((SUM(B2:B8))="", (SUM(C:C))="", (SUM(C:C))=0), "", (SUM(B2:B8))/(SUM(C:C))))',
    );
    expect(rewritten("=ROI(SUMIFS(D:D, A:A, \"a:b\"), 'Q1: spend'!B2)")).not.toMatch(/^=ARRAYFORMULA/);
  });

  it("refuses, with the reason, what the twin cannot follow", () => {
    expect(problemOf("=ROI(CPA(B2, C2), 3)")).toBe("CPA is inside ROI; rewrite that one by hand");
    expect(problemOf("=CPA(Spend, 3)")).toBe("CPA: its argument Spend is a named range, whose size is unknown");
    expect(problemOf("=CPA(B2:B9*2, C2:C9)")).toBe("CPA: its argument B2:B9*2 computes on a range");
    expect(problemOf("=CPA(SUM(B2:B9)+C2:C9, 1)")).toBe("CPA: its argument SUM(B2:B9)+C2:C9 computes on a range");
    expect(problemOf("=CPA(B2)")).toBe("CPA takes 2 arguments, not 1");
    expect(problemOf("=ROI(B2, C2, D2, E2)")).toBe("ROI takes 2 or 3 arguments, not 4");
  });
});
