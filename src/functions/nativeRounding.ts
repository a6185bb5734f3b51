/**
 * Whole-number rounding in native formulas, exactly as roundUpWhole and roundDownWhole round: to 15
 * significant digits first, so 9 / 0.9% is 1,000, not 1,001. Sheets' ROUNDUP does this itself;
 * HyperFormula's does not, and the explicit ROUND makes every engine agree. The digits are counted
 * from LOG10 of `magnitude`, the quotient itself unless told.
 */
const toFifteenDigits = (quotient: string, magnitude = quotient) => `ROUND(${quotient}, 14-INT(LOG10(${magnitude})))`;

/** A quotient of 0 or more rounded up to a whole number. */
export const nativeRoundUpWhole = (quotient: string) => `IF(${quotient}>0, ROUNDUP(${toFifteenDigits(quotient)}, 0), 0)`;

/**
 * A quotient of 0 or more rounded down to a whole number. Just below a power of ten, LOG10 may give
 * that power (LOG10(99999999.99999991) is 8), one digit too few, and the quotient would round up to
 * the power where 15 digits keep it below (99,999,999 sales, not 100,000,000); rounding up never
 * minds. The whole part's LOG10 leaves no such doubt (a whole number below 10^k is 1 below it or
 * more); a quotient below 1 has no whole part and counts from its own.
 */
export const nativeRoundDownWhole = (quotient: string) =>
  `IF(${quotient}>0, ROUNDDOWN(${toFifteenDigits(quotient, `IF(INT(${quotient})=0, ${quotient}, INT(${quotient}))`)}, 0), 0)`;
