// A plan whose rates are the channel scorecard's live cells, and where the add-on writes a plan:
// never over a user's sheet, over its own plan on a rebuild, in a fixed number of service calls.
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { buildFromSelection, workbookWith } from "../addon/scorecardSession";
import type { BudgetPlanResult } from "../../src/planner/request";
import { buildPlan, PLAN, planRequest, readPlan, selectedData } from "./planSession";

const CHANNEL_NAMES = sampleWorkbook().sheets[0].cells.slice(1).map((row) => row[0] as string);

/** The sample's Facebook row, from its raw cells. */
function sampleRow(name: string) {
  const [header, ...rows] = sampleWorkbook().sheets[0].cells;
  const row = rows.find((cells) => cells[0] === name)!;
  const at = (column: string) => row[header.indexOf(column)] as number;
  return { spend: at("Budget"), impressions: at("Impressions"), clicks: at("Clicks"), conversions: at("Conversions"), revenue: at("Revenue") };
}

describe("rates taken from the channel scorecard", () => {
  it("reads its cells by reference, found by their headers, and follows the data through it", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    buildFromSelection(session, "Channel data", "A1:H8", { targetRoi: 0.2 });
    const result = buildPlan(session, { goal: { kind: "sales", value: 1000 }, rates: "scorecard", split: "optimized", cap: 2 });
    const plan = readPlan(session);
    expect(plan.errors).toEqual([]);
    expect(plan.channels.map((channel) => channel.Channel)).toEqual(["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube", "Pinterest"]);
    const facebook = sampleRow("Facebook");
    const row = plan.channels[0];
    expect(row.CTR).toBeCloseTo(facebook.clicks / facebook.impressions, 12);
    expect(row["Conversion rate (per click)"]).toBeCloseTo(facebook.conversions / facebook.clicks, 12);
    expect(row.CPM).toBeCloseTo((facebook.spend / facebook.impressions) * 1000, 9);
    expect([row["Proven results"], row["Today's spend"], row.Cap]).toEqual([facebook.conversions, facebook.spend, 2 * facebook.conversions]);
    expect(plan.labelled("Rates from")).toBe("Channel scorecard (its live cells)");
    expect(result.saved).toBeGreaterThan(0);
    // In the scorecard's currency, the sample's euros.
    expect(result.summary).toMatch(/^7 channels; 1,000 sales for €[\d,.]+; €[\d,.]+ saved against today's mix$/);

    // Twice Facebook's clicks in the data: the scorecard follows, and the plan with it.
    const dataRow = sampleWorkbook().sheets[0].cells.findIndex((cells) => cells[0] === "Facebook") + 1;
    session.editCell("Channel data", `D${dataRow}`, String(2 * facebook.clicks));
    const edited = readPlan(session).channels[0];
    expect(edited.CTR).toBeCloseTo((2 * facebook.clicks) / facebook.impressions, 12);
    expect(edited["Conversion rate (per click)"]).toBeCloseTo(facebook.conversions / (2 * facebook.clicks), 12);
  }, 120_000);

  it("reads a scorecard built in French", () => {
    const session = createSession({ workbook: sampleWorkbook(), userLocale: "fr" });
    buildFromSelection(session, "Channel data", "A1:H8");
    const english = createSession({ workbook: session.serialize() });
    buildPlan(session, { rates: "scorecard", split: "mix" });
    expect(readPlan(session, "Plan budgétaire").labelled("Contrôle avec le tableau de bord")).toBe("Mêmes canaux que le tableau de bord");
    buildPlan(english, { rates: "scorecard", split: "mix" });
    const plan = readPlan(english);
    expect(plan.channels.map((channel) => channel.Channel)).toHaveLength(7);
    // Its figures found under its French headers.
    expect(plan.labelled("Check against the scorecard")).toBe("Same channels as the scorecard");
    expect(plan.errors).toEqual([]);
    expect(plan.totals["Today's spend"]).toBe([...new Set(CHANNEL_NAMES)].reduce((total, name) => total + sampleRow(name).spend, 0));
  }, 120_000);

  it("says to build a scorecard first when there is none", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    const sheetsBefore = session.view().sheets.map((sheet) => sheet.name);
    expect(() => buildPlan(session, { rates: "scorecard" })).toThrow(/There is no channel scorecard in this spreadsheet: build one first/);
    expect(session.view().sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
  });

  it("says which columns a scorecard without impressions and clicks lacks", () => {
    const session = createSession({ workbook: workbookWith("Data", [["Channel", "Spend", "Conversions"], ["Ads", 100, 5]]) });
    buildFromSelection(session, "Data", "A1:C2");
    expect(() => buildPlan(session, { rates: "scorecard" })).toThrow("The scorecard Channel scorecard has no Impressions, Clicks column");
  });
});

