/**
 * Rounds to a whole number as Sheets' ROUNDUP(x, 0) and ROUNDDOWN(x, 0) do: the value is first
 * taken to 15 significant digits, so binary noise such as 9 / 0.009 = 1000.0000000000001 gives
 * 1000, not 1001 (and 0.29 / 0.01 = 28.999999999999996 rounds down to 29, not 28).
 */
const fifteenDigits = (value: number) => Number(value.toPrecision(15));

export function roundUpWhole(value: number): number {
  return Math.ceil(fifteenDigits(value));
}

export function roundDownWhole(value: number): number {
  return Math.floor(fifteenDigits(value));
}
