/** A playground serving a workbook of the sheets given (cells as a user typed them), open in Chromium. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RawCell } from "../../playground/runtime/contract";
import { startPlayground } from "../../playground/server/server";
import { saveWorkbook } from "../../playground/server/workbookStore";
import { launchChromium } from "./chromium";
import { PlaygroundPage } from "./playgroundPage";

export interface OpenPlayground {
  sheet: PlaygroundPage;
  close(): Promise<void>;
}

/** The first sheet is the active one. */
export async function playgroundWithSheets(sheets: readonly { name: string; cells: RawCell[][] }[], viewport = { width: 1400, height: 900 }): Promise<OpenPlayground> {
  const dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-playground-")), "workbook.json");
  saveWorkbook(dataPath, {
    version: 1,
    locale: "en_US",
    sheets: sheets.map(({ name, cells }) => ({ name, cells, formats: [], frozenRows: 0, metadata: [] })),
    active: { sheet: sheets[0].name, range: "A1" },
  });
  const browser = await launchChromium();
  const running = await startPlayground({ port: 0, dataPath });
  const page = await browser.newPage({ viewport });
  await page.goto(running.url);
  return {
    sheet: new PlaygroundPage(page),
    close: async () => {
      await browser.close();
      await running.close();
    },
  };
}
