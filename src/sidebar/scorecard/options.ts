/** The build options as typed: which ones the mapped data calls for, read and checked as the add-on checks them. */
import type { Messages } from "../../i18n";
import { parseAmount } from "../../scorecard/amount";
import { parseTargetRoi } from "../../scorecard/targetRoi";
import type { ColumnMapping } from "../../scorecard/columnMapping";
import { costMetric } from "../../scorecard/columns";
import type { Field } from "../../scorecard/fields";
import type { PeriodChoice } from "../../scorecard/periods";
import type { ScorecardOptions } from "../../scorecard/request";

/** The options as the user left them; the percentages and the amounts as typed. */
export interface OptionChoices {
  targetRoi: string;
  margin: string;
  valuePerConversion: string;
  hourlyRate: string;
  targetCpa: string;
  chart: boolean;
  linkToSource: boolean;
  /** The period section's unit, or "" for none. */
  byPeriod: PeriodChoice | "";
}

/** The amount inputs the data calls for. */
export interface ApplicableAmounts {
  /** Conversions and no revenue: a value per conversion gives ROI. */
  valuePerConversion: boolean;
  /** An hours column, costed at this rate. */
  hourlyRate: boolean;
  /** Without ROI, the cost per result a target applies to ("CPA", "CPL" or "CPC"); null with ROI (which has a target ROI and a margin). */
  targetCost: string | null;
}

/** The typed options as numbers: null where blank (the target ROI is then the blended one, the margin 100%), or not called for. */
export type Amounts = Pick<ScorecardOptions, "targetRoi" | "margin" | "valuePerConversion" | "hourlyRate" | "targetCpa">;

const isBlank = (text: string) => text.trim() === "";

export function applicableAmounts(mapping: ColumnMapping, choices: OptionChoices): ApplicableAmounts {
  const present = new Set((Object.keys(mapping) as Field[]).filter((field) => mapping[field] !== undefined));
  const valuePerConversion = present.has("conversions") && !present.has("revenue");
  const hasRoi = present.has("revenue") || (valuePerConversion && parseAmount(choices.valuePerConversion) !== null);
  const metric = costMetric(present);
  return { valuePerConversion, hourlyRate: present.has("hours"), targetCost: hasRoi || metric === null ? null : metric.toUpperCase() };
}

/** The amounts to send (null where blank or not called for), and what stops the build. */
export function readAmounts(choices: OptionChoices, applicable: ApplicableAmounts, messages: Messages): { amounts: Amounts; problems: string[] } {
  const problems: string[] = [];
  const read = (applies: boolean, text: string, valid: (n: number) => boolean, problem: string, blank: string | null = null, parse = parseAmount) => {
    if (!applies) return null;
    if (isBlank(text)) {
      if (blank) problems.push(blank);
      return null;
    }
    const value = parse(text);
    if (value !== null && valid(value)) return value;
    problems.push(problem);
    return null;
  };
  const hasRoi = applicable.targetCost === null;
  const amounts = {
    // An ROI never falls below -100%, so a lower target means nothing: the add-on refuses it too.
    targetRoi: read(hasRoi, choices.targetRoi, (n) => n >= -1, messages.targetRoiInvalid, null, parseTargetRoi),
    margin: read(hasRoi, choices.margin, (n) => n > 0 && n <= 1, messages.marginInvalid, null, parseTargetRoi),
    valuePerConversion: read(applicable.valuePerConversion, choices.valuePerConversion, () => true, messages.valuePerConversionInvalid),
    hourlyRate: read(applicable.hourlyRate, choices.hourlyRate, () => true, messages.hourlyRateInvalid, messages.hourlyRateMissing),
    targetCpa: read(applicable.targetCost !== null, choices.targetCpa, (n) => n > 0, messages.targetCostInvalid(applicable.targetCost ?? "")),
  };
  return { amounts, problems };
}
