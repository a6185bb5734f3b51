/**
 * Reads the user's data rows into channel rows, checking each cell: every problem is reported
 * with its row and what to do, before anything is written.
 */
import { readCell } from "../functions/coerce";
import { InputProblem } from "../functions/inputProblem";
import type { ColumnMapping } from "./columnMapping";
import type { Field } from "./fields";
import { requestMessages, type RequestMessages } from "../i18n/requestMessages";

export interface ChannelRow {
  channel: string;
  budget: number;
  leads: number;
  /** Null when the data has no bounce rate for the row. */
  bounceRate: number | null;
  conversions: number;
  revenue: number;
  impressions: number;
  clicks: number;
  group: string;
  targetRoi: number | null;
  plannedBudget: number;
  otherCosts: number;
  hours: number;
}

export interface RowIssue {
  /** The row as the user numbers it (a sheet row, or the row of the sidebar's table). */
  row: number;
  field: Field;
  message: string;
}

type NumericField = Exclude<Field, "channel" | "group">;

type Fix = keyof RequestMessages["fixes"];

const RULES: Record<NumericField, { accepts: (n: number) => boolean; fix: Fix }> = {
  budget: { accepts: (n) => n >= 0, fix: "amount" },
  revenue: { accepts: (n) => n >= 0, fix: "amount" },
  leads: { accepts: (n) => n >= 0, fix: "count" },
  conversions: { accepts: (n) => n >= 0, fix: "count" },
  impressions: { accepts: (n) => n >= 0, fix: "count" },
  clicks: { accepts: (n) => n >= 0, fix: "count" },
  bounceRate: { accepts: (n) => n >= 0 && n <= 1, fix: "share" },
  targetRoi: { accepts: (n) => n >= -1, fix: "percentage" },
  plannedBudget: { accepts: (n) => n >= 0, fix: "amount" },
  otherCosts: { accepts: (n) => n >= 0, fix: "amount" },
  hours: { accepts: (n) => n >= 0, fix: "hours" },
};

const isBlankRow = (row: readonly unknown[]) => row.every((cell) => cell === "" || cell === null || cell === undefined);

/**
 * Reads data rows (no header). firstRowNumber is the number the user sees for rows[0].
 * A blank numeric cell counts as 0 (exports leave zeros blank); a blank bounce rate or target stays unknown.
 * Messages are in the language of `messages` (English unless told).
 */
export function readChannelRows(
  rows: readonly (readonly unknown[])[],
  mapping: ColumnMapping,
  firstRowNumber: number,
  messages: RequestMessages = requestMessages("en"),
): { rows: ChannelRow[]; issues: RowIssue[] } {
  const channels: ChannelRow[] = [];
  const issues: RowIssue[] = [];
  rows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const row = firstRowNumber + index;
    const cellOf = (field: Field) => (mapping[field] === undefined ? "" : cells[mapping[field]!]);
    const numberOf = (field: NumericField): number | null => {
      try {
        const value = readCell(cellOf(field) as never);
        if (value === "") return null;
        if (!RULES[field].accepts(value)) throw new InputProblem(`is ${value}`, messages.fixes[RULES[field].fix]);
        return value;
      } catch (problem) {
        if (!(problem instanceof InputProblem)) throw problem;
        issues.push({ row, field, message: messages.badCell(row, messages.fields[field], problem.found, problem.fix) });
        return null;
      }
    };
    const channel = String(cellOf("channel") ?? "").trim();
    if (channel === "") issues.push({ row, field: "channel", message: messages.emptyChannel(row) });
    channels.push({
      channel,
      budget: numberOf("budget") ?? 0,
      leads: numberOf("leads") ?? 0,
      bounceRate: numberOf("bounceRate"),
      conversions: numberOf("conversions") ?? 0,
      revenue: numberOf("revenue") ?? 0,
      impressions: numberOf("impressions") ?? 0,
      clicks: numberOf("clicks") ?? 0,
      group: String(cellOf("group") ?? "").trim(),
      targetRoi: numberOf("targetRoi"),
      plannedBudget: numberOf("plannedBudget") ?? 0,
      otherCosts: numberOf("otherCosts") ?? 0,
      hours: numberOf("hours") ?? 0,
    });
  });
  return { rows: channels, issues };
}
