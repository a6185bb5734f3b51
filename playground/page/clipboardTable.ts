/**
 * Reads the text a spreadsheet puts on the clipboard for copied cells: rows on lines, cells
 * separated by tabs. A cell holding a tab, a line break or a quote comes in double quotes, its
 * quotes doubled; a line ending after the last row is not a row.
 */

/** The quoted cell starting at `start` and where it ends, or null when the quote is not one. */
function quotedCell(text: string, start: number): { value: string; end: number } | null {
  let value = "";
  for (let from = start + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return null;
    value += text.slice(from, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      from = quote + 2;
      continue;
    }
    const end = quote + 1;
    return end === text.length || "\t\r\n".includes(text[end]) ? { value, end } : null;
  }
}

export function parseClipboardTable(text: string): string[][] {
  if (text === "") return [];
  const rows: string[][] = [[]];
  let i = 0;
  for (;;) {
    const quoted = text[i] === '"' ? quotedCell(text, i) : null;
    let end = quoted?.end ?? i;
    while (!quoted && end < text.length && !"\t\r\n".includes(text[end])) end++;
    rows[rows.length - 1].push(quoted ? quoted.value : text.slice(i, end));
    if (end >= text.length) break;
    if (text[end] === "\t") {
      i = end + 1;
      continue;
    }
    i = end + (text.startsWith("\r\n", end) ? 2 : 1);
    if (i >= text.length) break;
    rows.push([]);
  }
  return rows;
}
