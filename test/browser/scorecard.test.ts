// The channel scorecard from the playground, as a marketer builds it: select, check, build, share.
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
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  running = await startPlayground({ port: 0, dataPath: join(mkdtempSync(join(tmpdir(), "social-roi-scorecard-")), "workbook.json") });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(running.url);
  sheet = new PlaygroundPage(page);
  await sheet.openSheet("Channel data");
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

async function selectRange(from: string, to: string): Promise<void> {
  await sheet.cell(from).click();
  await sheet.cell(to).click({ modifiers: ["Shift"] });
  await expect.poll(() => sheet.page.getByLabel("Selection").textContent()).toBe(`${from}:${to}`);
}

async function build(): Promise<void> {
  await sidebar.getByRole("button", { name: "Build scorecard" }).click();
  await sidebar.getByText(/^Built: /).waitFor();
}

describe("building a channel scorecard in the playground", IN_CHROMIUM, () => {
  it("reads the selected channel data, lets a mapping be fixed, and builds the sheet", async () => {
    await selectRange("A1", "H8");
    sidebar = await sheet.runAddonMenuItem("Build channel scorecard");
    await sidebar.getByRole("button", { name: "Use selection" }).click();
    await expect.poll(() => sidebar.getByText("Read from 'Channel data'!A1:H8").count()).toBe(1);
    await expect(sidebar.getByLabel("Budget", { exact: true }).inputValue()).resolves.toBe("budget");
    await sidebar.getByLabel("Clicks", { exact: true }).selectOption("");
    await sidebar.getByLabel("Target ROI (%)").fill("20");
    await build();
    await expect(sidebar.getByText(/^Built: /).textContent()).resolves.toBe("Built: 7 channels; best ROI: LinkedIn 240%; total CPA €28.96");

    await expect.poll(() => sheet.page.getByRole("tab", { selected: true }).textContent()).toBe("Channel scorecard");
    await expect.poll(() => sheet.cell("A6").textContent()).toBe("LinkedIn");
    expect(await sheet.cell("I3").textContent()).toBe("CPA");
    expect(await sheet.cell("I6").textContent()).toBe("€29.41");
    expect(await sheet.cell("K6").textContent()).toBe("240.0%");
    expect(await sheet.cell("M7").textContent()).toBe("Cut");
    await sheet.page.screenshot({ path: artifactPath("scorecard.png") });
  });

  it("follows an edit of the source with no rebuild", async () => {
    await sheet.openSheet("Channel data");
    await sheet.typeInto("G4", "170");
    await sheet.openSheet("Channel scorecard");
    await expect.poll(() => sheet.cell("I6").textContent()).toBe("€14.71");
  });

  it("replaces its own scorecard when built again: one scorecard, not two", async () => {
    await build();
    const tabs = await sheet.page.getByRole("tab").allTextContents();
    expect(tabs.filter((name) => name.startsWith("Channel scorecard"))).toEqual(["Channel scorecard"]);
    // The linked scorecard's key sheet is hidden: it has no tab.
    expect(tabs).not.toContain("Social ROI keys");
  });

  it("keeps channel names that look like formulas or HTML as text, in the sidebar and in the sheet", async () => {
    const formulaName = '=IMPORTXML("http://x","//a")';
    const htmlName = "<img src=x onerror=alert(1)>";
    await sheet.openSheet("Channel data");
    for (const [row, name] of [[9, `'${formulaName}`], [10, htmlName]] as const) {
      await sheet.typeInto(`A${row}`, name);
      for (const [column, value] of [["B", "500"], ["C", "1000"], ["D", "10"], ["E", "100"], ["F", "50%"], ["G", "5"], ["H", "800"]]) {
        await sheet.typeInto(`${column}${row}`, value);
      }
    }
    await expect.poll(() => sheet.cell("A9").textContent()).toBe(formulaName);
    await selectRange("A1", "H10");
    await sidebar.getByRole("button", { name: "Use selection" }).click();
    await expect.poll(() => sidebar.getByLabel("Channel 10").inputValue()).toBe(htmlName);
    await expect(sidebar.getByLabel("Channel 9").inputValue()).resolves.toBe(formulaName);
    await build();
    await expect.poll(() => sheet.cell("A11").textContent()).toBe(formulaName);
    expect(await sheet.cell("A12").textContent()).toBe(htmlName);
    expect(await sheet.cell("B11").textContent()).toBe("€500.00");
    expect(await sheet.page.locator("img").count()).toBe(0);
    expect(await sidebar.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("values each conversion from the options when the revenue column is left out, and follows a teammate's new value", async () => {
    await sheet.openSheet("Channel data");
    await selectRange("A1", "H8");
    await sidebar.getByRole("button", { name: "Use selection" }).click();
    await expect.poll(() => sidebar.getByText("Read from 'Channel data'!A1:H8").count()).toBe(1);
    await sidebar.getByLabel("Revenue", { exact: true }).selectOption("");
    await sidebar.getByLabel("Value per conversion (gives ROI without revenue)").fill("100");
    await build();
    await expect.poll(() => sheet.page.getByRole("tab", { selected: true }).textContent()).toBe("Channel scorecard");
    // LinkedIn (row 6): 2,500 spent, 170 conversions since the edit above, 100 each.
    await expect.poll(() => sheet.cell("J3").textContent()).toBe("Estimated revenue");
    expect(await sheet.cell("C2").textContent()).toBe("Value per conversion");
    expect(await sheet.cell("J6").textContent()).toBe("€17,000.00");
    expect(await sheet.cell("N6").textContent()).toBe("580.0%");
    await sheet.typeInto("D2", "50");
    await expect.poll(() => sheet.cell("N6").textContent()).toBe("240.0%");
  });

  it("counts revenue at the margin typed in the options, and scales up at the others' blended ROI when no target is typed", async () => {
    await sheet.openSheet("Channel data");
    await selectRange("A1", "H8");
    await sidebar.getByRole("button", { name: "Use selection" }).click();
    await expect.poll(() => sidebar.getByText("Read from 'Channel data'!A1:H8").count()).toBe(1);
    await sidebar.getByLabel("Target ROI (%)").fill("");
    await sidebar.getByLabel(/^Margin/).fill("60%");
    await build();
    await expect.poll(() => sheet.page.getByRole("tab", { selected: true }).textContent()).toBe("Channel scorecard");
    // No target typed: the cell stays blank, and each channel is judged against the others together.
    await expect.poll(() => sheet.cell("D2").textContent()).toBe("60.0%");
    expect(await sheet.cell("B2").textContent()).toBe("");
    // LinkedIn: 8,500 x 60% = 5,100 on 2,500 is 104%, over the others' (32,540 x 60% - 15,800) / 15,800 = 23.6%;
    // TikTok: 4,750 x 60% = 2,850 on 2,800 is 1.8%, under the others' (36,290 x 60% - 15,500) / 15,500 = 40.5%.
    expect(await sheet.cell("N6").textContent()).toBe("104.0%");
    expect([await sheet.cell("P6").textContent(), await sheet.cell("P8").textContent(), await sheet.cell("P7").textContent()]).toEqual(["Scale up", "Keep", "Cut"]);
    await sheet.page.screenshot({ path: artifactPath("scorecard-margin.png") });
  });
});
