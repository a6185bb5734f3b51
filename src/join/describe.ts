/** A join in words, for the command line's report (and a sidebar's): what matched each network, what matched none, what a CRM's stages counted. */
import type { Field } from "../import/fields";
import type { SourceInput } from "../sources/combine";
import type { JoinTexts } from "../i18n/joinTexts";
import type { Language } from "../i18n/language";
import type { JoinResult } from "./join";
import { JOINED_FIELDS, type JoinedField, type JoinedValues, type OriginTable } from "./originTable";

/** A figure as the user reads it: money with its cents, counts whole. */
export type FormatFigure = (value: number, field: JoinedField) => string;

/** FormatFigure in the user's language: "6,230.15" in English, "6 230,15" in French. */
export function figureFormat(language: Language): FormatFigure {
  const locale = language === "fr" ? "fr-FR" : "en-US";
  return (value, field) => new Intl.NumberFormat(locale, { minimumFractionDigits: field === "revenue" ? 2 : 0, maximumFractionDigits: field === "revenue" ? 2 : 0 }).format(value);
}

const figuresOf = (values: JoinedValues, fields: readonly JoinedField[], format: FormatFigure, texts: JoinTexts) =>
  fields.map((field) => `${texts.fields[field]} ${format(values[field] ?? 0, field)}`).join(", ");

export function describeJoin(join: JoinResult, table: OriginTable, sources: readonly SourceInput[], format: FormatFigure, texts: JoinTexts): string[] {
  const { headers } = table.imported;
  const { sourceMedium, group, source, medium, campaign } = table.columns;
  const keyColumns = join.by === "campaign" ? [campaign] : sourceMedium !== null ? [sourceMedium, group] : [group, source, medium];
  const named = keyColumns.filter((column): column is number => column !== null).map((column) => headers[column]);
  const lines = [texts.joinedOn(join.table, join.by, named)];
  for (const stage of table.stages) {
    for (const counted of stage.counted) lines.push(texts.stageCounted(stage.column, counted.stage, counted.rows, texts.list(counted.as.map((field) => texts.fields[field]))));
    if (stage.notCounted.length > 0) {
      lines.push(texts.stageNotCounted(stage.column, stage.notCounted.map((entry) => `“${entry.stage}” (${texts.rows(entry.rows)}${entry.amount ? `, ${format(entry.amount, "revenue")}` : ""})`).join(", ")));
    }
  }
  for (const source of sources) {
    for (const field of join.fields) {
      const column = source.imported.mapping[field as Field];
      if (column !== undefined) lines.push(texts.ownColumnLeftOut(source.name, source.imported.headers[column], texts.fields[field], join.table));
    }
  }
  for (const entry of join.networks) {
    if (entry.matched.length === 0) lines.push(texts.networkUnmatched(entry.network, join.table));
    else lines.push(texts.networkMatched(entry.network, entry.matched.map((value) => `${value.value} (${texts.rows(value.rows)})`).join(", "), figuresOf(entry.values, join.fields, format, texts)));
  }
  if (join.unmatched.length > 0) {
    lines.push(texts.unmatched(join.table, join.unmatched.length));
    for (const entry of join.unmatched) lines.push(texts.unmatchedValue(entry.value, entry.rows, figuresOf(entry.values, join.fields, format, texts), texts.why[entry.why](entry.candidates)));
  }
  if (join.withoutSpend.length > 0) {
    lines.push(texts.withoutSpendTitle(join.table));
    for (const entry of join.withoutSpend) lines.push(texts.withoutSpend(entry.value, entry.network, entry.rows, figuresOf(entry.values, join.fields, format, texts)));
  }
  lines.push(texts.tableTotal(join.table, figuresOf(join.total, join.fields, format, texts)));
  const notJoined = (Object.entries(table.imported.mapping) as [Field, number][]).filter(([field]) => field !== "channel" && !(JOINED_FIELDS as readonly Field[]).includes(field));
  if (notJoined.length > 0) lines.push(texts.notJoined(join.table, notJoined.map(([, column]) => headers[column])));
  return lines;
}
