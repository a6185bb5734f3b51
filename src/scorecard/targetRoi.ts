/** A target ROI as people type it: "20", "20%", "20 %", "-5%" or "12,5" are percentages. */
export function parseTargetRoi(text: string): number | null {
  const match = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
  return match ? Number(match[1].replace(",", ".")) / 100 : null;
}
