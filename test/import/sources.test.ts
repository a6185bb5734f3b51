// Several exports, one per network, combined into one table for the scorecard: each network's
// figures equal its file alone, totals are sums over the sources that have the field, a field only
// some sources have is blank on the others' rows (never a zero) and said so, and currencies need rates.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import { en } from "../../src/i18n";
import { sourcesTexts } from "../../src/i18n/sourcesTexts";
import type { NumericField } from "../../src/import/fields";
import { combineSources, SourcesError } from "../../src/sources/combine";
import { readSource, type SourceChoices } from "../../src/sources/source";
import { withStatedCurrency } from "../../src/sources/sourceCurrency";
import { fieldLabel } from "../../src/sidebar/scorecard/fieldLabels";
import { FIXTURES } from "./exports";
import { PERIOD_FIXTURES } from "../cli/periodFixtures";
import { GOOGLE, LINKEDIN, META, SOURCE_FIXTURES, sum, TIKTOK_GBP } from "./sourceExports";

const texts = sourcesTexts("en");
const label = (field: NumericField) => fieldLabel(en, field);
/** A source whose export says no currency, with the one the user states for it. */
const inEur = (source: ReturnType<typeof readSource>) => withStatedCurrency(source, "EUR", texts, (message) => new SourcesError(message));
const source = (file: string, choices: SourceChoices = {}) => {
  const table = readCsv(readFileSync(`${SOURCE_FIXTURES}${file}`));
  return readSource(file, table.rows, { ...choices, choices: { convention: table.convention } });
};

