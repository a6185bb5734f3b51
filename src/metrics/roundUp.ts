/**
 * Rounds up to a whole number, as Sheets' ROUNDUP(x, 0) does: the value is first taken to 15
 * significant digits, so binary noise such as 9 / 0.009 = 1000.0000000000001 gives 1000, not 1001.
 */
export function roundUpWhole(value: number): number {
  return Math.ceil(Number(value.toPrecision(15)));
}
