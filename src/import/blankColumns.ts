/**
 * Blank is no data. A column present but blank on every data row is no data: an empty "Purchases
 * conversion value" is no revenue, never a revenue of 0 (which would make every channel lose all it
 * spent). An export with no row of figures ("No data available." under the header, a header alone,
 * title lines alone) has no data rows, and gets no scorecard.
 */
import type { ColumnMapping, Field } from "./fields";
import { readNumber } from "./numbers";
import { isTotalsRow } from "./totals";

/** Blank, or a placeholder such as "--" or "n/a". */
const isEmptyCell = (cell: unknown) => readNumber(cell, ".").kind === "blank";

/** True when some row other than a totals row holds a figure: a line such as "No data available." holds none. */
export function hasDataRows(rows: readonly (readonly unknown[])[]): boolean {
  return rows.some((cells) => cells.some((cell) => readNumber(cell, ".").kind === "number") && !isTotalsRow(cells, undefined));
}

/** Whether a column is blank on every data row (totals rows aside); each column is looked at when asked, up to its first value. */
export function blankColumnTest(rows: readonly (readonly unknown[])[]): (column: number) => boolean {
  const totals = new Map<number, boolean>();
  const isTotals = (index: number) => {
    let known = totals.get(index);
    if (known === undefined) totals.set(index, (known = isTotalsRow(rows[index], undefined)));
    return known;
  };
  const blank = new Map<number, boolean>();
  return (column) => {
    let known = blank.get(column);
    if (known === undefined) blank.set(column, (known = rows.every((cells, index) => isEmptyCell(cells[column]) || isTotals(index))));
    return known;
  };
}

export interface EmptyColumn {
  field: Field;
  column: number;
}

/** The mapping without the fields whose column is blank on every row (a channel column stays: its rows are then without a channel). */
export function withoutBlankColumns(mapping: ColumnMapping, isBlank: (column: number) => boolean): { mapping: ColumnMapping; emptied: EmptyColumn[] } {
  const kept: ColumnMapping = {};
  const emptied: EmptyColumn[] = [];
  for (const [field, column] of Object.entries(mapping) as [Field, number][]) {
    if (field !== "channel" && isBlank(column)) emptied.push({ field, column });
    else kept[field] = column;
  }
  return { mapping: kept, emptied };
}
