// The sample's scorecard as a new user sees it on a 1440x900 screen, the sidebar open: both charts
// whole without scrolling, ROI gains green and losses red, the funnel's four stages each a readable bar.
// Screenshot: artifacts/scorecard-first-screen.png.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Locator } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { artifactPath, IN_CHROMIUM, launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

let browser: Browser;
let running: RunningPlayground;
let sheet: PlaygroundPage;

beforeAll(async () => {
  browser = await launchChromium();
  running = await startPlayground({ port: 0, dataPath: join(mkdtempSync(join(tmpdir(), "social-roi-first-screen-")), "workbook.json") });
  sheet = new PlaygroundPage(await browser.newPage({ viewport: { width: 1440, height: 900 } }));
  await sheet.page.goto(running.url);
  await sheet.buildSampleScorecard("20");
  await sheet.page.locator(".chart canvas").nth(1).waitFor();
  await sheet.page.screenshot({ path: artifactPath("scorecard-first-screen.png") });
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

/** The bars of a horizontal bar chart, top to bottom: for each, its painted width in pixels and its colour's dominant channel. */
async function bars(canvas: Locator): Promise<{ width: number; colour: "red" | "green" | "blue" }[]> {
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const { data, width, height } = element.getContext("2d")!.getImageData(0, 0, element.width, element.height);
    // A bar's pixel: saturated, one channel well above the others (text and grid lines are grey).
    const hue = (i: number): "red" | "green" | "blue" | null => {
      const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
      if (a < 200) return null;
      if (r > g + 60 && r > b + 60) return "red";
      if (g > r + 40 && g > b + 10) return "green";
      if (b > r + 60 && b > g + 20) return "blue";
      return null;
    };
    const rows = Array.from({ length: height }, (_, y) => {
      let count = 0;
      let colour: "red" | "green" | "blue" | null = null;
      for (let x = 0; x < width; x++) {
        const found = hue((y * width + x) * 4);
        if (found) [count, colour] = [count + 1, found];
      }
      return { count, colour };
    });
    // Runs of rows with bar pixels are bars; each bar's width is its widest row.
    const found: { width: number; colour: "red" | "green" | "blue" }[] = [];
    let inBar = false;
    for (const row of rows) {
      if (row.count > 2 && row.colour) {
        if (!inBar) found.push({ width: 0, colour: row.colour });
        found[found.length - 1].width = Math.max(found[found.length - 1].width, row.count);
        inBar = true;
      } else inBar = false;
    }
    return found;
  });
}

describe("the sample's scorecard on a 1440x900 screen", IN_CHROMIUM, () => {
  it("shows both charts whole without scrolling, beside the open sidebar", async () => {
    const grid = (await sheet.page.locator(".grid").boundingBox())!;
    const panel = (await sheet.page.locator(".side-panel").boundingBox())!;
    const canvases = sheet.page.locator(".chart canvas");
    expect(await canvases.count()).toBe(2);
    for (const box of [await canvases.nth(0).boundingBox(), await canvases.nth(1).boundingBox()]) {
      expect(box!.x).toBeGreaterThanOrEqual(grid.x);
      expect(box!.y).toBeGreaterThanOrEqual(grid.y);
      expect(box!.x + box!.width).toBeLessThanOrEqual(Math.min(grid.x + grid.width, panel.x));
      expect(box!.y + box!.height).toBeLessThanOrEqual(Math.min(grid.y + grid.height, 900));
    }
    expect(await sheet.page.locator(".grid").evaluate((element) => [element.scrollLeft, element.scrollTop])).toEqual([0, 0]);
  });

  it("colours ROI gains green and X's loss red, one bar per channel", async () => {
    const roi = await bars(sheet.page.locator(".chart canvas").nth(0));
    // The sample's channels: all gain but X, (990 - 1,200) / 1,200 = -17.5%, the fourth.
    expect(roi.map((bar) => bar.colour)).toEqual(["green", "green", "green", "red", "green", "green", "green"]);
  });

  it("draws the funnel's four stages as bars a user can see, conversions included", async () => {
    const funnel = await bars(sheet.page.locator(".chart canvas").nth(1));
    expect(funnel).toHaveLength(4);
    const widest = Math.max(...funnel.map((bar) => bar.width));
    // On a linear axis, 632 conversions beside 2,805,000 impressions would be 0.02% of the widest bar: under one pixel.
    expect(Math.min(...funnel.map((bar) => bar.width))).toBeGreaterThan(widest / 10);
  });

  it("scrolls the charts under the frozen header, which stays readable", async () => {
    const grid = sheet.page.locator(".grid");
    await grid.evaluate((element) => (element.scrollTop = 10 * element.querySelector("tbody tr th")!.getBoundingClientRect().height));
    // The ROI chart, from row 13, now reaches up under rows 1 to 3.
    const header = (await sheet.cell("B3").boundingBox())!;
    const chart = (await sheet.page.locator(".chart").first().boundingBox())!;
    expect(chart.y).toBeLessThan(header.y + header.height);
    const onTop = await sheet.page.evaluate(({ x, y }) => (document.elementFromPoint(x, y) as HTMLElement).closest("td")?.dataset.cell, { x: header.x + 10, y: header.y + 10 });
    expect(onTop).toBe("B3");
    await grid.evaluate((element) => (element.scrollTop = 0));
  });
});
