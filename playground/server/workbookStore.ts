/**
 * Keeps the playground's workbook in a local JSON file, so edits survive a restart. A file that
 * cannot be read as a workbook is kept aside (never deleted) and the sample takes its place.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { WorkbookFile } from "../runtime/contract";
import { sampleWorkbook } from "./sampleWorkbook";

export interface LoadedWorkbook {
  workbook: WorkbookFile;
  /** What the user should be told about the load, such as a corrupt file set aside. */
  notice: string | null;
}

function isWorkbookFile(value: unknown): value is WorkbookFile {
  const file = value as WorkbookFile;
  return (
    typeof file === "object" && file !== null && file.version === 1 && typeof file.locale === "string" &&
    Array.isArray(file.sheets) && file.sheets.length > 0 &&
    file.sheets.every((sheet) => typeof sheet.name === "string" && Array.isArray(sheet.cells) && Array.isArray(sheet.formats)) &&
    typeof file.active?.sheet === "string"
  );
}

export function loadWorkbook(path: string, now = new Date()): LoadedWorkbook {
  if (!existsSync(path)) return { workbook: sampleWorkbook(), notice: null };
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (isWorkbookFile(parsed)) return { workbook: parsed, notice: null };
  } catch {
    // Unreadable JSON: handled below like any file that is not a workbook.
  }
  const keptAt = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, "-")}`;
  copyFileSync(path, keptAt);
  return {
    workbook: sampleWorkbook(),
    notice: `The saved workbook ${path} could not be read; it was kept as ${keptAt} and the sample workbook was opened instead.`,
  };
}

/** Writes through a temporary file, so a crash mid-write never leaves half a workbook. */
export function saveWorkbook(path: string, workbook: WorkbookFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, JSON.stringify(workbook));
  renameSync(temporary, path);
}
