/**
 * A cell our functions cannot use: what was found and how to fix it. The function layer adds
 * the function's name, the argument's name and the position in the range (see errors.ts).
 */
export class InputProblem {
  constructor(
    readonly found: string,
    readonly fix: string,
    /** The cell's text, when it is text that is no number at all (such as a header). */
    readonly text?: string,
  ) {}
}
