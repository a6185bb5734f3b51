/** Conditional format rules, built with SpreadsheetApp.newConditionalFormatRule() and kept as plain descriptions. */
import { parseA1, toA1 } from "./a1";
import { expose, fail, type ServiceContext } from "./context";
import { BooleanCriteria, EnumValue, InterpolationType } from "./enums";
import { EmulatedRange, rangeFacade } from "./range";
import type { ConditionalFormatRuleDescription, GradientDescription, GradientPointDescription, SheetModel } from "./sheetModel";

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Range = GoogleAppsScript.Spreadsheet.Range;
type RuleFormat = Pick<ConditionalFormatRuleDescription, "background" | "fontColor" | "bold">;

type BuilderMethods =
  | "whenNumberLessThan" | "whenNumberLessThanOrEqualTo" | "whenNumberGreaterThan" | "whenNumberGreaterThanOrEqualTo"
  | "whenNumberBetween" | "whenNumberNotBetween" | "whenNumberEqualTo" | "whenNumberNotEqualTo"
  | "whenTextContains" | "whenTextDoesNotContain" | "whenTextEqualTo" | "whenTextStartsWith" | "whenTextEndsWith"
  | "whenCellEmpty" | "whenCellNotEmpty" | "whenFormulaSatisfied" | "setBackground" | "setFontColor" | "setBold" | "setRanges" | "build"
  | "setGradientMinpoint" | "setGradientMaxpoint" | "setGradientMinpointWithValue" | "setGradientMidpointWithValue" | "setGradientMaxpointWithValue";

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export class EmulatedConditionalFormatRuleBuilder implements Pick<Builder, BuilderMethods> {
  private criteria?: Pick<ConditionalFormatRuleDescription, "criteria" | "values">;
  /** A rule holds one condition: a boolean criterion, or a colour scale (each call replaces the other). */
  private gradient?: GradientDescription;
  private format: RuleFormat = {};
  private ranges: EmulatedRange[] = [];

  constructor(private readonly context: ServiceContext) {}

  private when(criteria: keyof typeof BooleanCriteria, values: ConditionalFormatRuleDescription["values"]): Builder {
    this.criteria = { criteria, values };
    this.gradient = undefined;
    return this as unknown as Builder;
  }

  /** A colour scale's point; MIN and MAX take the range's own lowest and highest numbers, the others a value. */
  private point(end: keyof GradientDescription, color: string, type: unknown, value: string): Builder {
    if (typeof color !== "string" || !HEX_COLOR.test(color)) fail(this.context, `Invalid argument: color (${String(color)})`);
    if (!(type instanceof EnumValue) || !(type.name in InterpolationType)) fail(this.context, "Invalid argument: type");
    const name = (type as EnumValue).name;
    if (name !== "MIN" && name !== "MAX" && (typeof value !== "string" || value.trim() === "")) fail(this.context, `Invalid argument: value (a ${name} point needs one)`);
    const point: GradientPointDescription = { color: color.toLowerCase(), type: name, value: name === "MIN" || name === "MAX" ? "" : value };
    this.gradient = { ...this.gradient, [end]: point };
    this.criteria = undefined;
    return this as unknown as Builder;
  }

  setGradientMinpoint(color: string): Builder {
    return this.point("min", color, InterpolationType.MIN, "");
  }

  setGradientMaxpoint(color: string): Builder {
    return this.point("max", color, InterpolationType.MAX, "");
  }

  setGradientMinpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): Builder {
    return this.point("min", color, type, value);
  }

  setGradientMidpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): Builder {
    return this.point("mid", color, type, value);
  }

  setGradientMaxpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): Builder {
    return this.point("max", color, type, value);
  }

  private with(format: RuleFormat): Builder {
    this.format = { ...this.format, ...format };
    return this as unknown as Builder;
  }

  whenNumberLessThan(number: number): Builder {
    return this.when("NUMBER_LESS_THAN", [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): Builder {
    return this.when("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }

  whenNumberGreaterThan(number: number): Builder {
    return this.when("NUMBER_GREATER_THAN", [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): Builder {
    return this.when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }

  whenNumberBetween(start: number, end: number): Builder {
    return this.when("NUMBER_BETWEEN", [start, end]);
  }

  whenNumberNotBetween(start: number, end: number): Builder {
    return this.when("NUMBER_NOT_BETWEEN", [start, end]);
  }

  whenNumberEqualTo(number: number): Builder {
    return this.when("NUMBER_EQUAL_TO", [number]);
  }

  whenNumberNotEqualTo(number: number): Builder {
    return this.when("NUMBER_NOT_EQUAL_TO", [number]);
  }

  whenTextContains(text: string): Builder {
    return this.when("TEXT_CONTAINS", [text]);
  }

  whenTextDoesNotContain(text: string): Builder {
    return this.when("TEXT_DOES_NOT_CONTAIN", [text]);
  }

  whenTextEqualTo(text: string): Builder {
    return this.when("TEXT_EQUAL_TO", [text]);
  }

  whenTextStartsWith(text: string): Builder {
    return this.when("TEXT_STARTS_WITH", [text]);
  }

  whenTextEndsWith(text: string): Builder {
    return this.when("TEXT_ENDS_WITH", [text]);
  }

  whenCellEmpty(): Builder {
    return this.when("CELL_EMPTY", []);
  }

  whenCellNotEmpty(): Builder {
    return this.when("CELL_NOT_EMPTY", []);
  }

  whenFormulaSatisfied(formula: string): Builder {
    return this.when("CUSTOM_FORMULA", [formula]);
  }

  setBackground(color: string | null): Builder {
    return this.with({ background: color ?? undefined });
  }

  setFontColor(color: string | null): Builder {
    return this.with({ fontColor: color ?? undefined });
  }

  setBold(bold: boolean | null): Builder {
    return this.with({ bold: bold ?? undefined });
  }

  setRanges(ranges: Range[]): Builder {
    if (!Array.isArray(ranges) || !ranges.every((range) => range instanceof EmulatedRange)) fail(this.context, "Invalid argument: ranges");
    this.ranges = ranges as unknown[] as EmulatedRange[];
    return this as unknown as Builder;
  }

  build(): Rule {
    if (!this.criteria && !this.gradient) fail(this.context, "A conditional format rule needs a condition, such as whenNumberLessThan(0).");
    if (this.gradient && (!this.gradient.min || !this.gradient.max)) fail(this.context, "A colour scale needs its minpoint and its maxpoint.");
    const sheetIds = new Set(this.ranges.map((range) => range.sheetId));
    if (sheetIds.size > 1) fail(this.context, "The ranges of a conditional format rule must be on one sheet.");
    const condition = this.gradient ? { criteria: "GRADIENT", values: [], gradient: this.gradient } : this.criteria!;
    // A colour scale colours the background: a format set besides it is not part of the rule.
    const format = this.gradient ? {} : this.format;
    const description = { ranges: this.ranges.map((range) => toA1(range.area)), ...condition, ...format };
    return ruleFacade(this.context, [...sheetIds][0], description);
  }
}

export function ruleFacade(context: ServiceContext, sheetId: number | undefined, description: ConditionalFormatRuleDescription): Rule {
  return expose(context, new EmulatedConditionalFormatRule(context, sheetId, description), "ConditionalFormatRule") as unknown as Rule;
}

export class EmulatedConditionalFormatRule implements Pick<Rule, "getRanges" | "getBooleanCondition" | "getGradientCondition"> {
  constructor(
    private readonly context: ServiceContext,
    /** The sheet of the rule's ranges (undefined when it has none). */
    readonly sheetId: number | undefined,
    readonly description: ConditionalFormatRuleDescription,
  ) {}

  getRanges(): Range[] {
    if (this.sheetId === undefined) return [];
    const sheetId = this.sheetId;
    const sheet = this.context.workbook.sheetById(sheetId)!;
    return this.description.ranges.map((a1) => rangeFacade(this.context, sheetId, parseA1(a1)!.area(sheet.maxRows, sheet.maxColumns)));
  }

  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition {
    // Null for a boolean rule, as Apps Script returns (its types leave the null out).
    if (!this.description.gradient) return null as unknown as GoogleAppsScript.Spreadsheet.GradientCondition;
    const condition = new EmulatedGradientCondition(this.description.gradient);
    return expose(this.context, condition, "GradientCondition") as unknown as GoogleAppsScript.Spreadsheet.GradientCondition;
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition {
    if (this.description.gradient) return null as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
    const condition = new EmulatedBooleanCondition(this.description);
    return expose(this.context, condition, "BooleanCondition") as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
  }
}

export class EmulatedBooleanCondition
  implements Pick<GoogleAppsScript.Spreadsheet.BooleanCondition, "getCriteriaType" | "getCriteriaValues" | "getBackground" | "getFontColor" | "getBold">
{
  constructor(private readonly description: ConditionalFormatRuleDescription) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return BooleanCriteria[this.description.criteria as keyof typeof BooleanCriteria];
  }

  getCriteriaValues(): unknown[] {
    return [...this.description.values];
  }

  getBackground(): string | null {
    return this.description.background ?? null;
  }

  getFontColor(): string | null {
    return this.description.fontColor ?? null;
  }

  getBold(): boolean | null {
    return this.description.bold ?? null;
  }
}

type GradientGetters = "getMinType" | "getMinValue" | "getMidType" | "getMidValue" | "getMaxType" | "getMaxValue";

/** A colour scale's points as the script set them (the colours in the description; Color objects are not emulated). */
export class EmulatedGradientCondition implements Pick<GoogleAppsScript.Spreadsheet.GradientCondition, GradientGetters> {
  constructor(readonly gradient: GradientDescription) {}

  private typeOf(point: GradientPointDescription | undefined): GoogleAppsScript.Spreadsheet.InterpolationType {
    return (point ? InterpolationType[point.type as keyof typeof InterpolationType] : null) as GoogleAppsScript.Spreadsheet.InterpolationType;
  }

  getMinType() {
    return this.typeOf(this.gradient.min);
  }

  getMinValue(): string {
    return this.gradient.min?.value ?? "";
  }

  getMidType() {
    return this.typeOf(this.gradient.mid);
  }

  getMidValue(): string {
    return this.gradient.mid?.value ?? "";
  }

  getMaxType() {
    return this.typeOf(this.gradient.max);
  }

  getMaxValue(): string {
    return this.gradient.max?.value ?? "";
  }
}

/** Sheet.setConditionalFormatRules: each rule's ranges must be on this sheet. */
export function setRules(context: ServiceContext, sheet: SheetModel, rules: Rule[]): void {
  const emulated = rules as unknown[];
  if (!Array.isArray(emulated) || !emulated.every((rule) => rule instanceof EmulatedConditionalFormatRule)) fail(context, "Invalid argument: rules");
  const checked = emulated as EmulatedConditionalFormatRule[];
  if (checked.some((rule) => rule.sheetId !== undefined && rule.sheetId !== sheet.id)) {
    fail(context, "A conditional format rule can only apply to ranges of the sheet it is set on.");
  }
  sheet.rules = checked.map((rule) => structuredClone(rule.description));
}
