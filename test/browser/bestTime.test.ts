// Best time to post from the scorecard sidebar, in the page: a per-post export selected, "Use
// selection", then "Build best time to post"; the sheet it builds drawn with its colour scale and
// its grey cells of too few posts. Screenshot: artifacts/best-time-to-post.png.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import type { RawCell, WorkbookFile } from "../../playground/runtime/contract";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { artifactPath, IN_CHROMIUM, launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

let browser: Browser;
let running: RunningPlayground;
let sheet: PlaygroundPage;

/** The revenue fixture as Sheets imports it: plain numbers as numbers. */
function postsWorkbook(): WorkbookFile {
  const rows = readCsv(readFileSync(new URL("../cli/fixtures/posts-revenue-utm-ampm.csv", import.meta.url))).rows;
  const cells: RawCell[][] = rows.map((row) => row.map((cell) => (/^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell)));
  return { version: 1, locale: "en_US", sheets: [{ name: "Posts", cells, formats: [], frozenRows: 1, metadata: [] }], active: { sheet: "Posts", range: "A1" } };
}

beforeAll(async () => {
  browser = await launchChromium();
  const dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-best-time-")), "workbook.json");
  writeFileSync(dataPath, JSON.stringify(postsWorkbook()));
  running = await startPlayground({ port: 0, dataPath });
  sheet = new PlaygroundPage(await browser.newPage({ viewport: { width: 1900, height: 760 } }));
  await sheet.page.goto(running.url);
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);

describe("best time to post in the page", IN_CHROMIUM, () => {
  it("is built from the selected posts through the sidebar, and drawn with its colour scale and grey cells", async () => {
    await sheet.cell("A1").click();
    await sheet.cell("F13").click({ modifiers: ["Shift"] });
    const sidebar = await sheet.runAddonMenuItem("Build channel scorecard");
    await sidebar.getByRole("button", { name: "Use selection" }).click();
    await sidebar.getByRole("button", { name: "Build best time to post" }).click();
    await sidebar.getByText(/^Built: 10 posts; Best: Thursday 14:00/).waitFor();
    await sheet.openSheet("Best time to post");
    // Thursday (row 5 + 3) at 14:00 (column B + 14 = P): (210 + 0 + 185.40) / 3, the scale's top.
    const thursday14 = sheet.cell("P8");
    await thursday14.waitFor();
    expect(await thursday14.textContent()).toBe("$131.80");
    expect(rgb(await thursday14.evaluate((td) => getComputedStyle(td).backgroundColor))).toEqual([0x57, 0xbb, 0x8a]);
    // Sunday 12:00 (row 11, column N) is one post: grey, and its count below (row 20) says 1.
    expect(await sheet.cell("N11").textContent()).toBe("$310.00");
    expect(rgb(await sheet.cell("N11").evaluate((td) => getComputedStyle(td).backgroundColor))).toEqual([0xef, 0xef, 0xef]);
    expect(await sheet.cell("N20").textContent()).toBe("1");
    await sheet.page.getByRole("button", { name: "Close" }).click();
    await sheet.page.screenshot({ path: artifactPath("best-time-to-post.png") });
  });
});
