/**
 * Unlike results are never added. Meta's "Results" counts, on each row, the result its campaign
 * optimizes for, named in "Result indicator" (actions:link_click,
 * actions:offsite_conversion.fb_pixel_purchase...) or "Result type" (Link clicks, Website
 * purchases, Leads...): summed, a profile visit would weigh as much as a purchase.
 */
import type { ColumnMapping, Field } from "./fields";
import { normalizeHeader } from "./headerNames";
import { readNumber } from "./numbers";
import { isTotalsRow } from "./totals";

/** Columns of results whose kind varies by row, as platforms head them. */
const RESULTS_NAMES = ["results", "result", "resultats", "resultat", "resultados", "ergebnisse", "risultati"];

/** The column naming each row's kind of result. */
const RESULT_TYPE_NAMES = [
  "result indicator", "result type", "results type", "indicateur de resultat", "indicateur de resultats", "type de resultat",
  "indicador de resultado", "indicador de resultados", "tipo de resultado", "ergebnisindikator", "ergebnistyp",
  "indicatore del risultato", "indicatore dei risultati", "tipo di risultato",
];

export interface ResultKind {
  type: string;
  /** Rows with results of this kind. */
  rows: number;
}

export interface MixedResults {
  field: Field;
  /** The column of results. */
  column: number;
  /** The column naming each row's kind of result. */
  typeColumn: number;
  /** Each kind, in order of first appearance. */
  kinds: ResultKind[];
}

const textOf = (cell: unknown) => (cell === null || cell === undefined ? "" : String(cell).trim());

/** A field read from a column of results that counts more than one kind of result, or null. */
export function mixedResults(headers: readonly string[], rows: readonly (readonly unknown[])[], mapping: ColumnMapping): MixedResults | null {
  const names = headers.map((header) => normalizeHeader(String(header ?? "")));
  const typeColumn = names.findIndex((name) => RESULT_TYPE_NAMES.includes(name));
  if (typeColumn < 0) return null;
  for (const [field, column] of Object.entries(mapping) as [Field, number][]) {
    if (field === "channel" || !RESULTS_NAMES.includes(names[column])) continue;
    const kinds = new Map<string, ResultKind>();
    for (const cells of rows) {
      const type = textOf(cells[typeColumn]);
      const reading = readNumber(cells[column], ".");
      // A row without results (blank or 0) adds nothing of any kind.
      if (type === "" || reading.kind === "blank" || (reading.kind === "number" && reading.value === 0)) continue;
      if (isTotalsRow(cells, mapping.channel)) continue;
      const key = type.toLowerCase();
      const kind = kinds.get(key) ?? { type, rows: 0 };
      kind.rows++;
      kinds.set(key, kind);
    }
    if (kinds.size > 1) return { field, column, typeColumn, kinds: [...kinds.values()] };
  }
  return null;
}
