// Which network an export comes from, from its header row alone: each ads manager's own export,
// in the languages the header tables cover; a table no network writes is left for the user to name.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import { importTable } from "../../src/import";
import { detectNetwork, networkNamed } from "../../src/sources/networks";
import { FIXTURES } from "./exports";

const CLI_FIXTURES = new URL("../cli/fixtures/", import.meta.url).pathname;
const headersOf = (path: string) => importTable(readCsv(readFileSync(path)).rows).headers;

const EXPORTS: [string, string][] = [
  ["sources/meta-spring-eur.csv", "Meta"],
  ["meta-es-ads-manager.csv", "Meta"],
  ["meta-result-type-fr.csv", "Meta"],
  ["meta-lead-ads-no-value.csv", "Meta"],
  ["sources/google-ads-spring-eur.csv", "Google Ads"],
  ["google-ads-pt-excel-utf16.csv", "Google Ads"],
  ["google-ads-campaign-types.csv", "Google Ads"],
  ["sources/linkedin-spring-eur.csv", "LinkedIn"],
  ["linkedin-de-campaigns.csv", "LinkedIn"],
  ["sources/tiktok-spring-gbp.csv", "TikTok"],
  ["tiktok-it-campaigns.csv", "TikTok"],
  ["tiktok-excel-utf16.csv", "TikTok"],
  ["sources/x-ads-spring-usd.csv", "X"],
  ["sources/pinterest-spring-usd.csv", "Pinterest"],
  ["sources/snapchat-spring-usd.csv", "Snapchat"],
  ["sources/microsoft-ads-spring-eur.csv", "Microsoft Ads"],
];

describe("detecting the network of an export", () => {
  it.each(EXPORTS)("%s is %s", (file, network) => {
    expect(detectNetwork(headersOf(`${FIXTURES}${file}`))).toMatchObject({ kind: "detected", network });
  });

  it("reads exports in the command line's fixtures too: Portuguese Google Ads, a UK Meta export, TikTok in rupiah", () => {
    expect(detectNetwork(headersOf(`${CLI_FIXTURES}google-ads-brazil-excel.csv`))).toMatchObject({ network: "Google Ads" });
    expect(detectNetwork(headersOf(`${CLI_FIXTURES}meta-uk-gbp.csv`))).toMatchObject({ network: "Meta" });
    expect(detectNetwork(headersOf(`${CLI_FIXTURES}tiktok-indonesia-idr.csv`))).toMatchObject({ network: "TikTok" });
  });

  it("names the columns that told it", () => {
    const detection = detectNetwork(headersOf(`${FIXTURES}sources/linkedin-spring-eur.csv`));
    expect(detection).toEqual({ kind: "detected", network: "LinkedIn", headers: ["Total Spent", "Campaign Group Name"] });
  });

  it("tells Google Ads from Microsoft Ads, which share Impr. and Avg. CPC: cost against spend", () => {
    expect(detectNetwork(["Campaign", "Impr.", "Clicks", "Avg. CPC", "Cost", "Conversions"])).toMatchObject({ network: "Google Ads" });
    expect(detectNetwork(["Campaign", "Impr.", "Clicks", "Avg. CPC", "Spend", "Conv."])).toMatchObject({ network: "Microsoft Ads" });
  });

  it("tells Snapchat from Meta, which both write Amount spent", () => {
    expect(detectNetwork(["Campaign Name", "Ad Squad Name", "Amount Spent", "Paid Impressions", "Swipe Ups"])).toMatchObject({ network: "Snapchat" });
  });

  it("leaves undecided a table no network writes, and one as much one network's as another's", () => {
    expect(detectNetwork(headersOf(`${CLI_FIXTURES}agency-report-india.csv`))).toEqual({ kind: "undecided", candidates: [] });
    expect(detectNetwork(["Channel", "Cost", "Conversions", "Revenue"])).toEqual({ kind: "undecided", candidates: [] });
    expect(detectNetwork(["Campaign", "Amount spent", "Total Spent", "Conversions"])).toEqual({ kind: "undecided", candidates: ["Meta", "LinkedIn"] });
  });
});

describe("a network as the user types it", () => {
  it("takes the scorecard's spelling of a known network, and keeps any other name as typed", () => {
    expect(networkNamed("google-ads")).toBe("Google Ads");
    expect(networkNamed("linkedin")).toBe("LinkedIn");
    expect(networkNamed("MICROSOFT ADS")).toBe("Microsoft Ads");
    expect(networkNamed(" Twitter ")).toBe("Twitter");
    expect(networkNamed("Reddit")).toBe("Reddit");
  });
});
