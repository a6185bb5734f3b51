// The sidebar on an export pasted as downloaded: it says how the rows were read before building.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import type { RawCell } from "../../playground/runtime/contract";
import { EXPORTS, FIXTURES, sumsByChannel, total } from "../import/exports";
import { artifactPath, IN_CHROMIUM } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";
import { playgroundWithSheets, type OpenPlayground } from "./playgroundWithSheets";

const GOOGLE_ADS = EXPORTS.find((shape) => shape.file === "google-ads-campaigns.csv")!;

let playground: OpenPlayground;
let sheet: PlaygroundPage;

beforeAll(async () => {
  const rows = readCsv(readFileSync(`${FIXTURES}${GOOGLE_ADS.file}`)).rows;
  const width = Math.max(...rows.map((row) => row.length));
  // Pasted as text; "--" kept as text as a user types it ('--), since Sheets would take it for a formula.
  const cells: RawCell[][] = rows.map((row) => Array.from({ length: width }, (_, c) => (/^[-+=@]/.test(row[c] ?? "") ? `'${row[c]}` : (row[c] ?? ""))));
  playground = await playgroundWithSheets([{ name: "Google Ads", cells }]);
  sheet = playground.sheet;
});

afterAll(async () => {
  await playground?.close();
});

describe("the import report in the sidebar", IN_CHROMIUM, () => {
  it("tells what was read from a Google Ads report, then builds with the values read", async () => {
    await sheet.cell("A1").click();
    await sheet.cell("O13").click({ modifiers: ["Shift"] });
    await expect.poll(() => sheet.page.getByLabel("Selection").textContent()).toBe("A1:O13");
    const sidebar = await sheet.runAddonMenuItem("Build channel scorecard");
    await sidebar.getByRole("button", { name: "Use selection" }).click();
    const report = sidebar.getByRole("region", { name: "What was read" });
    await report.waitFor();
    const lines = await report.getByRole("listitem").allTextContents();
    expect(lines).toEqual(expect.arrayContaining([...GOOGLE_ADS.notes, "No channel column: each campaign (“Campaign”) is a row of the scorecard."]));
    expect(lines).toContain(
      "Totals rows, rows without a channel, or numbers written as text: formulas over the source would not read these rows as shown here, so the scorecard will hold these values.",
    );
    await sheet.page.screenshot({ path: artifactPath("import-report.png") });
    await sidebar.getByRole("button", { name: "Build scorecard" }).click();
    await sidebar.getByText(/^Built: /).waitFor();
    const sums = sumsByChannel(GOOGLE_ADS.rows);
    const cpa = total(sums, "budget") / total(sums, "conversions");
    const brand = sums[0];
    const roi = ((brand.revenue - brand.budget) / brand.budget) * 100;
    await expect(sidebar.getByText(/^Built: /).textContent()).resolves.toBe(
      `Built: ${sums.length} channels; best ROI: ${brand.channel} ${roi.toFixed(1)}%; total CPA $${cpa.toFixed(2)}`,
    );
  });
});
