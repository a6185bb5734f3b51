// What the add-on builds, drawn as Sheets draws it: the ROI chart over the grid, rule colours,
// fitted and frozen columns. Screenshots go to artifacts/.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { artifactPath, IN_CHROMIUM, launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

let browser: Browser;
let running: RunningPlayground;
let sheet: PlaygroundPage;
let dataPath: string;

beforeAll(async () => {
  browser = await launchChromium();
  dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-drawing-")), "workbook.json");
  running = await startPlayground({ port: 0, dataPath });
  sheet = new PlaygroundPage(await browser.newPage({ viewport: { width: 1400, height: 900 } }));
  await sheet.page.goto(running.url);
  await sheet.buildSampleScorecard("20");
  await sheet.page.locator('.grid td[data-cell="A6"]', { hasText: "LinkedIn" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

/** The scorecard's cell in a channel's row under a header (row 3). */
async function cellUnder(header: string, channel: string) {
  const letter = await sheet.page.evaluate((text) => {
    const cell = [...document.querySelectorAll<HTMLElement>('.grid td[data-cell$="3"]')].find((td) => /^[A-Z]+3$/.test(td.dataset.cell!) && td.textContent === text);
    return cell?.dataset.cell?.replace("3", "");
  }, header);
  const row = await sheet.page.evaluate((name) => {
    const cell = [...document.querySelectorAll<HTMLElement>('.grid td[data-cell^="A"]')].find((td) => td.textContent === name);
    return cell?.dataset.cell?.slice(1);
  }, channel);
  if (!letter || !row) throw new Error(`no cell under ${header} for ${channel}`);
  return sheet.cell(`${letter}${row}`);
}

const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);

describe("a built scorecard in the page", IN_CHROMIUM, () => {
  it("draws the ROI chart over the grid: a canvas with bars, labelled with every channel's ROI", async () => {
    const canvas = sheet.page.locator(".chart canvas").first();
    await canvas.waitFor();
    const box = (await canvas.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(150);
    // ROI = (revenue - budget) / budget, from the sample's LinkedIn (8,500, 2,500) and X (990, 1,200).
    const label = await canvas.getAttribute("aria-label");
    expect(label).toContain("ROI by channel");
    expect(label).toContain(`LinkedIn ${((100 * (8500 - 2500)) / 2500).toFixed(1)}%`);
    expect(label).toContain(`X ${((100 * (990 - 1200)) / 1200).toFixed(1)}%`);
    const pixels = await canvas.evaluate((element: HTMLCanvasElement) => {
      const { data } = element.getContext("2d")!.getImageData(0, 0, element.width, element.height);
      let painted = 0;
      let green = 0;
      let red = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) painted++;
        if (data[i + 3] > 200 && data[i + 1] > data[i] + 40 && data[i + 1] > data[i + 2] + 40) green++;
        if (data[i + 3] > 200 && data[i] > data[i + 1] + 80 && data[i] > data[i + 2] + 80) red++;
      }
      return { painted, green, red };
    });
    expect(pixels.painted).toBeGreaterThan(1000);
    // Six channels gain, green; X loses, red.
    expect(pixels.green).toBeGreaterThan(500);
    expect(pixels.red).toBeGreaterThan(20);
    // It floats over the cells at its anchor: column A, a blank row below the channel table's totals.
    const totalsRow = await sheet.page.locator('.grid td[data-cell^="A"]', { hasText: /^Total$/ }).getAttribute("data-cell");
    const anchor = (await sheet.cell(`A${Number(totalsRow!.slice(1)) + 2}`).boundingBox())!;
    expect(Math.abs(box.x - anchor.x)).toBeLessThan(4);
    expect(Math.abs(box.y - anchor.y)).toBeLessThan(4);
    await canvas.scrollIntoViewIfNeeded();
    await sheet.page.screenshot({ path: artifactPath("scorecard-drawn.png") });
    await sheet.page.locator(".grid").evaluate((grid) => (grid.scrollLeft = 0));
  });

  it("draws the total's funnel as a second bar chart: impressions, clicks, leads and conversions of every channel", async () => {
    const canvas = sheet.page.locator(".chart canvas").nth(1);
    await canvas.waitFor();
    // The sample's sums: 2,805,000 impressions, 38,100 clicks, 32,100 leads, 632 conversions.
    expect(await canvas.getAttribute("aria-label")).toBe("Funnel, all channels: Impressions 2,805,000, Clicks 38,100, Leads 32,100, Conversions 632");
    expect((await canvas.boundingBox())!.height).toBeGreaterThan(150);
  });

  it("colours ROI below 0% red and at or above the target green", async () => {
    const x = rgb(await (await cellUnder("ROI", "X")).evaluate((td) => getComputedStyle(td).color));
    expect(x[0]).toBeGreaterThan(x[1] + 80);
    const linkedIn = rgb(await (await cellUnder("ROI", "LinkedIn")).evaluate((td) => getComputedStyle(td).backgroundColor));
    expect(linkedIn[1]).toBeGreaterThan(linkedIn[0]);
    // YouTube: (4,000 - 3,600) / 3,600 = 11%, between 0% and the target: no colour.
    const youTube = await (await cellUnder("ROI", "YouTube")).evaluate((td) => [getComputedStyle(td).backgroundColor, getComputedStyle(td).color]);
    expect(["rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"]).toContain(youTube[0]);
    expect(youTube[1]).toBe("rgb(32, 33, 36)");
  });

  it("shows the headers the add-on widened in full", async () => {
    const header = await cellUnder("Conversion rate", "Channel");
    const size = await header.evaluate((td) => ({ width: td.getBoundingClientRect().width, cut: td.scrollWidth > td.clientWidth }));
    expect(size.width).toBeGreaterThan(100);
    expect(size.cut).toBe(false);
  });

  it("keeps the channel column in view when scrolling right", async () => {
    await sheet.page.locator(".grid").evaluate((grid) => (grid.scrollLeft = 900));
    const channel = (await sheet.cell("A6").boundingBox())!;
    const grid = (await sheet.page.locator(".grid").boundingBox())!;
    expect(channel.x).toBeGreaterThanOrEqual(grid.x);
    expect(channel.x).toBeLessThan(grid.x + 60);
    const onTop = await sheet.page.evaluate(({ x, y }) => (document.elementFromPoint(x, y) as HTMLElement).dataset.cell, { x: channel.x + 20, y: channel.y + 10 });
    expect(onTop).toBe("A6");
    await sheet.page.screenshot({ path: artifactPath("scorecard-scrolled-right.png") });
    await sheet.page.locator(".grid").evaluate((grid) => (grid.scrollLeft = 0));
  });

  it("fits a column to its data on a double-click of its header's border", async () => {
    // A teammate's note beside the data, longer than its column (the scorecard's own texts fit or wrap).
    await sheet.openSheet("Channel data");
    await sheet.typeInto("K2", "Spend checked against the invoices of March");
    const note = sheet.cell("K2");
    await expect.poll(() => note.evaluate((td) => td.scrollWidth > td.clientWidth)).toBe(true);
    await sheet.page.locator(".grid thead th", { hasText: /^K$/ }).locator(".column-border").dblclick();
    await expect.poll(() => note.evaluate((td) => td.scrollWidth > td.clientWidth)).toBe(false);
    await sheet.openSheet("Channel scorecard");
  });

  it("redraws the chart and the colours when the source changes", async () => {
    await sheet.openSheet("Channel data");
    await sheet.typeInto("H5", "2400");
    await sheet.openSheet("Channel scorecard");
    // X: (2,400 - 1,200) / 1,200 = 100%, now at or above the 20% target.
    await expect.poll(() => sheet.page.locator(".chart canvas").first().getAttribute("aria-label")).toContain("X 100.0%");
    const x = rgb(await (await cellUnder("ROI", "X")).evaluate((td) => getComputedStyle(td).backgroundColor));
    expect(x[1]).toBeGreaterThan(x[0]);
  });

  it("draws the same after a restart: chart, colours, widths and frozen column come back from the saved file", async () => {
    await running.close();
    running = await startPlayground({ port: 0, dataPath });
    const restarted = new PlaygroundPage(await browser.newPage({ viewport: { width: 1400, height: 900 } }));
    await restarted.page.goto(running.url);
    await restarted.openSheet("Channel scorecard");
    await expect.poll(() => restarted.page.locator(".chart canvas").first().getAttribute("aria-label")).toContain("X 100.0%");
    sheet = restarted;
    const header = await cellUnder("Conversion rate", "Channel");
    expect(await header.evaluate((td) => td.getBoundingClientRect().width)).toBeGreaterThan(100);
    expect(await header.evaluate((td) => getComputedStyle(td).fontWeight)).toBe("700");
    const x = rgb(await (await cellUnder("ROI", "X")).evaluate((td) => getComputedStyle(td).backgroundColor));
    expect(x[1]).toBeGreaterThan(x[0]);
    expect(await restarted.cell("A6").getAttribute("class")).toContain("frozen-column");
    // The verdict note, merged and wrapped on its taller row, read whole: nothing cut.
    const note = restarted.page.locator(".grid td.wrap", { hasText: /^Verdict: / });
    expect(Number(await note.getAttribute("colspan"))).toBeGreaterThan(1);
    expect(await note.evaluate((td) => td.scrollHeight <= td.clientHeight + 1 && td.scrollWidth <= td.clientWidth + 1)).toBe(true);
  });
});
