// The add-on menu, the sidebar, HTML templates, the document lock and the user's locale.
import { describe, expect, it } from "vitest";
import { createContext, createServices, newUiState } from "../../playground/emulation";
import { emulate } from "./emulate";

function services(files: Record<string, string>, userLocale?: string) {
  const { workbook } = emulate();
  const ui = newUiState("Social ROI");
  const context = createContext({ workbook, ui, userLocale, htmlFile: (name) => files[name] });
  return { ui, context, ...createServices(context) };
}

type Ui = GoogleAppsScript.Base.Ui;
type HtmlService = GoogleAppsScript.HTML.HtmlService;

describe("the add-on menu and the sidebar", () => {
  it("captures the add-on menu, titled with the add-on's name", () => {
    const { SpreadsheetApp, ui } = services({});
    const menu = (SpreadsheetApp.getUi() as Ui).createAddonMenu();
    menu.addItem("Function reference", "showFunctionReference").addItem("Build a scorecard", "showScorecardBuilder").addToUi();
    expect(ui.menu).toEqual({
      title: "Social ROI",
      items: [
        { caption: "Function reference", functionName: "showFunctionReference" },
        { caption: "Build a scorecard", functionName: "showScorecardBuilder" },
      ],
    });
  });

  it("captures the sidebar's title and HTML", () => {
    const { SpreadsheetApp, HtmlService, ui } = services({ Sidebar: "<p>Hello</p>" });
    const output = (HtmlService as unknown as HtmlService).createHtmlOutputFromFile("Sidebar").setTitle("Social ROI");
    (SpreadsheetApp.getUi() as Ui).showSidebar(output);
    expect(ui.sidebar).toEqual({ title: "Social ROI", html: "<p>Hello</p>" });
  });
});

describe("HTML templates", () => {
  const render = (source: string, variables: Record<string, unknown>) => {
    const { HtmlService } = services({ Sidebar: source });
    const template = (HtmlService as unknown as HtmlService).createTemplateFromFile("Sidebar");
    Object.assign(template, variables);
    return template.evaluate().getContent();
  };

  it("escapes <?= ?> and prints <?!= ?> as is", () => {
    expect(render("<h1><?= title ?></h1><?!= html ?>", { title: `<script>"x" & 'y'</script>`, html: "<b>bold</b>" })).toBe(
      "<h1>&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</h1><b>bold</b>",
    );
  });

  it("runs <? ?> code with the template's variables in scope", () => {
    expect(render("<? if (view === 'reference') { ?>REF<? } else { ?>BUILD<? } ?>", { view: "reference" })).toBe("REF");
    expect(render("<? for (var i = 0; i < n; i++) { ?><?= i ?><? } ?>", { n: 3 })).toBe("012");
  });

  it("fails on a missing HTML file with Apps Script's message", () => {
    const { HtmlService } = services({});
    expect(() => (HtmlService as unknown as HtmlService).createTemplateFromFile("Nope")).toThrow("No HTML file named Nope was found.");
  });
});

describe("the document lock and the session", () => {
  it("is free unless another execution holds it", () => {
    const { LockService, context } = services({});
    const lock = LockService.getDocumentLock();
    expect([lock.tryLock(1000), lock.hasLock()]).toEqual([true, true]);
    lock.releaseLock();
    context.lock.heldElsewhere = true;
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow("Lock timeout: another process was holding the lock for too long.");
  });

  it("reports the user's language", () => {
    expect(services({}, "fr").Session.getActiveUserLocale()).toBe("fr");
    expect(services({}).Session.getActiveUserLocale()).toBe("en");
  });
});
