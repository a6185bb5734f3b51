// Editing at the grid as in Sheets: pasting a block, clearing a selection, undo and redo.
import { afterAll, describe, expect, it } from "vitest";
import type { CellView } from "../../playground/runtime/contract";
import { MAX_PASTE_CELLS, createSession, type SessionOptions } from "../../playground/runtime/session";
import { channelWorkbook, writeTestBundle } from "./testBundle";

const bundle = writeTestBundle();
afterAll(() => bundle.remove());

const SHEET = "Channel data";
const session = (historyLimits?: SessionOptions["historyLimits"]) =>
  createSession({ workbook: channelWorkbook(), codePath: bundle.codePath, historyLimits });

/** The cells of a block of the sheet, by A1 corner and size, as the grid shows them. */
function block(cells: CellView[][], row: number, column: number, rows: number, columns: number) {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cells[row - 1 + r]?.[column - 1 + c]));
}

const displays = (cells: (CellView | undefined)[][]) => cells.map((row) => row.map((cell) => cell?.display ?? ""));

// Rows as a spreadsheet's clipboard gives them: a header row, then channels with a percent, a
// currency, a formula and a cell left blank.
const PASTED = [
  ["Channel", "Spend", "CTR", "Fee", "ROI"],
  ["TikTok", "950", "2.5%", "€30", "=ROI(F2, B2)"],
  ["Snapchat", "400", "", "€12.50", "=SUM(K2:K3)"],
];

describe("pasting a block", () => {
  it("reads each cell as if typed: numbers, percents, currency, text and formulas", () => {
    const opened = session();
    opened.editCells(SHEET, "H1", PASTED);
    const [header, tiktok, snapchat] = block(opened.view().sheets[0].cells, 1, 8, 3, 5);
    expect(header.map((cell) => cell.value)).toEqual(["Channel", "Spend", "CTR", "Fee", "ROI"]);
    expect(tiktok.map((cell) => cell.value)).toEqual(["TikTok", 950, 0.025, 30, (6000 - 1200) / 1200]);
    expect(tiktok.map((cell) => cell.display)).toEqual(["TikTok", "950", "2.50%", "€30.00", "400.0%"]);
    expect(tiktok[2].input).toBe("2.5%");
    expect(tiktok[4].input).toBe("=ROI(F2, B2)");
    expect(snapchat.map((cell) => cell.value)).toEqual(["Snapchat", 400, "", 12.5, 30 + 12.5]);
    expect(opened.view().history).toEqual({ undo: 1, redo: 0 });
  });

  it("blanks the end of short rows, as the block is a rectangle", () => {
    const opened = session();
    opened.editCells(SHEET, "A2", [["Meta"], ["Bing", "90"]]);
    const cells = opened.view().sheets[0].cells;
    expect(displays(block(cells, 2, 1, 2, 3))).toEqual([["Meta", "", "3,400"], ["Bing", "90", "2100"]]);
  });

  it("recalculates the same number of times for 4 cells and for 4,000", () => {
    const recalculations = (rows: number) => {
      const opened = session();
      let count = 0;
      opened.workbook.engine.on("valuesUpdated", () => count++);
      const inputs = Array.from({ length: rows }, (_, r) => [`Channel ${r}`, String(r * 10), `${r}%`, `=I${r + 20}*2`]);
      opened.editCells(SHEET, "H20", inputs);
      expect(opened.view().sheets[0].cells[20 + rows - 2][10].value).toBe((rows - 1) * 10 * 2);
      return count;
    };
    expect(recalculations(1000)).toBe(recalculations(1));
  });

  it("refuses what is not rows of text, or too many cells, and changes nothing", () => {
    const opened = session();
    const before = opened.serialize();
    expect(() => opened.editCells(SHEET, "A1", [])).toThrow("A paste must be a list of rows");
    expect(() => opened.editCells(SHEET, "A1", [["a", 2 as unknown as string]])).toThrow("A paste must be a list of rows");
    expect(() => opened.editCells(SHEET, "A1", [[]])).toThrow("There is nothing to paste.");
    expect(() => opened.editCells(SHEET, "nowhere", [["a"]])).toThrow('"nowhere" is not a cell.');
    const huge = Array.from({ length: MAX_PASTE_CELLS / 4 + 1 }, () => ["1", "2", "3", "4"]);
    expect(() => opened.editCells(SHEET, "A1", huge)).toThrow(`This paste has ${huge.length} rows of 4 cells: paste at most 100,000 cells at a time.`);
    expect(opened.serialize()).toEqual(before);
    expect(opened.view().history).toEqual({ undo: 0, redo: 0 });
  });
});

