/**
 * Several sources (one export per network) as one table for the scorecard. Each source was read by
 * the import on its own; here each row's channel becomes its source's network (unless the source
 * keeps its own channel column), amounts are converted to one currency at the rates given, and the
 * breakdown columns the sources share (campaign, ad set, placement...) line up under one header.
 *
 * A field only some sources have is a column of the table, blank on the rows of the sources without
 * it and a number (0 for a blank cell) on the others', so the scorecard tells the two apart: such a
 * blank is no data, never a zero that would give the other sources a ROI of -100%. Its totals and
 * the ratios taken of it are over the rows that have it, and said so (a ROI over the sources with
 * revenue is never called blended).
 */
import type { ImportResult } from "../import";
import type { CurrencyReading } from "../import/currency";
import { MONEY_FIELDS } from "../import/currency";
import { NUMERIC_FIELDS, type ColumnMapping, type NumericField } from "../import/fields";
import type { RowsRead } from "../import/rows";
import { requestMessages, type RequestMessages } from "../i18n/requestMessages";
import type { SourcesTexts } from "../i18n/sourcesTexts";
import { mixedResults } from "../import/resultTypes";
import { DIMENSIONS, dimensionOf, type Dimension } from "./dimensions";
import { currencySaid, silentBeside, silentRefusal } from "./sourceCurrency";
import type { NetworkDetection } from "./networks";
import { freeColumns, periodColumn, rowOverPeriods, type PeriodColumn } from "../scorecard/periodColumn";
import { autoUnit, type PeriodChoice } from "../scorecard/periods";
import { sharedRows } from "./sharedRows";
import { fieldsOfSource, partialFields } from "./partialFields";
import { firstDataNumberOf } from "./rowNumbers";

export class SourcesError extends Error {}

export interface SourceInput {
  /** What the user calls the source: the file's or the sheet's name. */
  name: string;
  /** The import's reading of the source, rows included. */
  imported: ImportResult & { read: RowsRead };
  /** The number the user sees for the source's first cell row (1 for a file, the range's first row in a sheet). */
  firstRowNumber: number;
  /** The network the user named; null to take the detected one. */
  network: string | null;
  detection: NetworkDetection;
  /** True when the source's own channel column names its rows rather than its network. */
  keepChannel: boolean;
  /** How many of the scorecard's currency one unit of the source's currency is worth; null when it is in that currency. */
  rate: number | null;
}

export type Cell = string | number;

/** A source's figures, in the scorecard's currency: each field it has, summed over its rows. */
export interface SourceFigures {
  name: string;
  network: string;
  /** The currency the source says (its first code), or null when it says none. */
  currency: string | null;
  rate: number | null;
  rows: number;
  sums: Partial<Record<NumericField, number>>;
}

/** A field's total over the sources that have it. */
export interface CoveredTotal {
  value: number;
  /** The sources summed: every one when complete. */
  sources: string[];
  complete: boolean;
}

export interface CombinedSources {
  /** One table the scorecard reads as it reads one export: channel, network, the fields every source has, the shared breakdown columns. */
  headers: string[];
  rows: Cell[][];
  mapping: ColumnMapping;
  /** Breakdown columns every source has, to suggest. */
  breakdown: number[];
  /** The breakdown columns of the table and the kind each holds. */
  dimensions: { column: number; kind: Dimension }[];
  /** The scorecard's currency (ISO code), or null when no source says one. */
  currency: string | null;
  sources: SourceFigures[];
  totals: Partial<Record<NumericField, CoveredTotal>>;
  /** ROI over the sources with revenue, on their spend; null without revenue. */
  roi: { value: number | null; sources: string[]; blended: boolean } | null;
  /** Fields some sources have and others do not: blank on the others' rows. Their sources, and those sources' networks. */
  partial: { field: NumericField; sources: string[]; networks: string[] }[];
  /** How each source was read, in words. */
  notes: string[];
  /**
   * With periods asked for, the table's day column (each row's day as yyyy-mm-dd, blank for a source
   * without dates) and, when a source's rows span days, its end column; each source's columns of them.
   */
  days: { column: number; endColumn: number | null; sources: (SourceDays | null)[] } | null;
}

/** A source's day column, and its end column when its rows span days ("Reporting starts" / "Reporting ends"). */
export interface SourceDays {
  column: number;
  endColumn: number | null;
}

