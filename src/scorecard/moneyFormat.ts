/**
 * The money of a scorecard or plan: the currency the data says (see import/currency.ts), else the
 * currency of the user's own spend cells when they show one, else the spreadsheet locale's; with
 * the currency's minor units (a CPA of 12.40 needs cents, an amount in rupiah has none).
 */
import { CURRENCIES, currenciesMeant, currencyOf } from "../import/currencies";
import { readCurrency, type CurrencyReading, type MoneyFormats } from "../import/currency";
import { describeCurrency, type CurrencyTexts } from "../import/describe";
import type { ColumnMapping } from "../import/fields";

export interface Money {
  /** The ISO 4217 code; null when only a sign such as "$" or "kr" is known, which several currencies share. */
  code: string | null;
  /** The sign shown: "£", "R$ ", "CHF ". */
  symbol: string;
  decimals: number;
}

const EURO_LANGUAGES = new Set(["fr", "de", "es", "it", "nl", "pt", "fi", "el", "sk", "sl", "et", "lv", "lt"]);
// Languages that write the sign after the amount: 1 234,50 € (but R$ 1.234,50 in Brazil).
const SIGN_AFTER = new Set([...EURO_LANGUAGES, "sv", "da", "nb", "pl", "cs", "hu"]);
const SIGN_BEFORE_REGIONS = new Set(["BR", "CH"]);
const REGION_CURRENCIES: Readonly<Record<string, string>> = {
  GB: "GBP", JP: "JPY", BR: "BRL", IN: "INR", ID: "IDR", CA: "CAD", AU: "AUD", NZ: "NZD", MX: "MXN", CH: "CHF", SE: "SEK",
  NO: "NOK", DK: "DKK", PL: "PLN", TR: "TRY", ZA: "ZAR", KR: "KRW", SG: "SGD", HK: "HKD", AE: "AED", SA: "SAR",
};

function localeCurrency(locale: string): string {
  const [language, region = ""] = locale.split(/[-_]/);
  if (REGION_CURRENCIES[region]) return REGION_CURRENCIES[region];
  if (language === "ja") return "JPY";
  return EURO_LANGUAGES.has(language) ? "EUR" : "USD";
}

const ofCode = (code: string): Money => ({ code, ...(CURRENCIES[code] ?? { symbol: `${code} `, decimals: 2 }) });

/** Of the currencies a sign may mean: the one, or the locale's when it is among them, else the sign alone. */
function ofCodes(codes: readonly string[], sign: string, locale: string): Money {
  if (codes.length === 1) return ofCode(codes[0]);
  const local = localeCurrency(locale);
  return codes.includes(local) ? ofCode(local) : { code: null, symbol: sign, decimals: 2 };
}

/** The money, from what the data says, else the spend cells' number format, else the locale. */
export function moneyOf(reading: Exclude<CurrencyReading, { kind: "mixed" }>, numberFormat: string | null, locale: string): Money {
  if (reading.kind === "found") return ofCodes(reading.codes, reading.evidence.written, locale);
  const sign = numberFormat && currencyOf(numberFormat);
  if (!sign) return ofCode(localeCurrency(locale));
  const codes = currenciesMeant(sign);
  return codes.length > 0 ? ofCodes(codes, sign, locale) : { code: null, symbol: sign, decimals: 2 };
}

/** A number format Sheets, Excel and LibreOffice read: [$£]#,##0.00, or 1 234,50 € where the locale writes the sign after. */
export function moneyFormat(money: Money, locale: string): string {
  const digits = money.decimals > 0 ? `#,##0.${"0".repeat(money.decimals)}` : "#,##0";
  const [language, region = ""] = locale.split(/[-_]/);
  const signAfter = SIGN_AFTER.has(language) && !SIGN_BEFORE_REGIONS.has(region);
  return signAfter ? `${digits} [$${money.symbol.trim()}]` : `[$${money.symbol}]${digits}`;
}

/** The rows a scorecard or plan is built from, where their currency is read. */
export interface MoneyData {
  headers: readonly string[];
  rows: readonly (readonly unknown[])[];
  mapping: ColumnMapping;
}

/**
 * The money of the data sent to build from (with its money cells' number formats, when read from
 * a sheet: a number in a pound format says pounds), or why it cannot be one money: its two
 * currencies, in words. firstRowNumber is the row the user sees beside the first data row.
 */
export function moneyOfData(data: MoneyData, formats: MoneyFormats, locale: string, firstRowNumber: number, texts: CurrencyTexts): Money | { mixed: string } {
  const headers = Array.isArray(data.headers) ? data.headers.map((header) => String(header ?? "")) : [];
  const rows = Array.isArray(data.rows) ? data.rows.filter(Array.isArray) : [];
  const reading = readCurrency(headers, rows, data.mapping ?? {}, formats);
  if (reading.kind !== "mixed") return moneyOf(reading, null, locale);
  const name = (column: number) => headers[column] || String(column + 1);
  return { mixed: describeCurrency(reading, name, (index) => firstRowNumber + index, texts)! };
}
