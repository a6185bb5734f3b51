// A long sheet in the page: the scrollbar covers every row, and the rows scrolled to arrive, down
// to the last one, with the frozen header still on top; an edit down there shows its result there.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkbookFile } from "../../playground/runtime/contract";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { artifactPath, IN_CHROMIUM, launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

const SHEET = "Search terms";
const TERM_ROWS = 6_000;
const HEADER = ["Search term", "Campaign", "Clicks", "Cost", "Conversions", "Cost per click"];
const CAMPAIGNS = ["Search - Brand", "Search - Generic", "PMax - Shoes"];

// A search terms report as Google Ads exports it, 6,000 terms long, with a cost-per-click column added.
const terms = Array.from({ length: TERM_ROWS }, (_, i) => ({
  term: `running shoes ${i + 1}`,
  campaign: CAMPAIGNS[i % 3],
  clicks: 1 + ((i * 7) % 40),
  cost: 0.5 + ((i * 13) % 200),
  conversions: i % 4,
}));

function termsWorkbook(): WorkbookFile {
  const workbook = sampleWorkbook();
  const rows = terms.map((t, i) => [t.term, t.campaign, t.clicks, t.cost, t.conversions, `=D${i + 2}/C${i + 2}`]);
  workbook.sheets.push({ name: SHEET, cells: [HEADER, ...rows], formats: [], frozenRows: 1, metadata: [] });
  return workbook;
}

let browser: Browser;
let running: RunningPlayground;

beforeAll(async () => {
  browser = await launchChromium();
  const dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-long-")), "workbook.json");
  writeFileSync(dataPath, JSON.stringify(termsWorkbook()));
  running = await startPlayground({ port: 0, dataPath });
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

/** Scrolls the grid as a user dragging its scrollbar would, until the sheet row is a few rows below its top. */
const scrollToRow = (sheet: PlaygroundPage, row: number) =>
  sheet.page.locator(".grid").evaluate((grid, target) => {
    const rowHeight = grid.querySelector("tbody tr th")!.getBoundingClientRect().height;
    grid.scrollTop = (target - 5) * rowHeight;
  }, row);

describe("a 6,000-row sheet in the page", IN_CHROMIUM, () => {
  it("scrolls to the last row and shows its values, with the header frozen on top", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    await page.goto(running.url);
    await page.locator(".grid").waitFor();
    const sheet = new PlaygroundPage(page);
    await sheet.openSheet(SHEET);
    await expect.poll(() => sheet.cell("A2").textContent()).toBe("running shoes 1");

    const last = terms[TERM_ROWS - 1];
    const lastRow = TERM_ROWS + 1;
    // The scrollbar covers every row (and the few blank ones Sheets shows below them).
    const rowsCovered = await page.locator(".grid").evaluate((grid) => grid.scrollHeight / grid.querySelector("tbody tr th")!.getBoundingClientRect().height);
    expect(rowsCovered).toBeGreaterThan(lastRow);
    await scrollToRow(sheet, lastRow);
    await expect.poll(() => sheet.cell(`A${lastRow}`).textContent()).toBe(last.term);
    await expect.poll(() => sheet.cell(`B${lastRow}`).textContent()).toBe(last.campaign);
    await expect.poll(() => sheet.cell(`D${lastRow}`).textContent()).toBe(String(last.cost));
    // The frozen header sits just under the column letters, over the rows scrolled to.
    await expect(sheet.cell("A1").textContent()).resolves.toBe("Search term");
    const header = (await sheet.cell("A1").boundingBox())!;
    const letters = (await page.locator(".grid thead th").nth(1).boundingBox())!;
    expect(header.y).toBeCloseTo(letters.y + letters.height, 0);
    await page.screenshot({ path: artifactPath("long-sheet-bottom.png") });

    // Halfway up, far from both ends: those rows arrive too, every one drawn with its own term.
    await scrollToRow(sheet, 3000);
    const termsDrawn = () =>
      page.locator(".grid tbody tr:not(.frozen) td[data-cell^='A']").evaluateAll((cells) => cells.map((cell) => [Number(cell.getAttribute("data-cell")!.slice(1)), cell.textContent] as const));
    await expect.poll(async () => (await termsDrawn()).find(([row]) => row === 3000)?.[1]).toBe(terms[3000 - 2].term);
    const drawn = await termsDrawn();
    expect(drawn.length).toBeGreaterThan(20);
    expect(drawn.map(([, text]) => text)).toEqual(drawn.map(([row]) => terms[row - 2].term));

    // An edit on the last row answers with the rows in view: its cost per click follows.
    await scrollToRow(sheet, lastRow);
    await expect.poll(() => sheet.cell(`A${lastRow}`).textContent()).toBe(last.term);
    await sheet.typeInto(`C${lastRow}`, "8");
    await expect.poll(() => sheet.cell(`F${lastRow}`).textContent()).toBe(String(last.cost / 8));
  });
});