/** Fields summed into totals: all but the rates. */
const SUMMED = NUMERIC_FIELDS.filter((field) => field !== "bounceRate" && field !== "targetRoi");
type SummedField = (typeof SUMMED)[number];
const isMoney = (field: NumericField) => MONEY_FIELDS.includes(field);

const codeOf = (reading: CurrencyReading) => (reading.kind === "found" ? reading.codes[0] : null);

/** The network named, else detected; a source whose own channel column names its rows may have neither: its name stands for it. */
function networkOf(source: SourceInput, texts: SourcesTexts): string {
  if (source.network !== null && source.network.trim() !== "") return source.network.trim();
  if (source.detection.kind === "detected") return source.detection.network;
  if (source.keepChannel) return source.name;
  throw new SourcesError(texts.undecidedNetwork(source.name, source.detection.candidates));
}

/** True when the source's channel column is one of its own, not its campaigns standing in for channels. */
export const hasOwnChannel = ({ mapping, report }: Pick<ImportResult, "mapping" | "report">) =>
  mapping.channel !== undefined && !report.decisions.some((decision) => decision.field === "channel" && decision.because === "campaignAsChannel");

/** The currency the scorecard shows: the one the sources without a rate agree on; differing currencies without rates, or a source in an unknown one beside them, are refused. */
function shownCurrency(sources: readonly SourceInput[], texts: SourcesTexts): string | null {
  const silent = silentBeside(sources.map((source) => ({ name: source.name, currency: currencySaid(source.imported.report.currency) })));
  if (silent) throw new SourcesError(silentRefusal(silent, texts));
  for (const source of sources) {
    if (source.rate !== null && !(Number.isFinite(source.rate) && source.rate > 0)) throw new SourcesError(texts.badRate(source.name));
    if (source.rate !== null && codeOf(source.imported.report.currency) === null) throw new SourcesError(texts.rateWithoutCurrency(source.name));
  }
  const unconverted = sources.filter((source) => source.rate === null && source.imported.report.currency.kind === "found");
  const groups = new Map<string, string[]>();
  let agreed: readonly string[] | null = null;
  for (const source of unconverted) {
    const reading = source.imported.report.currency as Extract<CurrencyReading, { kind: "found" }>;
    agreed = agreed === null ? reading.codes : agreed.filter((code) => reading.codes.includes(code));
    groups.set(reading.codes[0], [...(groups.get(reading.codes[0]) ?? []), source.name]);
  }
  if (agreed !== null && agreed.length === 0) throw new SourcesError(texts.currencies([...groups].map(([currency, names]) => ({ currency, sources: names }))));
  if (agreed === null && sources.some((source) => source.rate !== null)) {
    throw new SourcesError(texts.allConverted([...new Set(sources.flatMap((source) => codeOf(source.imported.report.currency) ?? []))]));
  }
  return agreed?.[0] ?? null;
}

/** Each source's columns for each breakdown kind: the first column of that kind that no field reads (or its channel, when its network names its rows). */
export function dimensionColumnsOf(source: { imported: Pick<SourceInput["imported"], "headers" | "mapping">; keepChannel: boolean }): Map<Dimension, number> {
  const { headers, mapping } = source.imported;
  const read = new Set(Object.entries(mapping).flatMap(([field, column]) => (field === "channel" && !source.keepChannel ? [] : [column])));
  const columns = new Map<Dimension, number>();
  headers.forEach((header, column) => {
    const kind = dimensionOf(header);
    if (kind !== null && !read.has(column) && !columns.has(kind)) columns.set(kind, column);
  });
  return columns;
}

/** What the scorecard refuses in one export, it refuses in a source: cells it cannot read, a column of results of several kinds. */
function checkReadable(source: SourceInput, messages: RequestMessages): void {
  const { headers, dataRows, mapping, read } = source.imported;
  const problems = read.issues.map((issue) => issue.message);
  const mixed = mixedResults(headers, dataRows, mapping);
  if (mixed) problems.push(messages.mixedResults(headers[mixed.column], headers[mixed.typeColumn], mixed.kinds, messages.fields[mixed.field]));
  if (problems.length > 0) throw new SourcesError(`${source.name}: ${problems.join(" ")}`);
}

