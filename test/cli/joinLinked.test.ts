// --out with --revenue: the joined table live. Its matching is a match sheet (each value of the
// table, its network as a cell, its figures SUMIFS over the table's data sheet), the scorecard sums
// that sheet's network column, and a red check shows the table's revenue in no network. Built in the
// emulated Sheets as the command line builds it; expected figures from the fixtures' numbers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFromSources } from "../../playground/cli/buildFromSources";
import { readCsv } from "../../src/import/csv";
import { LINKEDIN, SOURCE_FIXTURES, sum, TIKTOK_GBP } from "../import/sourceExports";
import { GA4_SOURCE_MEDIUM_USD, JOIN_FIXTURES, SHOPIFY_NET_SALES } from "../join/fixtures";

const RATES = new Map([["GBP", 1.17], ["USD", 0.92]]);
const revenueOf = (value: string) => sum(GA4_SOURCE_MEDIUM_USD.filter(([key]) => key.toLowerCase() === value).map(([, revenue]) => revenue));
const TABLE_TOTAL = sum(GA4_SOURCE_MEDIUM_USD.map(([, revenue]) => revenue));
// GA4's data sheet: 8 comment lines, the header on line 9, its totals row on line 10, the values on lines 11 to 23.
const GA4_SHEET = "ga4-source-medium-usd";

function built(writesWorkbook = true, table = "ga4-source-medium-usd.csv") {
  const fileOf = (path: string) => ({ path, table: readCsv(readFileSync(path)) });
  const files = ["linkedin-spring-eur.csv", "tiktok-spring-gbp.csv", "snapchat-spring-usd.csv"].map((name) => fileOf(`${SOURCE_FIXTURES}${name}`));
  const build = buildFromSources(files, {
    map: "",
    networks: new Map(),
    keepChannel: new Set(),
    currencies: new Map([[table, "USD"]]),
    rates: RATES,
    scorecard: { targetRoi: null },
    breakdown: () => [],
    writesWorkbook,
    revenue: { file: fileOf(`${JOIN_FIXTURES}${table}`), by: "channel", matches: new Map() },
  });
  const cells = () => build.session.usedCellReadings(build.result.sheetName);
  const figure = (label: string, header: string) => cells().find((row) => row[0].value === label)![cells()[2].findIndex((cell) => cell.value === header)].value;
  // The match sheet's rows with a value (the sheet has 1,000 rows, for values typed below).
  const matchRows = () => build.session.usedCellReadings("Revenue matches").filter((row) => row[0].value !== "");
  return { build, cells, figure, matchRows };
}

