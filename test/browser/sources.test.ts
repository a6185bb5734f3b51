// Several sources in the scorecard sidebar: one export per network, each added on its own and read by
// the add-on, a CSV file picked and written to a sheet of its own, currencies refused without a rate.
import { readFileSync } from "node:fs";
import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import type { RawCell } from "../../playground/runtime/contract";
import { GOOGLE as GOOGLE_ADS, META, sum, TIKTOK_GBP } from "../import/sourceExports";
import { artifactPath, IN_CHROMIUM } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";
import { playgroundWithSheets, type OpenPlayground } from "./playgroundWithSheets";

const FIXTURES = new URL("../import/fixtures/sources/", import.meta.url);
const FRENCH_META = "meta-printemps-fr-1252.csv";

/** A fixture as pasted into a sheet: text cells, a leading - or = kept as text as a user types it. */
function pasted(file: string): RawCell[][] {
  const rows = readCsv(readFileSync(new URL(file, FIXTURES))).rows;
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, c) => (/^[-+=@]/.test(row[c] ?? "") ? `'${row[c]}` : (row[c] ?? ""))));
}

// The French file's data rows, by hand (meta-printemps-fr-1252.csv writes 1\u00a0204,55).
const FRENCH = { spend: [1204.55, 610.05, 250.5], conversions: [52, 41, 11] };
const roi = (source: { spend: number[]; revenue: number[] }, rate = 1) => ((sum(source.revenue) - sum(source.spend)) * rate) / (sum(source.spend) * rate);
// A TikTok export of an account billed in dollars, without its Currency column: nothing says USD.
const TIKTOK_USD = { spend: [812.4, 295.15], conversions: [41, 12] };
const percent = (value: number) => `${(value * 100).toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;

let playground: OpenPlayground;
let sheet: PlaygroundPage;
let sidebar: Frame;

beforeAll(async () => {
  playground = await playgroundWithSheets([
    { name: "Meta export", cells: pasted("meta-spring-eur.csv") },
    { name: "Google Ads export", cells: pasted("google-ads-spring-eur.csv") },
    { name: "TikTok export", cells: pasted("tiktok-spring-gbp.csv") },
    {
      name: "TikTok USD export",
      cells: [
        ["Campaign name", "Ad group name", "Primary status", "Cost", "Impressions", "Clicks (destination)", "Conversions"],
        ["US Spring - Spark Ads", "Creators 18-34", "Active", "812.40", "254310", "2875", "41"],
        ["US Spring - In-Feed", "Broad 18-44", "Not delivering", "295.15", "98112", "640", "12"],
      ],
    },
    // A network whose columns the add-on does not know: the user names it.
    { name: "Reddit export", cells: [["Campaign", "Spend (EUR)", "Conversions"], ["Spring AMA", "420.50", "12"], ["Spring promoted", "310.00", "9"]] },
    // A user's sheet that has the name the picked file would give its sheet.
    { name: "meta-printemps-fr-1252", cells: [["my notes"]] },
  ]);
  sheet = playground.sheet;
  sidebar = await sheet.runAddonMenuItem("Build channel scorecard");
}, 120_000);

afterAll(async () => {
  await playground?.close();
});

/** Each sheet's first cell, as its export writes it: shown once the sheet is the active one. */
const FIRST_CELL: Record<string, string> = { "Meta export": "Reporting starts", "Google Ads export": "Ad group report", "TikTok export": "Campaign name", "TikTok USD export": "Campaign name", "Reddit export": "Campaign" };

async function addSheet(name: string, sources: number): Promise<void> {
  await sheet.openSheet(name);
  await expect.poll(() => sheet.cell("A1").textContent()).toBe(FIRST_CELL[name]);
  await sidebar.getByRole("button", { name: "Add the active sheet as a source" }).click();
  await expect.poll(() => sidebar.locator("section.source").count()).toBe(sources);
  await expect(sidebar.locator("section.source h3").nth(sources - 1).textContent()).resolves.toContain(name);
}

async function removeSources(): Promise<void> {
  while ((await sidebar.locator("section.source").count()) > 0) await sidebar.getByRole("button", { name: "Remove" }).first().click();
}

async function built(): Promise<string> {
  await sidebar.getByRole("button", { name: "Build scorecard" }).click();
  const line = sidebar.getByText(/^Built: /);
  await line.waitFor();
  return (await line.textContent()) ?? "";
}

describe("several sources in the scorecard sidebar", IN_CHROMIUM, () => {
  it("builds one scorecard over two exports of different networks, each network told by its columns", async () => {
    // Meta's export added as a selection: its header, summary row and four rows.
    await sheet.openSheet("Meta export");
    await sheet.cell("A1").click();
    await sheet.cell("L6").click({ modifiers: ["Shift"] });
    await expect.poll(() => sheet.page.getByLabel("Selection").textContent()).toBe("A1:L6");
    await sidebar.getByRole("button", { name: "Add selection as a source" }).click();
    await expect.poll(() => sidebar.locator("section.source h3").first().textContent()).toContain("'Meta export'!A1:L6");
    await addSheet("Google Ads export", 2);
    await sheet.page.screenshot({ path: artifactPath("sources-sidebar.png") });
    await expect(sidebar.getByLabel("Network").nth(0).inputValue()).resolves.toBe("Meta");
    await expect(sidebar.getByLabel("Network").nth(1).inputValue()).resolves.toBe("Google Ads");
    const totalCpa = (sum(META.spend) + sum(GOOGLE_ADS.spend)) / (sum(META.conversions) + sum(GOOGLE_ADS.conversions));
    const [best, bestRoi] = roi(META) > roi(GOOGLE_ADS) ? ["Meta", roi(META)] : ["Google Ads", roi(GOOGLE_ADS)];
    const line = `Built: 2 channels; best ROI: ${best} ${percent(bestRoi)}; total CPA €${totalCpa.toFixed(2)}`;
    await expect(built()).resolves.toBe(line);
    // Opened again, the sidebar has the sources of the last build: a rebuild is one click.
    sidebar = await sheet.runAddonMenuItem("Build channel scorecard");
    await expect.poll(() => sidebar.locator("section.source").count()).toBe(2);
    await expect(built()).resolves.toBe(line);
    await removeSources();
  });

  it("asks for the network of an export whose columns do not tell it, and takes the name typed", async () => {
    await addSheet("Meta export", 1);
    await addSheet("Reddit export", 2);
    const problems = sidebar.locator("#sources-problems");
    await expect.poll(() => problems.textContent()).toContain("Reddit export: its columns do not say which network it comes from");
    await expect(sidebar.getByLabel("Network").nth(1).inputValue()).resolves.toBe("");
    await sidebar.getByLabel("Network").nth(1).selectOption({ label: "Other (type its name)" });
    await sidebar.getByLabel("Network name").fill("Reddit");
    // Said before the build: Reddit's rows will show no revenue, never a revenue of 0.
    await expect.poll(() => sidebar.locator("ul.partial-fields").textContent()).toContain("Only Meta export has revenue: the scorecard shows it on its rows and leaves it blank on the others'");
    const reddit = { spend: [420.5, 310.0], conversions: [12, 9] };
    const totalCpa = (sum(META.spend) + sum(reddit.spend)) / (sum(META.conversions) + sum(reddit.conversions));
    // Reddit's export has no revenue: its ROI is blank, and Meta's, over Meta's spend, is the only one.
    await expect(built()).resolves.toBe(`Built: 2 channels; best ROI: Meta ${percent(roi(META))}; total CPA €${totalCpa.toFixed(2)}`);
    await removeSources();
  });

  it("refuses two currencies without a rate, naming them, then builds with the rate typed", async () => {
    await addSheet("Google Ads export", 1);
    await addSheet("TikTok export", 2);
    const problems = sidebar.locator("#sources-problems");
    await expect(problems.textContent()).resolves.toContain("The sources are in EUR (Google Ads export) and GBP (TikTok export)");
    await expect(sidebar.getByRole("button", { name: "Build scorecard" }).isDisabled()).resolves.toBe(true);
    await sidebar.getByLabel("Rate of GBP").fill("1.17");
    const rate = 1.17;
    const totalCpa = (sum(GOOGLE_ADS.spend) + sum(TIKTOK_GBP.spend) * rate) / (sum(GOOGLE_ADS.conversions) + sum(TIKTOK_GBP.conversions));
    const [best, bestRoi] = roi(TIKTOK_GBP, rate) > roi(GOOGLE_ADS) ? ["TikTok", roi(TIKTOK_GBP, rate)] : ["Google Ads", roi(GOOGLE_ADS)];
    await expect(built()).resolves.toBe(`Built: 2 channels; best ROI: ${best} ${percent(bestRoi)}; total CPA €${totalCpa.toFixed(2)}`);
    await removeSources();
  });

  it("asks for the currency of an export that says none beside one that says one, then builds with it at its rate", async () => {
    await addSheet("Google Ads export", 1);
    await addSheet("TikTok USD export", 2);
    const problems = sidebar.locator("#sources-problems");
    await expect.poll(() => problems.textContent()).toContain("TikTok USD export says no currency, beside EUR (Google Ads export)");
    await expect(sidebar.getByRole("button", { name: "Build scorecard" }).isDisabled()).resolves.toBe(true);
    await sidebar.getByLabel("Currency", { exact: true }).selectOption("USD");
    await sidebar.getByLabel("Rate of USD").fill("0.92");
    const totalCpa = (sum(GOOGLE_ADS.spend) + sum(TIKTOK_USD.spend) * 0.92) / (sum(GOOGLE_ADS.conversions) + sum(TIKTOK_USD.conversions));
    await expect(built()).resolves.toContain(`total CPA €${totalCpa.toFixed(2)}`);
    await removeSources();
  });

  it("imports a Windows-1252 semicolon CSV picked in the sidebar to a new sheet, never over a user's sheet, and builds from it", async () => {
    await sidebar.locator("#csv-file").setInputFiles(new URL(FRENCH_META, FIXTURES).pathname);
    await expect.poll(() => sidebar.locator("section.source").count()).toBe(1);
    await expect(sidebar.locator("section.source h3").textContent()).resolves.toContain("meta-printemps-fr-1252 (2)");
    await expect(sidebar.getByLabel("Network").inputValue()).resolves.toBe("Meta");
    // The user's sheet of the same name keeps its cell.
    await sheet.page.getByRole("tab", { name: "meta-printemps-fr-1252", exact: true }).click();
    await expect.poll(() => sheet.cell("A1").textContent()).toBe("my notes");
    // The file's letters read as Windows-1252 writes them.
    await sheet.page.getByRole("tab", { name: "meta-printemps-fr-1252 (2)", exact: true }).click();
    await expect.poll(() => sheet.cell("D1").textContent()).toBe("Nom de l’ensemble de publicités");
    await expect(sheet.cell("C4").textContent()).resolves.toBe("Notoriété – marque");
    // With Google Ads beside it: the file has no revenue column read, so only Google Ads has a ROI, over its own spend.
    await addSheet("Google Ads export", 2);
    const totalCpa = (sum(FRENCH.spend) + sum(GOOGLE_ADS.spend)) / (sum(FRENCH.conversions) + sum(GOOGLE_ADS.conversions));
    await expect(built()).resolves.toBe(`Built: 2 channels; best ROI: Google Ads ${percent(roi(GOOGLE_ADS))}; total CPA €${totalCpa.toFixed(2)}`);
  });
});
