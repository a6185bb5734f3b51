/**
 * The money format of a scorecard: the currency of the user's own budget cells when they show
 * one, else the spreadsheet locale's currency, always with cents (a CPA of 12.40 needs them).
 */

const EURO_LANGUAGES = new Set(["fr", "de", "es", "it", "nl", "pt", "fi", "el", "sk", "sl", "et", "lv", "lt"]);
// Languages that write the sign after the amount: 1 234,50 €.
const SIGN_AFTER = new Set([...EURO_LANGUAGES, "sv", "da", "nb", "pl", "cs", "hu"]);

function localeCurrency(locale: string): string {
  const [language, region = ""] = locale.split(/[-_]/);
  if (region === "GB") return "£";
  if (region === "JP" || language === "ja") return "¥";
  if (EURO_LANGUAGES.has(language) && region !== "CH" && region !== "BR") return "€";
  return "$";
}

/** The currency sign a number format shows: [$€] or [$€-fr-FR], a quoted sign ("£"#,##0.00), or a bare sign. */
export function currencyOf(numberFormat: string): string | null {
  const bracketed = /\[\$([^\]-]+)/.exec(numberFormat);
  if (bracketed) return bracketed[1];
  const quoted = /"\s*([$€£¥])\s*"/.exec(numberFormat);
  if (quoted) return quoted[1];
  const bare = /[$€£¥]/.exec(numberFormat.replace(/"[^"]*"/g, ""));
  return bare ? bare[0] : null;
}

export function moneyFormatFor(locale: string, sourceNumberFormat: string | null): string {
  const sign = (sourceNumberFormat && currencyOf(sourceNumberFormat)) ?? localeCurrency(locale);
  const signAfter = SIGN_AFTER.has(locale.split(/[-_]/)[0]);
  return signAfter ? `#,##0.00 [$${sign}]` : `[$${sign}]#,##0.00`;
}