describe("a revenue table joined live in the workbook --out writes", () => {
  const linkedin = revenueOf("linkedin / paid_social") * 0.92;
  const tiktok = revenueOf("tiktok / paid") * 0.92;
  const snapchat = revenueOf("snapchat / paid_social") * 0.92;

  it("gives each network the revenue of the values matched to it, at the table's rate, as the values read do", () => {
    const { figure, build } = built();
    expect(figure("LinkedIn", "Revenue")).toBeCloseTo(linkedin, 6);
    expect(figure("TikTok", "Revenue")).toBeCloseTo(tiktok, 6);
    expect(figure("Snapchat", "Revenue")).toBeCloseTo(snapchat, 6);
    expect(figure("Total", "Revenue")).toBeCloseTo(linkedin + tiktok + snapchat, 6);
    expect(figure("TikTok", "ROI")).toBeCloseTo((tiktok - sum(TIKTOK_GBP.spend) * 1.17) / (sum(TIKTOK_GBP.spend) * 1.17), 9);
    expect(figure("LinkedIn", "Spend")).toBeCloseTo(sum(LINKEDIN.spend), 6);
    expect(build.notes.join("\n")).not.toContain("holds the values read");
    expect(build.notes).toContain(
      "ga4-source-medium-usd.csv is joined live: each of its values and the network it counts in are on the sheet “Revenue matches”; a network typed there, or a row added to ga4-source-medium-usd.csv, counts at once, and “Revenue in no network” shows what no network counts.",
    );
    // The same figures as a build of the values read (--json).
    const values = built(false);
    for (const network of ["LinkedIn", "TikTok", "Snapchat", "Total"]) expect(values.figure(network, "Revenue")).toBeCloseTo(figure(network, "Revenue") as number, 6);
  });

  it("lists every value of the table with its network and its figures on the match sheet, and checks the revenue in no network", () => {
    const { matchRows, cells } = built();
    const rows = matchRows();
    expect(rows[0].slice(0, 3).map((cell) => cell.value)).toEqual(["Value", "Network", "Revenue"]);
    const byValue = new Map(rows.slice(1).map((row) => [String(row[0].value).toLowerCase(), row]));
    // Every value with an origin, once (LinkedIn's two spellings are one value).
    expect([...byValue.keys()].sort()).toEqual([...new Set(GA4_SOURCE_MEDIUM_USD.map(([value]) => value.toLowerCase()))].sort());
    expect(byValue.get("tiktok / paid")![1].value).toBe("TikTok");
    expect(byValue.get("bing / cpc")![1].value).toBe("Microsoft Ads");
    expect(byValue.get("google / organic")![1].value).toBe("");
    for (const [value, row] of byValue) expect(row[2].value).toBeCloseTo(revenueOf(value) * 0.92, 6);
    // A value with a "*" sums its own rows only, not the other promo's.
    expect(byValue.get("promo*spring / email")![2].value).toBeCloseTo(1290 * 0.92, 6);
    // A value beginning with "<" is compared as text, not as "less than".
    expect(byValue.get("<newsletter> / email")![2].value).toBeCloseTo(120 * 0.92, 6);
    // The check: the table's revenue (its totals row aside) that no network of the scorecard counts.
    expect(cells()[0][6].value).toBe("Revenue in no network");
    expect(cells()[0][8].value).toBeCloseTo((TABLE_TOTAL * 0.92) - (linkedin + tiktok + snapchat), 2);
  });

  it("moves the figures when a teammate matches a value to a network on the match sheet", () => {
    const { build, matchRows, figure, cells } = built();
    const row = matchRows().findIndex((cells) => cells[0].value === "promo*spring / email") + 1;
    build.session.editCells("Revenue matches", `B${row}`, [["LinkedIn"]]);
    // Its $1,290 only: the "*" is no wildcard, so promo-spring's $860 stays out.
    expect(figure("LinkedIn", "Revenue")).toBeCloseTo(linkedin + 1290 * 0.92, 6);
    expect(cells()[0][8].value).toBeCloseTo(TABLE_TOTAL * 0.92 - (linkedin + tiktok + snapchat) - 1290 * 0.92, 2);
    // Typed in another case, a network still counts: Sheets compares names case aside.
    build.session.editCells("Revenue matches", `B${row}`, [["snapchat"]]);
    expect(figure("Snapchat", "Revenue")).toBeCloseTo(snapchat + 1290 * 0.92, 6);
    expect(figure("LinkedIn", "Revenue")).toBeCloseTo(linkedin, 6);
  });

  it("counts a row added to the table in its value's network, and shows a new value in the check until it is matched", () => {
    const { build, figure, cells, matchRows } = built();
    // Line 24 is the first below GA4's rows.
    build.session.editCells(GA4_SHEET, "A24", [["TikTok / Paid", "120", "60", "0.5", "40", "6", "720", "3", "0.025", "200"]]);
    expect(figure("TikTok", "Revenue")).toBeCloseTo(tiktok + 200 * 0.92, 6);
    build.session.editCells(GA4_SHEET, "A25", [["pinterest / paid", "80", "40", "0.5", "40", "6", "480", "2", "0.025", "150"]]);
    expect(cells()[0][8].value).toBeCloseTo(TABLE_TOTAL * 0.92 + 200 * 0.92 + 150 * 0.92 - (linkedin + tiktok + 200 * 0.92 + snapchat), 2);
    // Matched on the match sheet, below the values it lists, it counts in that network.
    const next = matchRows().length + 1;
    build.session.editCells("Revenue matches", `A${next}`, [["pinterest / paid", "Snapchat"]]);
    expect(figure("Snapchat", "Revenue")).toBeCloseTo(snapchat, 6);
  });
});