export function combineSources(
  sources: readonly SourceInput[],
  texts: SourcesTexts,
  fieldLabel: (field: NumericField) => string,
  messages: RequestMessages = requestMessages("en"),
  /** Fields another table brings (a shop's revenue): the sources' own columns of them are left out, not added to it. */
  joinedFields: readonly NumericField[] = [],
  /** The scorecard's periods, when by period: the table then has each row's day. */
  periods: PeriodChoice | null = null,
): CombinedSources {
  if (sources.length === 0) throw new SourcesError(texts.noSources);
  for (const source of sources) checkReadable(source, messages);
  const shared = sharedRows(sources);
  if (shared) throw new SourcesError(texts.sharedRows(shared.first, shared.second, shared.firstRows, shared.secondRows));
  const networks = sources.map((source) => networkOf(source, texts));
  for (const source of sources) if (source.keepChannel && !hasOwnChannel(source.imported)) throw new SourcesError(texts.keepsNoChannel(source.name));
  const currency = shownCurrency(sources, texts);
  const fieldsOf = sources.map((source) => fieldsOfSource(source.imported.mapping, joinedFields));
  const tableFields = NUMERIC_FIELDS.filter((field) => fieldsOf.some((fields) => fields.has(field)));
  const partial = partialFields(fieldsOf).map(({ field, having }) => ({ field, sources: having.map((i) => sources[i].name), networks: [...new Set(having.map((i) => networks[i]))] }));
  const dimensions = sources.map(dimensionColumnsOf);
  const tableDimensions = DIMENSIONS.filter((kind) => dimensions.some((columns) => columns.has(kind)));

  const dated = periods ? sources.map((source, s) => datesOf(source, dimensions[s], messages)) : null;
  if (periods && dated) checkSpans(sources, dated, periods, messages);
  const spans = dated?.some((dates) => dates?.endDays) ?? false;
  const dayColumns = dated?.some((dates) => dates !== null) ? (spans ? [texts.startHeader, texts.endHeader] : [texts.startHeader]) : [];

  const headerOf = (field: NumericField) => (isMoney(field) && currency !== null ? `${fieldLabel(field)} (${currency})` : fieldLabel(field));
  const headers = [texts.channelHeader, texts.networkHeader, ...tableFields.map(headerOf), ...tableDimensions.map((kind) => texts.dimensions[kind]), ...dayColumns];
  const mapping: ColumnMapping = { channel: 0, ...Object.fromEntries(tableFields.map((field, i) => [field, 2 + i])) };
  const rows: Cell[][] = [];
  const figures: SourceFigures[] = sources.map((source, s) => {
    const { imported } = source;
    const rate = source.rate ?? 1;
    const firstDataNumber = firstDataNumberOf(source);
    const summedFields = SUMMED.filter((field) => fieldsOf[s].has(field));
    const sums: Partial<Record<NumericField, number>> = Object.fromEntries(summedFields.map((field) => [field, 0]));
    // Decided once per source, not on each of its rows: what each column's blank is, and what its amounts are multiplied by.
    // A blank amount of a source with the field is 0, of one without it blank: a blank rate stays unknown.
    const blankOf = tableFields.map((field): Cell => (fieldsOf[s].has(field) && SUMMED.includes(field as SummedField) ? 0 : ""));
    const rateOf = (field: NumericField) => (isMoney(field) ? rate : 1);
    const tableRates = tableFields.map(rateOf);
    const summedRates = summedFields.map(rateOf);
    const dimensionColumns = tableDimensions.map((kind) => dimensions[s].get(kind));
    for (const row of imported.read.rows) {
      const cells = imported.dataRows[row.row - firstDataNumber];
      const { values } = row;
      summedFields.forEach((field, f) => {
        const read = values[field];
        if (read !== null) sums[field]! += read * summedRates[f];
      });
      const tableRow: Cell[] = [source.keepChannel ? row.channel : networks[s], networks[s]];
      tableFields.forEach((field, f) => {
        const read = values[field];
        tableRow.push(read === null ? blankOf[f] : read * tableRates[f]);
      });
      for (const column of dimensionColumns) tableRow.push(column === undefined ? "" : String(cells[column] ?? "").trim());
      if (dayColumns.length > 0) {
        const dates = dated![s];
        const index = row.row - firstDataNumber;
        tableRow.push(dates?.days[index] ?? "");
        if (spans) tableRow.push(dates?.endDays?.[index] ?? dates?.days[index] ?? "");
      }
      rows.push(tableRow);
    }
    return { name: source.name, network: networks[s], currency: codeOf(imported.report.currency), rate: source.rate, rows: imported.read.rows.length, sums };
  });

  const totals: CombinedSources["totals"] = {};
  for (const field of SUMMED) {
    const having = figures.filter((figure) => figure.sums[field] !== undefined);
    if (having.length > 0) totals[field] = { value: having.reduce((sum, figure) => sum + figure.sums[field]!, 0), sources: having.map((figure) => figure.name), complete: having.length === figures.length };
  }
  const withRevenue = figures.filter((figure) => figure.sums.revenue !== undefined);
  const spendOf = withRevenue.reduce((sum, figure) => sum + (figure.sums.budget ?? 0) + (figure.sums.otherCosts ?? 0), 0);
  const revenue = withRevenue.reduce((sum, figure) => sum + figure.sums.revenue!, 0);
  const roi = withRevenue.length === 0 ? null : { value: spendOf > 0 ? (revenue - spendOf) / spendOf : null, sources: withRevenue.map((figure) => figure.name), blended: withRevenue.length === figures.length };

  const notes = sources.flatMap((source, s) => [
    source.network !== null && source.network.trim() !== "" ? texts.named(source.name, networks[s]) : source.detection.kind === "detected" ? texts.detected(source.name, networks[s], source.detection.headers) : [],
    source.keepChannel ? texts.keptChannel(source.name) : [],
    source.rate !== null && currency !== null ? texts.converted(source.name, codeOf(source.imported.report.currency)!, source.rate, currency) : [],
  ].flat());
  return {
    headers,
    rows,
    mapping,
    dimensions: tableDimensions.map((kind, i) => ({ column: 2 + tableFields.length + i, kind })),
    breakdown: tableDimensions.flatMap((kind, i) => (dimensions.every((columns) => columns.has(kind)) ? [2 + tableFields.length + i] : [])),
    currency,
    sources: figures,
    totals,
    roi,
    partial,
    notes: [
      ...notes,
      ...partial.map(({ field, sources: names }) => texts.partial(fieldLabel(field).toLowerCase(), names)),
      ...(dayColumns.length > 0 ? sources.flatMap((source, s) => (dated![s] === null ? [texts.undated(source.name)] : [])) : []),
    ],
    days:
      dayColumns.length === 0
        ? null
        : {
            column: 2 + tableFields.length + tableDimensions.length,
            endColumn: spans ? 3 + tableFields.length + tableDimensions.length : null,
            sources: dated!.map((dates) => dates && { column: dates.column, endColumn: dates.endColumn }),
          },
  };
}

