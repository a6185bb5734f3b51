/** One running playground: the session on the add-on, kept in its workbook file after each action. */
import { existsSync } from "node:fs";
import type { PlaygroundSession, SheetView, ViewWindow, WorkbookFile, WorkbookView } from "../runtime/contract";
import { MAX_VIEW_COLUMNS, MAX_VIEW_ROWS } from "../runtime/limits";
import { sampleWorkbook } from "./sampleWorkbook";
import { backUpWorkbook, loadWorkbook, saveProblem, saveWorkbook, setAside, WorkbookNotSaved } from "./workbookStore";
import { workbookToXlsx } from "./xlsx";

export type SessionFactory = (workbook: WorkbookFile) => PlaygroundSession;

export interface PlaygroundView extends WorkbookView {
  /** A message for the user about the playground itself, such as a corrupt file set aside. */
  notice: string | null;
  /** Counts the actions applied: the page ignores a view older than the one it shows. */
  revision: number;
}

const count = (n: number) => n.toLocaleString("en-US");

/** What a view leaves out of the sheets: with a window, every row can be scrolled to, but not columns past the limit. */
function cutNotice({ name, usedSize }: SheetView, windowed: boolean): string | null {
  if (!usedSize) return null;
  if (!windowed) {
    return `"${name}" uses ${count(usedSize.rows)} rows and ${count(usedSize.columns)} columns; the playground shows at most the first ${count(MAX_VIEW_ROWS)} rows and ${count(MAX_VIEW_COLUMNS)} columns.`;
  }
  if (usedSize.columns <= MAX_VIEW_COLUMNS) return null;
  return `"${name}" uses ${count(usedSize.columns)} columns; the playground shows the first ${count(MAX_VIEW_COLUMNS)}.`;
}

export class Playground {
  session: PlaygroundSession;
  private notice: string | null;
  private revision = 0;

  constructor(
    private readonly dataPath: string,
    private readonly createSession: SessionFactory,
  ) {
    const loaded = loadWorkbook(dataPath);
    this.notice = loaded.notice;
    const saved = loaded.notice === null && existsSync(dataPath);
    this.session = saved ? this.openSaved(loaded.workbook) : createSession(loaded.workbook);
  }

  /** A saved workbook the session cannot open or show is set aside like an unreadable file, so the server still starts. */
  private openSaved(workbook: WorkbookFile): PlaygroundSession {
    try {
      const session = this.createSession(workbook);
      session.view();
      return session;
    } catch (error) {
      const problem = `could not be opened (${error instanceof Error ? error.message : String(error)})`;
      const sample = setAside(this.dataPath, problem);
      this.notice = sample.notice;
      return this.createSession(sample.workbook);
    }
  }

  /** Without a window, every sheet's first rows (as the .xlsx download and older callers read it). */
  view(window?: ViewWindow): PlaygroundView {
    const view = this.session.view(window);
    const notices = [this.notice, ...view.sheets.map((sheet) => cutNotice(sheet, window !== undefined))].filter((notice) => notice !== null);
    return { ...view, notice: notices.length > 0 ? notices.join(" ") : null, revision: this.revision };
  }

  edit(sheet: string, a1: string, input: string): void {
    this.afterwardsSave(() => this.session.editCell(sheet, a1, input));
  }

  paste(sheet: string, a1: string, inputs: string[][]): void {
    this.afterwardsSave(() => this.session.editCells(sheet, a1, inputs));
  }

  clear(sheet: string, range: string): void {
    this.afterwardsSave(() => this.session.clearCells(sheet, range));
  }

  undo(): void {
    this.afterwardsSave(() => this.session.undo());
  }

  redo(): void {
    this.afterwardsSave(() => this.session.redo());
  }

  select(sheet: string, range: string): void {
    this.afterwardsSave(() => this.session.select(sheet, range));
  }

  runMenuItem(functionName: string): void {
    this.afterwardsSave(() => this.session.runMenuItem(functionName));
  }

  runServerFunction(functionName: string, args: unknown[]): unknown {
    return this.afterwardsSave(() => this.session.runServerFunction(functionName, args));
  }

  closeSidebar(): void {
    this.revision++;
    this.session.closeSidebar();
  }

  /** Restores the sample; the workbook it replaces is kept as a backup file, named in the notice. */
  reset(): void {
    this.revision++;
    const backup = backUpWorkbook(this.dataPath);
    this.session = this.createSession(sampleWorkbook());
    this.notice = backup && `The sample workbook was restored; the previous workbook was kept as ${backup}.`;
    this.save();
  }

  xlsx(): Promise<Uint8Array> {
    return workbookToXlsx(this.session.serialize(), this.session.exportView());
  }

  /** Saves what the action did; an action that fails has changed nothing (the session takes it back), so nothing is saved. */
  private afterwardsSave<T>(action: () => T): T {
    this.revision++;
    const result = action();
    this.save();
    return result;
  }

  /**
   * Writes the workbook file. When that fails (a full disk, a folder that may not be written), the
   * change is taken back: the session is opened again from the file, so the page never shows
   * what the file does not hold.
   */
  private save(): void {
    try {
      saveWorkbook(this.dataPath, this.session.serialize());
    } catch (error) {
      const loaded = loadWorkbook(this.dataPath);
      this.session = this.createSession(loaded.workbook);
      throw new WorkbookNotSaved(`Your change was not saved, so it was taken back: ${this.dataPath} could not be written, as ${saveProblem(error)}. The workbook shows what the file holds.`);
    }
  }
}
