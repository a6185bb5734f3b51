// Editing in the playground as in Sheets: paste a copied block, clear a selection, undo and redo
// with the keyboard and the Edit menu; Insert over a formula and Reset ask first.
import { mkdirSync, mkdtempSync, readFileSync, rmdirSync } from "node:fs";
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
  dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-editing-")), "workbook.json");
  running = await startPlayground({ port: 0, dataPath });
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

const BLOCK = ["F7", "G7", "H7", "F8", "G8", "H8", "F9", "G9", "H9"];
// The sample's YouTube and Pinterest rows (bounce rate, conversions, revenue), and the empty row below.
const SAMPLE = ["44%", "70", "€4,000", "50%", "30", "€1,800", "", "", ""];
// Copied from a spreadsheet: a fraction and a percent into percent cells, counts, formulas, text.
const COPIED = "0.5\t80\t=G7*60\r\n52%\t35\t2100\r\nNew\t=G7+G8\t=SUM(H7:H8)\r\n";
// 80 * 60 = 4,800 in a euro cell; 80 + 35 = 115 and 4,800 + 2,100 = 6,900 in unformatted cells.
const PASTED = ["50%", "80", "€4,800", "52%", "35", "€2,100", "New", "115", "6900"];
// F7:H8 cleared: the totals below read empty cells as 0.
const CLEARED = ["", "", "", "", "", "", "New", "0", "0"];

async function openPlayground(): Promise<PlaygroundPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  await page.goto(running.url);
  await page.locator(".grid").waitFor();
  const sheet = new PlaygroundPage(page);
  await sheet.openSheet("Channel data");
  await expect.poll(() => sheet.cell("A2").textContent()).toBe("Facebook");
  return sheet;
}

const shown = (sheet: PlaygroundPage) => Promise.all(BLOCK.map((a1) => sheet.cell(a1).textContent()));

