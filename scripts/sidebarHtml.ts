/**
 * Builds dist/Sidebar.html: the sidebar (src/sidebar) bundled with esbuild, its script and style
 * inlined into the one self-contained file HtmlService serves, as a template that prints the view
 * and the language the server chose.
 */
import { build, transform } from "esbuild";
import { readFileSync } from "node:fs";

const SIDEBAR_SOURCE = new URL("../src/sidebar/", import.meta.url);

function fail(message: string): never {
  throw new Error(`Cannot build dist/Sidebar.html: ${message}`);
}

async function bundleScript(): Promise<string> {
  const result = await build({
    entryPoints: [new URL("main.tsx", SIDEBAR_SOURCE).pathname],
    bundle: true,
    format: "iife",
    target: "es2019",
    platform: "browser",
    jsx: "automatic",
    jsxImportSource: "preact",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    write: false,
  });
  return result.outputFiles[0].text;
}

async function minifiedStyle(): Promise<string> {
  const css = readFileSync(new URL("sidebar.css", SIDEBAR_SOURCE), "utf8");
  return (await transform(css, { loader: "css", minify: true })).code;
}

/**
 * Code inlined into the page: it may not close its own element early, and it may hold no "<?",
 * which HtmlService's template engine would run as a scriptlet.
 */
export function inlineCode(code: string, element: "script" | "style"): string {
  // "<\/script" reads the same in JavaScript strings, templates and regular expressions.
  const escaped = element === "script" ? code.replace(/<\/(script)/gi, "<\\/$1") : code;
  if (escaped.toLowerCase().includes(`</${element}`)) fail(`the inlined ${element} contains </${element}`);
  if (escaped.includes("<?")) fail(`the inlined ${element} contains "<?", which HtmlService would read as a scriptlet`);
  return escaped;
}

export function sidebarTemplate(script: string, style: string): string {
  return `<!DOCTYPE html>
<html lang="<?= language ?>">
<head>
<meta charset="utf-8">
<style>${inlineCode(style, "style")}</style>
</head>
<body data-view="<?= view ?>" data-language="<?= language ?>">
<div id="app"></div>
<script>${inlineCode(script, "script")}</script>
</body>
</html>
`;
}

export async function buildSidebarHtml(): Promise<string> {
  const [script, style] = await Promise.all([bundleScript(), minifiedStyle()]);
  return sidebarTemplate(script, style);
}
