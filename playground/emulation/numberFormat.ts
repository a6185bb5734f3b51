/**
 * Displays a number with a Sheets number format in a spreadsheet locale: General, "0", "0.00",
 * "#,##0", "#,##0.00", "0%", "0.0%", "0.00%", '0.0"x"', "0.0x", and currency formats such as
 * "[$€]#,##0.00", '"€"#,##0.00', "#,##0.00 [$€]", "$#,##0.00". Sections ("pos;neg;zero") are
 * honoured; dates, fractions, scientific and colour codes are not.
 */

/** What Apps Script's getNumberFormat returns for a cell left in the default (General) format. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";

interface Separators {
  group: string;
  decimal: string;
}

const SEPARATORS: Record<string, Separators> = {
  en: { group: ",", decimal: "." },
  // Sheets groups French thousands with a narrow no-break space.
  fr: { group: "\u202F", decimal: "," },
};

/** Separators by the locale's language ("fr_FR" -> fr); other languages use English ones. */
function separatorsFor(locale: string): Separators {
  return SEPARATORS[locale.split(/[_-]/)[0].toLowerCase()] ?? SEPARATORS.en;
}

function isGeneral(format: string | null | undefined): boolean {
  return !format || format === DEFAULT_NUMBER_FORMAT || /^(general|@)$/i.test(format);
}

/** The integer and fraction digits of abs rounded half-up to `decimals` places, in decimal (1.005 -> 1.01). */
function roundToDecimals(abs: number, decimals: number): { int: string; frac: string } {
  const [mantissa, exponent = "0"] = String(abs).split("e");
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
  const digits = BigInt(shifted).toString().padStart(decimals + 1, "0");
  return { int: digits.slice(0, digits.length - decimals), frac: digits.slice(digits.length - decimals) };
}

function scientific(abs: number, separators: Separators): string {
  const [mantissa, exponent] = Number(abs.toPrecision(6)).toExponential().split("e");
  const sign = exponent.startsWith("-") ? "-" : "+";
  return `${mantissa.replace(".", separators.decimal)}E${sign}${exponent.replace(/^[-+]/, "").padStart(2, "0")}`;
}

/** General: up to 10 significant digits, no grouping, scientific for very large or small numbers. */
function general(abs: number, separators: Separators): string {
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-6)) return scientific(abs, separators);
  const integerDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 0;
  const { int, frac } = roundToDecimals(abs, Math.max(0, 10 - integerDigits));
  const trimmed = frac.replace(/0+$/, "");
  return trimmed ? `${int}${separators.decimal}${trimmed}` : int;
}

type Part = { literal: string } | { pattern: string };

/** Splits one format section into literal text and the digit pattern ("#,##0.00"). */
function parseSection(section: string): { parts: Part[]; percent: boolean } {
  const parts: Part[] = [];
  let percent = false;
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const close = section.indexOf('"', i + 1);
      const end = close < 0 ? section.length : close;
      parts.push({ literal: section.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === "\\") {
      parts.push({ literal: section[i + 1] ?? "" });
      i += 2;
    } else if (ch === "[") {
      // "[$€]" or "[$€-40C]" is a currency symbol; other brackets (colours, conditions) show nothing.
      const close = section.indexOf("]", i);
      const end = close < 0 ? section.length : close;
      const inner = section.slice(i + 1, end);
      if (inner.startsWith("$")) parts.push({ literal: inner.slice(1).split("-")[0] });
      i = end + 1;
    } else if ("0#?".includes(ch) && !parts.some((part) => "pattern" in part)) {
      const match = /^[0#?][0#?,.]*/.exec(section.slice(i))!;
      parts.push({ pattern: match[0] });
      i += match[0].length;
    } else {
      if (ch === "%") percent = true;
      parts.push({ literal: ch });
      i += 1;
    }
  }
  return { parts, percent };
}

function renderDigits(abs: number, pattern: string, separators: Separators): string {
  const [intPattern, fracPattern = ""] = pattern.split(".");
  const minFrac = (fracPattern.match(/0/g) ?? []).length;
  const maxFrac = (fracPattern.match(/[0#?]/g) ?? []).length;
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const { int, frac } = roundToDecimals(abs, maxFrac);
  let shownFrac = frac;
  while (shownFrac.length > minFrac && shownFrac.endsWith("0")) shownFrac = shownFrac.slice(0, -1);
  let shownInt = (int === "0" ? "" : int).padStart(minInt, "0");
  if (/[0#?],[0#?]/.test(intPattern)) shownInt = shownInt.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  return shownFrac ? `${shownInt}${separators.decimal}${shownFrac}` : shownInt;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  return [...sections, current];
}

function render(abs: number, section: string, separators: Separators): { text: string; zero: boolean } {
  if (isGeneral(section)) {
    const text = general(abs, separators);
    return { text, zero: !/[1-9]/.test(text) };
  }
  const { parts, percent } = parseSection(section);
  const scaled = percent ? abs * 100 : abs;
  let zero = true;
  const text = parts
    .map((part) => {
      if ("literal" in part) return part.literal;
      const digits = renderDigits(scaled, part.pattern, separators);
      if (/[1-9]/.test(digits)) zero = false;
      return digits;
    })
    .join("");
  return { text, zero };
}

export function formatNumber(value: number, format: string | null | undefined, locale: string): string {
  const separators = separatorsFor(locale);
  const sections = isGeneral(format) ? [""] : splitSections(format!);
  if (value < 0 && sections.length > 1) return render(-value, sections[1], separators).text;
  if (value === 0 && sections.length > 2) return render(0, sections[2], separators).text;
  const { text, zero } = render(Math.abs(value), sections[0], separators);
  return value < 0 && !zero ? `-${text}` : text;
}
