// A UTF-8 file is split from its bytes; its rows must be those papaparse splits, cell for cell, and
// a quote papaparse cannot read must be refused with papaparse's words. papaparse reads the bytes
// a character each (separators, quotes and line ends are ASCII), each cell then read as UTF-8.
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";

/** What papaparse makes of the text with the separator found: its rows trimmed, trailing blank rows dropped, or its first error. */
function papaparseReading(text: string, delimiter: string): { rows: string[][] } | { error: string } {
  const parsed = Papa.parse<string[]>(Buffer.from(text, "utf8").toString("latin1"), { delimiter });
  const fatal = parsed.errors.find((error) => error.type !== "FieldMismatch");
  if (fatal) return { error: `${fatal.message.toLowerCase()} at row ${(fatal.row ?? 0) + 1}` };
  const rows = parsed.data.map((row) => row.map((cell) => Buffer.from(cell, "latin1").toString("utf8").trim()));
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === "")) rows.pop();
  return { rows };
}

function expectPapaparseReading(text: string): void {
  let table: ReturnType<typeof readCsv>;
  try {
    table = readCsv(Buffer.from(text, "utf8"));
  } catch (error) {
    const message = (error as Error).message;
    const quoteError = /^it is not a readable CSV file \((.*)\)$/.exec(message);
    if (quoteError) {
      // The same error whichever separator was found.
      const readings = [",", ";", "\t"].map((delimiter) => papaparseReading(text, delimiter));
      expect(readings.map((reading) => ("error" in reading ? reading.error : null))).toContain(quoteError[1]);
    } else expect(message).toMatch(/no line has two columns|no data rows|the file is empty/i);
    return;
  }
  expect(table.encoding).toBe("UTF-8");
  expect(table.rows).toEqual((papaparseReading(text, table.delimiter) as { rows: string[][] }).rows);
}

describe("a UTF-8 file's rows", () => {
  it("are papaparse's rows of its text: quotes, doubled quotes, line ends of every kind, characters of any length", () => {
    const piece = fc.constantFrom("a", "Spend", "12.50", "1 234,5", " ", "\u00a0", "é", "–", "🚀", ",", ";", "\t", '"', '""', "\r", "\n", "\r\n");
    const line = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n", "\r"), (lines, newline) => {
        expectPapaparseReading(`Channel,Spend,Sales${newline}${lines.join(newline)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it("are papaparse's rows past the first megabyte too: a quote broken far down is refused at its row", () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `"Côte d’Azur, été",${i}.50,${i % 7}`);
    const good = `Campagne,Dépenses,Ventes\r\n${rows.join("\r\n")}\r\n`;
    expect(Buffer.byteLength(good)).toBeGreaterThan(1024 * 1024);
    expectPapaparseReading(good);
    expect(readCsv(Buffer.from(good)).rows[40_000]).toEqual(["Côte d’Azur, été", "39999.50", "1"]);
    // A lone line feed in a file of CRLF lines stays in its cell, as papaparse keeps it.
    expectPapaparseReading(good.replace("\r\n12345", "\n12345"));
    const broken = good.replace('"Côte d’Azur, été",39000.50', '"Côte d’Azur" été,39000.50');
    expect(() => readCsv(Buffer.from(broken))).toThrow("it is not a readable CSV file (trailing quote on quoted field is malformed at row 39002)");
    // One byte of Windows-1252 far down (é as 0xE9): the whole file is read as Windows-1252.
    const latin = Buffer.from(good.replace(/’/g, "'").replace("39000.50", "39000.50 d\u00e9c."), "latin1");
    const table = readCsv(latin);
    expect(table.encoding).toBe("Windows-1252");
    expect(table.rows[39_001]).toEqual(["Côte d'Azur, été", "39000.50 déc.", "3"]);
  });
});
