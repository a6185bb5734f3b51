// Periods: ISO weeks from Monday (never cut by a month), months, quarters, the automatic unit from
// the span, every period between the first and last day kept; and the sidebar's linked build,
// whose SUMIFS compare the source's days, refused when the sheet holds them as text.
import { describe, expect, it } from "vitest";
import { addonTexts } from "../../src/i18n";
import { aggregateByChannel } from "../../src/scorecard/aggregate";
import type { ChannelRow } from "../../src/scorecard/channelRows";
import { prepareScorecard, type PlanContext } from "../../src/scorecard/prepare";
import { autoUnit, figuresByPeriod, periodsBetween, periodStart } from "../../src/scorecard/periods";
import type { ScorecardRequest } from "../../src/scorecard/request";

describe("periods", () => {
  it("starts a week on its Monday, across a month's and a year's end", () => {
    expect(periodStart("2026-02-01", "week")).toBe("2026-01-26");
    expect(periodStart("2026-01-26", "week")).toBe("2026-01-26");
    expect(periodStart("2026-01-01", "week")).toBe("2025-12-29");
    expect(periodStart("2026-05-17", "quarter")).toBe("2026-04-01");
    expect(periodStart("2026-05-17", "month")).toBe("2026-05-01");
  });

  it("lists every period from the first day's to the last day's, each with its last day", () => {
    expect(periodsBetween("2026-01-31", "2026-03-01", "month")).toEqual([
      { start: "2026-01-01", end: "2026-01-31" },
      { start: "2026-02-01", end: "2026-02-28" },
      { start: "2026-03-01", end: "2026-03-31" },
    ]);
    expect(periodsBetween("2026-12-30", "2027-01-02", "week")).toEqual([{ start: "2026-12-28", end: "2027-01-03" }]);
    expect(periodsBetween("2026-02-10", "2026-11-02", "quarter").map((period) => period.end)).toEqual(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]);
  });

  it("chooses by day up to 31 days, by week up to 6 months, else by month", () => {
    expect(autoUnit("2026-01-01", "2026-01-31")).toBe("day");
    expect(autoUnit("2026-01-01", "2026-02-01")).toBe("week");
    expect(autoUnit("2026-01-01", "2026-06-30")).toBe("week");
    expect(autoUnit("2026-01-01", "2026-07-01")).toBe("month");
  });

  it("keeps a week without rows, its channels at zero, so that each change is against the week before", () => {
    const row = (channel: string, budget: number): ChannelRow => ({
      channel, budget, leads: 0, visits: 0, bounceRate: null, conversions: 1, revenue: 0, impressions: 0, clicks: 0, dimensions: [],
      targetRoi: null, plannedBudget: 0, otherCosts: 0, hours: 0, reach: 0, engagements: 0, reactions: 0, comments: 0, shares: 0, qualifiedLeads: 0, customers: 0,
    });
    const rows = [row("Facebook", 100), row("Instagram", 40), row("Facebook", 60)];
    const days = new Map([[rows[0], "2026-01-05"], [rows[1], "2026-01-06"], [rows[2], "2026-01-21"]]);
    const periods = figuresByPeriod(rows, (r) => days.get(r)!, aggregateByChannel(rows), "week", "leads");
    expect(periods.map((period) => [period.start, ...period.channels.map((channel) => channel.budget)])).toEqual([
      ["2026-01-05", 100, 40],
      ["2026-01-12", 0, 0],
      ["2026-01-19", 60, 0],
    ]);
  });
});

