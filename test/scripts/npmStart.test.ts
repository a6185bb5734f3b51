// npm start leaves the server in the foreground: stopping npm start stops the server.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, realpathSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const SKIPPED = new Set(["node_modules", "dist", "test", "artifacts", ".playground", ".git"]);

/** The project in a folder of its own (sharing the installed packages), so its build writes its own dist/. */
function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), "social-roi-start-"));
  cpSync(root, copy, { recursive: true, filter: (source) => !SKIPPED.has(source.slice(root.length).split("/")[0]) });
  symlinkSync(realpathSync(join(root, "node_modules")), join(copy, "node_modules"));
  return copy;
}

function served(npm: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    npm.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Social ROI playground: (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    npm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    npm.on("exit", (code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
  });
}

async function stillServing(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

describe("npm start", () => {
  it.each([
    ["a signal to the npm start process", (npm: ChildProcess) => process.kill(npm.pid!, "SIGTERM")],
    ["Ctrl-C (an interrupt to its process group)", (npm: ChildProcess) => process.kill(-npm.pid!, "SIGINT")],
  ])("serves the page, and %s stops the server and frees the workbook", async (_, stop) => {
    const copy = projectCopy();
    const dataPath = join(copy, "workbook.json");
    const npm = spawn("npm", ["start", "--", "--port", "0", "--data", dataPath], { cwd: copy, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise((resolve) => npm.on("exit", resolve));
    try {
      const url = await served(npm);
      expect(await (await fetch(url)).text()).toContain("<html");
      expect(existsSync(`${dataPath}.lock`)).toBe(true);
      stop(npm);
      await exited;
      await expect.poll(() => stillServing(url), { timeout: 5000 }).toBe(false);
      // On Ctrl-C npm may exit before the server has finished closing: the lock goes once it has.
      await expect.poll(() => existsSync(`${dataPath}.lock`), { timeout: 5000 }).toBe(false);
    } finally {
      // Whatever the outcome, nothing the test started outlives it.
      try {
        process.kill(-npm.pid!, "SIGKILL");
      } catch {
        // The group is already gone: the expected outcome.
      }
    }
  }, 120_000);
});
