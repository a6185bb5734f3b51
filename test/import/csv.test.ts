import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";

const TEXT = "Canal;Dépenses;Ventes\r\nFacebook;1 234,50 €;12\r\nCôte d’Azur;99,5;œ\r\n";
const ROWS = [["Canal", "Dépenses", "Ventes"], ["Facebook", "1 234,50 €", "12"], ["Côte d’Azur", "99,5", "œ"]];

const utf16be = (text: string) => {
  const bytes = Buffer.from(text, "utf16le");
  for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]);
};

describe("reading a CSV file's bytes", () => {
  it.each([
    ["UTF-8", Buffer.from(TEXT, "utf8"), "UTF-8"],
    ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, "utf8")]), "UTF-8"],
    ["UTF-16 LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]), "UTF-16LE"],
    ["UTF-16 BE with a BOM", utf16be(TEXT), "UTF-16BE"],
    // Windows-1252 bytes for é, ô, ’, € and œ (0xe9, 0xf4, 0x92, 0x80, 0x9c): not valid UTF-8.
    ["Windows-1252", Buffer.from("Canal;D\xe9penses;Ventes\r\nFacebook;1 234,50 \x80;12\r\nC\xf4te d\x92Azur;99,5;\x9c\r\n", "latin1"), "Windows-1252"],
  ])("decodes %s, and says which encoding it used", (_, bytes, encoding) => {
    const table = readCsv(bytes);
    expect(table.encoding).toBe(encoding);
    expect(table.rows).toEqual(ROWS);
  });

  it("reads a file as UTF-8 exactly when a strict UTF-8 decoder accepts its bytes, else as Windows-1252", () => {
    // Lead bytes of 1 to 4 and what may follow them, around every boundary of UTF-8's table (overlong,
    // surrogate and past-U+10FFFF forms among them, bytes never used); no quotes, separators or line
    // ends, so that every file is the same table whatever its cell.
    const lead = fc.constantFrom(0x41, 0x20, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff);
    const next = fc.constantFrom(0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0);
    const sequence = fc.tuple(lead, fc.array(next, { maxLength: 3 })).map(([first, rest]) => [first, ...rest]);
    fc.assert(
      fc.property(fc.array(sequence, { maxLength: 4 }).map((sequences) => sequences.flat()), (cell) => {
        const bytes = Uint8Array.from([...Buffer.from("Channel,Spend\nFacebook,"), ...cell, 0x0a]);
        let strictUtf8 = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch {
          strictUtf8 = false;
        }
        const table = readCsv(bytes);
        expect(table.encoding).toBe(strictUtf8 ? "UTF-8" : "Windows-1252");
        if (strictUtf8) expect(table.rows[1][1]).toBe(new TextDecoder().decode(Uint8Array.from(cell)).trim());
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [",", "Channel,Spend,Sales\nFacebook,\"1,200.50\",3\nX,20,1\n", "."],
    [";", "Canal;Dépenses;Ventes\nFacebook;1 200,50;3\nX;20;1\n", ","],
    ["\t", "Channel\tSpend\tSales\nFacebook\t1,200.50\t3\nX\t20\t1\n", null],
  ])("finds the '%s' separator, with the decimal mark it suggests", (delimiter, text, convention) => {
    const table = readCsv(Buffer.from(text));
    expect(table).toMatchObject({ delimiter, convention });
    expect(table.rows[1][1]).toBe(delimiter === ";" ? "1 200,50" : "1,200.50");
  });

  it("finds the separator below title lines, and keeps blank lines so rows keep their numbers", () => {
    const table = readCsv(Buffer.from("Campaign report\nAll time\n\nCampaign;Cost;Conversions\nBrand;12,5;3\n"));
    expect(table.delimiter).toBe(";");
    expect(table.rows.map((row) => row[0])).toEqual(["Campaign report", "All time", "", "Campaign", "Brand"]);
  });

  it("reads characters of any length whole, inside quotes and across lines, and trims non-breaking spaces as spaces", () => {
    const text = 'Campaign,Spend\n"Côte d’Azur – été\n🚀 launch",\u00a012.50\u202f\n\u00a0Brand “FR”\u00a0,3\n';
    expect(readCsv(Buffer.from(text, "utf8")).rows).toEqual([
      ["Campaign", "Spend"],
      ["Côte d’Azur – été\n🚀 launch", "12.50"],
      ["Brand “FR”", "3"],
    ]);
    // Spaces alone, non-breaking ones too, are an empty file.
    expect(() => readCsv(Buffer.from("\u00a0 \n\u202f\n", "utf8"))).toThrow("the file is empty");
  });

  it("reads every cell of a long file as written, repeated names and figures alike", () => {
    // Past a thousand distinct figures in a column, and names repeated on every row.
    const lines = Array.from({ length: 2500 }, (_, i) => `${["Facebook", "Instagram", " Threads "][i % 3]},${(i * 1.25).toFixed(2)},2026-01-${String((i % 28) + 1).padStart(2, "0")}`);
    const table = readCsv(Buffer.from(`Platform,Spend,Day\n${lines.join("\n")}\n`));
    expect(table.rows).toHaveLength(2501);
    table.rows.slice(1).forEach((row, i) => expect(row).toEqual([["Facebook", "Instagram", "Threads"][i % 3], (i * 1.25).toFixed(2), `2026-01-${String((i % 28) + 1).padStart(2, "0")}`]));
  });

  it("refuses a file with no columns, saying how to separate them", () => {
    expect(() => readCsv(Buffer.from(""))).toThrow("the file is empty");
    expect(() => readCsv(Buffer.from("Channel|Spend|Conversions\nFacebook|120.50|4\n"))).toThrow("no line has two columns");
    // Title lines and no table (LinkedIn's report of a period without data): nothing to separate.
    expect(() => readCsv(Buffer.from("Campaign Performance Report (in USD)\nReport Start: 12/1/2026\nReport End: 12/31/2026\n"))).toThrow("The export has no data rows");
  });
});
