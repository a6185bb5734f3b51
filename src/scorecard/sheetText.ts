/** Text as it must reach a sheet: user text kept literal, and references to other sheets. */

/** A leading ' makes Sheets store the rest as text, so "=IMPORTXML(...)" or "+33" is never a formula. */
export function guardText(text: string): string {
  return text === "" ? "" : `'${text}`;
}

export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function sheetReference(sheetName: string, rangeA1: string): string {
  return `${quoteSheetName(sheetName)}!${rangeA1}`;
}

export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** 'Sheet'!$B$2:$B$9 for a 1-based column and rows. */
export function absoluteRange(sheetName: string, column: number, firstRow: number, lastRow: number): string {
  const letter = columnLetter(column);
  return sheetReference(sheetName, `$${letter}$${firstRow}:$${letter}$${lastRow}`);
}
