// The playground's SUMIFS criteria and key sheet call SUBSTITUTE on every name: it must give what
// Sheets gives (every occurrence replaced, the replacement written as typed, an empty search
// changing nothing), cell by cell and over a whole column in an ARRAYFORMULA.
import type { RawCellContent } from "hyperformula";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../playground/engine";

const CONFIG = { caseSensitive: false, accentSensitive: true, useArrayArithmetic: true, smartRounding: false };
const NO_FUNCTIONS = { catalog: [], functions: {} };

// Text, search, replacement: names as exports write them, and replacements a regular expression would misread.
const CASES: [RawCellContent, string, string][] = [
  ["a*b*c", "*", "!s"],
  ["Face\tbook\t", "\t", " "],
  ["Côte\u00a0d'Azur", "\u00a0", " "],
  ["a.b.c", ".", "x"],
  ["(x)|(y)", "|", "$&$&"],
  ["price $1", "$1", "$2"],
  ["aaaa", "aa", "a"],
  ["abc", "", "x"],
  ["abc", "d", "x"],
  [916, "1", "!"],
  [null, "a", "b"],
  ["Straße", "SS", "x"],
];

// Sheets' SUBSTITUTE, by hand: scan left to right, replacing each match and going on after it.
function byHand(text: RawCellContent, search: string, replacement: string): string {
  const source = text === null ? "" : String(text);
  if (search === "") return source;
  let result = "";
  let i = 0;
  while (i < source.length) {
    if (source.startsWith(search, i)) {
      result += replacement;
      i += search.length;
    } else result += source[i++];
  }
  return result;
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

describe("SUBSTITUTE", () => {
  const engine = createEngine(NO_FUNCTIONS, {
    sheets: {
      Names: CASES.map(([text, search, replacement], row) => [
        text,
        `=SUBSTITUTE(A${row + 1}, ${quoted(search)}, ${quoted(replacement)})`,
        `=SUBSTITUTE(A${row + 1}, ${quoted(search)}, ${quoted(replacement)}, 2)`,
      ]),
      Column: [[`=ARRAYFORMULA(SUBSTITUTE(SUBSTITUTE(Names!A1:A${CASES.length}&"", "*", "!s"), "a", "$&"))`]],
    },
    config: CONFIG,
  });

  it("replaces every occurrence as Sheets does, the replacement as typed", () => {
    CASES.forEach(([text, search, replacement], row) => {
      expect(engine.getCellValue({ sheet: 0, row, col: 1 }), `${text} / ${search}`).toBe(byHand(text, search, replacement));
    });
  });

  it("replaces the given occurrence only", () => {
    expect(engine.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe("a*b!sc");
    expect(engine.getCellValue({ sheet: 0, row: 6, col: 2 })).toBe("aaa");
  });

  it("works element-wise over a column in an ARRAYFORMULA", () => {
    const column = engine.getSheetValues(1).map((row) => row[0]);
    expect(column).toEqual(CASES.map(([text]) => byHand(byHand(text, "*", "!s"), "a", "$&")));
  });
});