describe("Meta, Google Ads and LinkedIn exports combined", () => {
  const combined = combineSources([source("meta-spring-eur.csv"), source("google-ads-spring-eur.csv"), source("linkedin-spring-eur.csv")], texts, label);
  const column = (header: string) => combined.headers.indexOf(header);
  const rowsOf = (network: string) => combined.rows.filter((row) => row[1] === network);
  const summed = (network: string, header: string) => sum(rowsOf(network).map((row) => row[column(header)] as number));

  it("names each row's channel after its network, detected from the file's columns", () => {
    expect(new Set(combined.rows.map((row) => row[combined.mapping.channel!]))).toEqual(new Set(["Meta", "Google Ads", "LinkedIn"]));
    expect(rowsOf("Meta")).toHaveLength(META.spend.length);
    expect(rowsOf("Google Ads")).toHaveLength(GOOGLE.spend.length);
    expect(rowsOf("LinkedIn")).toHaveLength(LINKEDIN.spend.length);
    expect(combined.notes).toContain("google-ads-spring-eur.csv: Google Ads, from its columns “Conv. value”, “Cost / conv.”, “Cost”, “Impr.”, “Campaign type” and “Avg. CPC”.");
  });

  it("gives each network the figures of its file alone, in the table and in its source's sums", () => {
    for (const [network, file] of [["Meta", META], ["Google Ads", GOOGLE], ["LinkedIn", LINKEDIN]] as const) {
      expect(summed(network, "Spend (EUR)")).toBeCloseTo(sum(file.spend), 6);
      expect(summed(network, "Conversions")).toBeCloseTo(sum(file.conversions), 6);
      expect(summed(network, "Clicks")).toBe(sum(file.clicks));
      expect(summed(network, "Impressions")).toBe(sum(file.impressions));
    }
    const [meta, google, linkedin] = combined.sources;
    expect(meta.sums.revenue).toBeCloseTo(sum(META.revenue), 6);
    expect(google.sums.revenue).toBeCloseTo(sum(GOOGLE.revenue), 6);
    expect(linkedin.sums.revenue).toBeUndefined();
    expect(linkedin.sums.leads).toBe(sum(LINKEDIN.leads));
    expect(meta.sums.reach).toBe(sum(META.reach));
  });

  it("reads every field into the table: one only some sources have is blank on the others' rows, and said so with the sources it covers", () => {
    expect(Object.keys(combined.mapping).sort()).toEqual(["budget", "channel", "clicks", "conversions", "impressions", "leads", "reach", "revenue"]);
    expect(combined.partial).toEqual([
      { field: "leads", sources: ["linkedin-spring-eur.csv"], networks: ["LinkedIn"] },
      { field: "revenue", sources: ["meta-spring-eur.csv", "google-ads-spring-eur.csv"], networks: ["Meta", "Google Ads"] },
      { field: "reach", sources: ["meta-spring-eur.csv"], networks: ["Meta"] },
    ]);
    const cells = (network: string, field: "leads" | "revenue" | "reach") => rowsOf(network).map((row) => row[combined.mapping[field]!]);
    expect(cells("Meta", "revenue")).toEqual(META.revenue);
    expect(cells("Google Ads", "revenue")).toEqual(GOOGLE.revenue);
    expect(cells("LinkedIn", "revenue")).toEqual(["", "", ""]);
    expect(cells("LinkedIn", "leads")).toEqual(LINKEDIN.leads);
    expect(cells("Meta", "leads")).toEqual(["", "", "", ""]);
    expect(cells("Meta", "reach")).toEqual(META.reach);
    expect(cells("Google Ads", "reach")).toEqual(["", "", "", ""]);
    expect(combined.notes).toContain(
      "Only meta-spring-eur.csv and google-ads-spring-eur.csv have revenue: the scorecard shows it on their rows and leaves it blank on the others'; " +
        "its totals, and the ratios taken of it, cover those sources only, on their spend.",
    );
  });

  it("reads a blank cell of a source that has the field as 0, so that only the other sources' rows are blank", () => {
    const blankValue = readSource("meta-blank-value.csv", [
      ["Campaign name", "Amount spent (EUR)", "Results", "Result indicator", "Purchases conversion value", "Reach"],
      ["Spring sale - Prospecting", "1204.55", "52", "actions:offsite_conversion.fb_pixel_purchase", "3640.00", "88012"],
      ["Brand awareness", "250.50", "0", "actions:offsite_conversion.fb_pixel_purchase", "", "15002"],
    ]);
    const withLinkedIn = combineSources([blankValue, source("linkedin-spring-eur.csv")], texts, label);
    const revenue = withLinkedIn.rows.map((row) => row[withLinkedIn.mapping.revenue!]);
    expect(revenue).toEqual([3640, 0, "", "", ""]);
  });

  it("totals each field over the sources that have it, and gives a ROI over the sources with revenue, never called blended", () => {
    const spend = sum([...META.spend, ...GOOGLE.spend, ...LINKEDIN.spend]);
    expect(combined.totals.budget).toEqual({ value: expect.closeTo(spend, 6), sources: combined.sources.map((figure) => figure.name), complete: true });
    const revenue = sum([...META.revenue, ...GOOGLE.revenue]);
    expect(combined.totals.revenue).toEqual({ value: expect.closeTo(revenue, 6), sources: ["meta-spring-eur.csv", "google-ads-spring-eur.csv"], complete: false });
    const spendWithRevenue = sum([...META.spend, ...GOOGLE.spend]);
    expect(combined.roi).toEqual({ value: expect.closeTo((revenue - spendWithRevenue) / spendWithRevenue, 9), sources: ["meta-spring-eur.csv", "google-ads-spring-eur.csv"], blended: false });
    expect(texts.roiOver(combined.roi!.sources)).toBe("ROI over meta-spring-eur.csv and google-ads-spring-eur.csv (the sources with revenue), not blended");
  });

  it("lines up the breakdown columns the files share: campaign in every one, ad set and ad group together, blank where a file has none", () => {
    expect(combined.breakdown.map((c) => combined.headers[c])).toEqual(["Campaign"]);
    expect(rowsOf("Meta").map((row) => row[column("Campaign")])).toEqual(META.campaigns);
    expect(rowsOf("Google Ads").map((row) => row[column("Campaign")])).toEqual(GOOGLE.campaigns);
    expect(rowsOf("LinkedIn").map((row) => row[column("Campaign")])).toEqual(LINKEDIN.campaigns);
    expect(rowsOf("Meta").map((row) => row[column("Ad set / ad group")])).toEqual(META.adSets);
    expect(rowsOf("Google Ads").map((row) => row[column("Ad set / ad group")])).toEqual(GOOGLE.adSets);
    expect(rowsOf("LinkedIn").map((row) => row[column("Ad set / ad group")])).toEqual(["", "", ""]);
  });

  it("shows its money in the files' one currency, named in the spend's header", () => {
    expect(combined.currency).toBe("EUR");
    expect(combined.headers[combined.mapping.budget!]).toBe("Spend (EUR)");
  });
});

