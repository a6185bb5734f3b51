/**
 * The playground: start-up, sample load and the page's first view, edits (with the view the page gets
 * back), paste, undo and clear on a long sheet, a window of a 100,000-row sheet, onOpen's service calls.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIRST_WINDOW, windowAround } from "../../playground/page/shownRows";
import type { PlaygroundSession, ViewWindow, WorkbookFile } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { median, medianMs, printTable } from "./measure";

const LONG_SHEET_ROWS = 10_000;
const SPILL_ROWS = 100_000;
const HUGE_SHEET_ROWS = 100_000;
// What a 1080-pixel screen draws: about 40 rows, and the grid's overscan.
const ROWS_DRAWN = 60;
const PASTE_ROWS = 250;

/** Spawns the playground as npm start does (after the build) and times it to the first served page. */
async function startToServedPageMs(): Promise<number> {
  const started = performance.now();
  const dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-bench-")), "workbook.json");
  const child = spawn(process.execPath, ["--import", "tsx", "playground/start.ts", "--port", "0", "--data", dataPath], {
    cwd: new URL("../../", import.meta.url).pathname,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        const match = /(http:\/\/\S+\/)/.exec(chunk.toString());
        if (match) resolve(match[1]);
      });
      child.once("exit", (code) => reject(new Error(`the playground exited with ${code}`)));
    });
    await (await fetch(url)).text();
    return performance.now() - started;
  } finally {
    child.kill();
  }
}

function longSheetWorkbook(rowCount = LONG_SHEET_ROWS): WorkbookFile {
  const rows = Array.from({ length: rowCount }, (_, i) => [`Ad ${i + 1}`, 10 + (i % 90), i % 7, `=B${i + 2}/MAX(C${i + 2}, 1)`]);
  const workbook = sampleWorkbook();
  workbook.sheets.push({
    name: "Long",
    cells: [["Ad", "Spend", "Conversions", "Per conversion"], ...rows, ["Total", `=SUM(B2:B${rowCount + 1})`, `=SUM(C2:C${rowCount + 1})`, `=CPA(B2:B${rowCount + 1}, C2:C${rowCount + 1})`]],
    formats: [],
    frozenRows: 1,
    metadata: [],
  });
  return workbook;
}

/** A view as the server sends it: its JSON's size and the time to compute and serialize it. */
function viewMeasure(session: PlaygroundSession, window?: ViewWindow): { bytes: number; ms: number } {
  let bytes = 0;
  const ms = medianMs(() => (bytes = JSON.stringify(session.view(window)).length), 5);
  return { bytes, ms };
}

/** One edit on the long sheet end to end: the edit, recalculated, and the view the page gets back. */
function editAndViewMs(session: PlaygroundSession, window?: ViewWindow): number {
  let value = 100;
  return medianMs(() => {
    session.editCell("Long", "B5002", String(value++));
    JSON.stringify(session.view(window));
  }, 9);
}

const size = ({ bytes, ms }: { bytes: number; ms: number }) => `${bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(0)} KB`} in ${ms.toFixed(1)} ms`;

/** The view after a formula spills down 100,000 rows: what every later page refresh carries. */
function spilledViewMeasure(): { bytes: number; ms: number } {
  const session = createSession({ workbook: sampleWorkbook() });
  session.editCell("Channel data", "K2", `=CPA(B2:B${SPILL_ROWS + 1}, G2:G${SPILL_ROWS + 1})`);
  return viewMeasure(session);
}

export async function benchPlayground(): Promise<void> {
  const startMs = await startToServedPageMs();
  const loadMs = medianMs(() => createSession({ workbook: sampleWorkbook() }), 5);
  const firstView = viewMeasure(createSession({ workbook: sampleWorkbook() }), FIRST_WINDOW);
  const session = createSession({ workbook: longSheetWorkbook() });
  let value = 100;
  const editMs = medianMs(() => session.editCell("Long", "B2", String(value++)), 9);
  // The page scrolled to row 5,000: the rows it draws, and a margin either side.
  const middleWindow = windowAround("Long", 5_000, 5_000 + ROWS_DRAWN);
  const editViewMs = editAndViewMs(session, middleWindow);
  const editWholeViewMs = editAndViewMs(session);
  // 1,000 cells pasted over the long sheet's rows (text, numbers, percents, formulas), as one edit; then undone.
  const pasted = Array.from({ length: PASTE_ROWS }, (_, i) => [`Ad ${i}`, String(20 + (i % 50)), `${i % 9}%`, `=B${i + 2}*2`]);
  const pasteMs = medianMs(() => session.editCells("Long", "A2", pasted), 9);
  const undoMs = medianMs(() => session.undo(), 9);
  session.redo();
  // Each run clears the pasted block, formulas included; undo (not timed) puts it back for the next.
  const clearMs = median(
    Array.from({ length: 9 }, () => {
      const started = performance.now();
      session.clearCells("Long", `A2:D${PASTE_ROWS + 1}`);
      const ms = performance.now() - started;
      session.undo();
      return ms;
    }),
  );
  const onOpenCalls = createSession({ workbook: sampleWorkbook() }).serviceCalls();
  const spilled = spilledViewMeasure();
  const huge = createSession({ workbook: longSheetWorkbook(HUGE_SHEET_ROWS) });
  const hugeWindow = viewMeasure(huge, windowAround("Long", 90_000, 90_000 + ROWS_DRAWN));
  const hugeFirstRows = viewMeasure(huge);
  printTable("Playground", [
    { measure: "npm start (after the build) to a served page", value: `${startMs.toFixed(0)} ms` },
    { measure: "load the sample workbook (session, onOpen)", value: `${loadMs.toFixed(1)} ms` },
    { measure: "the page's first view of the sample (its first rows)", value: size(firstView) },
    { measure: `edit one cell of a ${LONG_SHEET_ROWS.toLocaleString("en")}-row sheet, recalculated`, value: `${editMs.toFixed(1)} ms` },
    {
      measure: `same, end to end: edit and the view sent back of the window at row 5,000 (${middleWindow.rows} rows)`,
      value: `${editViewMs.toFixed(1)} ms`,
    },
    { measure: "same, with a view of the first 2,000 rows of every sheet (no window)", value: `${editWholeViewMs.toFixed(1)} ms` },
    {
      measure: `view of a ${HUGE_SHEET_ROWS.toLocaleString("en")}-row sheet: the window at row 90,000 the page asks for`,
      value: size(hugeWindow),
    },
    { measure: "the same sheet's view without a window (first 2,000 rows)", value: size(hugeFirstRows) },
    {
      measure: `view after a formula spills ${SPILL_ROWS.toLocaleString("en")} rows (sent: the first rows only)`,
      value: size(spilled),
    },
    { measure: `paste ${(PASTE_ROWS * 4).toLocaleString("en")} cells into it (one engine change)`, value: `${pasteMs.toFixed(1)} ms` },
    { measure: "undo that paste", value: `${undoMs.toFixed(1)} ms` },
    { measure: `clear those ${(PASTE_ROWS * 4).toLocaleString("en")} cells (a selection)`, value: `${clearMs.toFixed(1)} ms` },
    { measure: "service calls made by onOpen", value: `${onOpenCalls.total} (${Object.entries(onOpenCalls.byName).map(([k, v]) => `${k} ${v}`).join(", ")})` },
  ]);
}
