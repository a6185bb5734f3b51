/** Drives the playground page as a user would: cells, the formula bar, menus, the sidebar. */
import type { Frame, Page } from "playwright-core";

export class PlaygroundPage {
  constructor(readonly page: Page) {}

  cell(a1: string) {
    return this.page.locator(`.grid td[data-cell="${a1}"]`);
  }

  async typeInto(a1: string, input: string): Promise<void> {
    await this.cell(a1).click();
    const formulaBar = this.page.getByLabel("Formula bar");
    await formulaBar.fill(input);
    await formulaBar.press("Enter");
  }

  async openSheet(name: string): Promise<void> {
    await this.page.getByRole("tab", { name }).click();
  }

  /** Builds the sample's scorecard through its sidebar, as a user would: the channel data selected, a target ROI typed. */
  async buildSampleScorecard(targetRoi: string): Promise<Frame> {
    await this.openSheet("Channel data");
    await this.cell("A1").click();
    await this.cell("H8").click({ modifiers: ["Shift"] });
    const sidebar = await this.runAddonMenuItem("Build channel scorecard");
    await sidebar.getByRole("button", { name: "Use selection" }).click();
    await sidebar.getByLabel("Target ROI (%)").fill(targetRoi);
    await sidebar.getByRole("button", { name: "Build scorecard" }).click();
    await sidebar.getByText(/^Built: /).waitFor();
    return sidebar;
  }

  async runAddonMenuItem(caption: string): Promise<Frame> {
    const frames = this.page.locator(".side-panel iframe");
    const before = (await frames.count()) > 0 ? await frames.getAttribute("src") : null;
    await this.page.getByRole("button", { name: "Extensions" }).click();
    await this.page.getByRole("menuitem", { name: caption }).click();
    // A sidebar already open is replaced by a new frame, with a new address: wait for that one, not the old.
    const selector = before === null ? ".side-panel iframe" : `.side-panel iframe:not([src="${before}"])`;
    await this.page.frameLocator(selector).locator("body").waitFor();
    const frame = await (await this.page.locator(selector).elementHandle())!.contentFrame();
    if (!frame) throw new Error(`The sidebar of ${caption} has no frame`);
    return frame;
  }
}
