// A CRM export read for a join: each contact's lifecycle stage says whether it is a lead, a qualified
// lead (sales-qualified or beyond, never a marketing-qualified one) or a customer.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import { joinOrigins } from "../../src/join/join";
import { joinTexts } from "../../src/i18n/joinTexts";
import { chosenMatches } from "../../src/join/matching";
import { readOriginTable } from "../../src/join/originTable";
import { JOIN_FIXTURES } from "./fixtures";

const contacts = readOriginTable("hubspot-contacts.csv", readCsv(readFileSync(`${JOIN_FIXTURES}hubspot-contacts.csv`)).rows, null, joinTexts("en"));

// The fixture's contacts by origin and stage, as written in the file.
const LINKEDIN = ["Customer", "Sales Qualified Lead", "Marketing Qualified Lead"];
const FACEBOOK = ["Opportunity", "Lead", "Subscriber", "Customer"];
const LEAD_STAGES = ["Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity", "Customer"];
const QUALIFIED_STAGES = ["Sales Qualified Lead", "Opportunity", "Customer"];
const count = (stages: string[], kept: string[]) => stages.filter((stage) => kept.includes(stage)).length;

describe("contacts by lifecycle stage", () => {
  it("counts leads, qualified leads and customers per network", () => {
    expect(contacts.fields).toEqual(["leads", "qualifiedLeads", "customers"]);
    const join = joinOrigins(contacts, { networks: ["Meta", "LinkedIn"], campaigns: new Map() }, "channel", new Map(), joinTexts("en"));
    const figures = (network: string) => join.networks.find((entry) => entry.network === network)!.values;
    expect(figures("LinkedIn")).toEqual({ leads: count(LINKEDIN, LEAD_STAGES), qualifiedLeads: count(LINKEDIN, QUALIFIED_STAGES), customers: count(LINKEDIN, ["Customer"]) });
    expect(figures("Meta")).toEqual({ leads: count(FACEBOOK, LEAD_STAGES), qualifiedLeads: count(FACEBOOK, QUALIFIED_STAGES), customers: count(FACEBOOK, ["Customer"]) });
    // The organic search lead is listed, not dropped.
    expect(join.unmatched).toEqual([expect.objectContaining({ value: "Organic Search / google", rows: 1, values: { leads: 1, qualifiedLeads: 0, customers: 0 } })]);
  });

  it("says which stages count nothing", () => {
    const lifecycle = contacts.stages.find((stage) => stage.column === "Lifecycle Stage")!;
    expect(lifecycle.notCounted).toEqual([expect.objectContaining({ stage: "Subscriber", rows: 1 })]);
  });
});

// Shopify's "Sales by traffic referrer": a referrer category and name, no medium. A referral from
// Facebook may be a post or an ad: nothing says paid, so nothing matches until the user says.
const REFERRER_NET_SALES = { "Social / Facebook": 3655, "Search / Google": 7500, Direct: 5330, "Social / Instagram": 2110, "Email / Klaviyo": 1545, Unknown: 410 };
const referrers = readOriginTable("shopify-sales-by-referrer.csv", readCsv(readFileSync(`${JOIN_FIXTURES}shopify-sales-by-referrer.csv`)).rows, null, joinTexts("en"));

describe("Shopify sales by referrer", () => {
  const spend = { networks: ["Meta", "Google Ads"], campaigns: new Map() };

  it("reads net sales as revenue, and matches no referrer by default, each listed with its net sales", () => {
    expect(referrers.fields).toEqual(["revenue"]);
    const join = joinOrigins(referrers, spend, "channel", new Map(), joinTexts("en"));
    expect(join.unmatched.map((entry) => [entry.value, entry.values.revenue])).toEqual(Object.entries(REFERRER_NET_SALES));
    expect(join.unmatched.find((entry) => entry.value === "Social / Facebook")).toMatchObject({ why: "notPaid", candidates: ["Meta"] });
  });

  it("matches the referrers the user names", () => {
    const join = joinOrigins(referrers, spend, "channel", chosenMatches([["Facebook", "Meta"], ["instagram", "Meta"]]), joinTexts("en"));
    expect(join.networks.find((entry) => entry.network === "Meta")!.values.revenue).toBe(REFERRER_NET_SALES["Social / Facebook"] + REFERRER_NET_SALES["Social / Instagram"]);
    expect(join.networks.find((entry) => entry.network === "Google Ads")!.values.revenue).toBe(0);
  });
});

describe("a table of campaigns alone", () => {
  // A CRM report of won revenue per campaign, French headers, decimal commas, a totals row.
  const cells = [
    ["Rapport : chiffre d'affaires par campagne"],
    ["Campagne", "Leads qualifiés", "Clients", "Chiffre d'affaires"],
    ["Spring sale - Decision makers", "14", "3", "8 400,00"],
    ["Thought leadership", "2", "0", "0,00"],
    ["Total", "16", "3", "8 400,00"],
  ];
  const table = readOriginTable("crm-campagnes.csv", cells, null, joinTexts("en"));
  const spend = { networks: ["LinkedIn"], campaigns: new Map([["spring sale - decision makers", { name: "Spring sale - Decision makers", networks: new Set(["LinkedIn"]) }]]) };

  it("joins by campaign, its totals row skipped", () => {
    const join = joinOrigins(table, spend, "campaign", new Map(), joinTexts("en"));
    expect(join.networks[0].values).toEqual({ revenue: 8400, qualifiedLeads: 14, customers: 3 });
    expect(join.rows).toEqual([{ network: "LinkedIn", value: "Spring sale - Decision makers", campaign: "Spring sale - Decision makers", values: { revenue: 8400, qualifiedLeads: 14, customers: 3 } }]);
    expect(join.unmatched).toEqual([expect.objectContaining({ value: "Thought leadership", why: "noCampaign", values: { revenue: 0, qualifiedLeads: 2, customers: 0 } })]);
  });

  it("is refused by channel, since nothing says where its rows came from", () => {
    expect(() => joinOrigins(table, spend, "channel", new Map(), joinTexts("en"))).toThrow("crm-campagnes.csv: no column says where its rows came from");
  });
});
