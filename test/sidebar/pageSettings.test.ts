import { describe, expect, it } from "vitest";
import { pageSettings } from "../../src/sidebar/pageSettings";

describe("pageSettings", () => {
  it("reads the view and the language the template printed", () => {
    expect(pageSettings({ view: "reference", language: "fr" })).toEqual({ view: "reference", language: "fr" });
    expect(pageSettings({ view: "reference", language: "en" })).toEqual({ view: "reference", language: "en" });
  });

  it("falls back to English, and to no view, when the template printed nothing usable", () => {
    expect(pageSettings({})).toEqual({ view: "", language: "en" });
    // The raw file, opened without HtmlService evaluating it.
    expect(pageSettings({ view: "<?= view ?>", language: "<?= language ?>" })).toEqual({ view: "<?= view ?>", language: "en" });
  });
});
