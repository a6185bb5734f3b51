// The "Budget plan" sheet built by the real add-on in the emulated Sheets, read through the
// playground runtime: its live formulas, computed by the engine, against figures worked out here.
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import type { TypedChannel } from "../../src/planner/request";
import { workbookWith } from "../addon/scorecardSession";
import { buildPlan, PLAN, readPlan, selectedData } from "./planSession";

const article: TypedChannel = { channel: "All channels", conversionRate: 0.02, ctr: 0.02, cpm: 2, share: 1 };

function articlePlan() {
  const session = createSession({ workbook: sampleWorkbook() });
  const result = buildPlan(session, { goal: { kind: "sales", value: 1000 }, rates: "typed", typed: [article], split: "typed", period: "Q1 2027" });
  return { session, result };
}

describe("the article's plan: 1,000 sales at 2% conversion, 2% CTR and a 2 EUR CPM", () => {
  const { session, result } = articlePlan();
  const plan = readPlan(session);

  it("needs 50,000 visitors and 2,500,000 impressions, for a budget of 5,000 and a CPA of 5", () => {
    expect(plan.channels).toHaveLength(1);
    const [channel] = plan.channels;
    expect([channel["Visitors needed"], channel["Impressions needed"], channel.Budget, channel["Expected CPA"]]).toEqual([50_000, 2_500_000, 5000, 5]);
    expect([plan.totals.Results, plan.totals["Visitors needed"], plan.totals["Impressions needed"], plan.totals.Budget, plan.totals["Expected CPA"]]).toEqual([
      1000, 50_000, 2_500_000, 5000, 5,
    ]);
    expect(plan.errors).toEqual([]);
  });

  it("keeps its inputs in labelled cells and says once where the rates came from, not on every row", () => {
    expect([plan.labelled("Goal (sales)"), plan.labelled("Period"), plan.labelled("Rates from")]).toEqual([1000, "Q1 2027", "Typed"]);
    expect(plan.view.cells.flat().filter((cell) => cell.value === "Rates from")).toHaveLength(1);
    expect(plan.view.cells.flat().filter((cell) => cell.value === "Typed")).toHaveLength(1);
  });

  it("puts its result beside the inputs and each channel's budget next to its name", () => {
    expect([plan.beside("Total budget"), plan.beside("Results planned")]).toEqual([5000, 1000]);
    expect(plan.headers.slice(0, 3)).toEqual(["Channel", "Budget", "Results"]);
    // Not optimized: nothing saved to show.
    expect(() => plan.beside("Saved vs today's mix")).toThrow();
  });

  it("shows the funnel: 2,500,000 impressions, 50,000 clicks, 50,000 visitors, 1,000 sales, and charts it", () => {
    expect(["Impressions", "Clicks", "Visitors", "Results"].map(plan.labelled)).toEqual([2_500_000, 50_000, 50_000, 1000]);
    expect(plan.view.charts.map((chart) => [chart.title, chart.labels, chart.series[0].values])).toEqual([
      ["Funnel of the plan", ["Impressions", "Clicks", "Visitors", "Results"], [2_500_000, 50_000, 50_000, 1000]],
      ["Budget by channel", ["All channels"], [5000]],
    ]);
    // Every stage readable: 1,000 results beside 2,500,000 impressions on a log axis, each count on its bar.
    const [funnel, budget] = plan.view.charts;
    expect([funnel.valueAxis, funnel.series[0].dataLabels]).toEqual([{ logScale: true, format: "#,##0" }, true]);
    expect(funnel.series[0].displays).toEqual(["2,500,000", "50,000", "50,000", "1,000"]);
    expect(budget.series[0].dataLabels).toBe(true);
  });

  it("answers the sidebar with the budget the sheet computed", () => {
    expect(result).toMatchObject({ sheetName: PLAN, channelCount: 1, budget: 5000, saved: null, goalReached: true });
    expect(result.summary).toBe("1 channel; 1,000 sales for $5,000.00");
  });

  it("what-if: 10% lower CTR or conversion rate needs 5,000 / 0.9; 10% higher, 5,000 / 1.1", () => {
    const lower = 5000 / 0.9;
    const higher = 5000 / 1.1;
    expect(plan.labelled("CTR lower")).toBeCloseTo(lower, 6);
    expect(plan.labelled("CTR higher")).toBeCloseTo(higher, 6);
    expect(plan.labelled("Conversion rate lower")).toBeCloseTo(lower, 6);
    expect(plan.labelled("Conversion rate higher")).toBeCloseTo(higher, 6);
    expect(plan.view.cells.flat().some((cell) => cell.value === "Budget if a rate moves by B8")).toBe(true);
  });
});

