// Each function's native twin, as the .xlsx writes it (a plain formula on cells, an array formula
// over ranges), recalculated by LibreOffice: what the function gives, for random inputs with
// blanks, zeros, texts and negatives. All cases go in one workbook, so LibreOffice starts once.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { shownByLibreOffice } from "../support/libreOffice";
import { callOf, differences, SPECS, twinCases, twinOf, type Outcome, type TwinCase } from "../support/twinCases";

const CASES_PER_FUNCTION = 60;
const SEED = Date.now() % 2 ** 31;
const SINGLE_COLUMN = 6;
const RANGE_COLUMN = 7;
const ARRAY_FORMULA = /^=ARRAYFORMULA\(([\s\S]*)\)$/;
// Results are read as LibreOffice shows them (exceljs reads a computed 0 as no result), to 16 digits.
const EVERY_DIGIT = "0.000000000000000E+00";

interface PlacedCase {
  readonly twinCase: TwinCase;
  readonly top: number;
}

const cases: PlacedCase[] = [];
let top = 1;
for (const spec of SPECS) {
  for (const twinCase of fc.sample(twinCases(spec), { numRuns: CASES_PER_FUNCTION, seed: SEED })) {
    cases.push({ twinCase, top });
    top += twinCase.rows.length;
  }
}

function casesWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Cases");
  for (const { twinCase, top } of cases) {
    const bottom = top + twinCase.rows.length - 1;
    twinCase.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell !== null) sheet.getCell(top + r, c + 1).value = cell;
      });
      sheet.getCell(top + r, SINGLE_COLUMN).value = { formula: twinOf(callOf(twinCase, top, top + r)).slice(1) } as ExcelJS.CellFormulaValue;
      sheet.getCell(top + r, SINGLE_COLUMN).numFmt = EVERY_DIGIT;
      sheet.getCell(top + r, RANGE_COLUMN).numFmt = EVERY_DIGIT;
    });
    const [, expression] = ARRAY_FORMULA.exec(twinOf(callOf(twinCase, top, null)))!;
    const ref = `${sheet.getColumn(RANGE_COLUMN).letter}${top}:${sheet.getColumn(RANGE_COLUMN).letter}${bottom}`;
    sheet.getCell(top, RANGE_COLUMN).value = { formula: expression, shareType: "array", ref } as unknown as ExcelJS.CellFormulaValue;
  }
  return workbook;
}

function outcomeOf(shown: string | undefined): Outcome {
  if (shown === undefined || shown === "") return "";
  if (shown.startsWith("#") || shown.startsWith("Err:")) return "error";
  const number = Number(shown);
  if (Number.isNaN(number)) throw new Error(`unexpected value ${shown}`);
  return number;
}

let shown: string[][];

beforeAll(async () => {
  shown = await shownByLibreOffice(new Uint8Array(await casesWorkbook().xlsx.writeBuffer()), "Cases");
}, 300_000);

describe.each(SPECS.map((spec) => spec.name))(`the native twin of %s in LibreOffice (seed ${SEED})`, (name) => {
  it("gives the function's results on cells and ranges with blanks, zeros, texts and negatives", () => {
    const found = cases
      .filter(({ twinCase }) => twinCase.name === name)
      .flatMap(({ twinCase, top }) => {
        const at = (r: number, column: number) => outcomeOf(shown[top + r - 1]?.[column - 1]);
        const single = twinCase.rows.map((_, r) => at(r, SINGLE_COLUMN));
        const range = twinCase.rows.map((_, r) => at(r, RANGE_COLUMN));
        return differences(twinCase, single, range).map((difference) => `${callOf(twinCase, top, null)}: ${difference}`);
      });
    expect(found).toEqual([]);
  });
});
