// What the sidebar says stops a build over several sources, before the add-on refuses it.
import { describe, expect, it } from "vitest";
import { en, fr } from "../../src/i18n";
import type { SourceSummary } from "../../src/sources/sidebarRequest";
import { needsCurrency, readRates, sourcesProblems } from "../../src/sidebar/scorecard/sources/sourceChecks";

function summary(name: string, currency: string | null, overrides: Partial<SourceSummary> = {}): SourceSummary {
  return {
    spec: { sheetName: name, rangeA1: null, columns: null, network: null, keepChannel: null },
    name,
    rangeA1: "A1:C3",
    firstRow: 1,
    firstColumn: 1,
    headers: ["Campaign", "Spend", "Conversions"],
    mapping: { channel: 0, budget: 1, conversions: 2 },
    report: { currency: currency === null ? { kind: "none" } : { kind: "found", codes: [currency], evidence: { written: currency, codes: [currency], from: { kind: "header", column: 1 } } } } as unknown as SourceSummary["report"],
    rowsNoted: { totalsRows: [], rowsWithoutFigures: [], noChannelRows: [], noCostRows: [] },
    issues: [],
    dataRows: 2,
    detected: { network: "Meta", headers: ["Amount spent"] },
    candidates: [],
    ownChannel: false,
    keepChannel: false,
    linkable: true,
    ...overrides,
  };
}

const problems = (summaries: SourceSummary[], rates: Record<string, string> = {}) =>
  sourcesProblems(summaries, readRates(rates, ["EUR", "GBP", "USD"]), en, "en");

describe("the problems of several sources", () => {
  it("asks for the network of a source whose columns do not tell it, unless one is named", () => {
    const undecided = summary("Reddit", "EUR", { detected: null, candidates: [] });
    expect(problems([summary("Meta", "EUR"), undecided])).toEqual([expect.stringMatching(/^Reddit: its columns do not say which network/)]);
    expect(problems([summary("Meta", "EUR"), { ...undecided, spec: { ...undecided.spec, network: "Reddit" } }])).toEqual([]);
  });

  it("names the currencies and their sources until every currency but one has a rate", () => {
    const sources = [summary("Google Ads", "EUR"), summary("TikTok", "GBP"), summary("X", "USD")];
    expect(problems(sources)).toEqual([expect.stringMatching(/^The sources are in EUR \(Google Ads\), GBP \(TikTok\) and USD \(X\)/)]);
    expect(problems(sources, { GBP: "1.17" })).toEqual([expect.stringMatching(/^The sources are in EUR \(Google Ads\) and USD \(X\)/)]);
    expect(problems(sources, { GBP: "1.17", USD: "0,92" })).toEqual([]);
    expect(problems(sources, { EUR: "1", GBP: "1.17", USD: "0.92" })).toEqual([expect.stringMatching(/^Every source has a rate/)]);
  });

  it("refuses a source that says no currency beside sources that say one, until its currency is given", () => {
    const sources = [summary("Meta", "EUR"), summary("TikTok", null)];
    expect(needsCurrency(sources[1], sources)).toBe(true);
    expect(needsCurrency(sources[0], sources)).toBe(false);
    expect(problems(sources)).toEqual([
      "TikTok says no currency, beside EUR (Meta): amounts in an unknown currency cannot be added to them. Choose the currency of TikTok in its source's Currency field.",
    ]);
    expect(sourcesProblems(sources, {}, fr, "fr")).toEqual([
      "TikTok ne dit pas de devise, à côté de EUR (Meta)\u00a0: des montants en devise inconnue ne s’additionnent pas aux leurs. Choisissez la devise de TikTok dans le champ Devise de sa source.",
    ]);
    const given = (currency: string) => [sources[0], { ...sources[1], spec: { ...sources[1].spec, currency } }];
    expect(problems(given("EUR"))).toEqual([]);
    // Given in another currency, it needs that currency's rate as any source in it does.
    expect(problems(given("USD"))).toEqual([expect.stringMatching(/^The sources are in EUR \(Meta\) and USD \(TikTok\)/)]);
    expect(problems(given("USD"), { USD: "0.92" })).toEqual([]);
    expect(needsCurrency(given("USD")[1], given("USD"))).toBe(true);
  });

  it("changes nothing when no source says a currency", () => {
    const sources = [summary("TikTok", null), summary("Reddit", null)];
    expect(problems(sources)).toEqual([]);
    expect(sources.map((source) => needsCurrency(source, sources))).toEqual([false, false]);
  });

  it("refuses a currency given to a source that says another, naming both", () => {
    const meta = summary("Meta", "EUR");
    expect(problems([{ ...meta, spec: { ...meta.spec, currency: "USD" } }])).toEqual(["Meta says its amounts are in EUR, not USD: leave out the currency given for it, or check the file."]);
  });

  it("refuses a rate that is not a number above 0", () => {
    expect(problems([summary("Google Ads", "EUR"), summary("TikTok", "GBP")], { GBP: "-1" })).toContain("The rate of GBP must be a number above 0, such as 1.17.");
  });

  it("needs the spend and an outcome of every source, but no channel column: the network names the rows", () => {
    const noSpend = summary("LinkedIn", "EUR", { mapping: { conversions: 2 } });
    expect(problems([summary("Meta", "EUR"), noSpend])).toEqual(["LinkedIn: choose the column that holds spend."]);
  });
});
