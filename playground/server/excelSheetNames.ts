/**
 * Sheet names as Excel and LibreOffice accept them (Sheets allows more): at most 31 characters,
 * none of []:*?/\, no apostrophe at either end, not "History" (Excel's reserved name), unique
 * regardless of case. Formulas follow the renamed sheets.
 */
import { quoteSheetName } from "../../src/scorecard/sheetText";

const MAX_LENGTH = 31;
const RESERVED = "history";

function validName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, MAX_LENGTH).trim();
  if (cleaned === "") return "Sheet";
  return cleaned.toLowerCase() === RESERVED ? `${cleaned} (1)` : cleaned;
}

/** Each sheet's name in the .xlsx, by its name in the workbook. */
export function excelSheetNames(names: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const renamed = new Map<string, string>();
  for (const name of names) {
    const base = validName(name);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = `${base.slice(0, MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    renamed.set(name, candidate);
  }
  return renamed;
}

// A string literal (left as is), a quoted sheet reference 'My sheet'!, or a plain one Data!.
const REFERENCE = /("(?:[^"]|"")*")|'((?:[^']|'')+)'!|([^\s!"'(),;:=+\-*/&<>^%{}]+)!/g;

/** The formula with its references to renamed sheets following them. */
export function renameSheetsInFormula(formula: string, renamed: ReadonlyMap<string, string>): string {
  const byLowerName = new Map([...renamed].map(([from, to]) => [from.toLowerCase(), to]));
  return formula.replace(REFERENCE, (match, literal: string | undefined, quoted: string | undefined, plain: string | undefined) => {
    if (literal !== undefined) return match;
    const name = quoted !== undefined ? quoted.replace(/''/g, "'") : plain!;
    const target = byLowerName.get(name.toLowerCase());
    return target === undefined ? match : `${quoteSheetName(target)}!`;
  });
}
