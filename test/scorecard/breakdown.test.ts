// The breakdown's grouping: per value of a column and per channel and value, by spend, blanks kept.
import { describe, expect, it } from "vitest";
import { aggregateByChannel } from "../../src/scorecard/aggregate";
import { breakDown } from "../../src/scorecard/breakdown";
import { readChannelRows } from "../../src/scorecard/channelRows";

// Channel, campaign, owner, spend, conversions.
const DATA: [string, string, string, number, number][] = [
  ["Facebook", "Spring promo", "Ana", 120, 6],
  ["Instagram", "Spring promo", "Ana", 300, 9],
  ["facebook ", " SPRING  promo", "Marc", 80, 2],
  ["Facebook", "Retargeting", "Marc", 45.5, 3],
  ["Instagram", "", "Ana", 20, 0],
  ["LinkedIn", "B2B leads", "", 410, 5],
];
const mapping = { channel: 0, budget: 3, conversions: 4 };

function grouped() {
  const { rows } = readChannelRows(DATA, mapping, 2, undefined, undefined, [1, 2]);
  const channels = aggregateByChannel(rows);
  return breakDown(rows, channels, [{ header: "Campaign", sourceColumn: null }, { header: "Owner", sourceColumn: null }]);
}

describe("the breakdown of rows", () => {
  it("sums each channel's values of the first column, channels and values by spend, names compared as the sheet compares them", () => {
    const summary = grouped().withinChannels.map(({ channel, values }) => [channel.channel, channel.budget, values.map((v) => [v.channel, v.budget, v.conversions])]);
    expect(summary).toEqual([
      ["LinkedIn", 410, [["B2B leads", 410, 5]]],
      ["Instagram", 320, [["Spring promo", 300, 9], ["", 20, 0]]],
      // 120 + 80 for "Spring promo" and " SPRING  promo", as TRIM and a case-blind "=" see them.
      ["Facebook", 245.5, [["Spring promo", 200, 8], ["Retargeting", 45.5, 3]]],
    ]);
  });

  it("sums every value of every column across channels, blank values kept as a value of their own", () => {
    const [byCampaign, byOwner] = grouped().byValue;
    expect(byCampaign.map((v) => [v.channel, v.budget, v.rowCount])).toEqual([["Spring promo", 500, 3], ["B2B leads", 410, 1], ["Retargeting", 45.5, 1], ["", 20, 1]]);
    expect(byOwner.map((v) => [v.channel, v.budget])).toEqual([["Ana", 440], ["", 410], ["Marc", 125.5]]);
    const spend = DATA.reduce((sum, row) => sum + row[3], 0);
    for (const values of [byCampaign, byOwner]) expect(values.reduce((sum, v) => sum + v.budget, 0)).toBe(spend);
  });
});
