// onOpen runs in AuthMode.NONE: it builds the add-on menu and makes no other service call.
import { afterEach, describe, expect, it, vi } from "vitest";
import { entryPointCatalog } from "../../src/addon";
import { onInstall, onOpen } from "../../src/addon/menu";

interface BuiltMenu {
  items: { caption: string; functionName: string }[];
  addedToUi: boolean;
}

/** Just enough of Apps Script for onOpen: Session's locale, and the Ui's add-on menu. */
function fakeAppsScript(locale: () => string): BuiltMenu {
  const built: BuiltMenu = { items: [], addedToUi: false };
  const menu = {
    addItem(caption: string, functionName: string) {
      built.items.push({ caption, functionName });
      return menu;
    },
    addToUi() {
      built.addedToUi = true;
    },
  };
  vi.stubGlobal("Session", { getActiveUserLocale: locale });
  vi.stubGlobal("SpreadsheetApp", { getUi: () => ({ createAddonMenu: () => menu }) });
  return built;
}

const ENGLISH_ITEMS = [
  { caption: "Build channel scorecard", functionName: "showScorecardBuilder" },
  { caption: "Plan a budget", functionName: "showBudgetPlanner" },
  { caption: "Function reference", functionName: "showFunctionReference" },
  { caption: "Make portable", functionName: "showMakePortable" },
];
const FRENCH_ITEMS = [
  { caption: "Créer le tableau de bord des canaux", functionName: "showScorecardBuilder" },
  { caption: "Planifier un budget", functionName: "showBudgetPlanner" },
  { caption: "Référence des fonctions", functionName: "showFunctionReference" },
  { caption: "Rendre portable", functionName: "showMakePortable" },
];

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("onOpen", () => {
  it("adds the scorecard builder, the budget planner, the function reference and Make portable to the add-on menu, in English", () => {
    const menu = fakeAppsScript(() => "en_US");
    onOpen();
    expect(menu).toEqual({ items: ENGLISH_ITEMS, addedToUi: true });
  });

  it.each(["fr", "fr_FR", "fr-CA"])("writes the captions in French for a %s user", (locale) => {
    const menu = fakeAppsScript(() => locale);
    onOpen();
    expect(menu.items).toEqual(FRENCH_ITEMS);
  });

  it("still builds the menu, in English, when Session cannot be read (AuthMode.NONE)", () => {
    const menu = fakeAppsScript(() => {
      throw new Error("You do not have permission to call Session.getActiveUserLocale");
    });
    onOpen();
    expect(menu).toEqual({ items: ENGLISH_ITEMS, addedToUi: true });
  });

  it("points each item at a declared entry point, so that Apps Script finds its global function", () => {
    const menu = fakeAppsScript(() => "en");
    onOpen();
    const names = entryPointCatalog().map((entry) => entry.name);
    for (const item of menu.items) expect(names).toContain(item.functionName);
  });
});

describe("onInstall", () => {
  it("builds the same menu as onOpen", () => {
    const menu = fakeAppsScript(() => "fr_FR");
    onInstall();
    expect(menu).toEqual({ items: FRENCH_ITEMS, addedToUi: true });
  });
});
