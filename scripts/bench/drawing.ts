/**
 * Drawing a built scorecard: the view's size and time with rule colours and the chart's data, and
 * the page's load in Chromium until the chart is drawn.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSession, type EmulatedSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { startPlayground } from "../../playground/server/server";
import { launchChromium } from "../../test/browser/chromium";
import { medianMs, printTable } from "./measure";
import { buildFromSelection, exportOf } from "./scorecard";

function built(session: EmulatedSession, range: string): EmulatedSession {
  session.select(session.workbook.active.sheet, range);
  buildFromSelection(session, true);
  return session;
}

function viewFigures(session: EmulatedSession): { ms: string; kb: string } {
  const ms = medianMs(() => session.view(), 5);
  return { ms: ms.toFixed(1), kb: (Buffer.byteLength(JSON.stringify(session.view())) / 1024).toFixed(1) };
}

/** From navigation to the scorecard's chart on screen, median of five loads; and the page's size. */
async function pageLoad(session: EmulatedSession): Promise<{ ms: number; kb: number }> {
  const dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-bench-drawing-")), "workbook.json");
  writeFileSync(dataPath, JSON.stringify(session.serialize()));
  const running = await startPlayground({ port: 0, dataPath });
  const browser = await launchChromium();
  try {
    const kb = Buffer.byteLength(await (await fetch(running.url)).text()) / 1024;
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const started = performance.now();
      await page.goto(running.url);
      await page.locator(".chart canvas").waitFor();
      if (i > 0) times.push(performance.now() - started);
      await page.close();
    }
    return { ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], kb };
  } finally {
    await browser.close();
    await running.close();
  }
}

export async function benchDrawing(): Promise<void> {
  const sample = built(createSession({ workbook: sampleWorkbook() }), "A1:H8");
  const large = built(createSession({ workbook: exportOf(5000) }), "A1:F5001");
  const sampleView = viewFigures(sample);
  const largeView = viewFigures(large);
  const load = await pageLoad(sample);
  printTable("Drawing a built scorecard (3 conditional format rules, the ROI chart)", [
    { measure: "view of the sample workbook with its scorecard", value: `${sampleView.ms} ms, ${sampleView.kb} KB of JSON` },
    { measure: "view of a 5,000-channel scorecard", value: `${largeView.ms} ms, ${largeView.kb} KB of JSON` },
    { measure: "page load in Chromium until the sample scorecard's chart is drawn", value: `${load.ms.toFixed(0)} ms` },
    { measure: "the page (HTML, style and script with chart.js, unminified)", value: `${load.kb.toFixed(0)} KB` },
  ]);
}
