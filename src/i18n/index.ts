export { en, type Messages } from "./en";
export { fr } from "./fr";
export { languageFor, messagesFor, type Language } from "./language";
export { scorecardSheetTexts, type ScorecardSheetTexts } from "./scorecardSheet";
