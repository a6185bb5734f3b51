/** npm run deploy: after the build, pushes dist/ to the Apps Script project named in .clasp.json. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const project = JSON.parse(readFileSync(new URL("../.clasp.json", import.meta.url), "utf8")) as { scriptId?: string };
if (!project.scriptId) {
  console.error(
    "No script id in .clasp.json: open your spreadsheet, Extensions > Apps Script > Project settings, " +
      'copy the Script ID into .clasp.json ("scriptId"), then run npm run deploy again (see README, "Deploy to Google Sheets").',
  );
  process.exit(2);
}
// --force: our appsscript.json (scopes, runtime) is the source of truth, not the remote one.
const push = spawnSync("npx", ["clasp", "push", "--force"], { stdio: "inherit" });
process.exit(push.status ?? 1);
