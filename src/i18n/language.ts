/** Which of our languages a user gets, from a locale as Apps Script or a browser gives it. */
import { en, type Messages } from "./en";
import { fr } from "./fr";

export type Language = "en" | "fr";

const MESSAGES: Readonly<Record<Language, Messages>> = { en, fr };

/** "fr", "fr_FR", "fr-CA"... give French; anything else (including "") gives English. */
export function languageFor(locale: string): Language {
  return /^fr(?:[-_]|$)/i.test(locale.trim()) ? "fr" : "en";
}

export function messagesFor(language: Language): Messages {
  return MESSAGES[language];
}
