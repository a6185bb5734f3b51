import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n";
import { readChannelRows } from "../../src/scorecard/channelRows";
import { checkTable } from "../../src/sidebar/scorecard/checks";
import {
  addRow, deleteRow, fieldOfColumn, filledRowCount, mapColumn, pasteAt, setCell, tableFromSelection, typedTable,
} from "../../src/sidebar/scorecard/table";
import { FIXTURES } from "../import/exports";

const typed = () => typedTable((field) => field);

const selection = () =>
  tableFromSelection({
    sheetName: "Data", rangeA1: "A1:C3", firstRow: 1, firstColumn: 1, hasHeader: true,
    headers: ["Channel", "Spend", "Sales"],
    rows: [["Facebook", 10, 1], ["X", 20, 2]],
    mapping: { channel: 0, budget: 1, conversions: 2 },
    breakdown: [],
    convention: ".", report: { headerRow: 0, linesAbove: 0, decisions: [], derived: [], numbers: [], empty: [], currency: { kind: "none" }, dates: [], repeated: [] },
  });

describe("the sidebar's rows", () => {
  it("start as one empty typed row under the standard columns, mapped one to one", () => {
    const table = typed();
    expect(table.headers).toEqual(["channel", "budget", "leads", "bounceRate", "conversions", "revenue"]);
    expect(table.rows).toEqual([["", "", "", "", "", ""]]);
    expect(table.mapping).toEqual({ channel: 0, budget: 1, leads: 2, bounceRate: 3, conversions: 4, revenue: 5 });
    expect(table.source).toBeNull();
  });

  it("keep a selection's headers, rows, mapping and where they came from", () => {
    const table = selection();
    expect(table.headers).toEqual(["Channel", "Spend", "Sales"]);
    expect(table.source).toEqual({ sheetName: "Data", rangeA1: "A1:C3", firstRow: 1, firstColumn: 1, hasHeader: true });
    expect(table).toMatchObject({ edited: false, reshaped: false });
  });

  it("set one cell, leaving the others and the original table as they were", () => {
    const before = selection();
    const after = setCell(before, 1, 1, "25");
    expect(after.rows).toEqual([["Facebook", 10, 1], ["X", "25", 2]]);
    expect(before.rows[1][1]).toBe(20);
    expect(after).toMatchObject({ edited: true, reshaped: false });
  });

  it("add an empty row as wide as the headers, and delete a row by its index", () => {
    const added = addRow(selection());
    expect(added.rows).toEqual([["Facebook", 10, 1], ["X", 20, 2], ["", "", ""]]);
    expect(deleteRow(added, 0).rows).toEqual([["X", 20, 2], ["", "", ""]]);
    expect(added.reshaped).toBe(true);
    expect(deleteRow(selection(), 1)).toMatchObject({ rows: [["Facebook", 10, 1]], reshaped: true });
  });

  it("count only the rows with something in them", () => {
    expect(filledRowCount(typed())).toBe(0);
    expect(filledRowCount(setCell(addRow(typed()), 1, 0, "X"))).toBe(1);
  });
});

