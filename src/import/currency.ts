/**
 * The currency of an export's money, from what the export itself says: a code after a header
 * ("Amount spent (GBP)"), a currency column ("Currency code": IDR), the signs and codes its
 * money cells are written with ("R$ 236,86", "1 234,56 €", "USD 12.00"), or, in a sheet, the
 * currency of the money cells' number formats ("[$£]#,##0.00"). Amounts in two
 * currencies cannot be added: that is reported, naming both, for the build to refuse.
 */
import { CURRENCIES, currenciesMeant, currencyOf } from "./currencies";
import type { ColumnMapping, Field } from "./fields";
import { normalizeHeader } from "./headerNames";
import { currencyWritten } from "./numbers";

/** Where the export says its currency. Rows are indexes into the data rows read. */
export type CurrencySource =
  | { kind: "header"; column: number }
  | { kind: "column"; column: number; row: number }
  | { kind: "cell"; column: number; row: number; text: string }
  | { kind: "format"; column: number; row: number }
  /** The user stated it: the export says none. */
  | { kind: "stated" };

export interface CurrencyEvidence {
  /** The code or sign as written: "GBP", "£", "$". */
  written: string;
  /** The currencies it may mean: one for a code or "£", several for "$" or "kr". */
  codes: readonly string[];
  from: CurrencySource;
}

export type CurrencyReading =
  | { kind: "none" }
  /** codes: the currencies everything said agrees on (one, unless only a sign such as "$" said it); evidence: the first that said it. */
  | { kind: "found"; codes: readonly string[]; evidence: CurrencyEvidence }
  | { kind: "mixed"; first: CurrencyEvidence; second: CurrencyEvidence };

/** Columns holding each row's currency, compared normalized. */
const CURRENCY_COLUMNS = ["currency", "currency code", "account currency", "devise", "code devise", "moeda", "waehrung", "wahrung", "divisa", "valuta"];

/** The fields whose cells are money. */
export const MONEY_FIELDS: readonly Field[] = ["budget", "revenue", "plannedBudget", "otherCosts"];

// "Amount spent (GBP)", "Cost [IDR]", "Spend - EUR".
const HEADER_CODE = /[([]\s*([A-Z]{3})\s*[)\]]|-\s*([A-Z]{3})\s*$/;

function headerEvidence(headers: readonly string[]): CurrencyEvidence[] {
  return headers.flatMap((header, column) => {
    const match = HEADER_CODE.exec(header);
    const code = match && (match[1] ?? match[2]);
    return code && CURRENCIES[code] ? [{ written: code, codes: [code], from: { kind: "header", column } as const }] : [];
  });
}

/** Each distinct currency written down a column, at its first row. */
function distinctWritten(rowCount: number, writtenAt: (row: number) => string | null, evidence: (written: string, row: number) => CurrencyEvidence | null): CurrencyEvidence[] {
  const seen = new Map<string, CurrencyEvidence | null>();
  for (let row = 0; row < rowCount; row++) {
    const written = writtenAt(row);
    if (written !== null && !seen.has(written)) seen.set(written, evidence(written, row));
  }
  return [...seen.values()].filter((found): found is CurrencyEvidence => found !== null);
}

function currencyColumnEvidence(headers: readonly string[], rows: readonly (readonly unknown[])[]): CurrencyEvidence[] {
  return headers.flatMap((header, column) => {
    if (!CURRENCY_COLUMNS.includes(normalizeHeader(header))) return [];
    const codeAt = (row: number) => {
      const cell = rows[row][column];
      return typeof cell === "string" && cell.trim() !== "" ? cell.trim() : null;
    };
    return distinctWritten(rows.length, codeAt, (written, row) => {
      // An explicit currency column may name a currency the table of signs lacks: a code is a code.
      const codes = /^[A-Z]{3}$/.test(written) ? [written] : currenciesMeant(written);
      return codes.length === 0 ? null : { written, codes, from: { kind: "column", column, row } };
    });
  });
}

// The spend first: the money a report names its currency by.
function cellEvidence(mapping: ColumnMapping, rows: readonly (readonly unknown[])[]): CurrencyEvidence[] {
  const columns = [...new Set(MONEY_FIELDS.flatMap((field) => (mapping[field] === undefined ? [] : [mapping[field]!])))];
  return columns.flatMap((column) =>
    distinctWritten(rows.length, (row) => currencyWritten(rows[row][column]), (written, row) => {
      const codes = currenciesMeant(written);
      return codes.length === 0 ? null : { written, codes, from: { kind: "cell", column, row, text: String(rows[row][column]).trim() } };
    }),
  );
}

/** The number formats of the money columns' cells, by column; a format counts where its cell holds a number. */
export type MoneyFormats = ReadonlyMap<number, readonly string[]>;

function formatEvidence(formats: MoneyFormats, rows: readonly (readonly unknown[])[]): CurrencyEvidence[] {
  return [...formats].flatMap(([column, columnFormats]) => {
    // A blank cell's format says nothing: the column may be formatted further down than its data.
    const signAt = (row: number) => (typeof rows[row][column] === "number" && typeof columnFormats[row] === "string" ? currencyOf(columnFormats[row])?.trim() || null : null);
    return distinctWritten(Math.min(rows.length, columnFormats.length), signAt, (written, row) => {
      const codes = currenciesMeant(written);
      return codes.length === 0 ? null : { written, codes, from: { kind: "format", column, row } };
    });
  });
}

/** What the export says its currency is: headers first, then a currency column, the money cells, their formats. */
export function readCurrency(headers: readonly string[], rows: readonly (readonly unknown[])[], mapping: ColumnMapping, formats: MoneyFormats = new Map()): CurrencyReading {
  const evidence = [...headerEvidence(headers), ...currencyColumnEvidence(headers, rows), ...cellEvidence(mapping, rows), ...formatEvidence(formats, rows)];
  if (evidence.length === 0) return { kind: "none" };
  let codes = evidence[0].codes;
  for (const next of evidence.slice(1)) {
    const agreed = codes.filter((code) => next.codes.includes(code));
    if (agreed.length === 0) {
      const first = evidence.find((earlier) => !earlier.codes.some((code) => next.codes.includes(code))) ?? evidence[0];
      return { kind: "mixed", first, second: next };
    }
    codes = agreed;
  }
  return { kind: "found", codes, evidence: evidence[0] };
}
