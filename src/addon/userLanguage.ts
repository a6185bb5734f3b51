/** The language of the user's UI, from their Google account's locale. */
import { languageFor, type Language } from "../i18n";

export function userLanguage(): Language {
  // In AuthMode.NONE (onOpen before authorization) a service call may throw: the menu must still appear.
  try {
    return languageFor(Session.getActiveUserLocale());
  } catch {
    return "en";
  }
}
