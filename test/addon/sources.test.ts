// Several sources through the add-on's server functions, as the scorecard sidebar calls them: CSV
// files written to sheets of their own in chunks, each sheet read as a source, and a linked build
// over them that is a SUMIFS per source's sheet, follows the sheets, and rebuilds from what it kept.
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import type { SelectionData } from "../../src/scorecard/request";
import type { SavedSources, SourceSpec, SourcesResult } from "../../src/sources/sidebarRequest";
import { csvChunks } from "../../src/sidebar/scorecard/sources/csvChunks";
import { GOOGLE, LINKEDIN, META, SNAPCHAT_USD as SNAPCHAT, sum, TIKTOK_GBP } from "../import/sourceExports";
import { emptyWorkbook, fixture, importCsvSheet, importFile, LINKED as OPTIONS, NO_DATA_ROWS } from "./sourcesSession";

function threeSources() {
  const session = createSession({ workbook: emptyWorkbook() });
  const summaries = ["linkedin-spring-eur.csv", "tiktok-spring-gbp.csv", "snapchat-spring-usd.csv"].map((name) => importFile(session, name, fixture(name)));
  const build = (specs: SourceSpec[] = summaries.map((summary) => summary.spec), rates: Record<string, number> = { GBP: 1.17, USD: 0.92 }) =>
    session.runServerFunction("buildFromSources", [{ sources: specs, rates, options: OPTIONS }]) as SourcesResult;
  const cells = (sheet = "Channel scorecard") => session.usedCellReadings(sheet);
  const row = (label: string) => cells().find((cells) => cells[0].value === label)!;
  const column = (header: string) => cells()[2].findIndex((cell) => cell.value === header);
  return { session, summaries, build, cells, row, column };
}

describe("CSV files picked in the sidebar", () => {
  it("become sheets of their own named after the files, each a source with its network told by its columns", () => {
    const { session, summaries } = threeSources();
    expect(summaries.map((summary) => [summary.name, summary.detected?.network, summary.linkable])).toEqual([
      ["linkedin-spring-eur", "LinkedIn", true],
      ["tiktok-spring-gbp", "TikTok", true],
      ["snapchat-spring-usd", "Snapchat", true],
    ]);
    // The amounts are numbers in the sheet, in the file's currency's format.
    const tiktok = session.usedCellReadings("tiktok-spring-gbp");
    expect(tiktok[1][4].value).toBe(640);
    expect(summaries[1].report.currency).toMatchObject({ kind: "found", codes: ["GBP"] });
  });

  it("keep the currency their cells wrote, once the amounts are numbers in the sheet: in their format", () => {
    const session = createSession({ workbook: emptyWorkbook() });
    const text = "Campaign name,Ad group name,Primary status,Cost,Clicks (destination),Conversions\nUK Spring - Spark Ads,Creators 18-34,Active,£640.00,2210,38\nUK Spring - In-Feed,Broad 18-44,Active,£360.00,1320,17\n";
    const summary = importFile(session, "tiktok-pounds.csv", new TextEncoder().encode(text));
    expect(session.usedCellReadings("tiktok-pounds")[1][3].value).toBe(640);
    expect(summary.report.currency).toMatchObject({ kind: "found", codes: ["GBP"] });
  });

  it("never write over a user's sheet of the same name: the new one takes the next free name", () => {
    const session = createSession({ workbook: emptyWorkbook() });
    const summary = importFile(session, "Notes.csv", fixture("tiktok-spring-gbp.csv"));
    expect(summary.spec.sheetName).toBe("Notes (2)");
    expect(session.usedCellReadings("Notes")[0][0].value).toBe("our notes");
  });

  it("without data rows are refused before any sheet is made", () => {
    const meta = "Reporting starts,Reporting ends,Campaign name,Amount spent (EUR),Results\nNo data available.\n";
    expect(() => csvChunks("empty.csv", new TextEncoder().encode(meta), NO_DATA_ROWS)).toThrow(NO_DATA_ROWS);
  });

  it("travel in chunks of about a megabyte, one setValues each, and give the sheet every row of a large file", () => {
    const rows = Array.from({ length: 15_000 }, (_, i) => `Spring ${i % 40},Ad group ${i},Active,GBP,${(i % 97) + 0.5},${1000 + i},${i % 50},1.0%,${i % 7},2.0,${i % 13}`);
    const text = `Campaign name,Ad group name,Primary status,Currency,Cost,Impressions,Clicks (destination),CTR (destination),Conversions,Cost per conversion,Total purchase value\n${rows.join("\n")}\n`;
    const chunks = csvChunks("big.csv", new TextEncoder().encode(text), NO_DATA_ROWS);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(JSON.stringify(chunk).length).toBeLessThan(1_200_000);
    const session = createSession({ workbook: emptyWorkbook() });
    session.resetServiceCalls();
    const summary = importFile(session, "big.csv", new TextEncoder().encode(text));
    expect(session.serviceCalls().byName["Range.setValues"]).toBe(chunks.length);
    expect(summary.dataRows).toBe(15_000);
    const cells = session.usedCellReadings("big");
    expect(cells.length).toBe(15_001);
    expect(cells[15_000][4].value).toBe((14_999 % 97) + 0.5);
  }, 120_000);
});

