import { describe, expect, it } from "vitest";
import { inlineCode, sidebarTemplate } from "../../scripts/sidebarHtml";

describe("inlineCode", () => {
  it("escapes </script in a script, in any case, so the element cannot end early", () => {
    const code = 'const end = "</script>"; const END = "</SCRIPT >";';
    const inlined = inlineCode(code, "script");
    expect(inlined).not.toMatch(/<\/script/i);
    expect(inlined).toBe('const end = "<\\/script>"; const END = "<\\/SCRIPT >";');
    // Still the same JavaScript.
    expect(new Function(`${inlined}; return [end, END];`)()).toEqual(["</script>", "</SCRIPT >"]);
  });

  it("fails the build on a '<?' that HtmlService would read as a scriptlet", () => {
    expect(() => inlineCode('const tag = "<?= secret ?>";', "script")).toThrow(
      'Cannot build dist/Sidebar.html: the inlined script contains "<?", which HtmlService would read as a scriptlet',
    );
    expect(() => inlineCode('a::after { content: "<?" }', "style")).toThrow('the inlined style contains "<?"');
  });

  it("fails the build on a style that would close its element", () => {
    expect(() => inlineCode('a::after { content: "</style>" }', "style")).toThrow("the inlined style contains </style");
  });
});

describe("sidebarTemplate", () => {
  it("inlines the script and style into a template that prints the view and the language", () => {
    const html = sidebarTemplate("render();", "body{margin:0}");
    expect(html).toContain("<style>body{margin:0}</style>");
    expect(html).toContain('<body data-view="<?= view ?>" data-language="<?= language ?>">');
    expect(html).toContain("<script>render();</script>");
  });
});
