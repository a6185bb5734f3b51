/** Runs the command line's --out once per file, then opens every file it wrote in one run of LibreOffice (which takes seconds to start). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { cliDir, run } from "../cli/runCli";
import { eachShownByLibreOffice } from "../support/libreOffice";

export interface OutFileShown {
  code: number;
  stderr: string;
  /** The text LibreOffice shows in the sheet, cell by cell, after recalculating; null when the command failed. */
  shown: string[][] | null;
}

/** For each name, the command's arguments (without --out): how it ended, and its file's sheet sheetName as LibreOffice shows it. */
export async function outFilesShownByLibreOffice(commands: Record<string, string[]>, sheetName: string): Promise<Record<string, OutFileShown>> {
  const runs = await Promise.all(
    Object.entries(commands).map(async ([name, args]) => {
      const out = join(cliDir, `${name}.xlsx`);
      return { name, out, ...(await run(...args, "--out", out)) };
    }),
  );
  const written = Object.fromEntries(runs.filter(({ code }) => code === 0).map(({ name, out }) => [name, new Uint8Array(readFileSync(out))]));
  const shown = Object.keys(written).length === 0 ? {} : await eachShownByLibreOffice(written, sheetName);
  return Object.fromEntries(runs.map(({ name, code, stderr }) => [name, { code, stderr, shown: shown[name] ?? null }]));
}

/** The sheet as LibreOffice shows it, once the command is known to have ended well. */
export function shownAfterSuccess({ code, stderr, shown }: OutFileShown): string[][] {
  expect(code, stderr).toBe(0);
  return shown!;
}