describe("pasting cells copied from a spreadsheet", () => {
  it("fills the table from the cell pasted into, adding rows as needed", () => {
    const table = pasteAt(typed(), 0, 0, "Facebook\t100\nLinkedIn\t200\nX\t300");
    expect(table.rows.map((row) => row.slice(0, 2))).toEqual([["Facebook", "100"], ["LinkedIn", "200"], ["X", "300"]]);
    expect(table.rows.every((row) => row.length === 6)).toBe(true);
  });

  it("reads Windows line ends and ignores the trailing newline Excel adds", () => {
    const table = pasteAt(typed(), 0, 4, "10\t500\r\n20\t900\r\n");
    expect(table.rows).toEqual([
      ["", "", "", "", "10", "500"],
      ["", "", "", "", "20", "900"],
    ]);
  });

  it("starts at a later row and column, keeping the cells around it and dropping columns beyond the table", () => {
    const table = pasteAt(selection(), 1, 1, "30\t3\textra\n40\t4");
    expect(table.rows).toEqual([["Facebook", 10, 1], ["X", "30", "3"], ["", "40", "4"]]);
  });

  it("marks a selection's rows as reshaped only when the paste added rows", () => {
    expect(pasteAt(selection(), 0, 1, "11\t1\n21\t2")).toMatchObject({ edited: true, reshaped: false });
    expect(pasteAt(selection(), 1, 1, "21\t2\n31\t3")).toMatchObject({ edited: true, reshaped: true });
  });

  it("reads a whole export pasted into the empty table as Use selection does: header below its titles, columns mapped", () => {
    const text = [
      "Campaign report", "All time", "Campaign\tCost\tConversions\tCost / conv.",
      "Brand\t$1,200.50\t96\t12.51", "Generic\t$3,591.12\t71.50\t50.23", "Total: Account\t$4,791.62\t167.50\t28.61", "",
    ].join("\r\n");
    const table = pasteAt(typed(), 0, 0, text);
    expect(table.headers).toEqual(["Campaign", "Cost", "Conversions", "Cost / conv."]);
    expect(table.mapping).toEqual({ channel: 0, budget: 1, conversions: 2 });
    expect(table.rows.map((row) => row[0])).toEqual(["Brand", "Generic", "Total: Account"]);
    const check = checkTable(table, en);
    expect(check.problems).toEqual([]);
    expect(check.read?.totalsRows).toEqual([3]);
    const { rows } = readChannelRows(table.rows, table.mapping, 1, check.marks);
    expect(rows.map((row) => [row.channel, row.budget, row.conversions])).toEqual([["Brand", 1200.5, 96], ["Generic", 3591.12, 71.5]]);
  });

  it("fills cells as usual when the table already has rows, or the block has no header", () => {
    expect(pasteAt(setCell(typed(), 0, 0, "X"), 0, 0, "Campaign\tCost\nBrand\t12").rows[0].slice(0, 2)).toEqual(["Campaign", "Cost"]);
    expect(pasteAt(typed(), 0, 0, "Brand\t12\nGeneric\t4").headers).toEqual(typed().headers);
  });

  it("keeps text that looks like a formula or HTML as it was typed", () => {
    const table = pasteAt(typed(), 0, 0, '=IMPORTXML("http://x","//a")\n<img src=x onerror=alert(1)>');
    expect(table.rows.map((row) => row[0])).toEqual(['=IMPORTXML("http://x","//a")', "<img src=x onerror=alert(1)>"]);
  });
});

describe("the column mapping", () => {
  it("maps a column to one field, taking the field from any other column", () => {
    const table = mapColumn(typed(), 5, "conversions");
    expect(table.mapping).toEqual({ channel: 0, budget: 1, leads: 2, bounceRate: 3, conversions: 5 });
    expect(fieldOfColumn(table, 4)).toBeNull();
    expect(fieldOfColumn(table, 5)).toBe("conversions");
  });

  it("ignores a column", () => {
    expect(mapColumn(typed(), 3, null).mapping).toEqual({ channel: 0, budget: 1, leads: 2, conversions: 4, revenue: 5 });
  });
});

describe("an export pasted into the empty table, read for what it means", () => {
  const tabbed = (file: string) => readFileSync(`${FIXTURES}${file}`, "utf8").replace(/^\uFEFF/, "").replace(/,/g, "\t");

  it("has no data rows when Meta wrote “No data available.” under its header", () => {
    const table = pasteAt(typed(), 0, 0, tabbed("meta-no-data.csv"));
    expect(checkTable(table, en).problems).toEqual(["The export has no data rows: export a period or a level that has data, or select the rows below the header."]);
  });

  it("leaves out the conversion value column that is empty on every row, and reports it", () => {
    const table = pasteAt(typed(), 0, 0, tabbed("meta-lead-ads-no-value.csv"));
    expect(table.mapping.revenue).toBeUndefined();
    expect(table.report?.empty).toEqual([{ field: "revenue", column: table.headers.indexOf("Purchases conversion value") }]);
  });

  it("refuses Results that count different things on different rows", () => {
    const table = pasteAt(typed(), 0, 0, tabbed("meta-mixed-results.csv"));
    expect(checkTable(table, en).problems).toEqual([expect.stringMatching(/^“Results” counts a different result on different rows \(“Result indicator”: /)]);
  });
});
