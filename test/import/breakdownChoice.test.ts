// The kinds several sources can be broken down by, told by each export's own headers, and the
// combined table's columns of the kinds chosen.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import { breakdownColumns, kindsOffered, kindsSuggested } from "../../src/sources/breakdownChoice";
import { readSource } from "../../src/sources/source";
import { SOURCE_FIXTURES } from "./sourceExports";

const sourceOf = (name: string, keepChannel?: boolean) => {
  const { imported, keepChannel: kept } = readSource(name, readCsv(readFileSync(`${SOURCE_FIXTURES}${name}`)).rows, { keepChannel });
  return { name, headers: imported.headers, mapping: imported.mapping, keepChannel: kept };
};

describe("the kinds several sources can be broken down by", () => {
  it("are the breakdown columns any source has, whatever each platform calls them, with the sources that have them", () => {
    const offered = kindsOffered(["meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv"].map((name) => sourceOf(name)));
    expect(offered).toEqual([
      // Meta's "Campaign name", Google's "Campaign", LinkedIn's "Campaign Name".
      { kind: "campaign", sources: ["meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv"] },
      // Meta's "Ad set name" and Google's "Ad group".
      { kind: "adSet", sources: ["meta-spring-eur.csv", "google-ads-spring-eur.csv"] },
      { kind: "placement", sources: ["meta-spring-eur.csv"] },
      { kind: "campaignType", sources: ["google-ads-spring-eur.csv", "linkedin-spring-eur.csv"] },
    ]);
    // Suggested until the user chooses: the kinds every source has.
    expect(kindsSuggested(offered, 3)).toEqual(["campaign"]);
  });

  it("offer the network when a source keeps its own channel column", () => {
    const own = { name: "platforms.csv", headers: ["Platform", "Spend", "Conversions"], mapping: { channel: 0, budget: 1, conversions: 2 }, keepChannel: true };
    expect(kindsOffered([own, sourceOf("linkedin-spring-eur.csv")]).map((entry) => entry.kind)).toEqual(["network", "campaign", "campaignType"]);
  });

  it("are the combined table's columns of those kinds, in the order chosen, the network its second column", () => {
    const dimensions = [{ column: 7, kind: "campaign" as const }, { column: 8, kind: "adSet" as const }];
    expect(breakdownColumns({ dimensions }, ["adSet", "network", "campaign"])).toEqual([8, 1, 7]);
    expect(breakdownColumns({ dimensions }, ["country"])).toEqual([]);
  });
});
