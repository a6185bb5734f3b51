// Functions newer than the .xlsx format must carry Excel's prefix in the file, or Excel reads
// #NAME?: the budget plan's live check (FILTER, SEQUENCE, TEXTJOIN) as the playground downloads it.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { workbookToXlsx } from "../../playground/server/xlsx";
import { buildFromSelection } from "../addon/scorecardSession";
import { buildPlan } from "../planner/planSession";

/** Every formula of the workbook's sheets, without its strings (a label may name a function). */
async function formulasOf(bytes: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = (cell.value as { formula?: string } | null)?.formula;
        if (formula) formulas.push(formula.replace(/"(?:[^"]|"")*"/g, '""'));
      }),
    ),
  );
  return formulas;
}

describe("newer functions in the .xlsx", () => {
  it("are written with Excel's prefixes: _xlfn._xlws.FILTER, _xlfn.SEQUENCE, _xlfn.TEXTJOIN", async () => {
    const session = createSession({ workbook: sampleWorkbook() });
    buildFromSelection(session, "Channel data", "A1:H8");
    buildPlan(session, { goal: { kind: "sales", value: 1000 }, rates: "scorecard", split: "mix" });
    const formulas = await formulasOf(await workbookToXlsx(session.serialize(), session.view()));
    const calls = (name: string) => formulas.filter((formula) => new RegExp(`(^|[^.\\w])${name}\\(`, "i").test(formula));
    expect(formulas.filter((formula) => formula.includes("_xlfn._xlws.FILTER(")).length).toBeGreaterThan(0);
    expect(formulas.filter((formula) => formula.includes("_xlfn.SEQUENCE(")).length).toBeGreaterThan(0);
    expect(formulas.filter((formula) => formula.includes("_xlfn.TEXTJOIN(")).length).toBeGreaterThan(0);
    // No call left bare, and none prefixed twice.
    for (const name of ["FILTER", "SEQUENCE", "TEXTJOIN"]) expect(calls(name), name).toEqual([]);
    expect(formulas.filter((formula) => /_xlfn\.(_xlws\.)?_xlfn/.test(formula))).toEqual([]);
  }, 120_000);
});
