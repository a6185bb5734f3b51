// The playground in Chromium: a newcomer's first minutes with the add-on.
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
let dataPath: string;

beforeAll(async () => {
  browser = await launchChromium();
  dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-browser-")), "workbook.json");
  running = await startPlayground({ port: 0, dataPath });
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

async function openPlayground(url = running.url): Promise<PlaygroundPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  await page.goto(url);
  await page.locator(".grid").waitFor();
  const sheet = new PlaygroundPage(page);
  await sheet.openSheet("Channel data");
  return sheet;
}

describe("the playground", IN_CHROMIUM, () => {
  it("opens on the sample workbook, with channel data and the worked examples computed live", async () => {
    const sheet = await openPlayground();
    await expect.poll(() => sheet.cell("A2").textContent()).toBe("Facebook");
    await expect.poll(() => sheet.cell("B2").textContent()).toBe("€4,200");
    await sheet.openSheet("Worked examples");
    await expect.poll(() => sheet.cell("B7").textContent()).toBe("2,500,000");
    await expect.poll(() => sheet.cell("B8").textContent()).toBe("€5,000");
    await expect.poll(() => sheet.cell("B15").textContent()).toBe("900%");
    await sheet.page.close();
  });

  it("computes a formula typed in the formula bar, with our functions and their format", async () => {
    const sheet = await openPlayground();
    await sheet.typeInto("J2", "=BUDGET(1000, 2%, 2%, 2)");
    await expect.poll(() => sheet.cell("J2").textContent()).toBe("5,000.00");
    await sheet.cell("J2").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toBe("=BUDGET(1000, 2%, 2%, 2)");
    await sheet.page.close();
  });

  it("spills a range formula into the cells below", async () => {
    const sheet = await openPlayground();
    await sheet.typeInto("K2", "=CPA(B2:B8, G2:G8)");
    await expect.poll(() => sheet.cell("K2").textContent()).toBe("20.00");
    await expect.poll(() => sheet.cell("K4").textContent()).toBe("29.41");
    await sheet.page.close();
  });

  it("shows bad formulas as a spreadsheet would, and keeps working", async () => {
    const sheet = await openPlayground();
    await sheet.typeInto("J10", "=CPA(100, \"abc\")");
    await expect.poll(() => sheet.cell("J10").textContent()).toBe("#ERROR!");
    await expect(sheet.cell("J10").getAttribute("title")).resolves.toBe("CPA: conversions is the text 'abc'; enter a number.");
    await sheet.typeInto("J11", "=NOPE(1)");
    await expect.poll(() => sheet.cell("J11").textContent()).toBe("#NAME?");
    await sheet.typeInto("J12", "=J12+1");
    await expect.poll(() => sheet.cell("J12").textContent()).toMatch(/^#(REF|CYCLE)!$/);
    await sheet.typeInto("J13", "=SUM(1,");
    await expect.poll(() => sheet.cell("J13").textContent()).toMatch(/^#ERROR!$/);
    await sheet.typeInto("J14", "42");
    await expect.poll(() => sheet.cell("J14").textContent()).toBe("42");
    await sheet.page.close();
  });

  it("opens the function reference from the add-on menu and inserts a function into the cell", async () => {
    const sheet = await openPlayground();
    await sheet.cell("L2").click();
    const sidebar = await sheet.runAddonMenuItem("Function reference");
    await sidebar.getByRole("searchbox").fill("impressions");
    await sidebar.getByRole("button", { name: /Insert the IMPRESSIONS_NEEDED example/ }).click();
    await expect.poll(() => sidebar.getByRole("status").filter({ hasText: "Inserted" }).textContent()).toBe("Inserted in 'Channel data'!L2");
    await expect.poll(() => sheet.cell("L2").textContent()).toBe("2,500,000");
    await sheet.page.getByRole("button", { name: "Extensions" }).click();
    await expect(sheet.page.getByRole("menuitem", { name: "Function reference" }).isVisible()).resolves.toBe(true);
    await sheet.page.screenshot({ path: artifactPath("playground.png") });
    await sheet.page.close();
  });

  it("keeps the edits across a reload and a restart", async () => {
    const reloaded = await openPlayground();
    await expect.poll(() => reloaded.cell("J2").textContent()).toBe("5,000.00");
    await reloaded.page.close();

    await running.close();
    running = await startPlayground({ port: 0, dataPath });
    const restarted = await openPlayground();
    await expect.poll(() => restarted.cell("J2").textContent()).toBe("5,000.00");
    await expect.poll(() => restarted.cell("L2").textContent()).toBe("2,500,000");
    await restarted.page.close();
  });
});
