/** "a", "a and b", "a, b and c" in English; with "et" in French. */
export const listWith = (and: string) => (items: readonly string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`);
