/** "a", "a and b", "a, b and c" in English; with "et" in French. */
export const listWith = (and: string) => (items: readonly string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`);

const LISTED_ROWS = 8;

/** "4, 9, 12" or "4, 9, 12, 15, …". */
export function rowList(rows: readonly number[]): string {
  return rows.length > LISTED_ROWS ? `${rows.slice(0, LISTED_ROWS).join(", ")}, …` : rows.join(", ");
}
