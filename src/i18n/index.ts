export { en, type Messages } from "./en";
export { fr } from "./fr";
export { languageFor, messagesFor, type Language } from "./language";
export { addonTexts, type AddonTexts } from "./addonTexts";
export { requestMessages, type RequestMessages } from "./requestMessages";
export { planTexts, type PlanTexts } from "./planTexts";
export { printable } from "./printable";
export { portableTexts, type PortableTexts } from "./portableTexts";
