/**
 * Keeps the playground's workbook in a local JSON file, so edits survive a restart. A file that
 * is not a workbook by its schema is kept aside (never deleted) and the sample takes its place;
 * a reset keeps the previous file as a backup. One server at a time holds a workbook file.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { workbookFileSchema, type WorkbookFile } from "../runtime/workbookFile";
import { sampleWorkbook } from "./sampleWorkbook";

export interface LoadedWorkbook {
  workbook: WorkbookFile;
  /** What the user should be told about the load, such as a corrupt file set aside. */
  notice: string | null;
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, "-");

function readWorkbookFile(path: string): WorkbookFile | null {
  try {
    const parsed = workbookFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function loadWorkbook(path: string, now = new Date()): LoadedWorkbook {
  if (!existsSync(path)) return { workbook: sampleWorkbook(), notice: null };
  const workbook = readWorkbookFile(path);
  return workbook ? { workbook, notice: null } : setAside(path, "could not be read", now);
}

/** Keeps a copy of a saved workbook that cannot be used, and opens the sample in its place. */
export function setAside(path: string, problem: string, now = new Date()): LoadedWorkbook {
  const keptAt = `${path}.corrupt-${stamp(now)}`;
  copyFileSync(path, keptAt);
  return {
    workbook: sampleWorkbook(),
    notice: `The saved workbook ${path} ${problem}; it was kept as ${keptAt} and the sample workbook was opened instead.`,
  };
}

function fsyncPath(path: string, flags: string): void {
  const descriptor = openSync(path, flags);
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Writes a temporary file in the same folder, flushes it to disk, then renames it over the
 * workbook and flushes the folder: a crash at any point leaves the previous file or the new one.
 */
export function saveWorkbook(path: string, workbook: WorkbookFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(workbook));
  fsyncPath(temporary, "r+");
  renameSync(temporary, path);
  fsyncPath(dirname(path), "r");
}

/** Copies the saved workbook aside before it is replaced; the copy's path, or null when none was saved. */
export function backUpWorkbook(path: string, now = new Date()): string | null {
  if (!existsSync(path)) return null;
  const backup = `${path}.backup-${stamp(now)}`;
  copyFileSync(path, backup);
  return backup;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the workbook file for this process (`<file>.lock`, holding its PID), so that a second
 * server on the same file refuses to start instead of losing the first one's edits. A lock left
 * by a process that no longer runs is taken over. Returns the release.
 */
export function lockWorkbook(path: string): () => void {
  mkdirSync(dirname(path), { recursive: true });
  const lockPath = `${path}.lock`;
  for (;;) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockPath, "utf8"));
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new Error(
          `${path} is already open in another playground (process ${holder}). Stop that one first, or start this one on another file with --data. (If no playground is running, delete ${path}.lock.)`,
        );
      }
      unlinkSync(lockPath);
    }
  }
  const release = () => {
    process.off("exit", release);
    if (existsSync(lockPath) && readFileSync(lockPath, "utf8") === String(process.pid)) unlinkSync(lockPath);
  };
  process.on("exit", release);
  return release;
}
