// A CRM export read for a join: each contact's lifecycle stage says whether it is a lead, a qualified
// lead (sales-qualified or beyond, never a marketing-qualified one) or a customer.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../playground/cli/csv";
import { joinOrigins } from "../../src/join/join";
import { readOriginTable } from "../../src/join/originTable";
import { JOIN_FIXTURES } from "./fixtures";

const contacts = readOriginTable("hubspot-contacts.csv", readCsv(readFileSync(`${JOIN_FIXTURES}hubspot-contacts.csv`)).rows);

// The fixture's contacts by origin and stage, as written in the file.
const LINKEDIN = ["Customer", "Sales Qualified Lead", "Marketing Qualified Lead"];
const FACEBOOK = ["Opportunity", "Lead", "Subscriber", "Customer"];
const LEAD_STAGES = ["Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity", "Customer"];
const QUALIFIED_STAGES = ["Sales Qualified Lead", "Opportunity", "Customer"];
const count = (stages: string[], kept: string[]) => stages.filter((stage) => kept.includes(stage)).length;

describe("contacts by lifecycle stage", () => {
  it("counts leads, qualified leads and customers per network", () => {
    expect(contacts.fields).toEqual(["leads", "qualifiedLeads", "customers"]);
    const join = joinOrigins(contacts, { networks: ["Meta", "LinkedIn"], campaigns: new Map() }, "channel", new Map());
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
