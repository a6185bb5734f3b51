/** Totals rows that exports add below or between their data: summing them would count everything twice. */

// The words that open a totals row's label, compared without accents or case, in the languages
// exports come in: "Total", "Totaux", "Total général", "Total geral", "Totales", "Gesamt",
// "Gesamtsumme", "Totale", "Summe", "Insgesamt", "Sous-total", "Zwischensumme"...
const TOTAL_WORDS = new Set([
  "total", "totals", "grand total", "subtotal", "subtotals", "sub total", "sub totals",
  "totaux", "total general", "sous total", "sous totaux",
  "total geral", "totais", "subtotais",
  "totales", "suma total", "total general",
  "gesamt", "gesamtsumme", "gesamtergebnis", "insgesamt", "summe", "zwischensumme", "teilergebnis",
  "totale", "totale generale", "totale complessivo", "subtotale", "totali",
  "totaal", "eindtotaal",
]);

// What every one of those words starts with: most cells are let go at once.
const MAY_BE_TOTAL = /^\s*(?:tot|gra|sub|sou|sum|ges|ins|zwi|tei|ein)/i;
// Their first letters, in either case; a space or any other character past ASCII may be a space before them.
const FIRST_LETTERS = new Set([..."tgsizeTGSIZE"].map((letter) => letter.charCodeAt(0)));
const ASCII_SPACE = 32;

// Figures, most cells of a row, and names that cannot open one of those words, are let go before the pattern.
const mayOpenTotal = (text: string) => {
  const first = text.charCodeAt(0);
  return FIRST_LETTERS.has(first) || first <= ASCII_SPACE || first > 127;
};

interface TotalLabel {
  /** "Total: Search", "Gesamt: Konto": the label names what it totals, which no name of a campaign does. */
  qualified: boolean;
}

/** The cell as a totals label ("Total", "Total:", "Total : Compte", "Grand total"), or null: "Total Fitness" is a name. */
function totalLabel(cell: unknown): TotalLabel | null {
  if (typeof cell !== "string" || !mayOpenTotal(cell) || !MAY_BE_TOTAL.test(cell)) return null;
  const colon = cell.indexOf(":");
  const head = (colon >= 0 ? cell.slice(0, colon) : cell)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f-]+/g, " ")
    .trim();
  if (!TOTAL_WORDS.has(head)) return null;
  return { qualified: colon >= 0 && cell.slice(colon + 1).trim() !== "" };
}

// The export's "no value" marks in a label cell of a totals row.
const EMPTY_LABEL = /^(?:|-{1,3}|[\u2013\u2014])$/;
const isEmptyLabel = (cell: unknown) => cell === null || cell === undefined || (typeof cell === "string" && EMPTY_LABEL.test(cell.trim()));

/**
 * A totals row, wherever its label is: its channel says Total; or its first filled cell does (a
 * row's label sits at its left); or a cell names what it totals ("Total: Search" while the
 * campaign type holds "Search"); or its channel is empty and another cell says Total.
 */
export function isTotalsRow(cells: readonly unknown[], channelColumn: number | undefined): boolean {
  const channel = channelColumn === undefined ? "" : cells[channelColumn];
  if (totalLabel(channel)) return true;
  let seenFilled = false;
  let saysTotal = false;
  for (const cell of cells) {
    if (!seenFilled && isEmptyLabel(cell)) continue;
    const label = totalLabel(cell);
    if (label && (!seenFilled || label.qualified)) return true;
    seenFilled = true;
    saysTotal ||= label !== null;
  }
  return saysTotal && isEmptyLabel(channel);
}