describe("a linked build over several source sheets", () => {
  it("sums each sheet for its network at its currency's rate, with a SUMIFS or SUM per sheet", () => {
    const { build, row, column, cells, session } = threeSources();
    const result = build();
    expect(result.channelCount).toBe(3);
    const spend = column("Spend");
    expect(row("LinkedIn")[spend].value).toBeCloseTo(sum(LINKEDIN.spend), 6);
    expect(row("TikTok")[spend].value).toBeCloseTo(sum(TIKTOK_GBP.spend) * 1.17, 6);
    expect(row("Snapchat")[spend].value).toBeCloseTo(sum(SNAPCHAT.spend) * 0.92, 6);
    expect(row("Total")[spend].value).toBeCloseTo(sum(LINKEDIN.spend) + sum(TIKTOK_GBP.spend) * 1.17 + sum(SNAPCHAT.spend) * 0.92, 6);
    const formulas = session.serialize().sheets.find((sheet) => sheet.name === result.sheetName)!.cells;
    const spendFormula = String(formulas[3][spend]);
    for (const sheet of ["linkedin-spring-eur", "tiktok-spring-gbp", "snapchat-spring-usd"]) expect(spendFormula).toContain(`'${sheet}'!`);
    expect(spendFormula).toMatch(/\*1\.17/);
    // "Spend left out" reads every source's sheet, and finds nothing left out.
    expect(cells()[0][4].value).toBe(0);
    const leftOut = String(formulas[0][4]);
    for (const sheet of ["linkedin-spring-eur", "tiktok-spring-gbp", "snapchat-spring-usd"]) expect(leftOut).toContain(`'${sheet}'!`);
  });

  it("follows the sheets: a figure changed, and a row added below a source's data", () => {
    const { build, row, column, session } = threeSources();
    build();
    session.editCells("tiktok-spring-gbp", "E2", [["700"]]);
    session.editCells("snapchat-spring-usd", "A4", [["Spring drop - New", "US", "New ad", "2026-04-01", "2026-04-30", "100"]]);
    const spend = column("Spend");
    expect(row("TikTok")[spend].value).toBeCloseTo((700 + 360) * 1.17, 6);
    expect(row("Snapchat")[spend].value).toBeCloseTo((sum(SNAPCHAT.spend) + 100) * 0.92, 6);
  });

  it("keeps its sources on the scorecard, so that the sidebar opened again rebuilds from them", () => {
    const { build, session, summaries, row, column } = threeSources();
    const first = summaries.map((summary) => ({ ...summary.spec, network: summary.spec === summaries[2].spec ? "Snap" : null }));
    build(first);
    const saved = session.runServerFunction("savedSources", []) as SavedSources;
    expect(saved.sources.map((summary) => summary.spec)).toEqual(first);
    expect(saved.rates).toEqual({ GBP: 1.17, USD: 0.92 });
    build(saved.sources.map((summary) => summary.spec), saved.rates);
    expect(row("Snap")[column("Spend")].value).toBeCloseTo(sum(SNAPCHAT.spend) * 0.92, 6);
    expect((session.runServerFunction("savedSources", []) as SavedSources).sources).toHaveLength(3);
    // Rebuilt from one table, the scorecard no longer rebuilds from the sources.
    session.select("tiktok-spring-gbp", "A1:K3");
    const selection = session.runServerFunction("readSelection", []) as SelectionData;
    session.runServerFunction("buildScorecard", [{ ...selection, source: selection, options: OPTIONS }]);
    expect(session.runServerFunction("savedSources", [])).toBeNull();
  });

  it("refuses two currencies without a rate, naming them and their sources", () => {
    const { build } = threeSources();
    expect(() => build(undefined, { USD: 0.92 })).toThrow(/EUR \(linkedin-spring-eur\) and GBP \(tiktok-spring-gbp\)/);
  });
});

