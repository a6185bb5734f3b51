// Reach and engagement as the platforms export them, in English and French, and the report's
// line when likes, comments and shares come apart and are summed into engagements.
import { describe, expect, it } from "vitest";
import { en, fr } from "../../src/i18n";
import { importRows } from "../../src/import";
import { describeImport } from "../../src/import/describe";
import { fieldOfHeader } from "../../src/import/headerNames";
import { guessMapping } from "../../src/import/mapping";
import { fieldLabel } from "../../src/sidebar/scorecard/fieldLabels";

describe("reach and engagement headers", () => {
  it.each([
    // Meta Ads Manager
    ["Reach", "reach"], ["Post engagements", "engagements"], ["Post engagement", "engagements"], ["Post reactions", "reactions"],
    ["Post comments", "comments"], ["Post shares", "shares"],
    // LinkedIn Campaign Manager
    ["Total Engagements", "engagements"], ["Reactions", "reactions"], ["Comments", "comments"], ["Shares", "shares"],
    // TikTok
    ["Likes", "reactions"], ["Paid likes", "reactions"], ["Paid shares", "shares"], ["Paid comments", "comments"],
    // X (Twitter) and Pinterest
    ["Engagements", "engagements"], ["Retweets", "shares"], ["Reposts", "shares"], ["Replies", "comments"], ["URL clicks", "clicks"],
    // French
    ["Couverture", "reach"], ["Portée", "reach"], ["Interactions", "engagements"], ["J'aime", "reactions"], ["J’aime", "reactions"],
    ["Commentaires", "comments"], ["Partages", "shares"], ["Comptes touchés", "reach"],
  ])("%s means %s", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it("leave engagement rates and costs per engagement to the scorecard", () => {
    for (const header of ["Engagement rate", "Taux d'engagement", "Cost per engagement", "CPE", "Cost per post engagement (EUR)"]) expect(fieldOfHeader(header), header).toBeNull();
    expect(guessMapping(["Platform", "Amount spent (EUR)", "Post engagements", "Engagement rate", "Cost per post engagement"]).derived).toEqual([3, 4]);
  });
});

describe("engagements summed from their parts", () => {
  const META = [
    ["Platform", "Reach", "Impressions", "Post reactions", "Post comments", "Post shares", "Link clicks", "Amount spent (EUR)"],
    ["facebook", 48210, 96400, 1830, 212, 97, 2410, 1180.45],
  ];
  const lines = (cells: unknown[][], language: typeof en) => {
    const { report, headers } = importRows(cells);
    return describeImport(report, headers, 1, language, (field) => fieldLabel(language, field));
  };

  it("says which columns it sums, in the user's language", () => {
    expect(lines(META, en)).toEqual([
      "Currency: EUR, from the header “Amount spent (EUR)”.",
      "Engagements: no total column, so the scorecard sums “Post reactions”, “Post comments”, “Post shares”.",
    ]);
    expect(lines(META, fr)).toEqual([
      "Devise\u00a0: EUR, d’après l’en-tête «\u00a0Amount spent (EUR)\u00a0».",
      "Interactions\u00a0: pas de colonne de total, le tableau de bord additionne donc “Post reactions”, “Post comments”, “Post shares”.",
    ]);
  });

  it("sums nothing when the export has its own total of engagements, or a single kind of engagement", () => {
    const withTotal = [[...META[0], "Post engagements"], [...META[1], 2400]];
    expect(lines(withTotal, en)).toEqual(["Currency: EUR, from the header “Amount spent (EUR)”."]);
    expect(lines([["Platform", "Spend", "Shares", "Clicks"], ["X", 120, 14, 300]], en)).toEqual([]);
  });
});

describe("Meta's summary row", () => {
  it("is a totals row though its reach is not the sum of the rows' reach (a person reached twice counts once)", () => {
    const { read } = importRows([
      ["Platform", "Reach", "Impressions", "Post reactions", "Post comments", "Post shares", "Amount spent (EUR)", "Link clicks"],
      ["", 98_400, 240_300, 6750, 600, 358, 2602.55, 4395],
      ["facebook", 48_210, 96_400, 1830, 212, 97, 1180.45, 2410],
      ["instagram", 61_380, 143_900, 4920, 388, 261, 1422.1, 1985],
    ], {}, 1);
    expect(read.totalsRows).toEqual([2]);
    expect(read.rows.map((row) => row.channel)).toEqual(["facebook", "instagram"]);
  });
});
