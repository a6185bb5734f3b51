/**
 * From the sidebar's request to a scorecard plan: checks everything first (columns, every cell,
 * options), so that a bad request writes nothing; every problem is named in one error.
 */
import { cpa, roi } from "../metrics";
import { aggregateByChannel, type ChannelTotals } from "./aggregate";
import { FIELD_LABELS, readChannelRows, type ChannelRowsRead } from "./channelRows";
import { fieldsSharingAColumn, lacksOutcome, missingRequiredFields } from "./columnMapping";
import { OPTIONAL_FIELDS, type Field } from "./fields";
import { planScorecard, type ScorecardPlan, type ScorecardTexts, type SourceLink } from "./plan";
import type { ScorecardRequest } from "./request";

const MAX_LISTED_ISSUES = 10;

export class ScorecardRequestError extends Error {}

export interface PlanContext {
  sheetName: string;
  /** The channel cells now in the source rows, when linking: they must still be the rows sent. */
  sourceChannels: readonly unknown[] | null;
  texts: ScorecardTexts;
  moneyFormat: string;
  builtOn: string;
}

export interface PreparedScorecard {
  plan: ScorecardPlan;
  channels: ChannelTotals[];
  best: { channel: string; roi: number } | null;
  totalCpa: number | null;
}

function refuse(problems: string[]): never {
  const listed = problems.slice(0, MAX_LISTED_ISSUES);
  const more = problems.length > listed.length ? ` (and ${problems.length - listed.length} more)` : "";
  throw new ScorecardRequestError(`${listed.join(" ")}${more}`);
}

function checkShape(request: ScorecardRequest): void {
  const { rows, options } = request ?? {};
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) refuse(["The rows must be a table of cells."]);
  if (typeof options?.targetRoi !== "number" || !Number.isFinite(options.targetRoi) || options.targetRoi < -1) {
    refuse(["The target ROI must be a percentage of -100% or more, such as 20%."]);
  }
}

const sameText = (a: unknown, b: unknown) => String(a ?? "").trim() === String(b ?? "").trim();

/** Why formulas over the source would not give the figures read, or null when they would. */
function unlinkable(read: ChannelRowsRead): string | null {
  if (read.totalsRows.length > 0) return "it has totals rows, which the formulas would count";
  if (read.noChannelRows.length > 0) return "some rows have no channel";
  if (read.numbersFromText) return "some numbers are written as text (such as $1,200 or --), which formulas read as 0";
  return null;
}

function sourceLink(request: ScorecardRequest, sourceChannels: PlanContext["sourceChannels"], read: ChannelRowsRead): SourceLink | null {
  const { source, mapping, rows, options } = request;
  if (!source || !options.linkToSource) return null;
  const reason = unlinkable(read);
  if (reason !== null) refuse([`The scorecard cannot follow ${source.rangeA1} in ${source.sheetName}: ${reason}. Build without the link.`]);
  // Linked cells read the source's rows: they must be the rows the user checked.
  const channel = mapping.channel!;
  if (!sourceChannels || sourceChannels.length !== rows.length || rows.some((row, i) => !sameText(row[channel], sourceChannels[i]))) {
    refuse([`The rows no longer match ${source.rangeA1} in ${source.sheetName}: use the selection again, or build without the link.`]);
  }
  const firstRow = source.firstRow + (source.hasHeader ? 1 : 0);
  const columns: SourceLink["columns"] = {};
  for (const [field, index] of Object.entries(mapping) as [Field, number][]) columns[field] = source.firstColumn + index;
  return { sheetName: source.sheetName, firstRow, lastRow: firstRow + rows.length - 1, columns, rangeA1: source.rangeA1 };
}

function bestRoi(channels: readonly ChannelTotals[]): PreparedScorecard["best"] {
  let best: PreparedScorecard["best"] = null;
  for (const channel of channels) {
    const value = roi(channel.revenue, channel.budget);
    if (value !== null && (best === null || value > best.roi)) best = { channel: channel.channel, roi: value };
  }
  return best;
}

export function prepareScorecard(request: ScorecardRequest, context: PlanContext): PreparedScorecard {
  checkShape(request);
  const { mapping, rows, source, options } = request;
  const missing = missingRequiredFields(mapping);
  if (missing.length > 0) refuse([`Choose the column that holds: ${missing.map((f) => FIELD_LABELS[f]).join(", ")}.`]);
  if (lacksOutcome(mapping)) refuse(["Choose at least one column of results: conversions, leads or clicks."]);
  const shared = fieldsSharingAColumn(mapping);
  if (shared.length > 0) refuse([`${shared.map((f) => FIELD_LABELS[f]).join(" and ")} use the same column; give each its own.`]);

  const firstRowNumber = source ? source.firstRow + (source.hasHeader ? 1 : 0) : 1;
  const marks = Array.isArray(request.decimalMarks) ? request.decimalMarks.map((mark) => (mark === "," || mark === "." ? mark : null)) : undefined;
  const read = readChannelRows(rows, mapping, firstRowNumber, marks);
  if (read.issues.length > 0) refuse(read.issues.map((issue) => issue.message));
  if (read.rows.length === 0) refuse(["There are no channel rows: select your data, or type at least one row."]);

  const channels = aggregateByChannel(read.rows);
  const plan = planScorecard({
    sheetName: context.sheetName,
    channels,
    present: new Set(OPTIONAL_FIELDS.filter((field) => mapping[field] !== undefined)),
    source: sourceLink(request, context.sourceChannels, read),
    targetRoi: options.targetRoi,
    chart: options.chart !== false,
    moneyFormat: context.moneyFormat,
    builtOn: context.builtOn,
    texts: context.texts,
  });
  const total = (field: "budget" | "conversions") => channels.reduce((sum, channel) => sum + channel[field], 0);
  return { plan, channels, best: bestRoi(channels), totalCpa: cpa(total("budget"), total("conversions")) };
}