async function pasteText(sheet: PlaygroundPage, text: string): Promise<void> {
  await sheet.page.locator(".grid").evaluate((grid, copied) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", copied);
    grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

describe("editing in the grid", IN_CHROMIUM, () => {
  it("pastes a copied block, clears a selection in one step, and undoes and redoes both", async () => {
    const sheet = await openPlayground();
    await expect.poll(() => shown(sheet)).toEqual(SAMPLE);

    await sheet.cell("F7").click();
    await pasteText(sheet, COPIED);
    await expect.poll(() => shown(sheet)).toEqual(PASTED);
    await expect.poll(() => sheet.page.getByLabel("Selection").textContent()).toBe("F7:H9");
    await sheet.cell("H7").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toBe("=G7*60");
    await sheet.page.screenshot({ path: artifactPath("editing-pasted.png") });

    await sheet.cell("F7").click();
    await sheet.cell("H8").click({ modifiers: ["Shift"] });
    await sheet.page.keyboard.press("Delete");
    await expect.poll(() => shown(sheet)).toEqual(CLEARED);

    await sheet.page.keyboard.press("Control+z");
    await expect.poll(() => shown(sheet)).toEqual(PASTED);
    await sheet.page.keyboard.press("Control+z");
    await expect.poll(() => shown(sheet)).toEqual(SAMPLE);
    await sheet.page.keyboard.press("Control+y");
    await expect.poll(() => shown(sheet)).toEqual(PASTED);
    await sheet.page.keyboard.press("Control+Shift+z");
    await expect.poll(() => shown(sheet)).toEqual(CLEARED);

    await sheet.page.getByRole("button", { name: "Edit" }).click();
    await expect(sheet.page.getByRole("menuitem", { name: /Redo/ }).isDisabled()).resolves.toBe(true);
    await sheet.page.screenshot({ path: artifactPath("editing-edit-menu.png") });
    await sheet.page.getByRole("menuitem", { name: /Undo/ }).click();
    await expect.poll(() => shown(sheet)).toEqual(PASTED);
    // The focus is on the menu bar now, not the grid: the shortcuts work all the same.
    await sheet.page.keyboard.press("Control+y");
    await expect.poll(() => shown(sheet)).toEqual(CLEARED);
    await sheet.page.close();
  });

  it("asks in the function reference before Insert replaces a formula", async () => {
    const sheet = await openPlayground();
    await sheet.typeInto("J3", "=SUM(B2:B3)");
    await sheet.cell("J3").click();
    const sidebar = await sheet.runAddonMenuItem("Function reference");
    await sidebar.getByRole("searchbox").fill("impressions");
    const insert = sidebar.getByRole("button", { name: /Insert the IMPRESSIONS_NEEDED example/ });
    const status = sidebar.locator(".function", { has: insert }).getByRole("status");

    await insert.click();
    await expect.poll(() => status.textContent()).toBe("'Channel data'!J3 holds the formula =SUM(B2:B3). Replace it?");
    await sheet.page.screenshot({ path: artifactPath("editing-insert-asks.png") });
    await sidebar.getByRole("button", { name: "Keep it" }).click();
    await expect.poll(() => status.textContent()).toBe("Nothing inserted: 'Channel data'!J3 keeps its formula.");
    await sheet.cell("J3").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toBe("=SUM(B2:B3)");

    await insert.click();
    await sidebar.getByRole("button", { name: "Replace" }).click();
    await expect.poll(() => status.textContent()).toBe("Inserted in 'Channel data'!J3");
    await expect.poll(() => sheet.cell("J3").textContent()).toBe("2,500,000");
    await sheet.page.close();
  });

  it("asks before Reset: Cancel keeps the edits, Reset brings the sample back", async () => {
    const sheet = await openPlayground();
    await sheet.typeInto("F9", "Kept");
    const reset = async () => {
      await sheet.page.getByRole("button", { name: "File" }).click();
      await sheet.page.getByRole("menuitem", { name: /Reset to the sample workbook/ }).click();
      return sheet.page.getByRole("alertdialog", { name: "Reset to the sample workbook?" });
    };

    const dialog = await reset();
    await expect(dialog.isVisible()).resolves.toBe(true);
    await sheet.page.screenshot({ path: artifactPath("editing-reset-confirmation.png") });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await sheet.page.reload();
    await sheet.openSheet("Channel data");
    await expect.poll(() => sheet.cell("F9").textContent()).toBe("Kept");

    // Cancel has the focus, so Enter or Escape right away keep the workbook.
    const asked = await reset();
    await expect.poll(() => asked.getByRole("button", { name: "Cancel" }).evaluate((button) => button === document.activeElement)).toBe(true);
    await sheet.page.keyboard.press("Escape");
    await expect.poll(() => asked.count()).toBe(0);
    await expect.poll(() => sheet.cell("F9").textContent()).toBe("Kept");

    await (await reset()).getByRole("button", { name: "Reset" }).click();
    await sheet.openSheet("Channel data");
    await expect.poll(() => shown(sheet)).toEqual(SAMPLE);
    await sheet.page.close();
  });

  it("says in a banner when a change could not be saved, and shows what the file holds", async () => {
    const sheet = await openPlayground();
    await sheet.typeInto("B2", "4300");
    await expect.poll(() => sheet.cell("B2").textContent()).toBe("€4,300");
    const saved = readFileSync(dataPath, "utf8");
    // A folder where the save writes its temporary file: the save fails, as on a full disk.
    mkdirSync(`${dataPath}.tmp`);
    try {
      await sheet.typeInto("B2", "9999");
      const banner = sheet.page.getByRole("alert");
      await expect.poll(() => banner.textContent()).toMatch(/^Your change was not saved, so it was taken back: .+ could not be written/);
      await sheet.page.screenshot({ path: artifactPath("editing-not-saved.png") });
      await expect.poll(() => sheet.cell("B2").textContent()).toBe("€4,300");
      await sheet.page.reload();
      await sheet.openSheet("Channel data");
      await expect.poll(() => sheet.cell("B2").textContent()).toBe("€4,300");
      expect(readFileSync(dataPath, "utf8")).toBe(saved);
    } finally {
      rmdirSync(`${dataPath}.tmp`);
    }
    await sheet.page.close();
  });
});
