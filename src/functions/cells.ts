/** What Sheets hands a custom function, and what it may hand back. */

/** One cell as Apps Script passes it: empty cells arrive as "", dates as Date objects. */
export type CellInput = number | string | boolean | Date | null | undefined;

/** A single cell, or a range as rows of cells. */
export type ArgInput = CellInput | CellInput[][];

/** "" is a blank cell: blank input, or maths with no answer (a zero denominator). */
export type CellOutput = number | "";

export type FunctionOutput = CellOutput | CellOutput[][];

export const BLANK = "";