/**
 * A row whose span (Meta's "Reporting starts" to "Reporting ends") leaves the period of its first day
 * is refused with its source's name and row, as the scorecard refuses it in one export.
 */
function checkSpans(sources: readonly SourceInput[], dated: readonly (PeriodColumn | null)[], choice: PeriodChoice, messages: RequestMessages): void {
  const days = sources.flatMap((source, s) => {
    const dates = dated[s];
    const first = firstDataNumberOf(source);
    return dates ? source.imported.read.rows.flatMap(({ row }) => dates.days[row - first] ?? []) : [];
  });
  if (days.length === 0) return;
  const unit = choice === "auto" ? autoUnit(days.reduce((a, b) => (b < a ? b : a)), days.reduce((a, b) => (b > a ? b : a))) : choice;
  sources.forEach((source, s) => {
    const dates = dated[s];
    const over = dates ? rowOverPeriods(dates, unit) : -1;
    if (over >= 0) throw new SourcesError(`${source.name}: ${messages.spansPeriods(firstDataNumberOf(source) + over, dates!.days[over]!, dates!.endDays![over]!, messages.periodUnits[unit])}`);
  });
}

/**
 * A source's days, from its date column as a scorecard of it alone would count them; null when it
 * has none. Dates it cannot decide (day or month first) are refused with its name.
 */
function datesOf(source: SourceInput, dimensions: ReadonlyMap<Dimension, number>, messages: RequestMessages): PeriodColumn | null {
  const { headers, dataRows, mapping } = source.imported;
  const taken = [...Object.values(mapping).filter((column) => column !== mapping.channel || source.keepChannel), ...dimensions.values()];
  const found = periodColumn(headers, dataRows, freeColumns(headers.length, taken), messages, firstDataNumberOf(source), mapping.channel);
  if ("problem" in found) {
    if (found.problem === messages.noDateColumn) return null;
    throw new SourcesError(`${source.name}: ${found.problem}`);
  }
  return found;
}
