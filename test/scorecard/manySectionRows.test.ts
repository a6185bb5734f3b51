// A breakdown by a column of names that are nearly all different (an ad name, a day and campaign)
// gives the scorecard's sections a row per name: 160,000 rows, more than a function takes as
// arguments, are laid out like three.
import { describe, expect, it } from "vitest";
import { addonTexts } from "../../src/i18n";
import { aggregateByChannel } from "../../src/scorecard/aggregate";
import { breakDown } from "../../src/scorecard/breakdown";
import { readChannelRows } from "../../src/scorecard/channelRows";
import { planScorecard } from "../../src/scorecard/plan";

const ADS = 80_000;

describe(`a breakdown with ${ADS.toLocaleString("en")} different ads`, () => {
  it("plans a row per ad in each section, every row as wide as the sheet", () => {
    // Channel, ad name, spend, conversions.
    const data = Array.from({ length: ADS }, (_, i) => [i % 2 === 0 ? "Facebook" : "Instagram", `Ad ${i}`, 10 + (i % 90), i % 4]);
    const { rows } = readChannelRows(data, { channel: 0, budget: 2, conversions: 3 }, 2, undefined, undefined, [1]);
    const channels = aggregateByChannel(rows);
    const plan = planScorecard({
      sheetName: "Channel scorecard", channels, present: new Set(["conversions"]), source: null, targetRoi: null, margin: null,
      valuePerConversion: null, hourlyRate: null, targetCost: null, chart: false, moneyFormat: "#,##0.00", builtOn: "2026-03-01",
      texts: addonTexts("en"), breakdown: breakDown(rows, channels, [{ header: "Ad name", sourceColumn: null }]),
    });
    const [twoLevel, byAd] = plan.layout.sections;
    // Each channel's subtotal then its ads; then every ad once.
    expect(twoLevel.lastRow - twoLevel.firstRow + 1).toBe(ADS + 2);
    expect(byAd.lastRow - byAd.firstRow + 1).toBe(ADS);
    const width = plan.cells[0].length;
    expect(plan.cells.every((row) => row.length === width)).toBe(true);
    expect(plan.numberFormats.every((row) => row.length === width)).toBe(true);
  }, 300_000);
});
