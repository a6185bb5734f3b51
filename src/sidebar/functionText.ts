/** How a function's example result reads in the sidebar, in the user's language. */
import { formatResult } from "../functions/display";
import type { ResultFormat } from "../functions";
import type { Language } from "../i18n";

const LOCALES: Readonly<Record<Language, string>> = { en: "en-US", fr: "fr-FR" };

export function formatExampleResult(value: number, format: ResultFormat, language: Language): string {
  return formatResult(value, format, LOCALES[language]);
}
