// From what the user typed in the plan sidebar to the request the add-on builds from.
import { describe, expect, it } from "vitest";
import { planSidebarTexts } from "../../src/i18n/planSidebar";
import { importTable } from "../../src/import";
import { hasDates, initialForm, planRequest, splitsFor, type PlanForm } from "../../src/sidebar/plan/planForm";
import type { DataTable } from "../../src/sidebar/scorecard/table";

const texts = planSidebarTexts("en");
const form = (changes: Partial<PlanForm>): PlanForm => ({ ...initialForm(), ...changes });

describe("the plan sidebar's request", () => {
  it("reads typed rates as percentages as people type them, and the CPM as an amount", () => {
    const typed = [
      { channel: " Facebook ", conversionRate: "2", ctr: "1.5%", cpm: "€6,50", cpc: "", share: "60 %" },
      { channel: "Search", conversionRate: "3%", ctr: "4", cpm: "", cpc: "0.45", share: "40" },
    ];
    const { request, problems } = planRequest(form({ rates: "typed", split: "typed", typed, goal: "1 000", period: " Q1 " }), null, texts);
    expect(problems).toEqual([]);
    expect(request).toMatchObject({ goal: { kind: "sales", value: 1000 }, period: "Q1", rates: "typed", split: "typed", data: null });
    expect(request!.typed).toEqual([
      { channel: "Facebook", conversionRate: 0.02, ctr: 0.015, cpm: 6.5, cpc: null, share: 0.6 },
      { channel: "Search", conversionRate: 0.03, ctr: 0.04, cpm: null, cpc: 0.45, share: 0.4 },
    ]);
  });

  it("leaves blank typed rows out and names a row it cannot read, or priced both per impression and per click", () => {
    const typed = [
      { channel: "Ads", conversionRate: "two", ctr: "2", cpm: "2", cpc: "", share: "100" },
      { channel: "", conversionRate: "", ctr: "", cpm: "", cpc: "", share: "" },
      { channel: "Search", conversionRate: "2", ctr: "2", cpm: "2", cpc: "0.1", share: "100" },
      { channel: "Video", conversionRate: "2", ctr: "2", cpm: "", cpc: "", share: "100" },
    ];
    const { request, problems } = planRequest(form({ rates: "typed", split: "typed", typed }), null, texts);
    expect(request).toBeNull();
    expect(problems).toEqual([texts.typedInvalid("Ads"), texts.typedInvalid("Search"), texts.typedInvalid("Video")]);
  });

  it("refuses a goal that is not above 0, a revenue goal without a value per sale, and a cap that is not a multiple", () => {
    expect(planRequest(form({ goal: "0" }), null, texts).problems).toEqual([texts.goalInvalid]);
    expect(planRequest(form({ goalKind: "revenue", goal: "50000" }), null, texts).problems).toEqual([texts.valuePerSaleInvalid]);
    expect(planRequest(form({ split: "optimized", cap: "twice" }), null, texts).problems).toEqual([texts.capInvalid]);
  });

  it("offers typed shares only with typed rates, and today's mix or the optimized split with measured ones", () => {
    expect(splitsFor("typed")).toEqual(["typed"]);
    expect(splitsFor("scorecard")).toEqual(["mix", "optimized"]);
    expect(planRequest(form({ rates: "scorecard", split: "typed" }), null, texts).request?.split).toBe("mix");
  });

  describe("rates from the last periods of the selected data", () => {
    const tableOf = (cells: string[][]): DataTable => {
      const imported = importTable(cells, { convention: "." });
      return { headers: imported.headers, rows: imported.dataRows.map((row) => row.map(String)), mapping: imported.mapping, breakdown: [], source: null, convention: ".", report: imported.report, edited: false, reshaped: false };
    };
    const dated = tableOf([
      ["Day", "Channel", "Spend", "Impressions", "Clicks", "Conversions"],
      ["2026-02-03", "Search", "220", "11000", "440", "4"],
      ["2026-02-10", "Search", "240", "12000", "600", "15"],
    ]);
    const undated = tableOf([
      ["Channel", "Spend", "Impressions", "Clicks", "Conversions"],
      ["Search", "220", "11000", "440", "4"],
    ]);

    it("asks the add-on for the last N periods only when the data has dates", () => {
      expect([hasDates(dated), hasDates(undated)]).toEqual([true, false]);
      expect(planRequest(form({ rates: "data", lastUnit: "week", lastCount: " 2 " }), dated, texts).request!.window).toEqual({ unit: "week", last: 2 });
      expect(planRequest(form({ rates: "data", lastUnit: "week", lastCount: "2" }), undated, texts).request!.window).toBeNull();
      expect(planRequest(form({ rates: "data", lastUnit: "", lastCount: "2" }), dated, texts).request!.window).toBeNull();
    });

    it("refuses a count that is not a whole number of 1 or more", () => {
      for (const lastCount of ["0", "1.5", "four", ""]) {
        expect(planRequest(form({ rates: "data", lastUnit: "month", lastCount }), dated, texts)).toEqual({ request: null, problems: [texts.lastInvalid] });
      }
    });
  });
});
