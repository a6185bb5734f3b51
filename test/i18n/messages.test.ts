import { describe, expect, it } from "vitest";
import { addonTexts, en, fr, languageFor, messagesFor, type Messages } from "../../src/i18n";

type Key = keyof Messages;
const KEYS = Object.keys(en) as Key[];

/** A text as the UI shows it: a function's text is shown with a sample value in it. */
function shown(messages: Messages, key: Key): string {
  const text = messages[key];
  return typeof text === "function" ? (text as (value: never) => string)("«VALUE»" as never) : text;
}

// Words French marketers write exactly as in English.
const SAME_IN_BOTH: readonly Key[] = ["fieldBudget", "fieldLeads", "fieldConversions", "fieldImpressions", "optionsHeading"];

describe("UI text", () => {
  it("has every key in both languages, and nothing else", () => {
    expect(Object.keys(fr).sort()).toEqual([...KEYS].sort());
  });

  it.each(KEYS)("%s is a non-empty text of the same kind in English and French, and is translated", (key) => {
    expect(typeof fr[key]).toBe(typeof en[key]);
    expect(shown(en, key).trim()).not.toBe("");
    expect(shown(fr, key).trim()).not.toBe("");
    if (!SAME_IN_BOTH.includes(key)) expect(shown(fr, key)).not.toBe(shown(en, key));
    if (typeof en[key] === "function") {
      expect(shown(en, key)).toContain("«VALUE»");
      expect(shown(fr, key)).toContain("«VALUE»");
    }
  });

  it("uses the marketing vocabulary of our French material", () => {
    expect(addonTexts("fr").menuFunctionReference).toBe("Référence des fonctions");
    expect(addonTexts("fr").menuBuildScorecard).toBe("Créer le tableau de bord des canaux");
    expect(addonTexts("fr").sheetName).toBe("Tableau de bord des canaux");
    expect(fr.insert).toBe("Insérer");
    expect(fr.searchLabel).toMatch(/^Rechercher/);
    expect(fr.insertedIn("Feuille1!B3")).toBe("Inséré dans Feuille1!B3");
    expect(en.insertedIn("Sheet1!B3")).toBe("Inserted in Sheet1!B3");
  });

  it("follows French typography: a no-break space before a colon", () => {
    expect(fr.insertFailed("raison")).toBe("Insertion impossible\u00a0: raison");
  });

  it("counts in each language's grammar", () => {
    expect([en.matchCount(1), en.matchCount(12)]).toEqual(["1 function", "12 functions"]);
    expect([fr.matchCount(0), fr.matchCount(1), fr.matchCount(12)]).toEqual(["0 fonction", "1 fonction", "12 fonctions"]);
  });
});

describe("languageFor", () => {
  it.each(["fr", "fr_FR", "fr-CA", "FR_be", "fr-CH", " fr "])("gives French for %j", (locale) => {
    expect(languageFor(locale)).toBe("fr");
  });

  it.each(["en", "en_US", "en-GB", "de_DE", "es", "", "french", "fra", "fur_IT"])("gives English for %j", (locale) => {
    expect(languageFor(locale)).toBe("en");
  });

  it("gives the messages of each language", () => {
    expect(messagesFor("fr")).toBe(fr);
    expect(messagesFor("en")).toBe(en);
  });
});
