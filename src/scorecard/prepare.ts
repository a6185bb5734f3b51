/**
 * From the sidebar's request to a scorecard plan: checks everything first (columns, every cell,
 * options), so that a bad request writes nothing; every problem is named in one error.
 */
import { cpa, roi } from "../metrics";
import { aggregateByChannel, type ChannelTotals } from "./aggregate";
import { requestMessages, type RequestMessages } from "../i18n/requestMessages";
import { readChannelRows } from "./channelRows";
import { fieldsSharingAColumn, missingRequiredFields } from "./columnMapping";
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
  /** The user's language for every refusal; English unless told. */
  messages?: RequestMessages;
}

export interface PreparedScorecard {
  plan: ScorecardPlan;
  channels: ChannelTotals[];
  best: { channel: string; roi: number } | null;
  totalCpa: number | null;
}

function refuse(problems: string[], messages: RequestMessages): never {
  const listed = problems.slice(0, MAX_LISTED_ISSUES);
  const more = problems.length > listed.length ? messages.andMore(problems.length - listed.length) : "";
  throw new ScorecardRequestError(`${listed.join(" ")}${more}`);
}

function checkShape(request: ScorecardRequest, messages: RequestMessages): void {
  const { rows, options } = request ?? {};
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) refuse([messages.notATable], messages);
  if (typeof options?.targetRoi !== "number" || !Number.isFinite(options.targetRoi) || options.targetRoi < -1) {
    refuse([messages.badTargetRoi], messages);
  }
}

const sameText = (a: unknown, b: unknown) => String(a ?? "").trim() === String(b ?? "").trim();

function sourceLink(request: ScorecardRequest, sourceChannels: PlanContext["sourceChannels"], messages: RequestMessages): SourceLink | null {
  const { source, mapping, rows, options } = request;
  if (!source || !options.linkToSource) return null;
  // Linked cells read the source's rows: they must be the rows the user checked.
  const channel = mapping.channel!;
  if (!sourceChannels || sourceChannels.length !== rows.length || rows.some((row, i) => !sameText(row[channel], sourceChannels[i]))) {
    refuse([messages.sourceChanged(source.rangeA1, source.sheetName)], messages);
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
  const messages = context.messages ?? requestMessages("en");
  checkShape(request, messages);
  const { mapping, rows, source, options } = request;
  const missing = missingRequiredFields(mapping);
  if (missing.length > 0) refuse([messages.missingColumns(missing.map((f) => messages.fields[f]))], messages);
  const shared = fieldsSharingAColumn(mapping);
  if (shared.length > 0) refuse([messages.sharedColumn(shared.map((f) => messages.fields[f]))], messages);

  const firstRowNumber = source ? source.firstRow + (source.hasHeader ? 1 : 0) : 1;
  const read = readChannelRows(rows, mapping, firstRowNumber, messages);
  if (read.issues.length > 0) refuse(read.issues.map((issue) => issue.message), messages);
  if (read.rows.length === 0) refuse([messages.noRows], messages);

  const channels = aggregateByChannel(read.rows);
  const plan = planScorecard({
    sheetName: context.sheetName,
    channels,
    present: new Set(OPTIONAL_FIELDS.filter((field) => mapping[field] !== undefined)),
    source: sourceLink(request, context.sourceChannels, messages),
    targetRoi: options.targetRoi,
    chart: options.chart !== false,
    moneyFormat: context.moneyFormat,
    builtOn: context.builtOn,
    texts: context.texts,
  });
  const total = (field: "budget" | "conversions") => channels.reduce((sum, channel) => sum + channel[field], 0);
  return { plan, channels, best: bestRoi(channels), totalCpa: cpa(total("budget"), total("conversions")) };
}
