/**
 * How a channel name is compared, the same way in the grouping and in the linked formulas.
 * Sheets' TRIM removes leading and trailing spaces and collapses inner runs, of U+0020 only;
 * tabs and non-breaking spaces (web copies, French exports) are read as spaces first on both sides.
 * Sheets' "=" on text ignores case and keeps accents: "facebook"="Facebook", "Cote"<>"Côte".
 */

const SPACE_LIKE = /[\t\u00a0]/g;

/** The name as the scorecard shows it: TRIM(SUBSTITUTE(SUBSTITUTE(name, CHAR(9), " "), UNICHAR(160), " ")). */
export function channelName(text: string): string {
  return text.replace(SPACE_LIKE, " ").replace(/ {2,}/g, " ").replace(/^ | $/g, "");
}

/** What two names share when Sheets' "=" says they are equal: the name, case aside. */
export function channelKey(text: string): string {
  return channelName(text).toLowerCase();
}

/** The sheet formula giving channelName of every cell of a range (numbers read as their text). */
export function channelNameFormula(range: string): string {
  return `TRIM(SUBSTITUTE(SUBSTITUTE(${range}&"", CHAR(9), " "), UNICHAR(160), " "))`;
}