describe("a linked build by period, from the sidebar", () => {
  const request: ScorecardRequest = {
    headers: ["Day", "Channel", "Spend", "Conversions"],
    // Date cells reach the add-on as ISO text in the spreadsheet's time zone.
    rows: [["2026-01-05", "Facebook", 100, 4], ["2026-01-13", "Facebook", 80, 2], ["", "Instagram", 30, 1]],
    mapping: { channel: 1, budget: 2, conversions: 3 },
    source: { sheetName: "Ads", rangeA1: "A1:D4", firstRow: 1, firstColumn: 1, hasHeader: true },
    options: { targetRoi: null, chart: false, linkToSource: true, byPeriod: "week" },
  };
  const context = (dates: unknown[]): PlanContext => ({
    sheetName: "Channel scorecard", sourceChannels: ["Facebook", "Facebook", "Instagram"], sourceDates: dates,
    texts: addonTexts("en"), moneyFormat: "#,##0.00", builtOn: "2026-02-01", keys: { sheetName: "Keys", sourceLastRow: 1000 },
  });

  it("sums each week's rows between its days when the sheet holds dates", () => {
    const { plan, periods } = prepareScorecard(request, context([new Date(2026, 0, 5), new Date(2026, 0, 13), ""]));
    const layout = plan.layout.periods!;
    expect(periods).toMatchObject({ unit: "week", first: "2026-01-05", last: "2026-01-18", count: 2, undatedRows: 1, undatedSpend: 30 });
    // Spend in column B, as in the channel table: the week's rows of the channel named in column A, between its first day (A) and last.
    const facebook = plan.cells[layout.firstRow][1] as string;
    const first = layout.firstRow;
    expect(facebook.startsWith(`=SUMIFS('Ads'!$C$2:$C$1000, 'Ads'!$A$2:$A$1000, ">="&$A$${first}, 'Ads'!$A$2:$A$1000, "<"&($`)).toBe(true);
    expect(facebook).toMatch(new RegExp(`"<"&\\(\\$[A-Z]+\\$${first}\\+1\\), 'Keys'!\\$A\\$2:\\$A\\$1000, "k"&.*\\$A${first + 1}\\b`));
  });

  it("refuses when the sheet holds the days as text, which SUMIFS would not compare with a period's days", () => {
    expect(() => prepareScorecard(request, context(["2026-01-05", "2026-01-13", ""]))).toThrow(
      "The dates in “Day” are text (or numbers such as 20260131) in the sheet, which SUMIFS cannot compare with a period's days",
    );
  });

  it("refuses periods over data with other costs or hours, which they do not split", () => {
    const withHours = { ...request, headers: [...request.headers, "Hours"], rows: request.rows.map((row) => [...row, 2]), mapping: { ...request.mapping, hours: 4 }, options: { ...request.options, hourlyRate: 50, linkToSource: false } };
    expect(() => prepareScorecard(withHours, context([]))).toThrow("By period counts spend only");
  });
});

describe("the trend chart", () => {
  it("follows the five channels with the most spend, a line each, by week, under the section's title, from a block beside it", () => {
    const channels = ["Facebook", "Instagram", "LinkedIn", "TikTok", "YouTube", "Pinterest"];
    // Pinterest spends least: left out of the chart.
    const rows = ["2026-01-05", "2026-01-12", "2026-01-19"].flatMap((day, week) => channels.map((channel, c) => [day, channel, 600 - c * 100 + week, 3 + c, 400 + week * 50]));
    const request: ScorecardRequest = {
      headers: ["Day", "Channel", "Spend", "Conversions", "Revenue"], rows, mapping: { channel: 1, budget: 2, conversions: 3, revenue: 4 }, source: null,
      options: { targetRoi: null, chart: true, linkToSource: false, byPeriod: "week" },
    };
    const { plan } = prepareScorecard(request, { sheetName: "Channel scorecard", sourceChannels: null, texts: addonTexts("en"), moneyFormat: "#,##0.00", builtOn: "2026-02-01" });
    const trend = plan.charts.find((chart) => chart.type === "line")!;
    expect(trend).toMatchObject({ title: "ROI by week, the 5 channels with the most spend", headers: 1 });
    const [from, to] = trend.ranges[0].split(":");
    const [left, top] = [from.charCodeAt(0) - 65, Number(from.slice(1)) - 1];
    const [right, bottom] = [to.charCodeAt(0) - 65, Number(to.slice(1)) - 1];
    expect(plan.cells[top].slice(left, right + 1)).toEqual(["Period", "'Facebook", "'Instagram", "'LinkedIn", "'TikTok", "'YouTube"]);
    expect(bottom - top).toBe(3);
    // Each point reads the channel's ROI cell of its week's row in the section.
    const layout = plan.layout.periods!;
    const roiColumn = plan.cells[layout.headerRow - 1].indexOf("ROI");
    expect(plan.cells[top + 2][left + 1]).toBe(`=${String.fromCharCode(65 + roiColumn)}${layout.firstRow + 7 + 1}`);
    // Under the title, from column A, on rows the section leaves blank down to its header.
    expect(trend).toMatchObject({ anchorRow: layout.titleRow + 1, anchorColumn: 1 });
    const chartRows = Math.ceil(trend.size!.height / 21);
    expect(layout.headerRow).toBeGreaterThan(layout.titleRow + chartRows);
    for (let row = layout.titleRow; row < layout.headerRow - 1; row++) expect(plan.cells[row].every((cell) => cell === "")).toBe(true);
  });
});
