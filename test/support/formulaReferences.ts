/**
 * The cell references a formula reads, parsed from its text, and a check that every formula, rule
 * and chart the add-on wrote reads only rows and columns its sheets have: Google Sheets gives
 * #REF! ("Range ... out of bounds") for a reference past a sheet's grid.
 */
import { columnNumber } from "../../playground/emulation/a1";
import { contentSize, readFormulas, type Workbook } from "../../playground/emulation";

export interface Reference {
  /** The text as written, such as 'Channel data'!$D$2:$D$1000. */
  text: string;
  sheet: string;
  firstRow: number;
  /** null for an open end (B2:B), which stops at the sheet's last row. */
  lastRow: number | null;
  firstColumn: number;
  lastColumn: number;
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!`;
const CORNER = String.raw`\$?([A-Z]{1,3})\$?(\d+)`;
// A cell or block (A1, $B$2:$B$9, B2:B), or whole columns (A:C), not preceded or followed by what would make it a name.
const REFERENCE = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$'!])(?:${SHEET})?(?:${CORNER}(?::\$?([A-Z]{1,3})\$?(\d*))?|\$?([A-Z]{1,3}):\$?([A-Z]{1,3}))(?![A-Za-z0-9_(!])`,
  "g",
);

/** The references of a formula on sheet `ownSheet` (text in quotes is not read). */
export function formulaReferences(formula: string, ownSheet: string): Reference[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(REFERENCE)].map((match) => {
    const [text, quoted, plain, column, row, endColumn, endRow, wholeFrom, wholeTo] = match;
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? ownSheet);
    if (wholeFrom !== undefined) {
      return { text, sheet, firstRow: 1, lastRow: null, firstColumn: columnNumber(wholeFrom), lastColumn: columnNumber(wholeTo) };
    }
    const lastRow = endColumn === undefined ? Number(row) : endRow === "" ? null : Number(endRow);
    return { text, sheet, firstRow: Number(row), lastRow, firstColumn: columnNumber(column), lastColumn: columnNumber(endColumn ?? column) };
  });
}

/** Every formula of every sheet (cells, conditional format rules, chart ranges), with the sheet it is on. */
function everyFormula(workbook: Workbook): { sheet: string; where: string; formula: string }[] {
  return workbook.sheets.flatMap((sheet) => {
    const { rows, columns } = contentSize(workbook, sheet);
    const cells = rows > 0 && columns > 0 ? readFormulas(workbook, sheet, { row: 1, column: 1, numRows: rows, numColumns: columns }) : [];
    return [
      ...cells.flatMap((row, r) => row.flatMap((formula, c) => (formula ? [{ sheet: sheet.name, where: `row ${r + 1}, column ${c + 1}`, formula }] : []))),
      ...sheet.rules.flatMap((rule) => [
        { sheet: sheet.name, where: "a rule's ranges", formula: `=${rule.ranges.join(",")}` },
        ...rule.values.filter((value) => String(value).startsWith("=")).map((value) => ({ sheet: sheet.name, where: "a rule", formula: String(value) })),
      ]),
      ...sheet.charts.map((chart) => ({ sheet: sheet.name, where: "a chart", formula: `=${chart.ranges.join(",")}` })),
    ];
  });
}

/** Each reference that reads a sheet that does not exist, or rows or columns it does not have, said plainly; none when all fit. */
export function referencesOutsideTheGrid(workbook: Workbook): string[] {
  return everyFormula(workbook).flatMap(({ sheet, where, formula }) =>
    formulaReferences(formula, sheet).flatMap((reference) => {
      const target = workbook.sheet(reference.sheet);
      const at = `${sheet}, ${where}: ${reference.text}`;
      if (!target) return [`${at} reads a sheet that does not exist`];
      const rows = Math.max(reference.firstRow, reference.lastRow ?? 0);
      if (rows > target.maxRows) return [`${at} reads row ${rows} of ${reference.sheet}, which has ${target.maxRows}`];
      if (reference.lastColumn > target.maxColumns) return [`${at} reads column ${reference.lastColumn} of ${reference.sheet}, which has ${target.maxColumns}`];
      return [];
    }),
  );
}
