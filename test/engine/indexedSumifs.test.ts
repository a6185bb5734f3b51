// The playground's SUMIFS answers plain-text criteria from an index built once per pair of ranges:
// the same sums as Sheets' whole-cell, case-blind matching (computed here by hand from the cells),
// the same as HyperFormula's own SUMIFS for every other criterion, and it follows edits.
import { HyperFormula, type RawCellContent } from "hyperformula";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../playground/engine";

// As the emulation configures its engine: Sheets compares text ignoring case, not accents.
const CONFIG = { caseSensitive: false, accentSensitive: true, useArrayArithmetic: true, smartRounding: false };
const NO_FUNCTIONS = { catalog: [], functions: {} };
const ROWS = 30;

// Names as they come: variants of case and spaces, accents, regex and criteria characters, a number and its text.
const NAMES: RawCellContent[] = [
  "Facebook", " facebook", "FACEBOOK", "Côte", "Cote", "a|b", "a", "b", "a.b", "axb", "(x)", "916", 916, "", null,
  true, "k!s", "Straße", "x=y", "É", "é", "Facebook", "error row", "Spring", "spring ",
];
const CAMPAIGNS: RawCellContent[] = NAMES.map((_, i) => (i % 3 === 0 ? "Spring" : i % 3 === 1 ? "summer" : null));
const AMOUNTS: RawCellContent[] = NAMES.map((name, i) => (name === "error row" ? "=1/0" : i === 4 ? "n/a" : i === 7 ? null : 10.25 * (i + 1)));

function sheetOf(names: RawCellContent[], campaigns: RawCellContent[], amounts: RawCellContent[]): RawCellContent[][] {
  return Array.from({ length: ROWS }, (_, i) => [names[i] ?? null, campaigns[i] ?? null, amounts[i] ?? null]);
}

/** Sheets' SUMIFS on plain text, by hand: whole-cell text equal but for case; numbers summed, anything else left out. */
function byHand(names: RawCellContent[], amounts: RawCellContent[], name: string, campaigns?: RawCellContent[], campaign?: string): number | "error" {
  let sum = 0;
  for (let i = 0; i < ROWS; i++) {
    const same = (cell: RawCellContent, text: string) => typeof cell === "string" && cell.toLowerCase() === text.toLowerCase();
    if (!same(names[i], name) || (campaign !== undefined && !same(campaigns![i], campaign))) continue;
    if (amounts[i] === "=1/0") return "error";
    if (typeof amounts[i] === "number") sum += amounts[i] as number;
  }
  return sum;
}

const shown = (value: unknown) => (value !== null && typeof value === "object" && "type" in value ? "error" : value);

/** HyperFormula's own SUMIFS: an engine with its conditional-aggregation plugin alone. */
function builtIn(sheet: RawCellContent[][], formulas: string[]): unknown[] {
  const plugin = HyperFormula.getFunctionPlugin("COUNTIFS")!;
  const hf = HyperFormula.buildFromSheets({ Data: sheet, Sums: formulas.map((f) => [f]) }, { licenseKey: "gpl-v3", functionPlugins: [plugin], ...CONFIG });
  return formulas.map((_, row) => shown(hf.getCellValue({ sheet: hf.getSheetId("Sums")!, row, col: 0 })));
}

function ours(sheet: RawCellContent[][], formulas: string[]) {
  const hf = createEngine(NO_FUNCTIONS, { sheets: { Data: sheet, Sums: formulas.map((f) => [f]) }, config: CONFIG });
  const data = hf.getSheetId("Data")!;
  const values = () => formulas.map((_, row) => shown(hf.getCellValue({ sheet: hf.getSheetId("Sums")!, row, col: 0 })));
  return { hf, data, values };
}

const sumOf = (criterion: string) => `=SUMIFS(Data!$C$1:$C$${ROWS}, Data!$A$1:$A$${ROWS}, "${criterion.replace(/"/g, '""')}")`;
const PLAIN = ["facebook", "Côte", "cote", "a|b", "a.b", "(x)", "k!s", "straße", "x=y", "é", "É", "error row", "spring", "nothing"];