describe("clearing a selection", () => {
  it("empties every cell of it in one step and keeps their formats", () => {
    const opened = session();
    opened.clearCells(SHEET, "B2:D3");
    const cells = opened.view().sheets[0].cells;
    expect(displays(block(cells, 2, 1, 3, 5))).toEqual([
      ["Facebook", "", "", "", "48"],
      ["Instagram", "", "", "", "32"],
      ["LinkedIn", "1500", "900", "0.51", "12"],
    ]);
    expect(opened.view().history).toEqual({ undo: 1, redo: 0 });
    opened.editCell(SHEET, "B2", "950");
    expect(opened.view().sheets[0].cells[1][1].display).toBe("€950");
  });

  it("clears a selection reaching far past the data, holding only the used cells", () => {
    const opened = session();
    const before = opened.serialize();
    opened.clearCells(SHEET, "A1:ZZZ200000");
    expect(opened.serialize().sheets[0].cells.flat().every((cell) => cell === null)).toBe(true);
    opened.undo();
    expect(opened.serialize()).toEqual(before);
  });

  it("does nothing, and records nothing, past the data or on cells already empty", () => {
    const opened = session();
    opened.clearCells(SHEET, "K10:M12");
    expect(opened.serialize()).toEqual(channelWorkbook());
    expect(opened.view().history).toEqual({ undo: 0, redo: 0 });
    opened.clearCells(SHEET, "B2:C3");
    const cleared = opened.serialize();
    opened.clearCells(SHEET, "B2:C3");
    expect(opened.serialize()).toEqual(cleared);
    expect(opened.view().history).toEqual({ undo: 1, redo: 0 });
  });
});

