#!/usr/bin/env node
// npx social-roi: runs the command line that npm run build bundles into dist-cli/ (see scripts/cliBundle.ts).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const bundle = fileURLToPath(new URL("../dist-cli/social-roi.js", import.meta.url));
const args = process.argv.slice(2);
// A written workbook (--out) streams every data row through exceljs as millions of short-lived cell
// objects: a young generation larger than Node's default collects them in fewer pauses, a flag only
// a new process takes. Without --out the rows are values, as quick with the default, and the command
// line runs here: no second process to start.
const writesWorkbook = args.some((arg) => arg === "--out" || arg.startsWith("--out="));

if (!existsSync(bundle)) {
  console.error("social-roi: dist-cli/social-roi.js is missing: run npm run build first");
  process.exitCode = 2;
} else if (writesWorkbook) {
  const run = spawnSync(process.execPath, ["--max-semi-space-size=64", bundle, ...args], { stdio: "inherit" });
  if (run.error) console.error(`social-roi: ${run.error.message}`);
  process.exitCode = run.status ?? 1;
} else {
  await import(pathToFileURL(bundle).href);
}
