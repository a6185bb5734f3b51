/** The command line's options: --map FIELD=COLUMN,..., --target-roi and the amounts (--hourly-rate...). */
import { ALL_FIELDS, type Field } from "../../src/scorecard/fields";
import type { ColumnMapping } from "../../src/scorecard/columnMapping";
import { parseAmount } from "../../src/scorecard/amount";
import { parseTargetRoi } from "../../src/scorecard/targetRoi";
import { columnLetters } from "../emulation/a1";

export class UsageError extends Error {}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

function columnIndex(column: string, headers: readonly string[]): number {
  const byHeader = headers.findIndex((header) => header.trim().toLowerCase() === column.trim().toLowerCase());
  if (byHeader >= 0) return byHeader;
  if (/^[A-Z]{1,2}$/i.test(column.trim())) {
    const index = [...column.trim().toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    if (index < headers.length) return index;
  }
  throw new UsageError(`--map: there is no column '${column}'; the columns are ${headers.map((h) => `'${h}'`).join(", ")} (or letters A-${columnLetters(headers.length)})`);
}

/** "channel=Campaign,budget=Spent" (fields as in the scorecard: bounce_rate and target_roi too). */
export function parseMap(text: string, headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const pair of text.split(",").filter((p) => p.trim() !== "")) {
    const [name, column] = pair.split("=");
    const field = ALL_FIELDS.find((f) => squash(f) === squash(name ?? ""));
    if (!field || !column?.trim()) {
      throw new UsageError(`--map: '${pair}' is not FIELD=COLUMN with a field among ${ALL_FIELDS.map((f: Field) => f.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`)).join(", ")}`);
    }
    mapping[field] = columnIndex(column, headers);
  }
  return mapping;
}

/** "20%" or "20": a percentage, as in the sidebar. */
export function targetRoiOption(text: string): number {
  const value = parseTargetRoi(text);
  if (value === null) throw new UsageError(`--target-roi: '${text}' is not a percentage; write it as 20%`);
  return value;
}

/** "100", "12.50" or "$45": an amount, as in the sidebar; null when the option is not given. */
export function amountOption(name: string, text: string | undefined, { aboveZero = false } = {}): number | null {
  if (text === undefined) return null;
  const value = parseAmount(text);
  if (value === null || (aboveZero && value === 0)) {
    throw new UsageError(`--${name}: '${text}' is not an amount${aboveZero ? " above 0" : ""}; write it as 12.50`);
  }
  return value;
}
