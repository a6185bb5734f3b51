// The text Sheets, Excel and LibreOffice put on the clipboard for copied cells, read back as rows.
import { describe, expect, it } from "vitest";
import { parseClipboardTable } from "../../playground/page/clipboardTable";

describe("reading copied cells from the clipboard", () => {
  it("splits rows on line breaks and cells on tabs, as Sheets copies them", () => {
    expect(parseClipboardTable("Channel\tSpend\tCTR\nTikTok\t950\t2.5%\nSnapchat\t400\t=B3/2")).toEqual([
      ["Channel", "Spend", "CTR"],
      ["TikTok", "950", "2.5%"],
      ["Snapchat", "400", "=B3/2"],
    ]);
  });

  it("drops the line ending Excel adds after the last row, and reads Windows line endings", () => {
    expect(parseClipboardTable("A\tB\r\n1\t2\r\n")).toEqual([["A", "B"], ["1", "2"]]);
  });

  it("keeps empty cells, at the start, the middle and the end of a row", () => {
    expect(parseClipboardTable("\tx\t\t\n\t\t\ty")).toEqual([["", "x", "", ""], ["", "", "", "y"]]);
  });

  it("keeps the blank rows between rows", () => {
    expect(parseClipboardTable("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
  });

  it("reads quoted cells holding line breaks, tabs and doubled quotes", () => {
    const copied = '"Spring\nlaunch"\t"say ""hi"""\t"a\tb"\r\nnext\t\t';
    expect(parseClipboardTable(copied)).toEqual([["Spring\nlaunch", 'say "hi"', "a\tb"], ["next", "", ""]]);
  });

  it("keeps quotes that do not wrap a whole cell as they are", () => {
    expect(parseClipboardTable('"Best" offer\t5" screen\t"open\n2')).toEqual([['"Best" offer', '5" screen', '"open'], ["2"]]);
  });

  it("reads one copied cell as a one-cell block, and nothing as no block", () => {
    expect(parseClipboardTable("€1,200\n")).toEqual([["€1,200"]]);
    expect(parseClipboardTable("")).toEqual([]);
  });
});