describe("a source that says no currency beside sources that say one", () => {
  // A TikTok export from an account billed in dollars, without its Currency column: nothing says USD.
  const TIKTOK_USD = { spend: [812.4, 295.15], conversions: [41, 12] };
  const silentTiktok =
    "Campaign name,Ad group name,Primary status,Cost,Impressions,Clicks (destination),CTR (destination),Conversions,Cost per conversion\n" +
    "US Spring - Spark Ads,Creators 18-34,Active,812.40,254310,2875,1.13%,41,19.81\n" +
    "US Spring - In-Feed,Broad 18-44,Not delivering,295.15,98112,640,0.65%,12,24.60\n";

  function twoSources() {
    const session = createSession({ workbook: emptyWorkbook() });
    const linkedin = importFile(session, "linkedin-spring-eur.csv", fixture("linkedin-spring-eur.csv"));
    const tiktok = importFile(session, "tiktok-usd.csv", new TextEncoder().encode(silentTiktok));
    const build = (currency: string | null, rates: Record<string, number> = {}) =>
      session.runServerFunction("buildFromSources", [{ sources: [linkedin.spec, { ...tiktok.spec, currency }], rates, options: OPTIONS }]) as SourcesResult;
    const spendOf = (label: string) => {
      const cells = session.usedCellReadings("Channel scorecard");
      return cells.find((row) => row[0].value === label)![cells[2].findIndex((cell) => cell.value === "Spend")].value as number;
    };
    return { session, linkedin, tiktok, build, spendOf };
  }

  it("is refused until its currency is given, naming it and the others' currency", () => {
    const { tiktok, build } = twoSources();
    expect(tiktok.report.currency).toEqual({ kind: "none" });
    expect(() => build(null)).toThrow(
      "tiktok-usd says no currency, beside EUR (linkedin-spring-eur): amounts in an unknown currency cannot be added to them. Choose the currency of tiktok-usd in its source's Currency field.",
    );
  });

  it("is converted at the rate of the currency given, which the rebuild keeps", () => {
    const { session, build, spendOf } = twoSources();
    build("USD", { USD: 0.92 });
    expect(spendOf("TikTok")).toBeCloseTo(sum(TIKTOK_USD.spend) * 0.92, 6);
    expect(spendOf("Total")).toBeCloseTo(sum(LINKEDIN.spend) + sum(TIKTOK_USD.spend) * 0.92, 6);
    const saved = session.runServerFunction("savedSources", []) as SavedSources;
    expect(saved.sources[1].spec.currency).toBe("USD");
  });

  it("is added as it is when the currency given is the others'", () => {
    const { build, spendOf } = twoSources();
    build("EUR");
    expect(spendOf("TikTok")).toBeCloseTo(sum(TIKTOK_USD.spend), 6);
  });

  it("refuses a currency given that is not a code, and one given to a source that says another", () => {
    const { session, linkedin, build } = twoSources();
    expect(() => build("DOL")).toThrow("tiktok-usd: 'DOL' is not a currency code");
    expect(() => session.runServerFunction("buildFromSources", [{ sources: [{ ...linkedin.spec, currency: "USD" }], rates: {}, options: OPTIONS }])).toThrow(
      "linkedin-spring-eur says its amounts are in EUR, not USD",
    );
  });
});

describe("the service calls of a build over several sources", () => {
  /** A source whose own channel column names its rows (no network's columns): channels rows of it. */
  function callsToBuild(channels: number): Record<string, number> {
    const rows = Array.from({ length: channels }, (_, i) => `Channel ${i + 1},${100 + i},${10 + (i % 7)}`);
    const session = createSession({ workbook: emptyWorkbook() });
    const own = importFile(session, "channels.csv", new TextEncoder().encode(`Channel,Spend (EUR),Conversions\n${rows.join("\n")}\n`));
    const linkedin = importFile(session, "linkedin.csv", fixture("linkedin-spring-eur.csv"));
    expect(own.keepChannel).toBe(true);
    session.resetServiceCalls();
    session.runServerFunction("buildFromSources", [{ sources: [own.spec, linkedin.spec], rates: {}, options: OPTIONS }]);
    return session.serviceCalls().byName;
  }

  it("do not grow with the channels", () => {
    expect(callsToBuild(400)).toEqual(callsToBuild(5));
  });
});

