// Planning a budget in the playground, as a marketer does it: build the scorecard, open Plan a
// budget, take the rates from the scorecard, optimize, read what it saves, see the funnel.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { artifactPath, IN_CHROMIUM, launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

let browser: Browser;
let running: RunningPlayground;
let sheet: PlaygroundPage;

beforeAll(async () => {
  browser = await launchChromium();
  running = await startPlayground({ port: 0, dataPath: join(mkdtempSync(join(tmpdir(), "social-roi-plan-")), "workbook.json") });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(running.url);
  sheet = new PlaygroundPage(page);
  await sheet.openSheet("Channel data");
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

/** The sample's channels from its raw cells: what one sale needs in impressions, CPM and CPA. */
function sampleChannels() {
  const [header, ...rows] = sampleWorkbook().sheets[0].cells;
  return rows.map((row) => {
    const at = (name: string) => row[header.indexOf(name)] as number;
    const [spend, impressions, conversions] = [at("Budget"), at("Impressions"), at("Conversions")];
    return { conversions, perSale: impressions / conversions, cpm: (spend / impressions) * 1000, cpa: spend / conversions };
  });
}

type SampleChannel = ReturnType<typeof sampleChannels>[number];

/** Impressions for a number of sales, rounded up to a whole one (15 significant digits first, as Sheets' ROUNDUP), at the channel's CPM. */
const costOf = (sales: number, channel: SampleChannel) => (sales > 0 ? (Math.ceil(Number((sales * channel.perSale).toPrecision(15))) / 1000) * channel.cpm : 0);

/** The budget of a goal split by the shares of today's conversions. */
function todaysMix(goal: number): number {
  const channels = sampleChannels();
  const conversions = channels.reduce((sum, channel) => sum + channel.conversions, 0);
  return channels.reduce((sum, channel) => sum + costOf((goal * channel.conversions) / conversions, channel), 0);
}

/** What optimizing saves: lowest CPA first, each channel up to cap times its conversions, against today's mix. */
function expectedSaving(goal: number, cap: number): number {
  let left = goal;
  let optimized = 0;
  for (const channel of sampleChannels().sort((a, b) => a.cpa - b.cpa)) {
    const sales = Math.min(cap * channel.conversions, left);
    left -= sales;
    optimized += costOf(sales, channel);
  }
  return todaysMix(goal) - optimized;
}

const euros = (amount: number) => `€${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

describe("planning a budget in the playground", IN_CHROMIUM, () => {
  it("plans on the selected data at today's mix, in the data's currency", async () => {
    await sheet.cell("A1").click();
    await sheet.cell("H8").click({ modifiers: ["Shift"] });
    const sidebar = await sheet.runAddonMenuItem("Plan a budget");
    await sidebar.getByLabel("From the selected data").check();
    await sidebar.getByRole("button", { name: "Use selection" }).click();
    await expect.poll(() => sidebar.getByText("Read from 'Channel data'!A1:H8").count()).toBe(1);
    await sidebar.getByLabel("Goal", { exact: true }).fill("1500");
    await sidebar.getByRole("button", { name: "Build plan" }).click();
    await sidebar.getByText(/^Built: /).waitFor();
    await expect(sidebar.getByText(/^Built: /).textContent()).resolves.toBe(`Built: 7 channels; 1,500 sales for ${euros(todaysMix(1500))}`);
    await sheet.openSheet("Channel data");
  });

  let sidebar: Frame;

  it("takes the rates from the scorecard, optimizes, and shows the budget saved and the funnel", async () => {
    await sheet.cell("A1").click();
    await sheet.cell("H8").click({ modifiers: ["Shift"] });
    const builder = await sheet.runAddonMenuItem("Build channel scorecard");
    await builder.getByRole("button", { name: "Use selection" }).click();
    await expect.poll(() => builder.getByText("Read from 'Channel data'!A1:H8").count()).toBe(1);
    await builder.getByRole("button", { name: "Build scorecard" }).click();
    await builder.getByText(/^Built: /).waitFor();

    sidebar = await sheet.runAddonMenuItem("Plan a budget");
    await expect(sidebar.getByLabel("From the channel scorecard (live)").isChecked()).resolves.toBe(true);
    await sidebar.getByLabel("Optimized: lowest CPA first").check();
    await expect(sidebar.getByLabel("Cap (× the results each channel has proven)").inputValue()).resolves.toBe("2");
    await sidebar.getByRole("button", { name: "Build plan" }).click();
    const built = sidebar.getByText(/^Built: /);
    await built.waitFor();
    const saved = euros(expectedSaving(1000, 2));
    await expect(built.textContent()).resolves.toMatch(new RegExp(`^Built: 7 channels; 1,000 sales for €[\\d,]+\\.\\d\\d; ${saved.replace(/[$.]/g, "\\$&")} saved against today's mix$`));

    await expect.poll(() => sheet.page.getByRole("tab", { selected: true }).textContent()).toBe("Budget plan");
    const label = sheet.page.locator('.grid td[data-cell^="A"]', { hasText: "Saved for the same goal" });
    const row = Number((await label.getAttribute("data-cell"))!.slice(1));
    await expect.poll(() => sheet.cell(`B${row}`).textContent()).toBe(saved);
    // The headline beside the inputs says it too, with the total budget and the results.
    await expect(Promise.all(["D2", "D3", "D4", "E3", "E4"].map((cell) => sheet.cell(cell).textContent()))).resolves.toEqual([
      "Total budget", "Results planned", "Saved vs today's mix", "1,000", saved,
    ]);
    await expect(Promise.all(["A11", "B11"].map((cell) => sheet.cell(cell).textContent()))).resolves.toEqual(["Channel", "Budget"]);
    await sheet.page.screenshot({ path: artifactPath("budget-plan.png") });

    const funnel = sheet.page.locator('.chart canvas[aria-label^="Funnel of the plan"]');
    await funnel.scrollIntoViewIfNeeded();
    const description = await funnel.getAttribute("aria-label");
    expect(description).toMatch(/^Funnel of the plan: Impressions [\d,]+, Clicks [\d,]+, Visitors [\d,]+, Results 1,000$/);
    const box = (await funnel.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await sheet.page.screenshot({ path: artifactPath("budget-plan-funnel.png") });
  });

  it("follows an edit of a rate cell in the plan with no rebuild", async () => {
    const ctrHeader = sheet.page.locator('.grid td[data-cell$="11"]', { hasText: /^CTR$/ });
    const column = (await ctrHeader.getAttribute("data-cell"))!.replace(/\d+$/, "");
    const totalBudget = sheet.page.locator('.grid td[data-cell^="A"]', { hasText: /^Total$/ });
    const totalsRow = Number((await totalBudget.getAttribute("data-cell"))!.slice(1));
    const budgetHeader = sheet.page.locator('.grid td[data-cell$="11"]', { hasText: /^Budget$/ });
    const budgetCell = sheet.cell(`${(await budgetHeader.getAttribute("data-cell"))!.replace(/\d+$/, "")}${totalsRow}`);
    const before = await budgetCell.textContent();
    await sheet.typeInto(`${column}12`, "50%");
    await expect.poll(() => budgetCell.textContent()).not.toBe(before);
  });
});
