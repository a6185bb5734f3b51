/** A cell's address as Sheets writes it in formulas: Sheet1!B3, or 'Channel scorecard'!B3. */
export function cellAddress(sheetName: string, a1: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheetName);
  return plain ? `${sheetName}!${a1}` : `'${sheetName.replace(/'/g, "''")}'!${a1}`;
}
