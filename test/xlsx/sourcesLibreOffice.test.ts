// The .xlsx of a scorecard of three exports, one per network, opened in LibreOffice: recomputed from
// its cells, each network shows the figures of its file alone and the totals their sums.
import { beforeAll, describe, expect, it } from "vitest";
import { GOOGLE, LINKEDIN, META, SOURCE_FIXTURES, sum, TIKTOK_GBP } from "../import/sourceExports";
import { outFilesShownByLibreOffice, shownAfterSuccess, type OutFileShown } from "./outFilesInLibreOffice";

const money = (amount: number) => `€${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const sources = (...names: string[]) => names.map((name) => `${SOURCE_FIXTURES}${name}`);

let out: Record<"spring" | "linked", OutFileShown>;

beforeAll(async () => {
  out = await outFilesShownByLibreOffice(
    {
      spring: ["scorecard", ...sources("meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv")],
      linked: ["scorecard", ...sources("linkedin-spring-eur.csv", "tiktok-spring-gbp.csv"), "--rate", "GBP=1.17", "--breakdown", "Campaign"],
    },
    "Channel scorecard",
  );
}, 300_000);

describe("a scorecard of several exports, in LibreOffice", () => {
  it("recomputes each network's spend and CPA, and the totals, to the files' sums", () => {
    const shown = shownAfterSuccess(out.spring);
    const header = shown.findIndex((row) => row[0] === "Channel");
    const [spend, cpa, conversions] = ["Spend", "CPA", "Conversions"].map((name) => shown[header].indexOf(name));
    const row = (channel: string) => shown.slice(header).find((cells) => cells[0] === channel)!;
    for (const [network, file] of [["Meta", META], ["Google Ads", GOOGLE], ["LinkedIn", LINKEDIN]] as const) {
      expect(row(network)[spend]).toBe(money(sum(file.spend)));
      expect(row(network)[cpa]).toBe(money(sum(file.spend) / sum(file.conversions)));
    }
    const totalSpend = sum([...META.spend, ...GOOGLE.spend, ...LINKEDIN.spend]);
    const totalConversions = sum([...META.conversions, ...GOOGLE.conversions, ...LINKEDIN.conversions]);
    expect(row("Total")[spend]).toBe(money(totalSpend));
    expect(row("Total")[conversions]).toBe(Math.round(totalConversions).toLocaleString("en-US"));
    expect(row("Total")[cpa]).toBe(money(totalSpend / totalConversions));
  });
});

describe("a live scorecard of several exports, in LibreOffice", () => {
  it("recomputes its SUMIFS over each file's sheet, at each file's rate, with nothing left out", () => {
    const shown = shownAfterSuccess(out.linked);
    const header = shown.findIndex((row) => row[0] === "Channel");
    const spend = shown[header].indexOf("Spend");
    const row = (label: string) => shown.slice(header).find((cells) => cells[0] === label)!;
    expect(row("LinkedIn")[spend]).toBe(money(sum(LINKEDIN.spend)));
    expect(row("TikTok")[spend]).toBe(money(sum(TIKTOK_GBP.spend) * 1.17));
    expect(row("Total")[spend]).toBe(money(sum(LINKEDIN.spend) + sum(TIKTOK_GBP.spend) * 1.17));
    // "Spend left out", right of its label on the title row.
    expect(shown[0][shown[0].indexOf("Spend left out") + 2]).toBe(money(0));
    // A campaign of the breakdown, from LinkedIn's sheet alone.
    expect(shown.find((cells) => cells[0] === "Spring sale - Decision makers")![spend]).toBe(money(LINKEDIN.spend[0]));
  });
});

