import { describe, expect, it } from "vitest";
import { aggregateByChannel } from "../../src/scorecard/aggregate";
import { readChannelRows, readChannelTotals } from "../../src/scorecard/channelRows";
import { requestMessages } from "../../src/i18n/requestMessages";

const mapping = { channel: 0, budget: 1, leads: 2, bounceRate: 3, conversions: 4, revenue: 5 };

describe("reading channel rows", () => {
  it("reads numbers, numeric text and percentages, skipping blank rows", () => {
    const { rows, issues } = readChannelRows([["Facebook", "4200", 7900, "48%", 210, 14700], ["", "", "", "", "", ""]], mapping, 2);
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { channel: "Facebook", budget: 4200, leads: 7900, qualifiedLeads: 0, customers: 0, bounceRate: 0.48, conversions: 210, revenue: 14700, impressions: 0, clicks: 0, visits: 0, dimensions: [], targetRoi: null, plannedBudget: 0, otherCosts: 0, hours: 0, reach: 0, engagements: 0, reactions: 0, comments: 0, shares: 0 },
    ]);
  });

  it("reports every bad cell with its row and what to do, and keeps rows without a channel under one label", () => {
    const { issues, rows, noChannelRows } = readChannelRows(
      [
        ["X", "abc", 10, 0.5, 1, 100],
        ["Y", -5, 10, 1.2, 1, 100],
        ["", 5, 10, 0.5, 1, 100],
      ],
      mapping,
      5,
    );
    expect(issues.map((issue) => issue.message)).toEqual([
      "Row 5: spend is the text 'abc'; enter a number.",
      "Row 6: spend is -5; enter an amount of 0 or more.",
      "Row 6: bounce rate is 1.2; enter a percentage from 0% to 100%, such as 45%.",
    ]);
    expect(noChannelRows).toEqual([7]);
    expect(rows[2]).toMatchObject({ channel: "(no channel)", budget: 5 });
  });

  it("leaves out an unlabeled summary row (Meta's, above the data) as a totals row, and keeps a row without a channel that sums nothing", () => {
    const read = readChannelRows(
      [
        ["", "157.50", 1120, "", 16, 730],
        ["Facebook", "100.00", 1000, "", 10, 300],
        ["LinkedIn", "50.00", 100, "", 5, 400],
        ["", "7.50", 20, "", 1, 30],
      ],
      mapping,
      2,
    );
    expect(read.totalsRows).toEqual([2]);
    expect(read.noChannelRows).toEqual([5]);
    expect(read.rows.map((row) => [row.channel, row.budget, row.conversions])).toEqual([
      ["Facebook", 100, 10],
      ["LinkedIn", 50, 5],
      ["(no channel)", 7.5, 1],
    ]);
  });
});

describe("aggregating by channel", () => {
  it("sums a channel's per-day rows and weights its bounce rate by leads, never averaging ratios", () => {
    const { rows } = readChannelRows(
      [
        ["Facebook", 100, 1000, 0.5, 10, 300],
        ["facebook ", 300, 3000, 0.3, 30, 900],
        ["LinkedIn", 50, 100, "", 5, 400],
      ],
      mapping,
      2,
    );
    const [facebook, linkedin] = aggregateByChannel(rows);
    expect(facebook).toMatchObject({ channel: "Facebook", budget: 400, leads: 4000, conversions: 40, revenue: 1200, rowCount: 2 });
    expect(facebook.bounceRate).toBeCloseTo((0.5 * 1000 + 0.3 * 3000) / 4000, 12);
    expect(linkedin.bounceRate).toBeNull();
  });
});

describe("summing channels as the rows are read", () => {
  const messages = requestMessages("en");

  it("gives the channels, their figures and the rows noted without keeping the rows", () => {
    const read = readChannelTotals(
      [
        ["Facebook", "100.10", 1000, 0.5, 10, 300],
        ["LinkedIn", "", 100, "", 5, 400],
        ["Total", "150.10", 1100, "", 15, 700],
        ["facebook ", "0.20", 3000, 0.3, 30, 900],
      ],
      mapping,
      2,
      undefined,
      messages,
      "leads",
    );
    expect(read.rowCount).toBe(3);
    expect(read.totalsRows).toEqual([4]);
    expect(read.noCostRows).toEqual([3]);
    expect(read.channels.map(({ channel, budget, leads, conversions, revenue, rowCount }) => ({ channel, budget, leads, conversions, revenue, rowCount }))).toEqual([
      { channel: "Facebook", budget: 100.1 + 0.2, leads: 4000, conversions: 40, revenue: 1200, rowCount: 2 },
      { channel: "LinkedIn", budget: 0, leads: 100, conversions: 5, revenue: 400, rowCount: 1 },
    ]);
    expect(read.channels[0].bounceRate).toBeCloseTo((0.5 * 1000 + 0.3 * 3000) / 4000, 12);
  });

  it("leaves out an unlabeled summary row found among the rows, as reading the rows first does", () => {
    const rows = [
      ["", "157.50", 1120, "", 16, 730],
      ["Facebook", "100.00", 1000, "", 10, 300],
      ["", "7.50", 20, "", 1, 30],
      ["LinkedIn", "50.00", 100, "", 5, 400],
    ];
    const read = readChannelTotals(rows, mapping, 2, undefined, messages, "leads");
    expect(read.totalsRows).toEqual([2]);
    expect(read.noChannelRows).toEqual([4]);
    expect(read.rowCount).toBe(3);
    expect(read.channels.map(({ channel, budget, conversions, rowCount }) => [channel, budget, conversions, rowCount])).toEqual([
      ["Facebook", 100, 10, 1],
      ["(no channel)", 7.5, 1, 1],
      ["LinkedIn", 50, 5, 1],
    ]);
  });
});
