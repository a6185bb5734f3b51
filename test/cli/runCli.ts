// Runs npx social-roi as a user would, on files written to a temporary folder.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const BIN = new URL("../../bin/social-roi.js", import.meta.url).pathname;

export const cliDir = mkdtempSync(join(tmpdir(), "social-roi-cli-"));

export function csvFile(name: string, content: string | Uint8Array): string {
  const path = join(cliDir, name);
  writeFileSync(path, content);
  return path;
}

export function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runInTimeZone(process.env.TZ, ...args);
}

/** The command run on a machine set to timeZone (the TZ environment variable; undefined: this machine's). */
export function runInTimeZone(timeZone: string | undefined, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = timeZone === undefined ? process.env : { ...process.env, TZ: timeZone };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
  });
}
