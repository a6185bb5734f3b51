/**
 * The currency of an export's money, from what the export itself says: a code after a header
 * ("Amount spent (GBP)"), a currency column ("Currency code": IDR), or the signs and codes its
 * money cells are written with ("R$ 236,86", "1 234,56 €", "USD 12.00"). Amounts in two
 * currencies cannot be added: that is reported, naming both, for the build to refuse.
 */
import { CURRENCIES, currenciesMeant } from "./currencies";
import type { ColumnMapping, Field } from "./fields";
import { normalizeHeader } from "./headerNames";
import { currencyWritten } from "./numbers";

/** Where the export says its currency. Rows are indexes into the data rows read. */
export type CurrencySource =
  | { kind: "header"; column: number }
  | { kind: "column"; column: number; row: number }
  | { kind: "cell"; column: number; row: number; text: string };

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

/** Each distinct currency of a column, at its first row. */
function distinctInColumn(rows: readonly (readonly unknown[])[], column: number, read: (cell: unknown) => string | null, evidence: (written: string, row: number, cell: unknown) => CurrencyEvidence | null): CurrencyEvidence[] {
  const seen = new Map<string, CurrencyEvidence | null>();
  rows.forEach((cells, row) => {
    const written = read(cells[column]);
    if (written !== null && !seen.has(written)) seen.set(written, evidence(written, row, cells[column]));
  });
  return [...seen.values()].filter((found): found is CurrencyEvidence => found !== null);
}

function currencyColumnEvidence(headers: readonly string[], rows: readonly (readonly unknown[])[]): CurrencyEvidence[] {
  return headers.flatMap((header, column) => {
    if (!CURRENCY_COLUMNS.includes(normalizeHeader(header))) return [];
    const code = (cell: unknown) => {
      const text = typeof cell === "string" ? cell.trim() : "";
      return text === "" ? null : text;
    };
    return distinctInColumn(rows, column, code, (written, row) => {
      // An explicit currency column may name a currency the table of signs lacks: a code is a code.
      const codes = /^[A-Z]{3}$/.test(written) ? [written] : currenciesMeant(written);
      return codes.length === 0 ? null : { written, codes, from: { kind: "column", column, row } };
    });
  });
}

function cellEvidence(mapping: ColumnMapping, rows: readonly (readonly unknown[])[]): CurrencyEvidence[] {
  const columns = [...new Set(MONEY_FIELDS.flatMap((field) => (mapping[field] === undefined ? [] : [mapping[field]!])))].sort((a, b) => a - b);
  return columns.flatMap((column) =>
    distinctInColumn(rows, column, currencyWritten, (written, row, cell) => {
      const codes = currenciesMeant(written);
      return codes.length === 0 ? null : { written, codes, from: { kind: "cell", column, row, text: String(cell).trim() } };
    }),
  );
}

/** What the export says its currency is: headers first, then a currency column, then the money cells. */
export function readCurrency(headers: readonly string[], rows: readonly (readonly unknown[])[], mapping: ColumnMapping): CurrencyReading {
  const evidence = [...headerEvidence(headers), ...currencyColumnEvidence(headers, rows), ...cellEvidence(mapping, rows)];
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
