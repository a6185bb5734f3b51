/** What the server's template printed on <body>: which view to show, in which language. */
import { languageFor, type Language } from "../i18n";

export interface PageSettings {
  view: string;
  language: Language;
}

export function pageSettings(dataset: { view?: string; language?: string }): PageSettings {
  return { view: dataset.view ?? "", language: languageFor(dataset.language ?? "") };
}
