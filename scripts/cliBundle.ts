/**
 * The command line, bundled at build time into dist-cli/ so that `npx social-roi` starts in plain
 * Node instead of compiling its TypeScript at every run. The formula engine and the CSV parser are
 * bundled in: loaded from node_modules, HyperFormula's hundreds of modules took a third of a second to
 * resolve and load at every start. The .xlsx writer stays a separate chunk, with exceljs external,
 * loaded only for --out.
 * dist-cli/ sits beside dist/, one level below the root, so paths built from import.meta.url
 * (dist/Code.js) resolve as they do from the sources; it is not in dist/, which is pushed to Apps Script.
 */
import { build } from "esbuild";
import { rmSync } from "node:fs";

export const CLI_DIST = new URL("../dist-cli/", import.meta.url);

export async function bundleCli(): Promise<void> {
  rmSync(CLI_DIST, { recursive: true, force: true });
  await build({
    entryPoints: { "social-roi": new URL("../playground/cli/main.ts", import.meta.url).pathname },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["exceljs"],
    outdir: CLI_DIST.pathname,
    chunkNames: "[name]-[hash]",
    legalComments: "none",
    logLevel: "warning",
  });
}
