// dist/Sidebar.html as HtmlService serves it: one self-contained template file.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

const TEMPLATE_TAGS = ['<html lang="<?= language ?>">', '<body data-view="<?= view ?>" data-language="<?= language ?>">'];

let html: string;

beforeAll(() => {
  html = readFileSync(new URL("../../dist/Sidebar.html", import.meta.url), "utf8");
});

describe("dist/Sidebar.html", () => {
  it("prints the view and the language the server sets on the template", () => {
    for (const tag of TEMPLATE_TAGS) expect(html).toContain(tag);
  });

  it("holds no other scriptlet for HtmlService's template engine", () => {
    const withoutTags = TEMPLATE_TAGS.reduce((text, tag) => text.replace(tag, ""), html);
    expect(withoutTags).not.toContain("<?");
  });

  it("is self-contained: script and style inlined, nothing fetched", () => {
    expect(html).not.toMatch(/\s(src|href)\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    // CSS url(...) (the script may name createObjectURL, which fetches nothing).
    expect(html).not.toMatch(/@import|(?<![a-z])url\(/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it("keeps its script from closing the <script> element early", () => {
    const script = html.slice(html.indexOf("<script>") + "<script>".length, html.lastIndexOf("</script>"));
    expect(script.length).toBeGreaterThan(1000);
    expect(script).not.toMatch(/<\/script/i);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });

  it("mounts the app in the page's one root element, in the body", () => {
    const body = html.slice(html.indexOf("<body "));
    expect(body).toMatch(/^<body [^\n]*\?>">\s*<div id="app"><\/div>\s*<script>/);
  });
});