describe("a plan follows its input cells live", () => {
  it("moves the budget when a rate, the goal or the what-if change is edited", () => {
    const { session } = articlePlan();
    const at = readPlan(session);
    // 1,000 / 2% / 4% = 1,250,000 impressions; × 2 / 1,000 = 2,500.
    session.editCell(PLAN, at.address("CTR", "All channels"), "4%");
    expect(readPlan(session).totals.Budget).toBe(2500);
    // 1,000 / 2.5% / 4% = 1,000,000 impressions: 2,000.
    session.editCell(PLAN, at.address("Conversion rate (per click)", "All channels"), "2.5%");
    expect(readPlan(session).totals.Budget).toBe(2000);
    // 2,000 sales: twice the impressions, 4,000.
    session.editCell(PLAN, "B2", "2000");
    const plan = readPlan(session);
    expect([plan.totals.Budget, plan.labelled("Impressions")]).toEqual([4000, 2_000_000]);
    session.editCell(PLAN, "B8", "20%");
    expect(readPlan(session).labelled("CTR lower")).toBeCloseTo(4000 / 0.8, 6);
  });
});

describe("rounding up as VISITORS_NEEDED and IMPRESSIONS_NEEDED do", () => {
  it.each([
    // goal, conversion rate, CTR, CPM, visitors and impressions worked out by hand
    [9, 0.009, 0.1, 2, 1000, 10_000], // 9 / 0.009 is 1000.0000000000001 in doubles
    [63, 0.009, 0.007, 3, 7000, 1_000_000], // 63 / 0.009 / 0.007 is 1000000.0000000001
    [10, 0.03, 0.07, 5, 334, 4762], // 333.33... visitors, 4,761.9 impressions
  ])("%d sales at %d and CTR %d: %d visitors, %d impressions", (goal, conversionRate, ctr, cpm, visitors, impressions) => {
    const session = createSession({ workbook: sampleWorkbook() });
    buildPlan(session, { goal: { kind: "sales", value: goal }, rates: "typed", typed: [{ channel: "Ads", conversionRate, ctr, cpm, share: 1 }], split: "typed" });
    const [channel] = readPlan(session).channels;
    expect([channel["Visitors needed"], channel["Impressions needed"]]).toEqual([visitors, impressions]);
    expect(channel.Budget).toBeCloseTo((impressions / 1000) * cpm, 9);
  });

  it("on 40 channels of awkward rates and shares, each count is the one the functions give", async () => {
    const { customFunctions } = await import("../../src/functions");
    const percents = [0.1, 0.3, 0.7, 0.9, 1.1, 1.3, 2.1, 2.9, 3.3, 7, 9, 11];
    // Shares in whole percents that add up to 100%.
    const shares = Array.from({ length: 40 }, (_, i) => (i < 20 ? 3 : 2)).map((share) => share / 100);
    const typed = shares.map((share, i) => ({
      channel: `Channel ${i + 1}`,
      conversionRate: percents[i % percents.length] / 100,
      ctr: percents[(i * 5 + 3) % percents.length] / 100,
      cpm: 1 + (i % 9),
      share,
    }));
    const goal = 2700;
    const session = createSession({ workbook: sampleWorkbook() });
    buildPlan(session, { goal: { kind: "sales", value: goal }, rates: "typed", typed, split: "typed" });
    const plan = readPlan(session);
    plan.channels.forEach((channel, i) => {
      const sales = goal * typed[i].share;
      expect(channel["Visitors needed"], typed[i].channel).toBe(customFunctions.VISITORS_NEEDED(sales, typed[i].conversionRate));
      expect(channel["Impressions needed"], typed[i].channel).toBe(customFunctions.IMPRESSIONS_NEEDED(sales, typed[i].conversionRate, typed[i].ctr));
    });
  });
});

