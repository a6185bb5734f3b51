import { describe, expect, it } from "vitest";
import { parseTargetRoi } from "../../src/scorecard/targetRoi";
import { firstRowNumber, problemsOf, scorecardRequest } from "../../src/sidebar/scorecard/request";
import { addRow, deleteRow, mapColumn, pasteAt, setCell, tableFromSelection, typedTable } from "../../src/sidebar/scorecard/table";

const typed = () => typedTable((field) => field);

describe("the sidebar's rows", () => {
  it("start as one empty typed row under the standard columns", () => {
    const table = typed();
    expect(table.headers).toEqual(["channel", "budget", "leads", "bounceRate", "conversions", "revenue"]);
    expect(table.rows).toEqual([["", "", "", "", "", ""]]);
    expect(table.mapping).toEqual({ channel: 0, budget: 1, leads: 2, bounceRate: 3, conversions: 4, revenue: 5 });
  });

  it("are edited, added and deleted", () => {
    let table = setCell(typed(), 0, 0, "Facebook");
    table = addRow(table);
    table = setCell(table, 1, 0, "X");
    table = deleteRow(table, 0);
    expect(table.rows.map((row) => row[0])).toEqual(["X"]);
    expect(table.edited).toBe(true);
  });

  it("take pasted cells from the cell pasted into, adding rows and dropping columns beyond the table", () => {
    const table = pasteAt(typed(), 0, 4, "10\t500\textra\r\n20\t900\r\n");
    expect(table.rows).toEqual([
      ["", "", "", "", "10", "500"],
      ["", "", "", "", "20", "900"],
    ]);
  });

  it("map a column to one field, taking it from any other column", () => {
    const table = mapColumn(typed(), 5, "conversions");
    expect(table.mapping).toEqual({ channel: 0, budget: 1, leads: 2, bounceRate: 3, conversions: 5 });
    expect(mapColumn(table, 5, null).mapping).toEqual({ channel: 0, budget: 1, leads: 2, bounceRate: 3 });
  });
});

describe("the sidebar's checks and request", () => {
  const selection = tableFromSelection({
    sheetName: "Data", rangeA1: "B3:F5", firstRow: 3, firstColumn: 2, hasHeader: true,
    headers: ["Channel", "Spend", "Leads", "Sales", "Revenue"],
    rows: [["A", 10, 100, 1, 50], ["B", "abc", 100, 1, 50]],
    mapping: { channel: 0, budget: 1, leads: 2, conversions: 3, revenue: 4 },
  });

  it("number rows as the sheet does, and name each bad cell's row", () => {
    expect(firstRowNumber(selection)).toBe(4);
    expect(problemsOf(selection)).toEqual({ missing: [], rowMessages: ["Row 5: budget is the text 'abc'; enter a number."] });
    expect(problemsOf(mapColumn(selection, 4, null)).missing).toEqual(["revenue"]);
  });

  it("read the target ROI as a percentage", () => {
    expect(["20", "20%", "20 %", "-5%", "12,5"].map(parseTargetRoi)).toEqual([0.2, 0.2, 0.2, -0.05, 0.125]);
    expect(parseTargetRoi("twenty")).toBeNull();
  });

  it("link to the source only for rows read from a selection", () => {
    const options = { targetRoi: 0.2, chart: false, linkToSource: true };
    expect(scorecardRequest(selection, options)).toMatchObject({ source: { sheetName: "Data", firstRow: 3 }, options });
    expect(scorecardRequest(typed(), options).options.linkToSource).toBe(false);
  });
});

describe("the scorecard view's source", () => {
  it("never writes HTML itself: all user text goes through JSX", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const folder = new URL("../../src/sidebar/", import.meta.url);
    const sources = readdirSync(folder, { recursive: true }).filter((f) => String(f).endsWith(".tsx"));
    for (const file of sources) expect(readFileSync(new URL(String(file), folder), "utf8")).not.toMatch(/innerHTML|dangerouslySetInnerHTML/);
  });
});
