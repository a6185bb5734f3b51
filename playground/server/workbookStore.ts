/**
 * Keeps the playground's workbook in a local JSON file, so edits survive a restart. A file that
 * is not a workbook by its schema is kept aside (never deleted) and the sample takes its place;
 * a reset keeps the previous file as a backup. One server at a time holds a workbook file.
 */
import { chmodSync, closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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
    // Bytes that are not UTF-8 would be read as U+FFFD and lost at the first save: such a file is set aside.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
    const parsed = workbookFileSchema.safeParse(JSON.parse(text));
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

/**
 * The file the playground keeps its workbook in, checked before it is locked or opened: a symbolic
 * link is followed (the lock and each save go to the file it names, and the link stays a link);
 * a folder, or a file that may not be written, is refused with what to do.
 */
export function workbookPath(path: string): string {
  const real = existsSync(path) ? realpathSync(path) : join(existsSync(dirname(path)) ? realpathSync(dirname(path)) : dirname(path), basename(path));
  if (!existsSync(real)) return real;
  const stats = statSync(real);
  if (stats.isDirectory()) {
    throw new Error(`${path} is a folder, not a workbook file. Start the playground with --data naming a file, such as ${join(path, "workbook.json")}.`);
  }
  // The owner's write bit, not access(): the playground may run as root, which may write anyway.
  if ((stats.mode & 0o200) === 0) {
    throw new Error(`${path} is read-only, and the playground saves every change to it. Make it writable (chmod u+w ${path}), or start on another file with --data.`);
  }
  return real;
}

/** A save that failed: the change is not in the file. */
export class WorkbookNotSaved extends Error {}

const SAVE_PROBLEMS: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EROFS: "the disk is read-only",
  EACCES: "the folder or the file may not be written",
  EPERM: "the folder or the file may not be written",
};

/** Why a save failed, in words, with the system's code for reference. */
export function saveProblem(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code && SAVE_PROBLEMS[code] ? `${SAVE_PROBLEMS[code]} (${code})` : message;
}

function fsyncPath(path: string, flags: string): void {
  const descriptor = openSync(path, flags);
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Removes a half-written temporary file; a failure to do so must not hide why the write failed. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // The write's own error is the one to report.
  }
}

/**
 * Writes a temporary file in the same folder, flushes it to disk, then renames it over the
 * workbook and flushes the folder: a crash at any point leaves the previous file or the new one.
 */
export function saveWorkbook(path: string, workbook: WorkbookFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  // The file keeps its permissions (a private file stays private).
  const mode = existsSync(path) ? statSync(path).mode & 0o777 : undefined;
  try {
    writeFileSync(temporary, JSON.stringify(workbook));
    if (mode !== undefined) chmodSync(temporary, mode);
    fsyncPath(temporary, "r+");
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
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

/** The PID a lock file names, or null when it is gone or names none. */
function lockHolder(lockPath: string): number | null {
  try {
    const pid = Number(readFileSync(lockPath, "utf8"));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
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
  // The lock appears whole, PID included, or not at all: a hard link to a file already written.
  const claim = `${lockPath}.${process.pid}`;
  writeFileSync(claim, String(process.pid));
  try {
    for (;;) {
      try {
        linkSync(claim, lockPath);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const holder = lockHolder(lockPath);
        if (holder !== null && isRunning(holder)) {
          throw new Error(
            `${path} is already open in another playground (process ${holder}). Stop that one first, or start this one on another file with --data. (If no playground is running, delete ${lockPath}.)`,
          );
        }
        rmSync(lockPath, { force: true });
      }
    }
  } finally {
    unlinkSync(claim);
  }
  const release = () => {
    process.off("exit", release);
    if (lockHolder(lockPath) === process.pid) unlinkSync(lockPath);
  };
  process.on("exit", release);
  return release;
}
