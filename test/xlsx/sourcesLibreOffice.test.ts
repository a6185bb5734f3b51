// The .xlsx of a scorecard of three exports, one per network, opened in LibreOffice: recomputed from
// its cells, each network shows the figures of its file alone and the totals their sums.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliDir } from "../cli/runCli";
import { GOOGLE, LINKEDIN, META, SOURCE_FIXTURES, sum, TIKTOK_GBP } from "../import/sourceExports";
import { outFilesShownByLibreOffice, shownAfterSuccess, type OutFileShown } from "./outFilesInLibreOffice";

const money = (amount: number) => `€${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const sources = (...names: string[]) => names.map((name) => `${SOURCE_FIXTURES}${name}`);

let out: Record<"spring" | "linked" | "partial", OutFileShown>;

beforeAll(async () => {
  // Meta's export with its summary box unticked (no account total row, so its sheet links), and LinkedIn's, which has leads and no revenue.
  const metaLines = readFileSync(`${SOURCE_FIXTURES}meta-spring-eur.csv`, "utf8").split("\n");
  const metaFile = join(cliDir, "meta-spring-no-summary-lo.csv");
  writeFileSync(metaFile, metaLines.filter((_, i) => i !== 1).join("\n"));
  out = await outFilesShownByLibreOffice(
    {
      spring: ["scorecard", ...sources("meta-spring-eur.csv", "google-ads-spring-eur.csv", "linkedin-spring-eur.csv")],
      linked: ["scorecard", ...sources("linkedin-spring-eur.csv", "tiktok-spring-gbp.csv"), "--rate", "GBP=1.17", "--breakdown", "Campaign"],
      partial: ["scorecard", metaFile, ...sources("linkedin-spring-eur.csv")],
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

describe("a live scorecard of exports of which only some have revenue, in LibreOffice", () => {
  it("recomputes revenue and ROI over the spend with revenue, blank for the network without, and CPL over the spend with leads", () => {
    const shown = shownAfterSuccess(out.partial);
    expect(out.partial.stderr).not.toContain("holds the values read");
    const header = shown.findIndex((row) => row[0] === "Channel");
    const column = (name: string) => shown[header].indexOf(name);
    const row = (channel: string) => shown.slice(header).find((cells) => cells[0] === channel)!;
    const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
    const [metaSpend, metaRevenue, linkedinSpend, leads] = [sum(META.spend), sum(META.revenue), sum(LINKEDIN.spend), sum(LINKEDIN.leads)];
    expect(row("Meta")[column("Revenue")]).toBe(money(metaRevenue));
    expect(row("Meta")[column("ROI")]).toBe(percent((metaRevenue - metaSpend) / metaSpend));
    expect([row("LinkedIn")[column("Revenue")], row("LinkedIn")[column("ROI")], row("LinkedIn")[column("Verdict")]]).toEqual(["", "", ""]);
    expect(row("LinkedIn")[column("CPL")]).toBe(money(linkedinSpend / leads));
    expect(row("Meta")[column("CPL")]).toBe("");
    expect(row("Total")[column("Spend")]).toBe(money(metaSpend + linkedinSpend));
    expect(row("Total")[column("Spend with revenue")]).toBe(money(metaSpend));
    expect(row("Total")[column("ROI")]).toBe(percent((metaRevenue - metaSpend) / metaSpend));
    expect(row("Total")[column("CPL")]).toBe(money(linkedinSpend / leads));
  });
});
