// Which columns the import suggests to break a scorecard down by, from headers as platforms and teams write them.
import { describe, expect, it } from "vitest";
import { importTable } from "../../src/import";

const suggested = (headers: string[]) => importTable([headers, headers.map(() => "1")]).breakdown;

describe("the columns suggested to break down by", () => {
  it("are the campaign, ad set, owner, region or device columns of an export, in their order", () => {
    // Meta Ads Manager, by platform and day.
    const meta = ["Campaign name", "Ad set name", "Platform", "Day", "Amount spent (EUR)", "Results"];
    expect(suggested(meta)).toEqual([0, 1]);
    // An agency's sheet: the network is the channel.
    expect(suggested(["Network", "Campaign", "Owner", "Region", "Device", "Spend", "Conversions"])).toEqual([1, 2, 3, 4]);
    expect(importTable([["Network", "Campaign", "Spend"], ["Facebook", "Spring", "1"]]).mapping).toEqual({ channel: 0, budget: 2 });
    // Google Ads.
    expect(suggested(["Campaign", "Campaign type", "Channel", "Cost", "Conversions"])).toEqual([0, 1]);
  });

  it("read French headers, accents and case aside", () => {
    const french = ["Canal", "Campagne", "Type de campagne", "Responsable", "Région", "Appareil", "Dépenses", "Ventes"];
    expect(suggested(french)).toEqual([1, 2, 3, 4, 5]);
  });

  it("leave out the columns read as a field: the channel (a platform, or a campaign without a channel) and the figures", () => {
    // The platform is the channel here.
    expect(suggested(["Platform", "Placement", "Spend", "Clicks"])).toEqual([1]);
    // Without a channel column, the campaign names the rows; the ad set is still a breakdown.
    expect(suggested(["Campaign name", "Ad set name", "Amount spent (EUR)", "Results"])).toEqual([1]);
    expect(suggested(["Channel", "Notes", "Spend", "Clicks"])).toEqual([]);
  });
});
