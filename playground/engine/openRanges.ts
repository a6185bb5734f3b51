/**
 * Open-ended ranges as Sheets reads them: "B2:B" runs from B2 down to the sheet's last row.
 * HyperFormula has no such syntax, and a range written down to its last row would make it track
 * a million cells; so "B2:B" is handed to it as OPEN.RANGE(B2, B:B), a function of ours that reads
 * the column from B2 down to its data (its whole-column argument makes edits below recompute it),
 * and shown back as it was typed. Whole columns ("B:B") are HyperFormula's own syntax.
 */

import type { HyperFormula, SimpleCellAddress } from "hyperformula";

export const OPEN_RANGE_FUNCTION = "OPEN.RANGE";

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
const TYPED = new RegExp(String.raw`(?<![\w$.'!])(${SHEET})?(${COLUMN})(${ROW}):(${COLUMN})(?![\w$(!:])`, "g");
const ENGINE = new RegExp(String.raw`OPEN\.RANGE\(\s*(${SHEET})?(${COLUMN})(${ROW})\s*,\s*(?:${SHEET})?${COLUMN}:(${COLUMN})\s*\)`, "gi");
// Text in double quotes is left alone.
const STRING = /("(?:[^"]|"")*")/;
const STRINGS = /"(?:[^"]|"")*"/g;

function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split(STRING)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join("");
}

/** The formula as HyperFormula reads it; anything that is not a formula is returned unchanged. */
export function toEngineFormula(input: string): string {
  if (!input.startsWith("=")) return input;
  return outsideStrings(input, (code) =>
    code.replace(TYPED, (_, sheet = "", column: string, row: string, lastColumn: string) =>
      `${OPEN_RANGE_FUNCTION}(${sheet}${column}${row}, ${sheet}${column}:${lastColumn})`,
    ),
  );
}

/** The formula as the user typed it: OPEN.RANGE(B2, B:B) reads "B2:B" again. */
export function fromEngineFormula(formula: string): string {
  if (!formula.startsWith("=") || !/OPEN\.RANGE\(/i.test(formula)) return formula;
  return outsideStrings(formula, (code) =>
    code.replace(ENGINE, (_, sheet = "", column: string, row: string, lastColumn: string) => `${sheet}${column}${row}:${lastColumn}`),
  );
}

const OPEN_REFERENCE = /OPEN\.RANGE\(|(?<![\w$.])\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![\w$(!])/i;

/**
 * Enters again every formula reading an open-ended range: HyperFormula sizes a spilled result
 * when its formula is entered, so a result over "B2:B" reaches new rows of data only so.
 */
export function refreshOpenRanges(engine: HyperFormula): void {
  const formulas: [SimpleCellAddress, string][] = [];
  for (const sheet of engine.getSheetNames().map((name) => engine.getSheetId(name)!)) {
    engine.getSheetFormulas(sheet).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula && OPEN_REFERENCE.test(formula.replace(STRINGS, '""'))) formulas.push([{ sheet, row: r, col: c }, formula]);
      }),
    );
  }
  if (formulas.length > 0) engine.batch(() => formulas.forEach(([address, formula]) => engine.setCellContents(address, formula)));
}
