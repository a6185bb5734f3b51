/**
 * The note Make portable leaves on each cell it rewrites: its original formula on the first line,
 * after a label, then the cell's own note if it had one. Restore reads the formula back from it.
 */

// Recognized in every language the label is written in: a note written in French restores for an English user.
const LABELLED_FORMULA = /^Social ROI\b[^=\n]*(=.*)$/;

export function noteWithOriginal(label: string, formula: string, note: string): string {
  return note === "" ? `${label} ${formula}` : `${label} ${formula}\n${note}`;
}

/** The original formula and the cell's own note, or null when the note is not ours. */
export function originalFromNote(note: string): { formula: string; note: string } | null {
  const [first, ...rest] = note.split("\n");
  const match = LABELLED_FORMULA.exec(first);
  return match ? { formula: match[1], note: rest.join("\n") } : null;
}