describe("SUMIFS on plain-text criteria, from an index", () => {
  it("sums the rows whose whole cell is the text, case aside and accents kept, as Sheets does", () => {
    const { values } = ours(sheetOf(NAMES, CAMPAIGNS, AMOUNTS), PLAIN.map(sumOf));
    const expected = PLAIN.map((name) => byHand(NAMES, AMOUNTS, name));
    expect(values()).toEqual(expected);
    // Sanity of the sample: several criteria match several rows, and a number 916 never matches text.
    expect(expected.filter((sum) => typeof sum === "number" && sum > 0).length).toBeGreaterThan(8);
  });

  it("gives HyperFormula's own sums wherever HyperFormula reads the text literally", () => {
    const sheet = sheetOf(NAMES, CAMPAIGNS, AMOUNTS);
    // HyperFormula's own SUMIFS reads "a|b" as "a" or "b" (a regular expression) and "x=y" as "=y": ours, as Sheets, as the text.
    const literal = PLAIN.filter((name) => name !== "a|b" && name !== "x=y").map(sumOf);
    expect(ours(sheet, literal).values()).toEqual(builtIn(sheet, literal));
  });

  it.each([["916"], ["=916"], ["<>facebook"], ["face*"], ["?ote"], ["~*"], [""], ["="], ["TRUE"], [">5"], ["=FACEBOOK"]])(
    "leaves the criterion %j to HyperFormula's own SUMIFS",
    (criterion) => {
      const sheet = sheetOf(NAMES, CAMPAIGNS, AMOUNTS);
      expect(ours(sheet, [sumOf(criterion)]).values()).toEqual(builtIn(sheet, [sumOf(criterion)]));
    },
  );

  it("matches on two columns at once, as a channel and campaign row does", () => {
    const pairs: [string, string][] = [["facebook", "spring"], ["facebook", "summer"], ["côte", "summer"], ["a", "spring"], ["spring", "spring"]];
    const formulas = pairs.map(([name, campaign]) => `=SUMIFS(Data!$C$1:$C$${ROWS}, Data!$A$1:$A$${ROWS}, "${name}", Data!$B$1:$B$${ROWS}, "${campaign}")`);
    const { values } = ours(sheetOf(NAMES, CAMPAIGNS, AMOUNTS), formulas);
    expect(values()).toEqual(pairs.map(([name, campaign]) => byHand(NAMES, AMOUNTS, name, CAMPAIGNS, campaign)));
  });

  it("follows edits: an amount changed, a name renamed, a row added below the data, a name written by a formula", () => {
    const names = [...NAMES];
    const amounts = [...AMOUNTS];
    const criteria = ["facebook", "instagram", "côte", "spring"];
    const { hf, data, values } = ours(sheetOf(names, CAMPAIGNS, amounts), criteria.map(sumOf));
    const expected = () => criteria.map((name) => byHand(names, amounts, name));
    expect(values()).toEqual(expected());

    hf.setCellContents({ sheet: data, row: 0, col: 2 }, 1000);
    amounts[0] = 1000;
    expect(values()).toEqual(expected());

    hf.setCellContents({ sheet: data, row: 2, col: 0 }, "Instagram");
    names[2] = "Instagram";
    expect(values()).toEqual(expected());

    hf.setCellContents({ sheet: data, row: 27, col: 0 }, [["INSTAGRAM", null, 77]]);
    names[27] = "INSTAGRAM";
    amounts[27] = 77;
    expect(values()).toEqual(expected());

    // A name computed by a formula from another cell, as the key sheet's are: editing that cell moves the money.
    hf.setCellContents({ sheet: data, row: 28, col: 0 }, [["=D29", null, 5], [null, null, null]]);
    hf.setCellContents({ sheet: data, row: 28, col: 3 }, "côte");
    names[28] = "côte";
    amounts[28] = 5;
    expect(values()).toEqual(expected());
    hf.setCellContents({ sheet: data, row: 28, col: 3 }, "Facebook");
    names[28] = "Facebook";
    expect(values()).toEqual(expected());
  });
});

describe("SUMIFS over a span of days and a name, as a period's cell asks", () => {
  // Days as Sheets holds them: numbers (a time of day as a fraction), with text, blanks and a boolean that no span holds.
  const DAYS: RawCellContent[] = Array.from({ length: ROWS }, (_, i) => (i === 5 ? "46031" : i === 6 ? null : i === 7 ? true : 46023 + (i % 10) + (i % 4 === 0 ? 0.75 : 0)));
  const sheetWithDays = (names: RawCellContent[], amounts: RawCellContent[], days: RawCellContent[]) =>
    sheetOf(names, CAMPAIGNS, amounts).map((row, i) => [...row, days[i] ?? null]);
  const spanOf = (name: string, from: number, before: number) =>
    `=SUMIFS(Data!$C$1:$C$${ROWS}, Data!$D$1:$D$${ROWS}, ">="&${from}, Data!$D$1:$D$${ROWS}, "<"&${before}, Data!$A$1:$A$${ROWS}, "${name}")`;
  const SPANS: [string, number, number][] = [["facebook", 46023, 46030], ["facebook", 46030, 46037], ["spring", 46023, 46033], ["côte", 46020, 46040], ["a", 46025, 46026], ["nothing", 46023, 46030]];

  /** By hand: the rows of the name whose day is a number from `from` to before `before`. */
  function spanByHand(names: RawCellContent[], amounts: RawCellContent[], days: RawCellContent[], [name, from, before]: [string, number, number]): number | "error" {
    let sum = 0;
    for (let i = 0; i < ROWS; i++) {
      const day = days[i];
      if (typeof names[i] !== "string" || (names[i] as string).toLowerCase() !== name.toLowerCase() || typeof day !== "number" || day < from || day >= before) continue;
      if (amounts[i] === "=1/0") return "error";
      if (typeof amounts[i] === "number") sum += amounts[i] as number;
    }
    return sum;
  }

  it("sums the name's rows whose day is in the span, the first day counted and the day after the last not", () => {
    const { values } = ours(sheetWithDays(NAMES, AMOUNTS, DAYS), SPANS.map(([name, from, before]) => spanOf(name, from, before)));
    const expected = SPANS.map((span) => spanByHand(NAMES, AMOUNTS, DAYS, span));
    (values() as number[]).forEach((value, i) => (typeof expected[i] === "number" ? expect(value).toBeCloseTo(expected[i] as number, 9) : expect(value).toBe(expected[i])));
    expect(expected.filter((sum) => typeof sum === "number" && sum > 0).length).toBeGreaterThanOrEqual(3);
  });

  it("follows edits: a day moved into the span, an amount changed", () => {
    const days = [...DAYS];
    const amounts = [...AMOUNTS];
    const { hf, data, values } = ours(sheetWithDays(NAMES, amounts, days), SPANS.map(([name, from, before]) => spanOf(name, from, before)));
    hf.setCellContents({ sheet: data, row: 21, col: 3 }, 46024);
    days[21] = 46024;
    hf.setCellContents({ sheet: data, row: 0, col: 2 }, 500);
    amounts[0] = 500;
    const expected = SPANS.map((span) => spanByHand(NAMES, amounts, days, span));
    (values() as number[]).forEach((value, i) => (typeof expected[i] === "number" ? expect(value).toBeCloseTo(expected[i] as number, 9) : expect(value).toBe(expected[i])));
  });
});