describe("sources in different currencies", () => {
  it("are refused without rates, naming each currency and its sources", () => {
    expect(() => combineSources([source("meta-spring-eur.csv"), source("tiktok-spring-gbp.csv")], texts, label)).toThrow(
      new SourcesError(
        "The sources are in EUR (meta-spring-eur.csv) and GBP (tiktok-spring-gbp.csv): amounts in different currencies cannot be added. " +
          "Give a rate for every currency but the one the scorecard shows, such as GBP=1.17 (one GBP in EUR).",
      ),
    );
  });

  it("are converted at the rate given: money times the rate, counts as they are", () => {
    const combined = combineSources([source("meta-spring-eur.csv"), source("tiktok-spring-gbp.csv", { rate: 1.17 })], texts, label);
    const [meta, tiktok] = combined.sources;
    expect(combined.currency).toBe("EUR");
    expect(tiktok.sums.budget).toBeCloseTo(sum(TIKTOK_GBP.spend) * 1.17, 6);
    expect(tiktok.sums.revenue).toBeCloseTo(sum(TIKTOK_GBP.revenue) * 1.17, 6);
    expect(tiktok.sums.conversions).toBe(sum(TIKTOK_GBP.conversions));
    expect(combined.totals.budget!.value).toBeCloseTo(sum(META.spend) + sum(TIKTOK_GBP.spend) * 1.17, 6);
    expect(combined.totals.revenue).toMatchObject({ value: expect.closeTo(sum(META.revenue) + sum(TIKTOK_GBP.revenue) * 1.17, 6), complete: true });
    expect(combined.roi!.blended).toBe(true);
    expect(meta.rate).toBeNull();
    expect(combined.notes).toContain("tiktok-spring-gbp.csv: amounts in GBP converted at 1.17 EUR per GBP.");
    // Revenue is in both: it is a column of the table, converted on TikTok's rows.
    const revenue = combined.headers.indexOf("Revenue (EUR)");
    expect(sum(combined.rows.filter((row) => row[1] === "TikTok").map((row) => row[revenue] as number))).toBeCloseTo(sum(TIKTOK_GBP.revenue) * 1.17, 6);
  });

  it("are refused when every source has a rate: the scorecard's own currency would be unknown", () => {
    expect(() => combineSources([source("meta-spring-eur.csv", { rate: 0.86 }), source("tiktok-spring-gbp.csv", { rate: 1 })], texts, label)).toThrow(
      "Every source has a rate (EUR and GBP): leave out the rate of the currency the scorecard shows.",
    );
  });

  it("refuse a rate that is not a number above 0", () => {
    expect(() => combineSources([source("meta-spring-eur.csv"), source("tiktok-spring-gbp.csv", { rate: 0 })], texts, label)).toThrow(
      "tiktok-spring-gbp.csv: the rate must be a number above 0, such as 1.17.",
    );
  });
});

describe("a source's network", () => {
  const plain = [["Campaign", "Cost", "Conversions"], ["Spring", "120.50", "4"], ["Brand", "80", "2"]];

  it("is asked for when the columns do not tell it, never guessed", () => {
    expect(() => combineSources([readSource("reddit.csv", plain), source("meta-spring-eur.csv")], texts, label)).toThrow(
      "reddit.csv: its columns do not say which network it comes from; name it (Meta, Google Ads, LinkedIn, TikTok, X, Pinterest, Snapchat, Microsoft Ads, or any name).",
    );
  });

  it("refuses a source that says no currency beside one that says one, naming it and the currency", () => {
    expect(() => combineSources([readSource("reddit.csv", plain, { network: "Reddit" }), source("meta-spring-eur.csv")], texts, label)).toThrow(
      new SourcesError("reddit.csv says no currency, beside EUR (meta-spring-eur.csv): amounts in an unknown currency cannot be added to them. Choose the currency of reddit.csv in its source's Currency field."),
    );
  });

  it("may be named: the name names its rows", () => {
    const combined = combineSources([inEur(readSource("reddit.csv", plain, { network: "Reddit" })), source("meta-spring-eur.csv")], texts, label);
    const reddit = combined.rows.filter((row) => row[0] === "Reddit");
    expect(reddit.map((row) => row[combined.mapping.budget!])).toEqual([120.5, 80]);
    expect(combined.notes).toContain("reddit.csv: Reddit, as named.");
  });

  it("gives way to the source's own channel column when asked, or when the source names no network and has one", () => {
    const table = readCsv(readFileSync(new URL("../cli/fixtures/meta-campaigns-by-platform.csv", import.meta.url).pathname));
    const platforms = readSource("meta-by-platform.csv", table.rows, { keepChannel: true });
    const agency = readSource("agency.csv", [["Channel", "Spend", "Conversions"], ["Newsletter", "300", "12"], ["Podcast", "450", "9"]]);
    expect(agency.keepChannel).toBe(true);
    const combined = combineSources([platforms, inEur(agency)], texts, label);
    expect(new Set(combined.rows.map((row) => row[0]))).toEqual(new Set(["facebook", "instagram", "audience_network", "Newsletter", "Podcast"]));
    expect(new Set(combined.rows.map((row) => row[1]))).toEqual(new Set(["Meta", "agency.csv"]));
  });

  it("refuses to keep a channel column the source does not have", () => {
    expect(() => combineSources([source("linkedin-spring-eur.csv", { keepChannel: true })], texts, label)).toThrow(
      "linkedin-spring-eur.csv has no channel column to keep: its rows are the network's, or name the channel column.",
    );
  });
});

