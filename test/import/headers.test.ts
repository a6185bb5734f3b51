import { describe, expect, it } from "vitest";
import { fieldOfHeader, normalizeHeader } from "../../src/import/headerNames";
import { findHeaderRow, rowHoldingNames } from "../../src/import/headerRow";
import { guessMapping, lacksOutcome, withChoices } from "../../src/import/mapping";

describe("header names", () => {
  it("are compared without case, accents, punctuation, or a unit in brackets", () => {
    expect(normalizeHeader("Montant dépensé (EUR)")).toBe("montant depense");
    expect(normalizeHeader("Spend [USD]")).toBe("spend");
    expect(normalizeHeader("# of Purchase")).toBe("number of purchase");
    expect(normalizeHeader("Impr.")).toBe("impr");
  });

  it.each([
    // Meta Ads Manager
    ["Amount spent (EUR)", "budget"], ["Results", "conversions"], ["Website purchases", "conversions"], ["Impressions", "impressions"],
    ["Link clicks", "clicks"], ["Purchases conversion value", "revenue"], ["Leads", "leads"],
    // Google Ads
    ["Cost", "budget"], ["Impr.", "impressions"], ["Clicks", "clicks"], ["Conversions", "conversions"], ["Conv. value", "revenue"],
    ["All conv. value", "revenue"], ["Budget", "budget"],
    // LinkedIn, TikTok, X, Pinterest, Snapchat
    ["Total Spent", "budget"], ["Total purchase value", "revenue"], ["Spend", "budget"],
    ["Outbound clicks", "clicks"], ["Pin clicks", "clicks"], ["Billed charge (USD)", "budget"], ["Checkouts", "conversions"], ["Checkout value", "revenue"], ["Amount Spent", "budget"],
    ["Paid Impressions", "impressions"], ["Swipe Ups", "clicks"], ["Purchases", "conversions"], ["Purchase value", "revenue"],
    // The list, and French
    ["Spend [USD]", "budget"], ["# of Purchase", "conversions"], ["Sale_Amount", "revenue"], ["Clics sur un lien", "clicks"],
    ["Montant dépensé (EUR)", "budget"], ["Résultats", "conversions"], ["Canal", "channel"], ["Dépenses", "budget"],
    ["Chiffre d'affaires", "revenue"], ["Taux de rebond", "bounceRate"], ["Ventes", "conversions"], ["Budget prévu", "plannedBudget"],
  ])("%s means %s", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it("never take a ratio for a cost or a count", () => {
    for (const header of ["Cost / conv.", "Cost per result", "CPC", "Avg. CPC", "CTR", "Conv. rate", "CPM", "Cost per result (EUR)", "CTR (link click-through rate)", "ROAS"]) {
      expect(fieldOfHeader(header), header).toBeNull();
    }
    expect(guessMapping(["Campaign", "Cost", "Cost / conv.", "Conversions", "CTR"]).derived).toEqual([2, 4]);
  });
});

describe("the header row", () => {
  it("is found below an export's title lines and blank lines", () => {
    const cells = [
      ["Campaign report", "", ""],
      ["November 1, 2026 - November 30, 2026", "", ""],
      ["", "", ""],
      ["Campaign", "Cost", "Conversions"],
      ["Brand", "12.5", "3"],
    ];
    expect(findHeaderRow(cells)).toBe(3);
  });

  it("is a row of unknown names above numbers, and nothing when the data starts at once", () => {
    expect(findHeaderRow([["Report"], ["xyz_campaign_id", "Spent_total"], ["916", "1.43"]])).toBe(1);
    expect(findHeaderRow([["Facebook", 100, 12], ["X", 20, 2]])).toBeNull();
  });

  it("is the row holding the names the user gave", () => {
    expect(rowHoldingNames([["Title"], ["id", "Spent"], ["1", "2"]], ["spent", "ID"])).toBe(1);
    expect(rowHoldingNames([["id", "Spent"]], ["Cost"])).toBeNull();
  });
});

describe("the mapping and its decisions", () => {
  it("takes the actual spend over a planned budget, keeps the budget for pacing, and says so", () => {
    const { mapping, decisions } = guessMapping(["Channel", "Budget", "Spend", "Conversions"]);
    expect(mapping).toEqual({ channel: 0, budget: 2, plannedBudget: 1, conversions: 3 });
    expect(decisions).toContainEqual({ field: "plannedBudget", column: 1, because: "plannedBesideSpend", spend: 2 });
    // Alone, a budget column is the cost.
    expect(guessMapping(["Channel", "Budget", "Sales"]).mapping).toEqual({ channel: 0, budget: 1, conversions: 2 });
  });

  it("leaves out a budget per day, which pacing cannot compare with a period's spend, and says so", () => {
    // Google Ads: "Budget" is the campaign's daily budget, as its "Budget type" column says.
    const googleAds = guessMapping(["Campaign", "Budget", "Budget type", "Impr.", "Cost", "Conversions"]);
    expect(googleAds.mapping.plannedBudget).toBeUndefined();
    expect(googleAds.mapping.budget).toBe(4);
    expect(googleAds.decisions).toContainEqual({ field: "plannedBudget", column: 1, because: "perDayBudgetLeftOut" });
    expect(guessMapping(["Channel", "Daily budget", "Amount spent", "Results"]).mapping).toEqual({ channel: 0, budget: 2, conversions: 3 });
  });

  it("prefers the better of two columns for a field and names the other", () => {
    const { mapping, decisions } = guessMapping(["Campaign name", "Results", "Website purchases", "Clicks (all)", "Link clicks"]);
    expect(mapping).toMatchObject({ conversions: 2, clicks: 4 });
    expect(decisions).toContainEqual({ field: "conversions", column: 2, because: "preferred", over: [1] });
    expect(decisions).toContainEqual({ field: "clicks", column: 4, because: "preferred", over: [3] });
  });

  it("names rows by campaign when there is no channel column, and says so", () => {
    const { mapping, decisions } = guessMapping(["Campaign", "Campaign type", "Cost", "Clicks"]);
    expect(mapping).toEqual({ channel: 0, budget: 2, clicks: 3 });
    expect(decisions[0]).toEqual({ field: "channel", column: 0, because: "campaignAsChannel" });
    expect(guessMapping(["Channel", "Campaign", "Cost"]).mapping).toEqual({ channel: 0, budget: 2 });
  });

  it("gives the user's choice the column, taking it from the field it was guessed for", () => {
    const choice = withChoices(guessMapping(["xyz_campaign_id", "Clicks", "Spent"]), { channel: 0, leads: 1 });
    expect(choice.mapping).toEqual({ budget: 2, channel: 0, leads: 1 });
    expect(choice.decisions).toContainEqual({ field: "leads", column: 1, because: "chosen" });
  });

  it("asks for one outcome at least: conversions, leads or clicks", () => {
    expect(lacksOutcome({ channel: 0, budget: 1, revenue: 2 })).toBe(true);
    expect([{ conversions: 2 }, { leads: 2 }, { clicks: 2 }].map(lacksOutcome)).toEqual([false, false, false]);
  });
});
