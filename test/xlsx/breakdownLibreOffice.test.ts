// A scorecard with breakdown sections, exported to .xlsx and recalculated by LibreOffice: every
// figure of every section as the emulated Sheets computed it, with its values or its live formulas.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SelectionData } from "../../src/scorecard/request";
import { workbookToXlsx } from "../../playground/server/xlsx";
import { createSession, requestFrom, sheetValues, workbookWith } from "../addon/scorecardSession";
import { AGENCY } from "../support/agencySheet";
import { recalculatedByLibreOffice } from "../support/libreOffice";

const SCORECARD = "Channel scorecard";
type Value = string | number | boolean;

async function exported(linkToSource: boolean): Promise<{ bytes: Uint8Array; values: Value[][] }> {
  const session = createSession({ workbook: workbookWith("Agency", AGENCY) });
  session.select("Agency", "A1:H10");
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  // Campaign and Owner.
  session.runServerFunction("buildScorecard", [{ ...requestFrom(selection, { linkToSource, targetRoi: 3 }), breakdown: [2, 3] }]);
  return { bytes: await workbookToXlsx(session.serialize(), session.view()), values: sheetValues(session, SCORECARD) };
}

/** What a cell shows: a formula's result, or its value; blank is "". */
function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.value !== null && typeof cell.value === "object" && "formula" in cell.value ? cell.value.result : cell.value;
  return value === null || value === undefined ? "" : value;
}

describe("breakdown sections recalculated by LibreOffice", () => {
  const emulated: Record<string, Value[][]> = {};
  let recalculated: Record<string, ExcelJS.Workbook>;

  beforeAll(async () => {
    const [values, linked] = await Promise.all([exported(false), exported(true)]);
    emulated.values = values.values;
    emulated.linked = linked.values;
    recalculated = await recalculatedByLibreOffice({ values: values.bytes, linked: linked.bytes });
  }, 180_000);

  it.each(["values", "linked"])("agree with the emulation on every cell of every section (%s)", (name) => {
    const sheet = recalculated[name].getWorksheet(SCORECARD)!;
    const values = emulated[name];
    const firstSection = values.findIndex((row) => row[0] === "By channel, then Campaign");
    expect(firstSection).toBeGreaterThan(0);
    let figures = 0;
    for (let r = firstSection; r < values.length; r++) {
      values[r].forEach((value, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        if (typeof value === "number") {
          figures++;
          expect(shown(cell), cell.address).toBeCloseTo(value, 9);
        } else {
          expect(shown(cell), cell.address).toBe(value);
        }
      });
    }
    // Three sections of 12 metric columns: 7 + 5 + 4 rows and their totals.
    expect(figures).toBeGreaterThan(150);
  });

  it("keeps the sections' input cells as formulas over the source when linked", () => {
    const sheet = recalculated.linked.getWorksheet(SCORECARD)!;
    const values = emulated.linked;
    const byOwner = values.findIndex((row) => row[0] === "By Owner");
    // The section's Spend column, the channel table's: its owner in A, B blank.
    const spend = sheet.getCell(byOwner + 3, values[byOwner + 1].indexOf("Spend") + 1).value as ExcelJS.CellFormulaValue;
    // The spend (E) of the rows whose owner key matches: the key sheet's third column keys the owners (D).
    expect(spend.formula).toMatch(/^SUMIFS\(Agency!\$E\$2:\$E\$\d+, 'Social ROI keys'!\$C\$2:\$C\$\d+, /);
    const ownerKey = recalculated.linked.getWorksheet("Social ROI keys")!.getCell("C2").value as ExcelJS.CellFormulaValue;
    expect(ownerKey.formula).toContain("Agency!$D$2:$D$");
  });
});