describe("undo and redo", () => {
  it("take back a paste as one step, then put it back", () => {
    const opened = session();
    const before = opened.serialize();
    opened.editCells(SHEET, "D2", PASTED);
    const pasted = opened.serialize();
    opened.undo();
    expect(opened.serialize()).toEqual({ ...before, active: { sheet: SHEET, range: "D2:H4" } });
    expect(opened.view().history).toEqual({ undo: 0, redo: 1 });
    opened.redo();
    expect(opened.serialize()).toEqual({ ...pasted, active: { sheet: SHEET, range: "D2:H4" } });
  });

  it("restore formulas, values and formats exactly, one edit at a time", () => {
    const opened = session();
    const states = [opened.serialize().sheets];
    opened.editCell(SHEET, "G2", "=CPA(B2:B4, E2:E4)");
    states.push(opened.serialize().sheets);
    // Over the formula's spill, over percents and a currency: each cell with its own format.
    opened.editCells(SHEET, "C3", [["12.5%", "7", "", "1500", "=G2*2"]]);
    states.push(opened.serialize().sheets);
    opened.clearCells(SHEET, "A1:G4");
    states.push(opened.serialize().sheets);

    for (const expected of states.slice(0, -1).reverse()) {
      opened.undo();
      expect(opened.serialize().sheets).toEqual(expected);
    }
    const cells = opened.view().sheets[0].cells;
    expect(cells[1].slice(0, 6).map((cell) => cell.display)).toEqual(["Facebook", "€1,200", "3,400", "42%", "48", "€6,000"]);
    for (const expected of states.slice(1)) {
      opened.redo();
      expect(opened.serialize().sheets).toEqual(expected);
    }
  });

  it("bring back a formula's spill once the cells pasted over it are undone", () => {
    const opened = session();
    opened.editCell(SHEET, "G2", "=CPA(B2:B4, E2:E4)");
    opened.editCells(SHEET, "G3", [["x"]]);
    expect(opened.view().sheets[0].cells[1][6].value).toBe("#REF!");
    opened.undo();
    expect(opened.view().sheets[0].cells.slice(1).map((row) => row[6].value)).toEqual([1200 / 48, 800 / 32, 1500 / 12]);
  });

  it("select what they changed", () => {
    const opened = session();
    opened.editCells(SHEET, "B3", [["1", "2"]]);
    opened.select(SHEET, "A1");
    opened.undo();
    expect(opened.view().selection).toBe("B3:C3");
  });

  it("do nothing when there is nothing to take back or put back", () => {
    const opened = session();
    opened.undo();
    opened.redo();
    expect(opened.serialize()).toEqual(channelWorkbook());
  });

  it("forget what was undone once a new edit is made", () => {
    const opened = session();
    opened.editCell(SHEET, "A2", "Meta");
    opened.undo();
    opened.editCell(SHEET, "A3", "Reels");
    expect(opened.view().history).toEqual({ undo: 1, redo: 0 });
    opened.redo();
    expect(opened.view().sheets[0].cells[1][0].value).toBe("Facebook");
  });

  it("keep the last 100 edits by default", () => {
    const opened = session();
    for (let i = 1; i <= 101; i++) opened.editCell(SHEET, "B2", String(i));
    expect(opened.view().history).toEqual({ undo: 100, redo: 0 });
    for (let i = 0; i < 100; i++) opened.undo();
    // The first edit (1200 to 1) is beyond reach: undo stops at its result.
    expect(opened.view().sheets[0].cells[1][1].value).toBe(1);
    opened.undo();
    expect(opened.view().sheets[0].cells[1][1].value).toBe(1);
  });

  it("drop the oldest edits beyond the cells they may hold, keeping the latest whatever its size", () => {
    const opened = session({ steps: 100, cells: 10 });
    opened.editCells(SHEET, "H1", [["1", "2", "3", "4", "5", "6"]]);
    opened.editCells(SHEET, "H2", [["1", "2", "3", "4", "5", "6"]]);
    expect(opened.view().history).toEqual({ undo: 1, redo: 0 });
    opened.editCells(SHEET, "H3", Array.from({ length: 20 }, () => ["x"]));
    expect(opened.view().history).toEqual({ undo: 1, redo: 0 });
  });

  it("refuse, and forget the history, when the add-on has changed those cells since", () => {
    const opened = session();
    opened.editCell(SHEET, "H2", "5");
    opened.select(SHEET, "H2");
    opened.runServerFunction("insertFormula", ["=ROI(10000, 1000)"]);
    expect(() => opened.undo()).toThrow("Nothing to undo: 'Channel data'!H2 was changed since by the add-on, so the edit history was cleared.");
    expect(opened.view().sheets[0].cells[1][7].input).toBe("=ROI(10000, 1000)");
    expect(opened.view().history).toEqual({ undo: 0, redo: 0 });
  });

  it("still take back the user's edits when the add-on wrote elsewhere", () => {
    const opened = session();
    opened.editCell(SHEET, "H2", "5");
    opened.select(SHEET, "J9");
    opened.runServerFunction("insertFormula", ["=ROI(10000, 1000)"]);
    opened.undo();
    const cells = opened.view().sheets[0].cells;
    expect([cells[1][7].value, cells[8][9].value]).toEqual(["", 9]);
  });
});

describe("a formula over a sheet that does not exist", () => {
  it("shows #REF! until a sheet of that name is added, then computes over it, kept as typed throughout", () => {
    const opened = session();
    const formula = "=SUM('Q3 spend'!B2:B)+'q3 spend'!C1";
    opened.editCell(SHEET, "K2", formula);
    const shown = () => opened.view().sheets[0].cells[1][10];
    expect(shown()).toMatchObject({ display: "#REF!", input: formula, error: "Unresolved sheet name 'Q3 spend'." });
    expect(opened.serialize().sheets[0].cells[1][10]).toBe(formula);
    // A sheet the add-on inserts later, named in another case, as Sheets matches names.
    const added = opened.spreadsheet.insertSheet("Q3 Spend");
    added.getRange("B2:C3").setValues([[1200, 7], [800, ""]]);
    expect(shown().value).toBe(1200 + 800);
    expect(opened.serialize().sheets[0].cells[1][10]).toBe("=SUM('Q3 Spend'!B2:B)+'Q3 Spend'!C1");
  });
});

describe("a paste wider than a sheet", () => {
  it("is refused naming the limit, 18,278 columns, and changes nothing", () => {
    const opened = session();
    const before = opened.serialize();
    // One row of 20,000 cells pasted at B1: it would reach column 20,001.
    const row = Array.from({ length: 20_000 }, (_, i) => String(i));
    expect(() => opened.editCells(SHEET, "B1", [row])).toThrow(
      "This paste would reach 20,001 columns, where a sheet holds at most 18,278 (A to ZZZ) as in Google Sheets: paste fewer columns or rows.",
    );
    expect(opened.serialize()).toEqual(before);
  });
});
