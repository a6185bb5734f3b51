/**
 * Whole-number rounding in native formulas, exactly as roundUpWhole and roundDownWhole round: to 15
 * significant digits first, so 9 / 0.9% is 1,000, not 1,001. Sheets' ROUNDUP does this itself;
 * HyperFormula's does not, and the explicit ROUND makes every engine agree.
 */
const toFifteenDigits = (quotient: string) => `ROUND(${quotient}, 14-INT(LOG10(${quotient})))`;

/** A quotient of 0 or more rounded up to a whole number. */
export const nativeRoundUpWhole = (quotient: string) => `IF(${quotient}>0, ROUNDUP(${toFifteenDigits(quotient)}, 0), 0)`;

/** A quotient of 0 or more rounded down to a whole number. */
export const nativeRoundDownWhole = (quotient: string) => `IF(${quotient}>0, ROUNDDOWN(${toFifteenDigits(quotient)}, 0), 0)`;
