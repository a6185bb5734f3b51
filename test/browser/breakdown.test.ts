// "Break down by" from the playground's sidebar: the sample's campaign data broken down by campaign
// and owner, read on the page. Expected figures come from the sample's rows, summed here.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { columnLetter } from "../../src/scorecard/sheetText";
import { artifactPath, IN_CHROMIUM, launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

let browser: Browser;
let running: RunningPlayground;
let sheet: PlaygroundPage;
let sidebar: Frame;

const CAMPAIGNS = sampleWorkbook().sheets.find((s) => s.name === "Campaign data")!.cells;
const [HEADER, ...ROWS] = CAMPAIGNS as (string | number)[][];
const at = (name: string) => HEADER.indexOf(name);
const total = (rows: (string | number)[][], column: string) => rows.reduce((sum, row) => sum + (row[at(column)] as number), 0);
const euros = (value: number) => `€${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

beforeAll(async () => {
  browser = await launchChromium();
  running = await startPlayground({ port: 0, dataPath: join(mkdtempSync(join(tmpdir(), "social-roi-breakdown-")), "workbook.json") });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(running.url);
  sheet = new PlaygroundPage(page);
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

/** Scrolls the grid as a user would, until the sheet row is drawn a few rows below the grid's top. */
async function scrollToRow(row: number): Promise<void> {
  await sheet.page.locator(".grid").evaluate((grid, target) => {
    grid.scrollTop = (target - 5) * grid.querySelector("tbody tr th")!.getBoundingClientRect().height;
  }, row);
  await sheet.cell(`A${row}`).waitFor();
}

/** Scrolls to the sheet row when it is not drawn. */
async function showRow(row: number): Promise<void> {
  if ((await sheet.cell(`A${row}`).count()) === 0) await scrollToRow(row);
}

/** The sheet row (1-based) whose column A reads text, looking down from row 1 (the sections are below the charts). */
async function rowOf(text: string, from = 1): Promise<number> {
  for (let row = from; row < from + 80; row++) {
    await showRow(row);
    if ((await sheet.cell(`A${row}`).textContent()) === text) return row;
  }
  throw new Error(`no row reads ${text} in column A`);
}

/** The column (letter) of a header in a header row. */
async function columnOf(headerRow: number, header: string): Promise<string> {
  for (let column = 1; column <= 20; column++) if ((await sheet.cell(`${columnLetter(column)}${headerRow}`).textContent()) === header) return columnLetter(column);
  throw new Error(`no header ${header} on row ${headerRow}`);
}

describe("breaking a scorecard down in the playground", IN_CHROMIUM, () => {
  it("suggests the campaign and owner columns, builds their sections, and shows a campaign's CPA within its network and a section's total", async () => {
    await sheet.openSheet("Campaign data");
    await sheet.cell("A1").click();
    await sheet.cell(`G${CAMPAIGNS.length}`).click({ modifiers: ["Shift"] });
    sidebar = await sheet.runAddonMenuItem("Build channel scorecard");
    await sidebar.getByRole("button", { name: "Use selection" }).click();
    await expect.poll(() => sidebar.getByText(`Read from 'Campaign data'!A1:G${CAMPAIGNS.length}`).count()).toBe(1);
    await expect(sidebar.getByLabel("First, within each channel").inputValue()).resolves.toBe(String(at("Campaign")));
    await expect(sidebar.getByLabel("Then").first().inputValue()).resolves.toBe(String(at("Owner")));
    await sidebar.getByRole("button", { name: "Build scorecard" }).click();
    await sidebar.getByText(/^Built: /).waitFor();
    await expect.poll(() => sheet.page.getByRole("tab", { selected: true }).textContent()).toBe("Channel scorecard");

    // Facebook's "Spring sale", a sub-row under Facebook's subtotal.
    const twoLevel = await rowOf("By channel, then Campaign");
    const facebook = await rowOf("Facebook", twoLevel);
    const facebookRows = ROWS.filter((row) => row[at("Network")] === "Facebook");
    const subRows = facebookRows.map((row) => row[at("Campaign")]);
    let springSale = 0;
    for (let row = facebook + 1; row <= facebook + subRows.length; row++) if ((await sheet.cell(`B${row}`).textContent()) === "Spring sale") springSale = row;
    expect(springSale).toBeGreaterThan(facebook);
    const spring = facebookRows.find((row) => row[at("Campaign")] === "Spring sale")!;
    const cpa = await columnOf(twoLevel + 1, "CPA");
    expect(await sheet.cell(`${cpa}${springSale}`).textContent()).toBe(euros((spring[at("Spend")] as number) / (spring[at("Conversions")] as number)));
    expect(await sheet.cell(`${cpa}${facebook}`).textContent()).toBe(euros(total(facebookRows, "Spend") / total(facebookRows, "Conversions")));

    // The owners' section: its total spend and CPA are the whole data's.
    const byOwner = await rowOf("By Owner", twoLevel);
    const ownerTotals = await rowOf("Total", byOwner);
    expect(ownerTotals - byOwner - 2).toBe(new Set(ROWS.map((row) => row[at("Owner")])).size);
    const ownerSpend = await columnOf(byOwner + 1, "Spend");
    expect(await sheet.cell(`${ownerSpend}${ownerTotals}`).textContent()).toBe(euros(total(ROWS, "Spend")));
    const ownerCpa = await columnOf(byOwner + 1, "CPA");
    expect(await sheet.cell(`${ownerCpa}${ownerTotals}`).textContent()).toBe(euros(total(ROWS, "Spend") / total(ROWS, "Conversions")));

    // The frozen header names the same columns as every section's own header.
    for (const header of ["Spend", "Revenue", "CPA", "ROI", "Verdict"]) {
      const frozen = await columnOf(3, header);
      for (const sectionHeader of [twoLevel + 1, byOwner + 1]) {
        await showRow(sectionHeader);
        expect(`${sectionHeader}: ${await columnOf(sectionHeader, header)}`).toBe(`${sectionHeader}: ${frozen}`);
      }
    }

    // The rows table shows every column of the data at the sidebar's width: it scrolls sideways within
    // its box, each column reachable, while the sidebar itself never does.
    const rowsTable = sidebar.locator(".rows");
    const box = (await rowsTable.boundingBox())!;
    const titles = rowsTable.locator("thead th[scope=col]");
    expect(await titles.count()).toBe(HEADER.length + 1);
    for (let column = 1; column <= HEADER.length; column++) {
      const title = titles.nth(column);
      await title.scrollIntoViewIfNeeded();
      const shown = (await title.boundingBox())!;
      expect([await title.textContent(), shown.x >= box.x - 1 && shown.x + shown.width <= box.x + box.width + 1]).toEqual([await title.textContent(), true]);
    }
    await expect(sidebar.locator("body").evaluate((body) => body.scrollWidth <= body.clientWidth)).resolves.toBe(true);
    await rowsTable.evaluate((rows) => (rows.scrollLeft = 0));

    // Scrolled down to the sections, as a user reading them: the frozen header stays on top.
    await scrollToRow(twoLevel + 6);
    await sidebar.getByRole("heading", { name: "Break down by" }).scrollIntoViewIfNeeded();
    await sheet.page.screenshot({ path: artifactPath("scorecard-breakdown.png") });
  });
});
