/** Builds the playground's browser code (the page and the sidebar bridge) in memory with esbuild. */
import { build } from "esbuild";
import { readFileSync } from "node:fs";

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    format: "iife",
    target: "es2020",
    jsx: "automatic",
    jsxImportSource: "preact",
    write: false,
    minify: false,
  });
  return result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
}

export interface BrowserBundles {
  page: string;
  bridge: string;
}

export async function buildBrowserBundles(): Promise<BrowserBundles> {
  const [script, bridge] = await Promise.all([bundle("../page/main.tsx"), bundle("../bridge/scriptRun.ts")]);
  const style = readFileSync(new URL("../page/page.css", import.meta.url), "utf8");
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Social ROI playground</title>
<style>${style}</style>
</head>
<body>
<div id="app"></div>
<script>${script}</script>
</body>
</html>`;
  return { page, bridge };
}

/** The add-on's sidebar HTML with google.script.run put in before any of its own scripts run. */
export function withBridge(sidebarHtml: string, bridge: string): string {
  const script = `<script>${bridge}</script>`;
  const head = /<head[^>]*>/i.exec(sidebarHtml);
  if (head) return sidebarHtml.slice(0, head.index + head[0].length) + script + sidebarHtml.slice(head.index + head[0].length);
  return script + sidebarHtml;
}
