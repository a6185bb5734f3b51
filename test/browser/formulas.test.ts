// Formulas typed in the playground as in Google Sheets: open-ended ranges, help while typing, the
// selected cell's error under the formula bar, and a French sheet's numbers and separators.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { artifactPath, IN_CHROMIUM, launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

const NNBSP = "\u202F";
const NBSP = "\u00A0";
const CHANNELS = sampleWorkbook().sheets[0].cells.slice(1) as (string | number)[][];

let browser: Browser;
let english: RunningPlayground;
let french: RunningPlayground;

const dataPath = () => join(mkdtempSync(join(tmpdir(), "social-roi-formulas-")), "workbook.json");

beforeAll(async () => {
  browser = await launchChromium();
  english = await startPlayground({ port: 0, dataPath: dataPath() });
  french = await startPlayground({ port: 0, dataPath: dataPath(), userLocale: "fr" });
});

afterAll(async () => {
  await browser?.close();
  await english?.close();
  await french?.close();
});

async function open(running: RunningPlayground): Promise<PlaygroundPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  await page.goto(running.url);
  await page.locator(".grid").waitFor();
  const sheet = new PlaygroundPage(page);
  await sheet.openSheet("Channel data");
  return sheet;
}

describe("formulas as Sheets reads them", IN_CHROMIUM, () => {
  it("=ROI(H2:H, B2:B) fills the column, one ROI per channel", async () => {
    const sheet = await open(english);
    await sheet.typeInto("I2", "=ROI(H2:H, B2:B)");
    await expect.poll(() => sheet.cell("I2").textContent()).toBe("200.0%");
    // Shown as a percent ("171.0%") or, below the first cell, as a plain fraction: read either.
    const shown = async (a1: string) => {
      const text = (await sheet.cell(a1).textContent()) ?? "";
      return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
    };
    for (const [i, row] of CHANNELS.entries()) {
      const roi = ((row[7] as number) - (row[1] as number)) / (row[1] as number);
      await expect.poll(() => shown(`I${i + 2}`)).toBeCloseTo(roi, 3);
    }
    await expect(sheet.cell(`I${CHANNELS.length + 2}`).textContent()).resolves.toBe("");
    await sheet.cell("I5").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toBe("");
    await sheet.page.screenshot({ path: artifactPath("open-ended-range.png") });
    await sheet.cell("I2").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toBe("=ROI(H2:H, B2:B)");
    await sheet.page.close();
  });

  it("typing =RO lists ROI and ROAS with their summaries; inside =ROI( the current parameter is highlighted", async () => {
    const sheet = await open(english);
    await sheet.cell("K2").click();
    const formulaBar = sheet.page.getByLabel("Formula bar");
    await formulaBar.pressSequentially("=RO");
    const options = sheet.page.getByRole("option");
    await expect.poll(() => options.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ROINet return on investment/), expect.stringMatching(/^ROASReturn on ad spend/)]),
    );
    expect((await options.allTextContents()).slice(0, 2).map((text) => text.slice(0, 4))).toEqual(["ROIN", "ROAS"]);
    await sheet.page.screenshot({ path: artifactPath("formula-suggestions.png") });

    await formulaBar.pressSequentially("I(H2:H, ");
    const help = sheet.page.getByRole("tooltip", { name: "ROI help" });
    await expect.poll(() => help.locator("mark").textContent()).toBe("cost");
    await expect(help.textContent()).resolves.toContain("Amount spent: a cell or a range.");
    await formulaBar.pressSequentially("B2:B, ");
    await expect.poll(() => help.locator("mark").textContent()).toBe("[margin]");
    await sheet.page.screenshot({ path: artifactPath("formula-parameter-help.png") });
    await formulaBar.press("Escape");
    await sheet.page.close();
  });

  it("Tab completes the first suggestion", async () => {
    const sheet = await open(english);
    await sheet.cell("K3").click();
    const formulaBar = sheet.page.getByLabel("Formula bar");
    await formulaBar.pressSequentially("=BREAK");
    await formulaBar.press("Tab");
    await expect(formulaBar.inputValue()).resolves.toBe("=BREAK_EVEN(");
    await formulaBar.press("Escape");
    await sheet.page.close();
  });

  it("shows the selected cell's error message under the formula bar", async () => {
    const sheet = await open(english);
    await sheet.typeInto("K4", "=CPA(5000)");
    await sheet.cell("K4").click();
    await expect.poll(() => sheet.page.getByRole("status", { name: "Cell error" }).textContent()).toBe("CPA takes 2 arguments: cost, conversions.");
    await sheet.typeInto("K5", "=CPA(B2:B8, A2:A8)");
    await sheet.cell("K5").click();
    await expect
      .poll(() => sheet.page.getByRole("status", { name: "Cell error" }).textContent())
      .toBe("CPA: conversions in row 1 of the range is the text 'Facebook'; enter a number.");
    await sheet.page.screenshot({ path: artifactPath("formula-error.png") });
    await sheet.cell("A2").click();
    await expect(sheet.page.getByRole("status", { name: "Cell error" }).count()).resolves.toBe(0);
    await sheet.page.close();
  });
});

