/**
 * The grid's undo and redo: each edit is one step that holds its block of cells as they were
 * before and after it. The oldest steps are dropped beyond a number of steps or of cells held.
 */
import type { RawCellContent } from "hyperformula";
import type { GridArea } from "../emulation/a1";
import type { CellStyle } from "../emulation";

/** A block's raw contents (formulas as "=..." text) and styles (null where the cell has none). */
export interface BlockState {
  contents: RawCellContent[][];
  styles: (CellStyle | null)[][];
}

export interface EditStep {
  sheet: string;
  area: GridArea;
  before: BlockState;
  after: BlockState;
}

export type Direction = "undo" | "redo";

export interface HistoryLimits {
  steps: number;
  /** Cells held across all steps; the latest step is kept whatever its size. */
  cells: number;
}

export const HISTORY_LIMITS: HistoryLimits = { steps: 100, cells: 1_000_000 };

const cellsOf = (step: EditStep) => step.area.numRows * step.area.numColumns;

export class EditHistory {
  private readonly stacks: Record<Direction, EditStep[]> = { undo: [], redo: [] };

  constructor(private readonly limits: HistoryLimits = HISTORY_LIMITS) {}

  /** A new edit: it can be undone, and what was undone before it can no longer be redone. */
  record(step: EditStep): void {
    this.stacks.undo.push(step);
    this.stacks.redo = [];
    let cells = this.stacks.undo.reduce((sum, held) => sum + cellsOf(held), 0);
    while (this.stacks.undo.length > 1 && (this.stacks.undo.length > this.limits.steps || cells > this.limits.cells)) {
      cells -= cellsOf(this.stacks.undo.shift()!);
    }
  }

  /** The step that undo (or redo) would apply next, if any. */
  next(direction: Direction): EditStep | undefined {
    return this.stacks[direction].at(-1);
  }

  /** Once the next step is applied, it moves over to the other direction. */
  applied(direction: Direction): void {
    const step = this.stacks[direction].pop();
    if (step) this.stacks[direction === "undo" ? "redo" : "undo"].push(step);
  }

  clear(): void {
    this.stacks.undo = [];
    this.stacks.redo = [];
  }

  /** How many steps can be undone and redone. */
  counts(): Record<Direction, number> {
    return { undo: this.stacks.undo.length, redo: this.stacks.redo.length };
  }
}