describe("a breakdown chosen across several sources", () => {
  it("lines up each network's column of that kind in one table, blank for a source without it, and keeps the choice", () => {
    const session = createSession({ workbook: emptyWorkbook() });
    const specs = ["meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv"].map((name) => importFile(session, name, fixture(name)).spec);
    session.runServerFunction("buildFromSources", [{ sources: specs, rates: {}, breakdownBy: ["adSet"], options: OPTIONS }]);
    const cells = session.usedCellReadings("Channel scorecard").map((row) => row.map((cell) => cell.value));
    const section = cells.findIndex((row) => row[0] === "By Ad set / ad group");
    const header = cells[section + 1];
    const spendOf = (label: string) => cells.slice(section + 2).find((row) => row[0] === label)![header.indexOf("Spend")];
    // "Cart abandoners 14d" is an ad set of Meta's and an ad group of Google Ads': one row.
    const spendOfAdSet = (figures: { spend: number[]; adSets: string[] }, adSet: string) => sum(figures.spend.filter((_, i) => figures.adSets[i] === adSet));
    expect(spendOf("Cart abandoners 14d")).toBeCloseTo(spendOfAdSet(META, "Cart abandoners 14d") + spendOfAdSet(GOOGLE, "Cart abandoners 14d"), 6);
    expect(spendOf("Lookalike 1%")).toBeCloseTo(spendOfAdSet(META, "Lookalike 1%"), 6);
    // LinkedIn's export has no ad set: its spend is under (none), never left out.
    expect(spendOf("(none)")).toBeCloseTo(sum(LINKEDIN.spend), 6);
    expect(spendOf("Total")).toBeCloseTo(sum(META.spend) + sum(GOOGLE.spend) + sum(LINKEDIN.spend), 6);
    expect((session.runServerFunction("savedSources", []) as SavedSources).breakdownBy).toEqual(["adSet"]);
  });
});

describe("a cell a source or the revenue table cannot read", () => {
  const LINKEDIN_WITH_NA = [
    "Account Name,Campaign Group Name,Campaign Name,Currency,Total Spent,Impressions,Clicks,Leads",
    "Northwind,Spring sale,Decision makers,EUR,1840.22,61220,512,38",
    "Northwind,Spring sale,Retargeting,EUR,see invoice,18904,133,9",
  ].join("\n");
  const SHOP_WITH_NA = ["UTM campaign source,UTM campaign medium,Orders,Net sales", "linkedin,paid_social,12,3013.50", "linkedin,paid_social,3,beaucoup"].join("\n");

  it("is named with its sheet row in the user's language, and the build refuses it in the same words", () => {
    const session = createSession({ workbook: emptyWorkbook(), userLocale: "fr" });
    const source = importFile(session, "linkedin.csv", new TextEncoder().encode(LINKEDIN_WITH_NA));
    expect(source.issues).toEqual([expect.stringMatching(/^Ligne 3\u00a0: dépenses\u00a0: .*see invoice/)]);
    expect(() => session.runServerFunction("buildFromSources", [{ sources: [source.spec], rates: {}, options: OPTIONS }])).toThrow(/Ligne 3\u00a0: dépenses/);
  });

  it("in the revenue table is refused in the user's language too", () => {
    const session = createSession({ workbook: emptyWorkbook(), userLocale: "fr" });
    importFile(session, "linkedin.csv", new TextEncoder().encode(LINKEDIN_WITH_NA.split("\n").slice(0, 2).join("\n")));
    const sheetName = importCsvSheet(session, "shop.csv", new TextEncoder().encode(SHOP_WITH_NA));
    expect(() => session.runServerFunction("readRevenueTable", [{ sheetName, rangeA1: null, by: "channel", matches: {}, currency: null }])).toThrow(/Ligne 3\u00a0: chiffre d’affaires\u00a0: .*beaucoup/);
  });
});
