/** A function's help in the user's language (with no import of the registry: the sidebar bundle uses it). */
import type { FunctionDoc } from "./catalog";

export function functionTexts(fn: FunctionDoc, language: "en" | "fr"): { summary: string; params: string[] } {
  return language === "fr"
    ? { summary: fn.frenchSummary, params: fn.params.map((p) => p.frenchHelp) }
    : { summary: fn.summary, params: fn.params.map((p) => p.help) };
}
