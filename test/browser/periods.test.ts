// "By period" from the playground's sidebar, on Google Ads' daily campaign report: the period
// section's weekly totals on the page equal the report's rows summed here by ISO week, and the trend
// chart draws a line per campaign. Screenshot: artifacts/scorecard-periods.png.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCsv } from "../../playground/cli/buildFromCsv";
import { readCsv } from "../../src/import/csv";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { GOOGLE_ADS_DAYS, mondayOf, PERIOD_FIXTURES, sumsBy } from "../cli/periodFixtures";
import { artifactPath, IN_CHROMIUM, launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

const FILE = `${PERIOD_FIXTURES}google-ads-by-day.csv`;
const DATA_SHEET = "google-ads-by-day";
// The report's header is on row 3, below two title lines; a row per day and campaign below it.
const LAST_ROW = 3 + GOOGLE_ADS_DAYS.rows.length;
const TITLE = "By week (ISO weeks, from Monday), from the dates in “Day”";
const euros = (value: number) => `€${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

let browser: Browser;
let running: RunningPlayground;
let sheet: PlaygroundPage;
let sidebar: Frame;

/** Scrolls the grid until the sheet row is drawn near its top. */
async function scrollToRow(row: number): Promise<void> {
  await sheet.page.locator(".grid").evaluate((grid, target) => {
    grid.scrollTop = (target - 4) * grid.querySelector("tbody tr th")!.getBoundingClientRect().height;
  }, row);
  await sheet.cell(`A${row}`).waitFor();
}

async function rowOf(text: string): Promise<number> {
  for (let row = 1; row < 200; row++) {
    if ((await sheet.cell(`A${row}`).count()) === 0) await scrollToRow(row);
    if ((await sheet.cell(`A${row}`).textContent()) === text) return row;
  }
  throw new Error(`no row reads ${text} in column A`);
}

beforeAll(async () => {
  // The report as Sheets imports it: its days are dates.
  const { session } = loadCsv(FILE, readCsv(readFileSync(FILE)), () => ({}), { writesWorkbook: true });
  const dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-periods-")), "workbook.json");
  writeFileSync(dataPath, JSON.stringify(session.serialize()));
  browser = await launchChromium();
  running = await startPlayground({ port: 0, dataPath });
  sheet = new PlaygroundPage(await browser.newPage({ viewport: { width: 1440, height: 900 } }));
  await sheet.page.goto(running.url);
  await sheet.openSheet(DATA_SHEET);
  await sheet.cell("A3").click();
  await scrollToRow(LAST_ROW);
  await sheet.cell(`I${LAST_ROW}`).click({ modifiers: ["Shift"] });
  sidebar = await sheet.runAddonMenuItem("Build channel scorecard");
  await sidebar.getByRole("button", { name: "Use selection" }).click();
  await sidebar.getByLabel("By period").selectOption({ label: "Week (from Monday)" });
  await sidebar.getByRole("button", { name: "Build scorecard" }).click();
  await sidebar.getByText(/^Built: /).waitFor();
  await scrollToRow(await rowOf(TITLE));
  await sheet.page.locator(".chart canvas").nth(2).waitFor();
  await sheet.page.screenshot({ path: artifactPath("scorecard-periods.png") });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

describe("the period section in the playground", IN_CHROMIUM, () => {
  it("shows each week's total spend as the report's rows of that week summed", async () => {
    const sums = sumsBy(GOOGLE_ADS_DAYS.rows, mondayOf);
    // Below the title and the trend chart.
    const header = await rowOf("Week from, then its channels");
    expect(header).toBeGreaterThan((await rowOf(TITLE)) + 15);
    await scrollToRow(header);
    // Spend in the channel table's spend column, whose header the frozen rows keep in view.
    let spend = "B";
    while ((await sheet.cell(`${spend}3`).textContent()) !== "Spend") spend = String.fromCharCode(spend.charCodeAt(0) + 1);
    expect(await sheet.cell(`${spend}${header}`).textContent()).toBe("Spend");
    const weeks = [...sums.keys()].sort();
    for (const [i, monday] of weeks.slice(0, 3).entries()) {
      const total = header + 1 + i * 4;
      expect(await sheet.cell(`A${total}`).textContent()).toBe(monday);
      expect(await sheet.cell(`${spend}${total}`).textContent()).toBe(euros(sums.get(monday)!.total.spend));
      expect(await sheet.cell(`A${total + 1}`).textContent()).toBe("Brand Search");
    }
  });

  it("draws the trend chart: a line per campaign, a point per week", async () => {
    const label = await sheet.page.locator(".chart canvas").nth(2).getAttribute("aria-label");
    expect(label).toMatch(/^ROI by week, the 3 channels with the most spend: /);
    // Each week's label, then one ROI per campaign.
    for (const monday of [...sumsBy(GOOGLE_ADS_DAYS.rows, mondayOf).keys()]) expect(label).toMatch(new RegExp(`${monday} -?[\\d.]+% -?[\\d.]+% -?[\\d.]+%`));
  });
});