/** The sample's channels, from its raw cells: spend, impressions, clicks, conversions. */
function sampleChannels() {
  const [header, ...rows] = sampleWorkbook().sheets[0].cells;
  const at = (row: unknown[], name: string) => row[header.indexOf(name)] as number;
  return rows.map((row) => ({
    name: String(row[0]),
    spend: at(row, "Budget"),
    impressions: at(row, "Impressions"),
    clicks: at(row, "Clicks"),
    conversions: at(row, "Conversions"),
  }));
}

describe("a plan at today's mix, from the selected data", () => {
  const session = createSession({ workbook: sampleWorkbook() });
  const result = buildPlan(session, { goal: { kind: "sales", value: 1500 }, rates: "data", data: selectedData(session, "Channel data", "A1:H8"), split: "mix" });
  const plan = readPlan(session);
  const channels = sampleChannels();

  it("measures each channel's rates in the data: CTR = clicks / impressions, conversion rate = conversions / clicks, CPM = spend / impressions × 1,000", () => {
    channels.forEach((channel, i) => {
      const row = plan.channels[i];
      expect(row.Channel).toBe(channel.name);
      expect(row.CTR).toBeCloseTo(channel.clicks / channel.impressions, 12);
      expect(row["Conversion rate (per click)"]).toBeCloseTo(channel.conversions / channel.clicks, 12);
      expect(row.CPM).toBeCloseTo((channel.spend / channel.impressions) * 1000, 9);
    });
    expect(plan.labelled("Rates from")).toBe("'Channel data'!A1:H8 (figures at build time)");
  });

  it("splits the goal by each channel's share of today's conversions", () => {
    const conversions = channels.reduce((sum, channel) => sum + channel.conversions, 0);
    channels.forEach((channel, i) => expect(plan.channels[i].Results).toBeCloseTo((1500 * channel.conversions) / conversions, 9));
    expect(plan.totals.Results).toBeCloseTo(1500, 9);
  });

  it("costs the goal × the pooled CPA, give or take the one impression each channel rounds up", () => {
    const spend = channels.reduce((sum, channel) => sum + channel.spend, 0);
    const conversions = channels.reduce((sum, channel) => sum + channel.conversions, 0);
    const pooled = 1500 * (spend / conversions);
    const oneImpressionEach = channels.reduce((sum, channel) => sum + channel.spend / channel.impressions, 0);
    expect(plan.totals.Budget as number).toBeGreaterThanOrEqual(pooled - 1e-6);
    expect(plan.totals.Budget as number).toBeLessThan(pooled + oneImpressionEach);
    expect(result.budget).toBe(plan.totals.Budget);
  });

  it("keeps the data's currency: the sample's spend is in euros", () => {
    expect(result.summary).toMatch(/^7 channels; 1,500 sales for €\d{2},\d{3}\.\d{2}$/);
  });

  it("shows each channel's change against today's spend", () => {
    channels.forEach((channel, i) => expect(plan.channels[i]["Change vs today"]).toBeCloseTo((plan.channels[i].Budget as number) - channel.spend, 9));
  });
});

/**
 * Three channels worked by hand (cap 2× proven conversions):
 *   A: spend 1,000, 100,000 impressions, 2,000 clicks, 100 conversions: CTR 2%, conversion 5%, CPM 10, CPA 10, cap 200
 *   B: spend 600, 60,000 impressions, 1,500 clicks, 30 conversions: CTR 2.5%, conversion 2%, CPM 10, CPA 20, cap 60
 *   C: spend 2,000, 400,000 impressions, 4,000 clicks, 50 conversions: CTR 1%, conversion 1.25%, CPM 5, CPA 40, cap 100
 */
const HAND_DATA = [
  ["Channel", "Spend", "Impressions", "Clicks", "Conversions"],
  ["C", 2000, 400_000, 4000, 50],
  ["A", 1000, 100_000, 2000, 100],
  ["B", 600, 60_000, 1500, 30],
];

