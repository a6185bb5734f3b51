// Which network a source / medium, a channel group or a CRM's origin stands for: defaults that never
// guess, and the user's matches over them.
import { describe, expect, it } from "vitest";
import { chosenMatches, resolveKey } from "../../src/join/matching";

const key = (source: string | null, medium: string | null = null, group: string | null = null) => ({ source, medium, group });
const none = new Map<string, string>();

describe("default matches", () => {
  it("matches a network's own source names with a paid medium, or alone", () => {
    expect(resolveKey(key("facebook", "cpc"), none)).toEqual({ kind: "matched", network: "Meta", by: "default" });
    expect(resolveKey(key("fb"), none)).toMatchObject({ network: "Meta" });
    expect(resolveKey(key("ig", "paid"), none)).toMatchObject({ network: "Meta" });
    expect(resolveKey(key("instagram"), none)).toMatchObject({ network: "Meta" });
    expect(resolveKey(key("google", "cpc"), none)).toMatchObject({ network: "Google Ads" });
    expect(resolveKey(key("linkedin", "paid_social"), none)).toMatchObject({ network: "LinkedIn" });
    expect(resolveKey(key("https://www.linkedin.com/feed/"), none)).toMatchObject({ network: "LinkedIn" });
    expect(resolveKey(key("Facebook", null, "Paid Social"), none)).toMatchObject({ network: "Meta" });
  });

  it("never takes organic traffic, a search engine without a paid medium, or a shared group for a network's ads", () => {
    expect(resolveKey(key("google", "organic"), none)).toMatchObject({ kind: "unmatched", why: "notPaid" });
    expect(resolveKey(key("google"), none)).toMatchObject({ kind: "unmatched", why: "notPaid" });
    expect(resolveKey(key("l.facebook.com", "referral"), none)).toMatchObject({ kind: "unmatched", why: "notPaid", candidates: ["Meta"] });
    expect(resolveKey(key("LinkedIn", null, "Organic Social"), none)).toMatchObject({ kind: "unmatched", why: "notPaid" });
    expect(resolveKey(key(null, null, "Paid Search"), none)).toMatchObject({ kind: "unmatched", why: "ambiguous", candidates: ["Google Ads", "Microsoft Ads"] });
    // Paid Social may be a social network the team runs without a spend file here: never Meta's by default.
    expect(resolveKey(key(null, null, "Paid Social"), none)).toMatchObject({ kind: "unmatched", why: "ambiguous", candidates: ["Meta", "LinkedIn", "TikTok", "X", "Pinterest", "Snapchat"] });
    expect(resolveKey(key("(direct)", "(none)"), none)).toMatchObject({ kind: "unmatched", why: "unknown" });
  });

  it("takes the user's match over the defaults, by the value as shown in any case", () => {
    const chosen = chosenMatches([["Paid Search", "Google Ads"], ["google / organic", "Google Ads"]]);
    expect(resolveKey(key(null, null, "paid search"), chosen)).toEqual({ kind: "matched", network: "Google Ads", by: "chosen" });
    expect(resolveKey(key("google", "organic"), chosen)).toMatchObject({ kind: "matched", by: "chosen" });
  });
});