describe("a French sheet (--locale fr)", IN_CHROMIUM, () => {
  it("reads 12,5 as a number and 4 200,00 € as euros, and shows them the French way", async () => {
    const sheet = await open(french);
    await sheet.typeInto("J2", "12,5");
    await expect.poll(() => sheet.cell("J2").textContent()).toBe("12,5");
    await sheet.cell("J2").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toBe("12,5");
    await sheet.typeInto("J3", "4 200,00 €");
    await expect.poll(() => sheet.cell("J3").textContent()).toBe(`4${NNBSP}200,00 €`);
    await sheet.typeInto("J4", "=ROI(12,5; 10)");
    await expect.poll(() => sheet.cell("J4").textContent()).toBe(`25,0${NBSP}%`);
    await sheet.cell("J4").click();
    await expect(sheet.page.getByLabel("Formula bar").inputValue()).resolves.toBe("=ROI(12,5; 10)");
    await sheet.page.screenshot({ path: artifactPath("playground-french.png") });
    await sheet.page.close();
  });

  it("helps with formulas in French, with ';' between the parameters", async () => {
    const sheet = await open(french);
    await sheet.cell("K2").click();
    const formulaBar = sheet.page.getByLabel("Formula bar");
    await formulaBar.pressSequentially("=CPA(B2:B; ");
    const help = sheet.page.getByRole("tooltip", { name: "CPA help" });
    await expect.poll(() => help.locator("mark").textContent()).toBe("conversions");
    await expect(help.textContent()).resolves.toContain("Coût par acquisition");
    await expect(help.textContent()).resolves.toContain("CPA(cost; conversions)");
    await formulaBar.press("Escape");
    await sheet.page.close();
  });

  it("the function reference shows French help and finds functions by French words", async () => {
    const sheet = await open(french);
    const sidebar = await sheet.runAddonMenuItem("Référence des fonctions");
    await sidebar.getByLabel("Rechercher une fonction").fill("rentabilité");
    await expect.poll(() => sidebar.locator(".function .signature").allTextContents()).toEqual(["ROI(gain, cost, [margin])", "BREAK_EVEN(cost, profit_per_conversion)"]);
    await expect(sidebar.locator(".function .summary").first().textContent()).resolves.toMatch(/^Retour sur investissement net/);
    await sidebar.getByLabel("Rechercher une fonction").fill("cout");
    // ROI, ROAS, CPA, CPL, CPC, CPM, COST_PER_ENGAGEMENT, BUDGET and BREAK_EVEN speak of a cost.
    await expect.poll(() => sidebar.locator(".function .signature").count()).toBe(9);
    await sheet.page.screenshot({ path: artifactPath("function-reference-french.png") });
    await sheet.page.close();
  });
});
