/**
 * An amount as people type it in an option: "100", "12.50", "12,5", "$100", "1 000 €". A separator
 * followed by exactly three digits ("1,000", "1.000") could be thousands or decimals: refused.
 */
const AMOUNT = /^\s*[$€£¥]?\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?\s*[$€£¥]?\s*$/;

export function parseAmount(text: string): number | null {
  const match = AMOUNT.exec(text);
  if (!match) return null;
  const [, whole, decimals] = match;
  if (decimals?.length === 3) return null;
  return Number(`${whole.replace(/\D/g, "")}.${decimals ?? "0"}`);
}
