/** Each source's figures and the totals over them, as the command line prints them: a table, or JSON beside the scorecard's. */
import { sourcesTexts } from "../../src/i18n/sourcesTexts";
import type { NumericField } from "../../src/import/fields";
import { cpa, roi } from "../../src/metrics";
import type { CombinedSources, SourceFigures } from "../../src/sources/combine";
import type { JoinResult } from "../../src/join/join";
import { cliFieldName } from "./options";
import { printable } from "./report";

/** The figures the table shows, in order; a source without the field shows a blank. */
const SHOWN: readonly NumericField[] = ["budget", "impressions", "clicks", "leads", "qualifiedLeads", "customers", "conversions", "revenue"];

const costOf = (figures: SourceFigures) => (figures.sums.budget ?? 0) + (figures.sums.otherCosts ?? 0);
const roiOf = (figures: SourceFigures) => (figures.sums.revenue === undefined ? null : roi(figures.sums.revenue, costOf(figures)));
const cpaOf = (figures: SourceFigures) => (figures.sums.conversions === undefined ? null : cpa(costOf(figures), figures.sums.conversions));

const number = (value: number | null | undefined, decimals: number) =>
  value === null || value === undefined ? "" : new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
const percent = (value: number | null) => (value === null ? "" : `${number(value * 100, 1)}%`);
const decimalsOf = (field: NumericField) => (field === "budget" || field === "revenue" ? 2 : 0);

/** The sources one per line, then the totals, each field's over the sources that have it: a field some lack says which it covers. */
export function sourcesTable(combined: CombinedSources): string {
  const texts = sourcesTexts("en");
  const fields = SHOWN.filter((field) => combined.totals[field] !== undefined);
  const money = combined.currency ? ` (${combined.currency})` : "";
  const header = ["Source", "Network", ...fields.map((field) => `${cliFieldName(field)}${field === "budget" || field === "revenue" ? money : ""}`), "CPA", "ROI"];
  const rows = combined.sources.map((figures) => [
    figures.name,
    figures.network,
    ...fields.map((field) => number(figures.sums[field], decimalsOf(field))),
    number(cpaOf(figures), 2),
    percent(roiOf(figures)),
  ]);
  const total = ["Total", "", ...fields.map((field) => `${number(combined.totals[field]!.value, decimalsOf(field))}${combined.totals[field]!.complete ? "" : "*"}`), "", combined.roi ? `${percent(combined.roi.value)}${combined.roi.blended ? "" : "*"}` : ""];
  const table = [header, ...rows, total].map((row) => row.map(printable));
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const lines = table.map((row) => row.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ").trimEnd());
  const partial = fields.filter((field) => !combined.totals[field]!.complete).map((field) => `* ${cliFieldName(field)}: ${texts.list(combined.totals[field]!.sources)} only`);
  const roiNote = combined.roi && !combined.roi.blended ? [`* ${texts.roiOver(combined.roi.sources)}`] : [];
  return [...lines, ...partial, ...roiNote].join("\n");
}

/** Each source's figures by field, and each total with the sources it covers; the ROI says whether it is blended. */
export function sourcesJson(combined: CombinedSources) {
  const sums = (figures: SourceFigures) => Object.fromEntries((Object.entries(figures.sums) as [NumericField, number][]).map(([field, value]) => [cliFieldName(field), value]));
  return {
    currency: combined.currency,
    sources: combined.sources.map((figures) => ({
      file: figures.name,
      network: figures.network,
      currency: figures.currency,
      rate: figures.rate,
      rows: figures.rows,
      ...sums(figures),
      cpa: cpaOf(figures),
      roi: roiOf(figures),
    })),
    total: {
      ...Object.fromEntries(Object.entries(combined.totals).map(([field, total]) => [cliFieldName(field as NumericField), total])),
      roi: combined.roi && { ...combined.roi, label: combined.roi.blended ? "blended ROI" : sourcesTexts("en").roiOver(combined.roi.sources) },
    },
  };
}

/** The join as JSON: per network what matched it and its figures; the values that matched nothing, or a network without spend, with their totals. */
export function joinJson(join: JoinResult) {
  const figures = (values: JoinResult["total"]) => Object.fromEntries(Object.entries(values).map(([field, value]) => [cliFieldName(field as NumericField), value]));
  return {
    file: join.table,
    by: join.by,
    networks: join.networks.map(({ network, values, matched }) => ({
      network,
      ...figures(values),
      matched: matched.map(({ value, rows, values: sums, by }) => ({ value, rows, by, ...figures(sums) })),
    })),
    unmatched: join.unmatched.map(({ value, rows, values, why, candidates }) => ({ value, rows, why, candidates, ...figures(values) })),
    withoutSpend: join.withoutSpend.map(({ value, rows, values, network }) => ({ value, network, rows, ...figures(values) })),
    total: figures(join.total),
  };
}
