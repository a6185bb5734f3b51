import { describe, expect, it } from "vitest";
import { en, fr } from "../../src/i18n";
import { applicableAmounts, readAmounts, type OptionChoices } from "../../src/sidebar/scorecard/options";

const CHOICES: OptionChoices = { targetRoi: "", margin: "", valuePerConversion: "", hourlyRate: "", targetCpa: "", chart: true, linkToSource: false, byPeriod: "" };

describe("the amounts the sidebar asks for", () => {
  it("asks for a value per conversion and a target CPA when the data has conversions but no revenue", () => {
    expect(applicableAmounts({ channel: 0, budget: 1, conversions: 2 }, CHOICES)).toEqual({ valuePerConversion: true, hourlyRate: false, targetCost: "CPA" });
  });

  it("asks for a target ROI instead of a target CPA once a value per conversion gives ROI", () => {
    expect(applicableAmounts({ channel: 0, budget: 1, conversions: 2 }, { ...CHOICES, valuePerConversion: "100" }).targetCost).toBeNull();
    expect(applicableAmounts({ channel: 0, budget: 1, conversions: 2, revenue: 3 }, CHOICES)).toEqual({ valuePerConversion: false, hourlyRate: false, targetCost: null });
  });

  it("names the cost per result a target applies to: per lead, else per click", () => {
    expect(applicableAmounts({ channel: 0, budget: 1, leads: 2, clicks: 3 }, CHOICES).targetCost).toBe("CPL");
    expect(applicableAmounts({ channel: 0, budget: 1, clicks: 3, hours: 4 }, CHOICES)).toEqual({ valuePerConversion: false, hourlyRate: true, targetCost: "CPC" });
  });
});

describe("the amounts as typed", () => {
  const all = { valuePerConversion: true, hourlyRate: true, targetCost: "CPA" };

  it("reads amounts as people type them, blank as not given", () => {
    const typed = { ...CHOICES, valuePerConversion: "12,50", hourlyRate: "$40", targetCpa: "" };
    expect(readAmounts(typed, all, en)).toEqual({ amounts: { targetRoi: null, margin: null, valuePerConversion: 12.5, hourlyRate: 40, targetCpa: null }, problems: [] });
  });

  it("sends nothing the data does not call for", () => {
    const typed = { ...CHOICES, valuePerConversion: "100", hourlyRate: "40", targetCpa: "25" };
    const none = { valuePerConversion: false, hourlyRate: false, targetCost: null };
    expect(readAmounts(typed, none, en)).toEqual({ amounts: { targetRoi: null, margin: null, valuePerConversion: null, hourlyRate: null, targetCpa: null }, problems: [] });
  });

  it("says what to fix, in the user's language: an hourly rate for the hours, amounts that are amounts", () => {
    const typed = { ...CHOICES, valuePerConversion: "1,000", targetCpa: "0" };
    expect(readAmounts(typed, all, en).problems).toEqual([
      "Enter the value per conversion as an amount, such as 100 or 12.50, or leave it blank.",
      "Enter the hourly rate that costs the hours column (0 if the time was free), or ignore that column.",
      "Enter the target CPA as an amount above 0, such as 25, or leave it blank.",
    ]);
    expect(readAmounts({ ...CHOICES, hourlyRate: "abc" }, all, fr).problems).toEqual(["Saisissez le taux horaire en montant, par exemple 50 ou 42,50."]);
  });
});

describe("the target ROI and the margin as typed", () => {
  const withRoi = { valuePerConversion: false, hourlyRate: false, targetCost: null };

  it("leaves both blank by default: no target typed, all the revenue counted", () => {
    expect(readAmounts({ ...CHOICES, targetRoi: "" }, withRoi, en)).toMatchObject({ amounts: { targetRoi: null, margin: null }, problems: [] });
  });

  it("reads percentages as people type them", () => {
    expect(readAmounts({ ...CHOICES, targetRoi: "20", margin: "40 %" }, withRoi, en).amounts).toMatchObject({ targetRoi: 0.2, margin: 0.4 });
    expect(readAmounts({ ...CHOICES, targetRoi: "-100%", margin: "12,5%" }, withRoi, fr).amounts).toMatchObject({ targetRoi: -1, margin: 0.125 });
  });

  it("refuses a target below -100% and a margin of 0% or above 100%, saying what to type", () => {
    expect(readAmounts({ ...CHOICES, targetRoi: "-150%", margin: "0%" }, withRoi, en).problems).toEqual([en.targetRoiInvalid, en.marginInvalid]);
    expect(readAmounts({ ...CHOICES, targetRoi: "abc", margin: "140%" }, withRoi, fr).problems).toEqual([fr.targetRoiInvalid, fr.marginInvalid]);
  });

  it("ignores both when the data gives no ROI", () => {
    const noRoi = { valuePerConversion: false, hourlyRate: false, targetCost: "CPA" };
    expect(readAmounts({ ...CHOICES, targetRoi: "abc", margin: "140%" }, noRoi, en)).toMatchObject({ amounts: { targetRoi: null, margin: null }, problems: [] });
  });
});