describe("the plan's value per sale and ROI, from a scorecard with revenue", () => {
  const CHANNELS = ["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube", "Pinterest"];
  /** ROI as the source defines it: (revenue x margin - spend) / spend. */
  const roiOf = (name: string, margin: number) => {
    const { spend, revenue } = sampleRow(name);
    return (revenue * margin - spend) / spend;
  };

  function planned() {
    const session = createSession({ workbook: sampleWorkbook() });
    buildFromSelection(session, "Channel data", "A1:H8");
    buildPlan(session, { goal: { kind: "sales", value: 1000 }, rates: "scorecard", split: "mix" });
    const byChannel = () => new Map(readPlan(session).channels.map((row) => [row.Channel as string, row]));
    return { session, byChannel };
  }

  it("gives each channel its own revenue / conversions, so its expected ROI is the scorecard's", () => {
    const { byChannel } = planned();
    const rows = byChannel();
    for (const name of CHANNELS) {
      const { revenue, conversions } = sampleRow(name);
      const row = rows.get(name)!;
      expect(row["Value per sale"], name).toBeCloseTo(revenue / conversions, 9);
      // Within the one impression each channel's count is rounded up by.
      expect(Math.abs((row["Expected ROI"] as number) - roiOf(name, 1)), name).toBeLessThan(1e-4);
    }
  });

  it("follows the scorecard's margin, and a value per sale typed in the plan replaces each channel's", () => {
    const { session, byChannel } = planned();
    const scorecard = session.view().sheets.find((sheet) => sheet.name === "Channel scorecard")!;
    const marginCell = scorecard.cells[1].findIndex((cell) => cell.value === "Margin") + 1;
    session.editCell("Channel scorecard", `${String.fromCharCode(65 + marginCell)}2`, "40%");
    for (const name of CHANNELS) expect(Math.abs((byChannel().get(name)!["Expected ROI"] as number) - roiOf(name, 0.4)), name).toBeLessThan(1e-4);

    session.editCell(PLAN, "B3", "50");
    const rows = byChannel();
    for (const name of CHANNELS) {
      const row = rows.get(name)!;
      expect(row["Value per sale"]).toBe(50);
      expect(row["Expected revenue"]).toBeCloseTo((row.Results as number) * 50, 9);
    }
  });

  it("labels its conversion rate per click, the scorecard's being per lead", () => {
    const { session } = planned();
    const headers = readPlan(session).view.cells[10].map((cell) => cell.value);
    expect(headers).toContain("Conversion rate (per click)");
    expect(headers).not.toContain("Conversion rate");
  });
});

describe("which sheet a plan is written to", () => {
  it("never overwrites a user's sheet named Budget plan, and rebuilds its own plan in place", () => {
    const workbook = workbookWith(PLAN, [["My own notes"]]);
    const session = createSession({ workbook });
    const first = buildPlan(session, { typed: [{ channel: "Ads", conversionRate: 0.02, ctr: 0.02, cpm: 2, share: 1 }], split: "typed" });
    expect(first.sheetName).toBe("Budget plan (2)");
    expect(session.view().sheets[0].cells[0][0].value).toBe("My own notes");
    const again = buildPlan(session, { goal: { kind: "sales", value: 500 }, typed: [{ channel: "Ads", conversionRate: 0.02, ctr: 0.02, cpm: 2, share: 1 }], split: "typed" });
    expect(again.sheetName).toBe("Budget plan (2)");
    expect(session.view().sheets.map((sheet) => sheet.name)).toEqual([PLAN, "Budget plan (2)"]);
    expect(readPlan(session, "Budget plan (2)").totals.Budget).toBe(2500);
  });

  it("refuses a bad request with what to fix, writing nothing", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    const sheetsBefore = session.view().sheets.map((sheet) => sheet.name);
    const typed = [
      { channel: "Ads", conversionRate: 2, ctr: 0.02, cpm: 2, share: 0.5 },
      { channel: "Search", conversionRate: 0.02, ctr: 0.02, cpm: 2, share: 0.4 },
    ];
    expect(() => buildPlan(session, { goal: { kind: "sales", value: 0 }, typed, split: "typed" })).toThrow("The goal must be a number above 0");
    expect(() => buildPlan(session, { goal: { kind: "visits" as "sales", value: 10 }, typed, split: "typed" })).toThrow("open Plan a budget again");
    expect(() => buildPlan(session, { typed, split: "typed" })).toThrow("Ads: the Conversion rate (per click) must be a rate above 0% and up to 100%");
    typed[0].conversionRate = 0.02;
    expect(() => buildPlan(session, { typed, split: "typed" })).toThrow("The shares of the goal add up to 90%; make them add up to 100%.");
    expect(() => buildPlan(session, { goal: { kind: "revenue", value: 50_000 }, typed, split: "mix" })).toThrow("a revenue goal needs one");
    expect(() => buildPlan(session, { typed, split: "mix" })).toThrow("Today's mix and the optimized split need results measured per channel");
    expect(session.view().sheets.map((sheet) => sheet.name)).toEqual(sheetsBefore);
    // A value per sale left out of the JSON is no value per sale.
    const single = [{ channel: "Ads", conversionRate: 0.02, ctr: 0.02, cpm: 2, share: 1 }];
    const { valuePerSale: _, ...withoutValue } = planRequest({ typed: single, split: "typed" });
    expect((session.runServerFunction("buildBudgetPlan", [withoutValue]) as BudgetPlanResult).budget).toBe(5000);
  });
});

