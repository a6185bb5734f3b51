/**
 * The currencies ad accounts are billed in: each ISO 4217 code with the sign a sheet shows it with
 * and its minor units (a rupiah or a yen has no cents), and the signs exports write in cells.
 */

export interface CurrencyStyle {
  /** The sign shown beside amounts; a space ends it where the sign is letters ("CHF 12.00"). */
  symbol: string;
  /** Digits after the decimal mark. */
  decimals: number;
}

const style = (symbol: string, decimals = 2): CurrencyStyle => ({ symbol, decimals });

export const CURRENCIES: Readonly<Record<string, CurrencyStyle>> = {
  USD: style("$"), EUR: style("€"), GBP: style("£"), BRL: style("R$ "), INR: style("₹"), IDR: style("Rp", 0),
  JPY: style("¥", 0), KRW: style("₩", 0), CNY: style("CN¥"), CAD: style("CA$"), AUD: style("A$"), NZD: style("NZ$"),
  MXN: style("MX$"), SGD: style("S$"), HKD: style("HK$"), CHF: style("CHF "), SEK: style("kr"), NOK: style("kr"),
  DKK: style("kr"), PLN: style("zł"), CZK: style("Kč"), HUF: style("Ft"), RON: style("lei"), TRY: style("₺"),
  ZAR: style("R"), AED: style("AED "), SAR: style("SAR "), ILS: style("₪"), THB: style("฿"), PHP: style("₱"),
  VND: style("₫", 0), MYR: style("RM"), TWD: style("NT$"), CLP: style("CLP$", 0), COP: style("COL$"), ARS: style("ARS$"),
};

const DOLLARS = ["USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD", "TWD", "CLP", "COP", "ARS"];

/**
 * The signs cells are written with, and the currencies each may mean: "£" says GBP, "$" only that it
 * is some dollar (or peso). Codes written in cells ("USD 12.00") are read as themselves.
 */
export const CELL_SIGNS: Readonly<Record<string, readonly string[]>> = {
  "US$": ["USD"], "CA$": ["CAD"], "C$": ["CAD"], "AU$": ["AUD"], "A$": ["AUD"], "NZ$": ["NZD"], "MX$": ["MXN"],
  "S$": ["SGD"], "HK$": ["HKD"], "NT$": ["TWD"], "R$": ["BRL"], $: DOLLARS,
  "€": ["EUR"], "£": ["GBP"], "₹": ["INR"], "₩": ["KRW"], Rp: ["IDR"], "¥": ["JPY"], "CN¥": ["CNY"], "￥": ["JPY", "CNY"],
  "₺": ["TRY"], "zł": ["PLN"], "₪": ["ILS"], "₱": ["PHP"], "₫": ["VND"], kr: ["SEK", "NOK", "DKK"], "Fr.": ["CHF"], Fr: ["CHF"],
};

/** The currencies a sign or code may mean; none for text that is neither. */
export function currenciesMeant(sign: string): readonly string[] {
  const text = sign.trim();
  const upper = text.toUpperCase();
  if (CURRENCIES[upper] && /^[A-Z]{3}$/i.test(text)) return [upper];
  return CELL_SIGNS[text] ?? [];
}

/** The currency sign a number format shows: [$€] or [$€-fr-FR], a quoted sign ("€"#,##0.00), or a bare one. */
export function currencyOf(numberFormat: string): string | null {
  const bracketed = /\[\$([^\]-]+)/.exec(numberFormat);
  if (bracketed) return bracketed[1];
  const quoted = [...numberFormat.matchAll(/"([^"]*)"/g)].map((match) => match[1].trim()).find((text) => currenciesMeant(text).length > 0);
  if (quoted) return quoted;
  const bare = /[$€£¥₹₩]/.exec(numberFormat.replace(/"[^"]*"/g, ""));
  return bare ? bare[0] : null;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every sign or code a cell may be written with, longest first so "US$" is taken whole before "$". */
export const CURRENCY_PATTERN = [...Object.keys(CURRENCIES), ...Object.keys(CELL_SIGNS)]
  .sort((a, b) => b.length - a.length)
  .map(escaped)
  .join("|");
