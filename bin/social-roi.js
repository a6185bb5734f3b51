#!/usr/bin/env node
// npx social-roi: runs the command line that npm run build bundles into dist-cli/ (see scripts/cliBundle.ts).
import { existsSync } from "node:fs";

const bundle = new URL("../dist-cli/social-roi.js", import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  console.error("social-roi: dist-cli/social-roi.js is missing: run npm run build first");
  process.exitCode = 2;
}
