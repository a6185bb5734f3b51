/** Totals rows that exports add below or between their data: summing them would count everything twice. */

// "Total", "Total:", "Total: Search", "Total: Account", "Totaux", "Grand total", "Sous-total", "Total général".
const TOTAL_LABEL = /^(?:grand[\s-]+total|total\s+g[ée]n[ée]ral|sous[\s-]?totals?|sub[\s-]?totals?|totals?|totaux)\s*(?::.*)?$/i;
// The export's "no value" marks in a label cell of a totals row.
const EMPTY_LABEL = /^(?:|-{1,3}|[\u2013\u2014])$/;

const isTotalLabel = (cell: unknown) => typeof cell === "string" && TOTAL_LABEL.test(cell.trim());

/**
 * A totals row: its channel says Total, or its channel is empty and another cell says Total (a
 * "Total" in the campaign column, Google Ads' "Total: Account" in the first column).
 */
export function isTotalsRow(cells: readonly unknown[], channelColumn: number | undefined): boolean {
  const channel = channelColumn === undefined ? "" : cells[channelColumn];
  if (isTotalLabel(channel)) return true;
  const channelIsEmpty = channel === null || channel === undefined || (typeof channel === "string" && EMPTY_LABEL.test(channel.trim()));
  return channelIsEmpty && cells.some(isTotalLabel);
}
