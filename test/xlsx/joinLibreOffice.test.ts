// The .xlsx of a scorecard with a revenue table joined live (--out with --revenue), opened in
// LibreOffice: recomputed from its cells (the match sheet's SUMIFS over the table's data sheet, the
// scorecard's over the match sheet), each network's revenue is what --json gives, and the check of
// the table's revenue in no network is the rest of the table.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliDir, run } from "../cli/runCli";
import { SOURCE_FIXTURES, sum } from "../import/sourceExports";
import { GA4_SOURCE_MEDIUM_USD, JOIN_FIXTURES, SHOPIFY_NET_SALES } from "../join/fixtures";
import { outFilesShownByLibreOffice, shownAfterSuccess, type OutFileShown } from "./outFilesInLibreOffice";

const money = (amount: number) => `€${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const ARGS = [
  "scorecard",
  ...["linkedin-spring-eur.csv", "tiktok-spring-gbp.csv", "snapchat-spring-usd.csv"].map((name) => `${SOURCE_FIXTURES}${name}`),
  "--revenue", `${JOIN_FIXTURES}ga4-source-medium-usd.csv`, "--currency", "ga4-source-medium-usd.csv=USD", "--rate", "GBP=1.17,USD=0.92",
];
const revenueOf = (value: string) => sum(GA4_SOURCE_MEDIUM_USD.filter(([key]) => key.toLowerCase() === value).map(([, revenue]) => revenue)) * 0.92;

let out: OutFileShown;
let shop: OutFileShown;
let json: { scorecard: { channels: { channel: string; revenue: number }[] } };

beforeAll(async () => {
  // Meta's export with its summary box unticked (no account total row), so that its sheet links.
  const metaFile = join(cliDir, "meta-spring-no-summary-join.csv");
  writeFileSync(metaFile, readFileSync(`${SOURCE_FIXTURES}meta-spring-eur.csv`, "utf8").split("\n").filter((_, i) => i !== 1).join("\n"));
  const shopArgs = ["scorecard", metaFile, `${SOURCE_FIXTURES}linkedin-spring-eur.csv`, "--revenue", `${JOIN_FIXTURES}shopify-sales-by-utm.csv`, "--currency", "shopify-sales-by-utm.csv=EUR"];
  const [shown, values] = await Promise.all([outFilesShownByLibreOffice({ joined: ARGS, shop: shopArgs }, "Channel scorecard"), run(...ARGS, "--json")]);
  out = shown.joined;
  shop = shown.shop;
  expect(values.code, values.stderr).toBe(0);
  json = JSON.parse(values.stdout);
}, 300_000);

describe("a revenue table joined live, in LibreOffice", () => {
  it("recomputes each network's revenue from the match sheet to --json's figures, and the revenue in no network", () => {
    const shown = shownAfterSuccess(out);
    expect(out.stderr).not.toContain("holds the values read");
    const header = shown.findIndex((row) => row[0] === "Channel");
    const revenue = shown[header].indexOf("Revenue");
    const row = (label: string) => shown.slice(header).find((cells) => cells[0] === label)!;
    const expected = { LinkedIn: revenueOf("linkedin / paid_social"), TikTok: revenueOf("tiktok / paid"), Snapchat: revenueOf("snapchat / paid_social") };
    for (const [network, figure] of Object.entries(expected)) {
      expect(row(network)[revenue]).toBe(money(figure));
      expect(json.scorecard.channels.find((channel) => channel.channel === network)!.revenue).toBeCloseTo(figure, 6);
    }
    expect(row("Total")[revenue]).toBe(money(sum(Object.values(expected))));
    const tableTotal = sum(GA4_SOURCE_MEDIUM_USD.map(([, figure]) => figure)) * 0.92;
    expect(shown[0][shown[0].indexOf("Revenue in no network") + 2]).toBe(money(tableTotal - sum(Object.values(expected))));
  });
});

describe("a shop's table joined live by its UTM source and medium, in LibreOffice", () => {
  it("recomputes the key sheet's values put together from two columns: facebook / paid_social is Meta's", () => {
    const shown = shownAfterSuccess(shop);
    expect(shop.stderr).not.toContain("holds the values read");
    const header = shown.findIndex((row) => row[0] === "Channel");
    const revenue = shown[header].indexOf("Revenue");
    const meta = SHOPIFY_NET_SALES["Spring sale - Prospecting"] + SHOPIFY_NET_SALES["Spring sale - Retargeting"] + SHOPIFY_NET_SALES["Black Friday 2025"];
    expect(shown.slice(header).find((cells) => cells[0] === "Meta")![revenue]).toBe(money(meta));
    expect(shown[0][shown[0].indexOf("Revenue in no network") + 2]).toBe(money(sum(Object.values(SHOPIFY_NET_SALES)) - meta));
  });
});
