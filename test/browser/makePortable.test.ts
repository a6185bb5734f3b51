// Make portable in the playground, as a user does it: open it from the add-on menu on the worked
// examples, read the preview, rewrite, see the same figures from native formulas, restore.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { artifactPath, IN_CHROMIUM, launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

let browser: Browser;
let running: RunningPlayground;
let sheet: PlaygroundPage;
let sidebar: Frame;

beforeAll(async () => {
  browser = await launchChromium();
  running = await startPlayground({ port: 0, dataPath: join(mkdtempSync(join(tmpdir(), "social-roi-portable-")), "workbook.json") });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(running.url);
  sheet = new PlaygroundPage(page);
  await sheet.openSheet("Worked examples");
  sidebar = await sheet.runAddonMenuItem("Make portable");
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

describe("Make portable in the playground", IN_CHROMIUM, () => {
  it("previews the ten calls of the worked examples with what each becomes", async () => {
    await sidebar.getByRole("button", { name: "Preview" }).click();
    await sidebar.getByText("10 cells will be rewritten:").waitFor();
    const rows = sidebar.locator("ul.changes li");
    await expect(rows.count()).resolves.toBe(10);
    await expect(rows.first().locator(".where").textContent()).resolves.toBe("Worked examples!B6");
    await expect(rows.first().locator(".before").textContent()).resolves.toBe("=VISITORS_NEEDED(B2, B3)");
    await expect(rows.first().locator(".twin").textContent()).resolves.toMatch(/^=IF\(OR\(/);
    await sheet.page.screenshot({ path: artifactPath("make-portable-preview.png") });
  });

  it("rewrites them: the sheet shows the same figures from native formulas", async () => {
    await sidebar.getByRole("button", { name: "Make portable" }).click();
    await sidebar.getByText("Rewrote 10 cells:").waitFor();
    await expect(sheet.cell("B6").textContent()).resolves.toBe("50,000");
    await expect(sheet.cell("B7").textContent()).resolves.toBe("2,500,000");
    await sheet.cell("B6").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toMatch(/^=IF\(OR\(/);
  });

  it("restores our functions", async () => {
    await sidebar.getByRole("button", { name: "Restore our functions" }).click();
    await sidebar.getByText("Restored 10 cells:").waitFor();
    await sheet.cell("B6").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toBe("=VISITORS_NEEDED(B2, B3)");
    await expect(sheet.cell("B6").textContent()).resolves.toBe("50,000");
  });
});

describe("Insert, both ways, in the function reference", IN_CHROMIUM, () => {
  it("inserts an example as its native form, which shows the same figure", async () => {
    const reference = await sheet.runAddonMenuItem("Function reference");
    await sheet.cell("D7").click();
    await reference.getByRole("button", { name: "Insert the native form of the IMPRESSIONS_NEEDED example, which works in any file" }).click();
    await reference.getByText("Inserted in 'Worked examples'!D7").waitFor();
    await expect.poll(() => sheet.cell("D7").textContent()).toBe("2,500,000");
    await sheet.cell("D7").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toMatch(/^=IF\(1000\/2%\/2%>0, ROUNDUP\(/);
  });
});
