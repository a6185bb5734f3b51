/**
 * The block a custom function's result spills into, predicted from its arguments' sizes the way
 * our functions broadcast: single values (and 1×1 ranges) broadcast, ranges share one shape.
 */
import { ArraySize } from "hyperformula";

export function resultSize(argumentSizes: readonly ArraySize[]): ArraySize {
  const ranges = argumentSizes.filter((size) => size.width * size.height > 1);
  if (ranges.length === 0) return ArraySize.scalar();
  const [{ width, height }] = ranges;
  // The function reports mismatched shapes as an error, which belongs in one cell, as in Sheets.
  if (ranges.some((size) => size.width !== width || size.height !== height)) return ArraySize.scalar();
  return new ArraySize(width, height);
}
