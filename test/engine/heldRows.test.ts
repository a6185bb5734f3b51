// A data sheet whose rows stay out of the formula engine (the command line's --out): formulas over it
// compute what they compute with the rows in the engine, read back as typed, and the add-on reads
// its cells and formats as a sheet's.
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import type { RawCell, WorkbookFile } from "../../playground/runtime/contract";

const HEADER: RawCell[] = ["Day", "Platform", "Amount spent (USD)", "Purchases"];
const ROWS: RawCell[][] = [
  [46023, "facebook", 120.5, 3],
  [46024, "instagram", 80.25, ""],
  [46025, "facebook", 10, 1],
  [46026, "=not a formula", 0.75, 2],
  [46030, "instagram", 40, 4],
  [46031, "a=b", 5, 1],
];
const CELLS = [HEADER, ...ROWS];
const FORMATS = CELLS.map((row, r) => row.map((_, c) => (r > 0 && c === 2 ? '"$"#,##0.00' : r > 0 && c === 0 ? "yyyy-mm-dd" : null)));
const SHEET = "meta";

/** The formulas of the check sheet, each over the data sheet, with its value from the literal rows above. */
const FORMULAS: [string, number | string][] = [
  ["=SUM(meta!C2:C7)", 120.5 + 80.25 + 10 + 0.75 + 40 + 5],
  ["=SUM('meta'!$C$2:$C)", 120.5 + 80.25 + 10 + 0.75 + 40 + 5],
  ["=SUM(meta!C:C)", 120.5 + 80.25 + 10 + 0.75 + 40 + 5],
  ["=COUNT(meta!D2:D7)", 5],
  ['=SUMIFS(meta!C2:C7, meta!B2:B7, "facebook")', 130.5],
  // Text with "=" inside is matched whole, as Sheets matches it.
  ['=SUMIFS(meta!C2:C7, meta!B2:B7, "a=b")', 5],
  ['=SUMIFS(meta!D2:D7, meta!B2:B7, "instagram", meta!A2:A7, ">="&46024, meta!A2:A7, "<"&46031)', 4],
  ["=meta!B5", "=not a formula"],
  ["=SUM(ARRAYFORMULA(IF(ISNUMBER(meta!D2:D7), meta!C2:C7, 0)))", 120.5 + 10 + 0.75 + 40 + 5],
  ['="meta!C2:C6 "&meta!A1', "meta!C2:C6 Day"],
  // One column read by two formulas: the second reads it as written, whatever the first computed from it.
  ["=SUM(ARRAYFORMULA(IF(ISNUMBER(meta!D2:D7), meta!D2:D7*meta!C2:C7, 0)))", 3 * 120.5 + 1 * 10 + 2 * 0.75 + 4 * 40 + 1 * 5],
  ["=SUM(ARRAYFORMULA(IF(ISNUMBER(meta!D2:D7), 1, 0)))", 5],
];

function workbook(dataCells: RawCell[][], formats: (string | null)[][]): WorkbookFile {
  const literal = dataCells.map((row) => row.map((cell) => (typeof cell === "string" && cell !== "" ? `'${cell}` : cell)));
  return {
    version: 1,
    locale: "en_US",
    sheets: [
      { name: SHEET, cells: literal, formats, frozenRows: 1, metadata: [], maxRows: 1000 },
      { name: "Check", cells: FORMULAS.map(([formula]) => [formula]), formats: [], frozenRows: 0, metadata: [] },
    ],
    active: { sheet: "Check", range: "A1" },
  };
}

const held = () => createSession({ workbook: workbook(CELLS.slice(0, 1), FORMATS.slice(0, 1)), heldSheets: new Map([[SHEET, { cells: CELLS, formats: FORMATS }]]) });

describe("a held data sheet", () => {
  it("gives each formula over it the value from its rows, as the same rows in the engine do", () => {
    const inEngine = createSession({ workbook: workbook(CELLS, FORMATS) }).usedCellReadings("Check");
    const readings = held().usedCellReadings("Check");
    FORMULAS.forEach(([formula, expected], r) => {
      const value = readings[r][0].value;
      if (typeof expected === "number") expect(value, formula).toBeCloseTo(expected, 9);
      else expect(value, formula).toBe(expected);
      expect(value, formula).toEqual(inEngine[r][0].value);
    });
  });

  it("keeps each formula as typed in the saved workbook", () => {
    const saved = held().serialize().sheets.find((sheet) => sheet.name === "Check")!;
    expect(saved.cells.map((row) => row[0])).toEqual(FORMULAS.map(([formula]) => formula));
  });

  it("is saved whole: the workbook opened again has its rows, text kept text, and the same figures", () => {
    const saved = held().serialize();
    const data = saved.sheets.find((sheet) => sheet.name === SHEET)!;
    expect(data.cells).toEqual(workbook(CELLS, FORMATS).sheets[0].cells);
    expect(data.formats).toEqual(FORMATS);
    const reopened = createSession({ workbook: saved });
    expect(reopened.usedCellReadings(SHEET)[4][1].value).toBe("=not a formula");
    expect(reopened.usedCellReadings("Check").map((row) => row[0].value)).toEqual(held().usedCellReadings("Check").map((row) => row[0].value));
  });

  it("reads its rows' values and number formats through the spreadsheet service", () => {
    const session = held();
    const sheet = session.spreadsheet.getSheetByName(SHEET)!;
    const range = sheet.getRange(2, 1, ROWS.length, 4);
    // Days read back as dates, as Sheets gives a day-formatted cell.
    expect(range.getValues().map((row) => row.slice(1))).toEqual(ROWS.map((row) => row.slice(1)));
    expect(range.getNumberFormats().map((row) => [row[0], row[2]])).toEqual(ROWS.map(() => ["yyyy-mm-dd", '"$"#,##0.00']));
    expect(sheet.getLastRow()).toBe(CELLS.length);
  });

  it("takes its rows into the engine when written to: the formulas over it follow the edit, and undo takes it back", () => {
    const session = held();
    session.editCell(SHEET, "C2", "1000");
    const readings = session.usedCellReadings("Check");
    expect(readings[0][0].value).toBeCloseTo(1000 + 80.25 + 10 + 0.75 + 40 + 5, 9);
    expect(readings[4][0].value).toBeCloseTo(1010, 9);
    expect(session.serialize().sheets.find((sheet) => sheet.name === "Check")!.cells[0][0]).toBe(FORMULAS[0][0]);
    expect(session.spreadsheet.getSheetByName(SHEET)!.getRange("C3").getNumberFormat()).toBe('"$"#,##0.00');
    session.undo();
    expect(session.usedCellReadings("Check")[0][0].value).toBeCloseTo(FORMULAS[0][1] as number, 9);
  });

  it("takes its rows into the engine when restyled: the other cells keep their formats, the formulas their values", () => {
    const session = held();
    const sheet = session.spreadsheet.getSheetByName(SHEET)!;
    sheet.getRange("C2").setNumberFormat("0.0");
    expect(sheet.getRange("C2:C3").getNumberFormats()).toEqual([["0.0"], ['"$"#,##0.00']]);
    expect(session.usedCellReadings("Check")[0][0].value).toBeCloseTo(FORMULAS[0][1] as number, 9);
  });
});
