/**
 * What Make portable and Restore change in a block of cells, from its formulas and notes alone:
 * each rewritten cell's formula and note, and each cell left as it is with the reason. Pure: the
 * add-on reads and writes the block in batched calls around it.
 */
import { portableFormula } from "../functions";
import type { PortableTexts } from "../i18n";
import { noteWithOriginal, originalFromNote } from "./originalNote";

/** A cell of the block, 0-based from its top-left corner. */
export interface CellChange {
  readonly row: number;
  readonly column: number;
  readonly before: string;
  readonly after: string;
  readonly note: string;
}

export interface CellLeft {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly problem: string;
}

export interface BlockPlan {
  readonly changes: readonly CellChange[];
  readonly left: readonly CellLeft[];
}

type Texts = Pick<PortableTexts, "originalNoteLabel" | "severalLines" | "changedSince">;

function eachFormula(formulas: readonly (readonly string[])[], visit: (formula: string, row: number, column: number) => void): void {
  formulas.forEach((cells, row) => cells.forEach((formula, column) => formula !== "" && visit(formula, row, column)));
}

/** Our calls rewritten into their native twins, each original kept in its cell's note. */
export function planMakePortable(formulas: readonly (readonly string[])[], notes: readonly (readonly string[])[], texts: Texts): BlockPlan {
  const changes: CellChange[] = [];
  const left: CellLeft[] = [];
  eachFormula(formulas, (formula, row, column) => {
    const portable = portableFormula(formula);
    if ("problem" in portable) left.push({ row, column, formula, problem: portable.problem });
    else if (portable.rewritten && formula.includes("\n")) left.push({ row, column, formula, problem: texts.severalLines });
    else if (portable.rewritten) changes.push({ row, column, before: formula, after: portable.formula, note: noteWithOriginal(texts.originalNoteLabel, formula, notes[row]?.[column] ?? "") });
  });
  return { changes, left };
}

/** The original formulas back from the notes, where the cell still holds the twin Make portable wrote. */
export function planRestore(formulas: readonly (readonly string[])[], notes: readonly (readonly string[])[], texts: Texts): BlockPlan {
  const changes: CellChange[] = [];
  const left: CellLeft[] = [];
  notes.forEach((cells, row) =>
    cells.forEach((note, column) => {
      const original = originalFromNote(note);
      if (original === null) return;
      const current = formulas[row]?.[column] ?? "";
      const twin = portableFormula(original.formula).formula;
      // A cell edited since is the user's: restoring would lose the edit.
      if (!sameFormula(current, twin)) left.push({ row, column, formula: current, problem: texts.changedSince(original.formula) });
      else changes.push({ row, column, before: current, after: original.formula, note: original.note });
    }),
  );
  return { changes, left };
}

/** Equal but for spaces and letter case outside texts: Sheets may respell a formula it was given. */
function sameFormula(a: string, b: string): boolean {
  const normal = (formula: string) => formula.replace(/("(?:[^"]|"")*")|\s+|[^"\s]+/g, (part, text: string | undefined) => (text ?? part.trim().toUpperCase()));
  return normal(a) === normal(b);
}

/** The changes as blocks of one column and consecutive rows, each written with one call per property. */
export function changeRuns(changes: readonly CellChange[]): CellChange[][] {
  const sorted = [...changes].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: CellChange[][] = [];
  for (const change of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.column === change.column && last.row + 1 === change.row) run.push(change);
    else runs.push([change]);
  }
  return runs;
}
