/**
 * Reads the user's data rows into channel rows, checking each cell: every problem is reported
 * with its row and what to do, before anything is written.
 */
import { readCell } from "../functions/coerce";
import { InputProblem } from "../functions/inputProblem";
import type { ColumnMapping } from "./columnMapping";
import type { Field } from "./fields";

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

const RULES: Record<NumericField, { accepts: (n: number) => boolean; fix: string }> = {
  budget: { accepts: (n) => n >= 0, fix: "enter an amount of 0 or more" },
  revenue: { accepts: (n) => n >= 0, fix: "enter an amount of 0 or more" },
  leads: { accepts: (n) => n >= 0, fix: "enter a count of 0 or more" },
  conversions: { accepts: (n) => n >= 0, fix: "enter a count of 0 or more" },
  impressions: { accepts: (n) => n >= 0, fix: "enter a count of 0 or more" },
  clicks: { accepts: (n) => n >= 0, fix: "enter a count of 0 or more" },
  bounceRate: { accepts: (n) => n >= 0 && n <= 1, fix: "enter a percentage from 0% to 100%, such as 45%" },
  targetRoi: { accepts: (n) => n >= -1, fix: "enter a percentage, such as 20%" },
  plannedBudget: { accepts: (n) => n >= 0, fix: "enter an amount of 0 or more" },
  otherCosts: { accepts: (n) => n >= 0, fix: "enter an amount of 0 or more" },
  hours: { accepts: (n) => n >= 0, fix: "enter a number of hours of 0 or more" },
};

export const FIELD_LABELS: Record<Field, string> = {
  channel: "channel", budget: "budget", leads: "leads", bounceRate: "bounce rate", conversions: "conversions",
  revenue: "revenue", impressions: "impressions", clicks: "clicks", group: "group", targetRoi: "target ROI",
  plannedBudget: "planned budget", otherCosts: "other costs", hours: "hours",
};

const isBlankRow = (row: readonly unknown[]) => row.every((cell) => cell === "" || cell === null || cell === undefined);

/**
 * Reads data rows (no header). firstRowNumber is the number the user sees for rows[0].
 * A blank numeric cell counts as 0 (exports leave zeros blank); a blank bounce rate or target stays unknown.
 */
export function readChannelRows(
  rows: readonly (readonly unknown[])[],
  mapping: ColumnMapping,
  firstRowNumber: number,
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
        if (!RULES[field].accepts(value)) throw new InputProblem(`is ${value}`, RULES[field].fix);
        return value;
      } catch (problem) {
        if (!(problem instanceof InputProblem)) throw problem;
        issues.push({ row, field, message: `Row ${row}: ${FIELD_LABELS[field]} ${problem.found}; ${problem.fix}.` });
        return null;
      }
    };
    const channel = String(cellOf("channel") ?? "").trim();
    if (channel === "") issues.push({ row, field: "channel", message: `Row ${row}: the channel is empty; name it, or delete the row.` });
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
