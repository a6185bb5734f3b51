// The scorecard downloaded as .xlsx keeps its verdict note readable: merged, wrapped, on its taller row.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { workbookToXlsx } from "../../playground/server/xlsx";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { buildFromSelection } from "../addon/scorecardSession";

describe("the verdict note in the .xlsx", () => {
  it("is merged across the same cells, wrapped, on a row as tall as in the sheet", async () => {
    const session = createSession({ workbook: sampleWorkbook() });
    buildFromSelection(session, "Channel data", "A1:H8");
    const view = session.view().sheets.find((sheet) => sheet.name === "Channel scorecard")!;
    const [merge] = view.merges;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookToXlsx(session.serialize(), session.view())) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Channel scorecard")!;
    const note = sheet.getCell(2, merge.column + 1);
    expect(String(note.value)).toMatch(/^Verdict: /);
    expect(note.alignment?.wrapText).toBe(true);
    // A cell inside the merge is the note's.
    expect(sheet.getCell(2, merge.column + merge.columns).master.address).toBe(note.address);
    // Points are three quarters of a pixel.
    expect(sheet.getRow(2).height).toBeCloseTo(view.rowHeights[1] * 0.75, 6);
  }, 120_000);
});
