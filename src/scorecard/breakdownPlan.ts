/**
 * The breakdown sections below the channel table, as rows of cells. First each channel, then its
 * values of the first breakdown column (a bold subtotal row per channel, summing its sub-rows, the
 * values in a column of their own); then one table per breakdown column. Each section has a title,
 * a header, rows by spend and its own totals row, with the channel table's metric columns and
 * formulas, so that every ratio is a ratio of sums and every share is of the section's total.
 * Every section has the same two label columns, so each metric sits in the channel table's column,
 * under the frozen header.
 */
import type { ChannelTotals } from "./aggregate";
import type { Breakdown, Dimension } from "./breakdown";
import type { ColumnFormat, ColumnKey, ColumnSpec, RowRefs } from "./columns";
import type { LinkedMatch } from "./linkedInput";
import { columnLetter, guardText } from "./sheetText";

type Cell = string | number;

/** A section's label columns: the channel and a value in the two-level table, a value (and a blank) in the others. */
export const SECTION_LABEL_COLUMNS = 2;

export interface SectionRow {
  cells: Cell[];
  formats: ColumnFormat[];
  bold: boolean;
}

/** Where a section sits on the sheet (1-based rows). */
export interface SectionLayout {
  title: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  totalsRow: number;
}

export interface BreakdownTexts {
  /** The name of a blank value. */
  none: string;
  byValue(column: string): string;
  withinChannels(column: string): string;
}

/** What the channel table's planning lends the sections, so that their cells are written as its own. */
export interface TableCells {
  /** The channel table's columns, the channel first. */
  columns: readonly ColumnSpec[];
  headers: Record<ColumnKey, string>;
  totalLabel: string;
  texts: BreakdownTexts;
  /** 1-based sheet column of the channels in a linked source; null when not linked. */
  channelSourceColumn: number | null;
  refs(letter: (key: ColumnKey) => string, row: number, totalsRow: number): RowRefs;
  /** An input cell: the figure, or when linked, the sum of the source rows that match. */
  input(column: ColumnSpec, figures: ChannelTotals, matches: LinkedMatch[]): Cell;
  /** A totals cell over the rows of span; counted: a column whose non-blank cells mark the rows to count. */
  total(column: ColumnSpec, refs: RowRefs, span: (key: ColumnKey) => string, counted?: string): Cell;
}

/** A row of a section: its labels, then its figures, or a subtotal of the rows below it through a sheet row. */
interface Body {
  labels: Cell[];
  figures: { values: ChannelTotals; matches: LinkedMatch[] } | { through: number };
}

// A blank value matches the source's blank cells; the sheet names it "(none)".
const matchCell = (value: ChannelTotals, cell: string) => (value.channel === "" ? '""' : cell);

export function planSections(kit: TableCells, breakdown: Breakdown, firstRow: number): { rows: SectionRow[]; layout: SectionLayout[] } {
  const rows: SectionRow[] = [];
  const layout: SectionLayout[] = [];
  const [, ...metrics] = kit.columns;
  const metricFormats = metrics.map((column) => column.format);
  const nameOf = (value: ChannelTotals) => guardText(value.channel === "" ? kit.texts.none : value.channel);
  const matchOn = (dimension: Dimension, cell: string): LinkedMatch[] => (dimension.sourceColumn === null ? [] : [{ column: dimension.sourceColumn, cell }]);

  /**
   * labels: the label columns' headers; body(row): the rows, the first one on the sheet row given;
   * subtotals: the rows with a channel sum the rows below them, so only they count in the totals.
   */
  function section(title: string, labels: string[], body: (first: number) => Body[], subtotals = false): void {
    const formats: ColumnFormat[] = [...labels.map((): ColumnFormat => "text"), ...metricFormats];
    const letters = new Map(metrics.map((column, i) => [column.key, columnLetter(SECTION_LABEL_COLUMNS + i + 1)]));
    const letter = (key: ColumnKey) => (key === "channel" ? "A" : letters.get(key)!);
    const titleRow = firstRow + rows.length + 1;
    const headerRow = titleRow + 1;
    const first = headerRow + 1;
    const lines = body(first);
    const last = first + lines.length - 1;
    const totalsRow = last + 1;
    const span = (from: number, to: number) => (key: ColumnKey) => `${letter(key)}${from}:${letter(key)}${to}`;
    rows.push({ cells: [], formats: [], bold: false });
    rows.push({ cells: [title], formats: ["text"], bold: true });
    rows.push({ cells: [...labels, ...metrics.map((column) => kit.headers[column.key])], formats: formats.map((): ColumnFormat => "text"), bold: true });
    lines.forEach(({ labels: cells, figures }, i) => {
      const refs = kit.refs(letter, first + i, totalsRow);
      const metricCells = metrics.map((column) => {
        if (column.formula) return column.formula(refs);
        if ("through" in figures) return kit.total(column, refs, span(first + i + 1, figures.through));
        // A target ROI belongs to a channel, not to a campaign or an owner.
        return column.field === "targetRoi" ? "" : kit.input(column, figures.values, figures.matches);
      });
      rows.push({ cells: [...cells, ...metricCells], formats, bold: "through" in figures });
    });
    const refs = kit.refs(letter, totalsRow, totalsRow);
    // With subtotal rows, only the rows with a channel (the subtotals) count: each source row once.
    const counted = subtotals ? `$A$${first}:$A$${last}` : undefined;
    const totals = metrics.map((column) => kit.total(column, refs, span(first, last), counted));
    rows.push({ cells: [kit.totalLabel, ...labels.slice(1).map(() => ""), ...totals], formats, bold: true });
    layout.push({ title, headerRow, firstRow: first, lastRow: last, totalsRow });
  }

  const [firstDimension] = breakdown.dimensions;
  section(kit.texts.withinChannels(firstDimension.header), [kit.headers.channel, guardText(firstDimension.header)], (first) => {
    const lines: Body[] = [];
    for (const { channel, values } of breakdown.withinChannels) {
      const subtotalRow = first + lines.length;
      lines.push({ labels: [guardText(channel.channel), ""], figures: { through: subtotalRow + values.length } });
      const channelMatch = kit.channelSourceColumn === null ? [] : [{ column: kit.channelSourceColumn, cell: `$A$${subtotalRow}` }];
      values.forEach((value, i) => {
        const matches = [...channelMatch, ...matchOn(firstDimension, matchCell(value, `$B${subtotalRow + 1 + i}`))];
        lines.push({ labels: ["", nameOf(value)], figures: { values: value, matches } });
      });
    }
    return lines;
  }, true);
  breakdown.dimensions.forEach((dimension, d) => {
    section(kit.texts.byValue(dimension.header), [guardText(dimension.header), ""], (first) =>
      breakdown.byValue[d].map((value, i) => ({ labels: [nameOf(value), ""], figures: { values: value, matches: matchOn(dimension, matchCell(value, `$A${first + i}`)) } })),
    );
  });
  return { rows, layout };
}
