// The command line's steps that take every line of a file, on 500,000 lines: no step passes a
// file's lines to a function as arguments, which stops a large export with "Maximum call stack size exceeded".
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import { parseMap } from "../../playground/cli/options";
import { alignedTable } from "../../playground/cli/report";
import type { CellReading } from "../../playground/runtime/contract";

const LINES = 500_000;

const reading = (display: string, numeric: boolean): CellReading => ({ value: display, display, numeric });

describe(`a file of ${LINES.toLocaleString("en")} lines`, () => {
  it("is read whole, every cell trimmed", () => {
    const lines = ["Channel,Spend,Conversions", ...Array.from({ length: LINES }, (_, i) => `Channel ${i % 7}, ${i % 100}.50 ,${i % 3}`)];
    const table = readCsv(Buffer.from(lines.join("\n")));
    expect(table.rows).toHaveLength(LINES + 1);
    expect(table.rows[LINES]).toEqual([`Channel ${(LINES - 1) % 7}`, `${(LINES - 1) % 100}.50`, `${(LINES - 1) % 3}`]);
  });

  it("of one column is refused as a file without separated columns", () => {
    const bytes = Buffer.from(Array.from({ length: LINES }, (_, i) => `line ${i}`).join("\n"));
    expect(() => readCsv(bytes)).toThrow("no line has two columns: separate the columns with commas, semicolons or tabs");
  });

  it("has its columns named by --map, the widest line setting the letters allowed", () => {
    const cells = [["Platform", "Cost"], ...Array.from({ length: LINES }, (_, i) => (i === LINES - 1 ? ["X", "1", "2"] : ["X", "1"]))];
    expect(parseMap("channel=Platform,budget=Cost,conversions=C", cells)).toEqual({ headerRow: 0, columns: { channel: 0, budget: 1, conversions: 2 } });
    expect(() => parseMap("conversions=D", cells)).toThrow(/--map/);
  });

  it("prints as a table whose columns fit their widest cell", () => {
    const rows = [[reading("Campaign", false), reading("Spend", false)], ...Array.from({ length: LINES }, (_, i) => [reading(`c${i}`, false), reading(`$${i}.00`, true)])];
    const lines = alignedTable(rows).split("\n");
    expect(lines).toHaveLength(LINES + 1);
    // The widest cells are the last row's: "c499999" and "$499999.00".
    expect(lines[0]).toBe(`Campaign  Spend${" ".repeat("$499999.00".length - "Spend".length)}`.trimEnd());
    expect(lines[1]).toBe(`c0        ${"$0.00".padStart("$499999.00".length)}`);
  });
});
