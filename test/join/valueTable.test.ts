// Every value of a join in one list for the sidebar's mapping table: matched ones with their
// network and how, the ones matched to a network without spend, the unmatched with why.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { joinTexts } from "../../src/i18n/joinTexts";
import { readCsv } from "../../src/import/csv";
import { joinOrigins } from "../../src/join/join";
import { chosenMatches } from "../../src/join/matching";
import { readOriginTable } from "../../src/join/originTable";
import { joinedValues } from "../../src/join/valueTable";
import { GA4_SOURCE_MEDIUM, JOIN_FIXTURES } from "./fixtures";

const table = readOriginTable("ga4.csv", readCsv(readFileSync(`${JOIN_FIXTURES}ga4-source-medium.csv`)).rows, null, joinTexts("en"));
const spend = { networks: ["Meta", "Google Ads"], campaigns: new Map() };

describe("the values of a join", () => {
  it("lists each value of the table once, with its totals, what it matched and how", () => {
    const values = joinedValues(joinOrigins(table, spend, "channel", chosenMatches([["(direct) / (none)", "Meta"]]), joinTexts("en")));
    expect(values.map((entry) => entry.value).sort()).toEqual(Object.keys(GA4_SOURCE_MEDIUM).sort());
    const of = (value: string) => values.find((entry) => entry.value === value)!;
    expect(of("facebook / cpc")).toEqual({ value: "facebook / cpc", rows: 1, values: { revenue: GA4_SOURCE_MEDIUM["facebook / cpc"] }, network: "Meta", by: "default", why: null, candidates: [] });
    expect(of("(direct) / (none)")).toMatchObject({ network: "Meta", by: "chosen", values: { revenue: GA4_SOURCE_MEDIUM["(direct) / (none)"] } });
    // LinkedIn has no spend here: its value counts in no channel, and says so.
    expect(of("linkedin / paid_social")).toMatchObject({ network: "LinkedIn", by: null, why: "withoutSpend" });
    expect(of("google / organic")).toMatchObject({ network: null, by: null, why: "notPaid", candidates: ["Google Ads"] });
    expect(values.reduce((total, entry) => total + (entry.values.revenue ?? 0), 0)).toBeCloseTo(Object.values(GA4_SOURCE_MEDIUM).reduce((a, b) => a + b, 0), 6);
  });
});
