// Plan a budget from the playground's sidebar on Google Ads' daily campaign report, its rates
// measured on the last 2 weeks only: the plan's budget equals the one worked out here from the
// report's rows of those weeks.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadCsv } from "../../playground/cli/buildFromCsv";
import { readCsv } from "../../src/import/csv";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { GOOGLE_ADS_FUNNEL, mondayOf, PERIOD_FIXTURES } from "../cli/periodFixtures";
import { mixPlan } from "../cli/planByHand";
import { launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

const FILE = `${PERIOD_FIXTURES}google-ads-by-day.csv`;
const DATA_SHEET = "google-ads-by-day";
// The report's header is on row 3, below two title lines; a row per day and campaign below it.
const LAST_ROW = 3 + GOOGLE_ADS_FUNNEL.rows.length;
const euros = (value: number) => `€${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

let browser: Browser;
let running: RunningPlayground;
let sheet: PlaygroundPage;

beforeAll(async () => {
  // The report as Sheets imports it: its days are dates.
  const { session } = loadCsv(FILE, readCsv(readFileSync(FILE)), () => ({}), { writesWorkbook: true });
  const dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-plan-last-")), "workbook.json");
  writeFileSync(dataPath, JSON.stringify(session.serialize()));
  browser = await launchChromium();
  running = await startPlayground({ port: 0, dataPath });
  sheet = new PlaygroundPage(await browser.newPage({ viewport: { width: 1440, height: 900 } }));
  await sheet.page.goto(running.url);
  await sheet.openSheet(DATA_SHEET);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

it("plans on the selection's last 2 weeks, and its Rates from cell says which days", async () => {
  await sheet.cell("A3").click();
  await sheet.page.locator(".grid").evaluate((grid, target) => {
    grid.scrollTop = (target - 4) * grid.querySelector("tbody tr th")!.getBoundingClientRect().height;
  }, LAST_ROW);
  await sheet.cell(`I${LAST_ROW}`).click({ modifiers: ["Shift"] });
  const sidebar = await sheet.runAddonMenuItem("Plan a budget");
  await sidebar.getByLabel("From the selected data").check();
  await sidebar.getByRole("button", { name: "Use selection" }).click();
  await sidebar.getByLabel("Measure the rates on").selectOption({ label: "The last weeks (from Monday)" });
  await sidebar.getByLabel(/^How many/).fill("2");
  await sidebar.getByLabel("Goal", { exact: true }).fill("100");
  await sidebar.getByRole("button", { name: "Build plan" }).click();
  await sidebar.getByText(/^Built: /).waitFor();
  const rows = GOOGLE_ADS_FUNNEL.rows;
  const last = rows.map((row) => row.day!).reduce((a, b) => (b > a ? b : a));
  const start = new Date(Date.parse(`${mondayOf(last)}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  const expected = mixPlan(rows.filter((row) => row.day! >= start), 100);
  await expect(sidebar.getByText(/^Built: /).textContent()).resolves.toBe(`Built: 3 channels; 100 sales for ${euros(expected.budget)}`);
  await sheet.openSheet("Budget plan");
  await sheet.page.locator(".grid").evaluate((grid) => {
    grid.scrollTop = 0;
  });
  await expect(sheet.cell("B9").textContent()).resolves.toMatch(new RegExp(`the last 2 weeks \\(${start} to ${last}\\)$`));
}, 240_000);
