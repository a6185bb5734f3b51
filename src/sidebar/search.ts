/**
 * The function reference's search: every word typed must appear in a function's name, its summary
 * in English or in French, or its parameter names; accents and case are ignored ("cout" finds "coût").
 */
import type { FunctionDoc } from "../functions";

// Punctuation separates words, so "=CPA(" finds CPA and "conversion rate" finds CONVERSION_RATE.
function words(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((word) => word !== "");
}

function searchableText(fn: FunctionDoc): string {
  return words([fn.name, fn.summary, fn.frenchSummary, ...fn.params.map((p) => p.name)].join(" ")).join(" ");
}

export function filterFunctions(catalog: readonly FunctionDoc[], query: string): FunctionDoc[] {
  const wanted = words(query);
  return catalog.filter((fn) => {
    const text = searchableText(fn);
    return wanted.every((word) => text.includes(word));
  });
}
