/**
 * Text from the user's data as it may be shown among other words, in a terminal or a sidebar:
 * without control characters (ESC starts terminal escape sequences) or bidirectional controls,
 * so that a channel named with an unterminated right-to-left override (U+202E) cannot reverse
 * the figures after it.
 */
const UNPRINTABLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** A channel named "\u001b[31mred" shows as "[31mred"; "Linked\u202eIn" as "LinkedIn". */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, "");
}
