/** One running playground: the session on the add-on, kept in its workbook file after each action. */
import type { PlaygroundSession, WorkbookFile, WorkbookView } from "../runtime/contract";
import { sampleWorkbook } from "./sampleWorkbook";
import { loadWorkbook, saveWorkbook } from "./workbookStore";
import { workbookToXlsx } from "./xlsx";

export type SessionFactory = (workbook: WorkbookFile) => PlaygroundSession;

export interface PlaygroundView extends WorkbookView {
  /** A message for the user about the playground itself, such as a corrupt file set aside. */
  notice: string | null;
  /** Counts the actions applied: the page ignores a view older than the one it shows. */
  revision: number;
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
    this.session = createSession(loaded.workbook);
  }

  view(): PlaygroundView {
    return { ...this.session.view(), notice: this.notice, revision: this.revision };
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

  reset(): void {
    this.revision++;
    this.session = this.createSession(sampleWorkbook());
    this.notice = null;
    saveWorkbook(this.dataPath, this.session.serialize());
  }

  xlsx(): Promise<Uint8Array> {
    return workbookToXlsx(this.session.serialize(), this.session.view());
  }

  /** Saves even when the action fails: the session has rolled back what the failure left. */
  private afterwardsSave<T>(action: () => T): T {
    this.revision++;
    try {
      return action();
    } finally {
      saveWorkbook(this.dataPath, this.session.serialize());
    }
  }
}