/** Meta's export with its summary box unticked (no account total row), so that its sheet links, beside LinkedIn's; a Shopify table joined. */
function shopBuilt(by: "channel" | "campaign", matches: [string, string][] = []) {
  const metaLines = readFileSync(`${SOURCE_FIXTURES}meta-spring-eur.csv`, "utf8").split("\n");
  const meta = { path: "meta-spring-eur.csv", table: readCsv(new TextEncoder().encode(metaLines.filter((_, i) => i !== 1).join("\n"))) };
  const linkedin = { path: `${SOURCE_FIXTURES}linkedin-spring-eur.csv`, table: readCsv(readFileSync(`${SOURCE_FIXTURES}linkedin-spring-eur.csv`)) };
  const shop = `${JOIN_FIXTURES}shopify-sales-by-utm.csv`;
  const build = buildFromSources([meta, linkedin], {
    map: "",
    networks: new Map(),
    keepChannel: new Set(),
    currencies: new Map([["shopify-sales-by-utm.csv", "EUR"]]),
    rates: new Map(),
    scorecard: { targetRoi: null },
    breakdown: (headers) => (by === "campaign" ? [headers.indexOf("Campaign")] : []),
    writesWorkbook: true,
    revenue: { file: { path: shop, table: readCsv(readFileSync(shop)) }, by, matches: new Map(matches.map(([value, network]) => [value.toLowerCase(), network])) },
  });
  const cells = () => build.session.usedCellReadings(build.result.sheetName);
  return { build, cells, figure: (label: string, header: string) => cells().find((row) => row[0].value === label)![cells()[2].findIndex((cell) => cell.value === header)].value };
}

describe("a shop's table joined live, its origin in two columns or by campaign", () => {
  const net = (campaign: string) => SHOPIFY_NET_SALES[campaign];
  const shopTotal = sum(Object.values(SHOPIFY_NET_SALES));

  it("puts a UTM source and medium together as the join does: facebook / paid_social is Meta's", () => {
    const { build, figure, cells } = shopBuilt("channel");
    expect(build.notes.join("\n")).not.toContain("holds the values read");
    const meta = net("Spring sale - Prospecting") + net("Spring sale - Retargeting") + net("Black Friday 2025");
    expect(figure("Meta", "Revenue")).toBeCloseTo(meta, 6);
    expect(figure("LinkedIn", "Revenue")).toBe(0);
    // google / cpc matches Google Ads, which has no spend file here, and the orders without UTM have no origin: in no network.
    expect(cells()[0][8].value).toBeCloseTo(shopTotal - meta, 2);
  });

  it("joins by campaign: each campaign's net sales in its network and its row of the breakdown", () => {
    const { build, figure, cells } = shopBuilt("campaign", [["Spring sale - Retargeting", "Meta"]]);
    expect(build.notes.join("\n")).not.toContain("holds the values read");
    expect(figure("Meta", "Revenue")).toBeCloseTo(net("Spring sale - Prospecting") + net("Spring sale - Retargeting"), 6);
    const section = cells().findIndex((row) => row[0].value === "By Campaign");
    const header = cells()[section + 1].findIndex((cell) => cell.value === "Revenue");
    const campaign = (name: string) => cells().slice(section).find((row) => row[0].value === name)![header].value;
    expect(campaign("Spring sale - Prospecting")).toBeCloseTo(net("Spring sale - Prospecting"), 6);
    expect(campaign("Spring sale - Retargeting")).toBeCloseTo(net("Spring sale - Retargeting"), 6);
    expect(cells()[0][8].value).toBeCloseTo(shopTotal - net("Spring sale - Prospecting") - net("Spring sale - Retargeting"), 2);
  });
});
