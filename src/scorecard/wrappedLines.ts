/** How tall a row must be for a wrapped text to read whole, estimated as Sheets lays it out. */

// About a 10-point Arial character of running text, a wrapped line's height and a cell's padding, in pixels.
const TEXT_CHAR_WIDTH = 7;
const LINE_HEIGHT = 17;
const ROW_PADDING = 4;
/** Sheets' row height for one line. */
const SINGLE_LINE_ROW = 21;

/** The lines a text wraps to in a cell this many pixels wide. */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - ROW_PADDING * 2) / TEXT_CHAR_WIDTH));
  // A line breaks between words: a spare line for the words that do not fit a line's end.
  return Math.ceil(text.length / perLine) + (text.length > perLine ? 1 : 0);
}

/** The height of a row holding this many lines. */
export const rowHeightOf = (lines: number) => Math.max(SINGLE_LINE_ROW, lines * LINE_HEIGHT + ROW_PADDING);