describe("the service-call budget of a plan", () => {
  function callsToPlan(channels: number): Record<string, number> {
    const rows = Array.from({ length: channels }, (_, i) => [`Channel ${i + 1}`, 100 + i, 10_000 + 7 * i, 200 + i, 5 + (i % 9)]);
    const session = createSession({ workbook: workbookWith("Export", [["Channel", "Spend", "Impressions", "Clicks", "Conversions"], ...rows]) });
    const data = selectedData(session, "Export", `A1:E${channels + 1}`);
    session.resetServiceCalls();
    buildPlan(session, { rates: "data", data, split: "optimized" });
    return session.serviceCalls().byName;
  }

  it("is the same for 5 and for 120 channels", () => {
    const five = callsToPlan(5);
    expect(callsToPlan(120)).toEqual(five);
    expect([five["Range.setValues"], five["Range.setNumberFormats"], five["Sheet.insertChart"]]).toEqual([1, 1, 2]);
  });
});

describe("the Plan a budget menu item", () => {
  it.each([
    ["en", "Plan a budget"],
    ["fr", "Planifier un budget"],
  ])("opens the plan sidebar for a %s user, titled %s", (locale, title) => {
    const session = createSession({ workbook: sampleWorkbook(), userLocale: locale });
    session.runMenuItem("showBudgetPlanner");
    expect(session.view().sidebar).toEqual({ title });
    expect(session.sidebarHtml()).toMatch(new RegExp(`<body[^>]*data-view="plan"[^>]*data-language="${locale}"`));
  });
});

describe("the plan's value per sale from a scorecard of sources of which only some have revenue", () => {
  // Meta's rows have revenue, LinkedIn's none (blank in the scorecard), as the sources' combining sends them.
  const HEADERS = ["Channel", "Network", "Spend (EUR)", "Impressions", "Clicks", "Conversions", "Revenue (EUR)"];
  const META = { spend: 1204.55, impressions: 120233, clicks: 1410, conversions: 52, revenue: 3640 };
  const LINKEDIN = { spend: 1840.22, impressions: 61220, clicks: 512, conversions: 12 };
  const rows = [
    ["Meta", "Meta", META.spend, META.impressions, META.clicks, META.conversions, META.revenue],
    ["LinkedIn", "LinkedIn", LINKEDIN.spend, LINKEDIN.impressions, LINKEDIN.clicks, LINKEDIN.conversions, ""],
  ];

  it("gives the channel without revenue no value per sale and no expected ROI, never a value of 0", () => {
    const session = createSession({ workbook: workbookWith("Data", [HEADERS, ...rows]) });
    session.runServerFunction("buildScorecard", [
      {
        headers: HEADERS, rows, mapping: { channel: 0, budget: 2, impressions: 3, clicks: 4, conversions: 5, revenue: 6 }, source: null,
        partial: [{ field: "revenue", sources: ["meta.csv"], networks: ["Meta"] }],
        options: { targetRoi: null, chart: false, linkToSource: false },
      },
    ]);
    buildPlan(session, { goal: { kind: "sales", value: 100 }, rates: "scorecard", split: "mix" });
    const plan = readPlan(session);
    expect(plan.errors).toEqual([]);
    const byChannel = new Map(plan.channels.map((row) => [row.Channel as string, row]));
    expect(byChannel.get("Meta")!["Value per sale"]).toBeCloseTo(META.revenue / META.conversions, 9);
    expect([byChannel.get("LinkedIn")!["Value per sale"], byChannel.get("LinkedIn")!["Expected ROI"]]).toEqual(["", ""]);
  });
});