describe("what one export refuses, a source refuses", () => {
  it("a column of results counting different things, named with its source", () => {
    const table = readCsv(readFileSync(`${FIXTURES}meta-mixed-results.csv`));
    const mixed = readSource("meta-mixed-results.csv", table.rows);
    expect(() => combineSources([mixed, source("google-ads-spring-eur.csv")], texts, label)).toThrow(/^meta-mixed-results\.csv: “Results” counts a different result on different rows/);
  });

  it("a cell it cannot read, with its row", () => {
    const broken = readSource("reddit.csv", [["Campaign", "Cost", "Conversions"], ["Spring", "12O.50", "4"]], { network: "Reddit" });
    expect(() => combineSources([broken, source("meta-spring-eur.csv")], texts, label)).toThrow(/^reddit\.csv: Row 2: spend is the text '12O\.50'/);
  });
});


describe("what the sources' notes say of a field only some have, in French", () => {
  it("names the sources, and what the totals and ratios cover", () => {
    expect(sourcesTexts("fr").partial("leads", ["linkedin.csv"])).toBe(
      "Seule linkedin.csv a leads\u00a0: le tableau le montre sur ses lignes et le laisse vide sur celles des autres\u00a0; " +
        "ses totaux, et les ratios qui en sont tirés, ne couvrent que cette source, sur ses dépenses.",
    );
    expect(sourcesTexts("en").partial("leads", ["linkedin.csv"])).toBe(
      "Only linkedin.csv has leads: the scorecard shows it on its rows and leaves it blank on the others'; its totals, and the ratios taken of it, cover that source only, on its spend.",
    );
  });
});

describe("rows given in two sources", () => {
  // A Meta export by day, two rows a day: split as a user exports it in two overlapping periods.
  const [header, ...days] = readFileSync(`${PERIOD_FIXTURES}meta-reporting-days.csv`, "utf8").replace(/^\uFEFF/, "").trim().split("\n");
  const between = (from: string, to: string) => days.filter((line) => line.slice(0, 10) >= from && line.slice(0, 10) <= to);
  const fromText = (name: string, lines: readonly string[]) => {
    const table = readCsv(new TextEncoder().encode([header, ...lines].join("\n")));
    return readSource(name, table.rows, { choices: { convention: table.convention } });
  };
  const refusal = (sources: ReturnType<typeof readSource>[]) => {
    try {
      combineSources(sources, texts, label);
    } catch (error) {
      if (error instanceof SourcesError) return error.message;
      throw error;
    }
    return "combined";
  };

  it("refuse the same export given twice", () => {
    const meta = source("meta-spring-eur.csv");
    expect(refusal([meta, source("google-ads-spring-eur.csv"), meta])).toBe("meta-spring-eur.csv is given twice: its rows would count twice. Give each export once.");
  });

  it("refuse two exports whose periods overlap, naming the rows each repeats", () => {
    const january = between("2026-01-26", "2026-02-10");
    const february = between("2026-02-08", "2026-02-28");
    // The lines both files hold, numbered as each file's rows (its header is row 1).
    const shared = february.filter((line) => january.includes(line));
    expect(shared).toHaveLength(6);
    const rowsIn = (lines: readonly string[]) => shared.map((line) => lines.indexOf(line) + 2);
    expect(refusal([fromText("meta-january.csv", january), fromText("meta-february.csv", february)])).toBe(
      `meta-february.csv repeats 6 rows of meta-january.csv, cell for cell (meta-january.csv rows ${rowsIn(january).join(", ")}; meta-february.csv rows ${rowsIn(february).join(", ")}): ` +
        "they would count twice. Give each export once, and exports of periods that do not overlap.",
    );
  });

  it("combine exports of periods that follow each other, and rows with no figure found in both", () => {
    const empty = header.split(",").map((_, i) => (i < 2 ? "2026-02-01" : i === 2 ? "Paused campaign" : i === 3 ? "Broad" : "0")).join(",");
    const first = fromText("meta-january.csv", [...between("2026-01-26", "2026-01-31"), empty]);
    const second = fromText("meta-february.csv", [...between("2026-02-01", "2026-02-28"), empty]);
    const combined = combineSources([first, second], texts, label);
    const spendOf = (lines: readonly string[]) => sum(lines.map((line) => Number(line.split(",")[4])));
    expect(combined.totals.budget?.value).toBeCloseTo(spendOf(between("2026-01-26", "2026-02-28")), 6);
  });

  it("are refused in French too", () => {
    const meta = source("meta-spring-eur.csv");
    expect(() => combineSources([meta, meta], sourcesTexts("fr"), label)).toThrow("meta-spring-eur.csv est donnée deux fois\u00a0: ses lignes compteraient deux fois.");
  });
});
