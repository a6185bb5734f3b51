// A formula over a sheet that does not exist shows #REF! as in Sheets, and the workbook keeps
// working: later edits apply, and both survive a restart on the saved file.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CellView, WorkbookFile } from "../../playground/runtime/contract";
import type { PlaygroundView } from "../../playground/server/playground";
import { startPlayground } from "../../playground/server/server";
import { postJson, send } from "./httpClient";

const SHEET = "Channel data";
const freshPath = () => join(mkdtempSync(join(tmpdir(), "social-roi-missing-sheet-")), "workbook.json");
const cellOf = (view: PlaygroundView, a1Row: number, column: number): CellView | undefined => view.sheets[0].cells[a1Row - 1]?.[column - 1];
const savedRow = (path: string, a1Row: number) => (JSON.parse(readFileSync(path, "utf8")) as WorkbookFile).sheets[0].cells[a1Row - 1];

describe("a formula over a sheet that does not exist", () => {
  it.each(["=SUM(Nope!A:A)", "=SUM(Nope!A2:A)", "=ROI(Nope!H2:H, Nope!B2:B)", "=SUM('Last quarter'!B2:B9)"])(
    "%s shows #REF! with Sheets' message, an edit elsewhere applies, and both are there after a restart",
    async (formula) => {
      const path = freshPath();
      const sheetName = formula.includes("'") ? "Last quarter" : "Nope";
      const first = await startPlayground({ port: 0, dataPath: path });
      try {
        const typed = await postJson(first.url, "/api/edit", { sheet: SHEET, cell: "K2", input: formula });
        expect(typed.status).toBe(200);
        expect(cellOf(typed.json<PlaygroundView>(), 2, 11)).toMatchObject({ display: "#REF!", input: formula, error: `Unresolved sheet name '${sheetName}'.` });
        expect((await postJson(first.url, "/api/edit", { sheet: SHEET, cell: "B2", input: "5000" })).status).toBe(200);
        const roi = await postJson(first.url, "/api/edit", { sheet: SHEET, cell: "K3", input: "=ROI(H2, B2)" });
        expect(roi.status).toBe(200);
        // Facebook's revenue 12,600 over the budget just typed.
        expect(cellOf(roi.json<PlaygroundView>(), 3, 11)?.value).toBeCloseTo((12_600 - 5_000) / 5_000, 12);
        expect(savedRow(path, 2)[10]).toBe(formula);
        expect(savedRow(path, 2)[1]).toBe("5000"); // saved as typed
      } finally {
        await first.close();
      }
      const reopened = await startPlayground({ port: 0, dataPath: path });
      try {
        const view = (await send(reopened.url, "/api/view")).json<PlaygroundView>();
        expect(view.notice).toBeNull();
        expect(cellOf(view, 2, 11)).toMatchObject({ display: "#REF!", input: formula });
        expect(cellOf(view, 2, 2)?.value).toBe(5000);
        expect(cellOf(view, 3, 11)?.value).toBeCloseTo((12_600 - 5_000) / 5_000, 12);
      } finally {
        await reopened.close();
      }
    },
  );
});
