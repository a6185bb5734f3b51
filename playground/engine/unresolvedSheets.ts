/**
 * Formulas over sheets that do not exist, as Sheets shows them: the cell is #REF! ("Unresolved
 * sheet name 'Nope'."), keeps the formula as typed, and computes once a sheet of that name is added.
 * HyperFormula keeps such references against placeholder sheets whose bookkeeping throws later
 * ("There's no sheet with id = 3") when the formula reads whole columns or is replaced, after
 * which no cell computes; so the engine never sees them. The formula is entered as
 * UNRESOLVED.SHEET("Nope", "<typed formula, URI-encoded>") and read back as typed.
 */

export const UNRESOLVED_SHEET_FUNCTION = "UNRESOLVED.SHEET";

// Text in double quotes is left alone; a sheet name is quoted ('Channel data'!) or bare (Nope!).
const STRING = /"(?:[^"]|"")*"/g;
const SHEET_REFERENCE = /(?<![\p{L}\p{N}_.'])(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!/gu;
const UNRESOLVED = new RegExp(String.raw`^=${UNRESOLVED_SHEET_FUNCTION.replace(".", "\\.")}\("(?:[^"]*)",\s*"([^"]*)"\)$`, "i");

/** The sheet names a formula refers to, in order of appearance, each once (case as typed). */
export function sheetsReferenced(formula: string): string[] {
  const names = new Map<string, string>();
  for (const match of formula.replace(STRING, '""').matchAll(SHEET_REFERENCE)) {
    const name = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
    if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return [...names.values()];
}

/** The first sheet the formula names that does not exist, or null. */
export function missingSheet(formula: string, sheetExists: (name: string) => boolean): string | null {
  if (!formula.startsWith("=")) return null;
  return sheetsReferenced(formula).find((name) => !sheetExists(name)) ?? null;
}

/** What the engine holds for a typed formula over a sheet that does not exist. */
export function unresolvedFormula(sheetName: string, typedFormula: string): string {
  return `=${UNRESOLVED_SHEET_FUNCTION}("${encodeURIComponent(sheetName)}", "${encodeURIComponent(typedFormula)}")`;
}

/** The typed formula an engine formula stands for, or null when it is not an unresolved one. */
export function typedUnresolvedFormula(engineFormula: string): string | null {
  const match = UNRESOLVED.exec(engineFormula);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The #REF! message Sheets gives a reference to a sheet that does not exist. */
export function unresolvedSheetMessage(encodedSheetName: string): string {
  return `Unresolved sheet name '${decodeURIComponent(encodedSheetName)}'.`;
}