function optimizedPlan(goal: number) {
  const session = createSession({ workbook: workbookWith("Spend", HAND_DATA) });
  const result = buildPlan(session, { goal: { kind: "sales", value: goal }, rates: "data", data: selectedData(session, "Spend", "A1:E4"), split: "optimized", cap: 2 });
  return { session, result, plan: readPlan(session) };
}

describe("an optimized plan: lowest CPA first, each channel capped at 2× its proven conversions", () => {
  const { session, result, plan } = optimizedPlan(300);
  const row = (name: string) => plan.channels.find((channel) => channel.Channel === name)!;

  it("gives A its cap of 200 sales, B its cap of 60, and C the 40 left", () => {
    expect(["A", "B", "C"].map((name) => row(name).Results)).toEqual([200, 60, 40]);
    expect(["A", "B", "C"].map((name) => row(name)["Cap binds?"])).toEqual(["Cap binds", "Cap binds", ""]);
  });

  it("costs A 2,000 (200 / 5% / 2% = 200,000 impressions at 10), B 1,200 (120,000 at 10), C 1,600 (320,000 at 5): 4,800", () => {
    expect(["A", "B", "C"].map((name) => row(name)["Impressions needed"])).toEqual([200_000, 120_000, 320_000]);
    expect(["A", "B", "C"].map((name) => row(name).Budget)).toEqual([2000, 1200, 1600]);
    expect([plan.totals.Budget, plan.totals["Expected CPA"]]).toEqual([4800, 16]);
  });

  it("shows the change against today's spend: +1,000, +600, -400", () => {
    expect(["A", "B", "C"].map((name) => row(name)["Change vs today"])).toEqual([1000, 600, -400]);
  });

  it("saves 1,200.005 against today's mix, which would cost 1,666.67 + 1,000 + 3,333.335 = 6,000.005", () => {
    // Today's mix: A 300 × 100/180 = 166.67 sales, 166,667 impressions at 10; B 50 sales, 100,000 at 10; C 83.33 sales, 666,667 at 5.
    expect(plan.labelled("Budget at today's mix")).toBeCloseTo(1666.67 + 1000 + 3333.335, 9);
    expect(plan.labelled("Saved for the same goal")).toBeCloseTo(1200.005, 9);
    expect(result).toMatchObject({ budget: 4800, goalReached: true });
    expect(result.saved).toBeCloseTo(1200.005, 9);
    expect(plan.labelled("Goal within the caps?")).toBe("Yes");
    // The same figures at the top, beside the inputs.
    expect([plan.beside("Total budget"), plan.beside("Results planned")]).toEqual([4800, 300]);
    expect(plan.beside("Saved vs today's mix")).toBeCloseTo(1200.005, 9);
  });

  it("re-optimizes live when the cap is edited: at 3×, A alone reaches 300 sales for 3,000", () => {
    session.editCell(PLAN, "B7", "3");
    const edited = readPlan(session);
    expect(edited.channels.map((channel) => [channel.Channel, channel.Results])).toEqual([["C", 0], ["A", 300], ["B", 0]]);
    expect(edited.totals.Budget).toBe(3000);
  });

  it("says so when the caps cannot reach the goal: 500 sales, caps of 360", () => {
    const short = optimizedPlan(500);
    expect(short.plan.totals.Results).toBe(360);
    expect(short.plan.labelled("Goal within the caps?")).toMatch(/^No: the caps cannot reach the goal/);
    expect(short.result.goalReached).toBe(false);
    // A 2,000 and B 1,200 as above; C at its cap of 100 sales: 100 / 1.25% / 1% = 800,000 impressions at 5, 4,000.
    expect(short.result.summary).toBe("3 channels; the caps reach only 360 of 500 sales, for $7,200.00");
    // No saving is claimed for a plan that buys fewer results than the goal.
    expect([short.plan.labelled("Saved for the same goal"), short.result.saved]).toEqual(["", null]);
  });
});

describe("the sample's worked examples", () => {
  it("plan from the buyer's side: 50,000 clicks for 1,000 sales, and the 5,000 budget buys those 1,000 sales back", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    const examples = session.view().sheets.find((sheet) => sheet.name === "Worked examples")!.cells;
    const labelled = (label: string) => examples.find((row) => row[0].value === label)![1].value;
    expect([labelled("Clicks the ads must bring"), labelled("Sales the budget buys")]).toEqual([50_000, 1000]);
  });
});

describe("goals in leads or in revenue", () => {
  it("reaches a revenue goal in whole sales worth the value per sale: 50,000 at 30 a sale is 1,667 sales", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    const result = buildPlan(session, { goal: { kind: "revenue", value: 50_000 }, valuePerSale: 30, typed: [article], split: "typed" });
    const plan = readPlan(session);
    // 50,000 / 30 = 1,666.67, rounded up; 1,667 / 2% / 2% = 4,167,500 impressions at 2 per 1,000.
    expect([plan.labelled("Results to reach"), plan.totals.Results, plan.totals.Budget]).toEqual([1667, 1667, 8335]);
    expect(plan.totals["Expected revenue"]).toBe(1667 * 30);
    expect(result.summary).toBe("1 channel; $50,000.00 of revenue for $8,335.00");
  });

  it("measures a leads goal's conversion rate as leads / clicks", () => {
    const data = [["Channel", "Spend", "Impressions", "Clicks", "Leads", "Conversions"], ["Ads", 500, 50_000, 1000, 40, 4], ["Search", 300, 10_000, 600, 60, 3]];
    const session = createSession({ workbook: workbookWith("Leads", data) });
    buildPlan(session, { goal: { kind: "leads", value: 100 }, rates: "data", data: selectedData(session, "Leads", "A1:F3"), split: "mix" });
    const plan = readPlan(session);
    expect(plan.labelled("Goal (leads)")).toBe(100);
    expect(plan.channels.map((channel) => [channel["Conversion rate (per click)"], channel["Proven results"]])).toEqual([[0.04, 40], [0.1, 60]]);
    // 40 leads at 4% and 2% CTR: 50,000 impressions at 10 per 1,000; 60 leads at 10% and 6%: 10,000 at 30.
    expect(plan.totals.Budget).toBe(500 + 300);
  });
});

describe("a channel priced per click", () => {
  it("keeps its budget at clicks × CPC when its CTR changes: 50,000 clicks at 0.10 is 5,000 at 2% CTR and at 4%", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    buildPlan(session, { typed: [{ channel: "Search", conversionRate: 0.02, ctr: 0.02, cpm: null, cpc: 0.1, share: 1 }], split: "typed" });
    const plan = readPlan(session);
    // CPM = 0.10 × 2% × 1,000 = 2; 2,500,000 impressions at 2 per 1,000.
    expect([plan.channels[0].CPM, plan.totals.Budget]).toEqual([2, 5000]);
    session.editCell(PLAN, plan.address("CTR", "Search"), "4%");
    const edited = readPlan(session);
    // 1,250,000 impressions at a CPM of 4: the same 50,000 clicks, the same 5,000.
    expect([edited.channels[0].CPM, edited.totals["Impressions needed"], edited.totals.Budget]).toEqual([4, 1_250_000, 5000]);
  });

  it("is refused when priced both per impression and per click", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    expect(() => buildPlan(session, { typed: [{ channel: "Search", conversionRate: 0.02, ctr: 0.02, cpm: 2, cpc: 0.1, share: 1 }], split: "typed" })).toThrow(
      "Search: give either a CPM or a CPC, an amount above 0, such as 2 or 0.40.",
    );
  });
});

describe("a plan for a French user", () => {
  it("is the Plan budgétaire, in French, with money and numbers as a fr_FR spreadsheet shows them", () => {
    const session = createSession({ workbook: sampleWorkbook(), userLocale: "fr", spreadsheetLocale: "fr_FR" });
    const result = buildPlan(session, { typed: [article], split: "typed" });
    expect(result.sheetName).toBe("Plan budgétaire");
    const view = session.view().sheets.find((sheet) => sheet.name === "Plan budgétaire")!;
    expect(view.cells[10].slice(0, 3).map((cell) => cell.value)).toEqual(["Canal", "Budget", "Résultats"]);
    expect(result.summary).toMatch(/^1 canal\u00a0; 1[\s\u00a0\u202f]000 ventes pour 5[\s\u00a0\u202f]000,00[\s\u00a0\u202f]€$/);
  });
});
