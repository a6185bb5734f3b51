/** What the user entered in the plan sidebar, and the request the add-on builds the plan from. */
import type { PlanSidebarTexts } from "../../i18n/planSidebar";
import { decideMarks } from "../../import/numbers";
import type { BudgetPlanRequest, GoalKind, RateSource, SplitKind } from "../../planner/request";
import type { PeriodUnit } from "../../scorecard/periods";
import { parseAmount } from "../../scorecard/amount";
import { parseTargetRoi } from "../../scorecard/targetRoi";
import type { DataTable } from "../scorecard/table";

export interface TypedRow {
  channel: string;
  conversionRate: string;
  ctr: string;
  cpm: string;
  cpc: string;
  share: string;
}

export interface PlanForm {
  goalKind: GoalKind;
  goal: string;
  valuePerSale: string;
  period: string;
  rates: RateSource;
  split: SplitKind;
  cap: string;
  typed: TypedRow[];
  /** Rates from data: measured on its last `lastCount` periods of this unit; "" for every row. */
  lastUnit: PeriodUnit | "";
  lastCount: string;
}

export const emptyTypedRow = (): TypedRow => ({ channel: "", conversionRate: "", ctr: "", cpm: "", cpc: "", share: "" });

/** An amount typed in a box that may be left blank: null when blank, NaN when not an amount. */
const optionalAmount = (text: string) => (text.trim() === "" ? null : (parseAmount(text) ?? NaN));

export function initialForm(): PlanForm {
  return { goalKind: "sales", goal: "1000", valuePerSale: "", period: "", rates: "scorecard", split: "mix", cap: "2", typed: [emptyTypedRow()], lastUnit: "", lastCount: "4" };
}

/** True when the selected data has a column read as dates, whose last periods the rates may come from. */
export const hasDates = (table: DataTable | null) => table?.report?.dates.some(({ reading }) => reading.kind === "dates") ?? false;

/** Typed shares need typed rates: the other sources split by today's mix or optimize. */
export function splitsFor(rates: RateSource): SplitKind[] {
  return rates === "typed" ? ["typed"] : ["mix", "optimized"];
}

const isFilled = (row: TypedRow) => Object.values(row).some((text) => text.trim() !== "");

/** The periods the rates come from: null for every row, undefined when the count cannot be read. */
function rateWindow(form: PlanForm, table: DataTable | null): BudgetPlanRequest["window"] | undefined {
  if (form.rates !== "data" || form.lastUnit === "" || !hasDates(table)) return null;
  const count = Number(form.lastCount.trim());
  return /^\d+$/.test(form.lastCount.trim()) && count >= 1 ? { unit: form.lastUnit, last: count } : undefined;
}

/** The request, or the problems to fix first; a rate is a percentage as people type it ("2" or "2%"). */
export function planRequest(form: PlanForm, table: DataTable | null, texts: PlanSidebarTexts): { request: BudgetPlanRequest | null; problems: string[] } {
  const goal = parseAmount(form.goal);
  const valuePerSale = form.valuePerSale.trim() === "" ? null : parseAmount(form.valuePerSale);
  const cap = parseAmount(form.cap);
  const split = splitsFor(form.rates).includes(form.split) ? form.split : splitsFor(form.rates)[0];
  const window = rateWindow(form, table);
  const problems = [
    (goal === null || goal <= 0) && texts.goalInvalid,
    ((form.valuePerSale.trim() !== "" && (valuePerSale === null || valuePerSale <= 0)) || (form.goalKind === "revenue" && valuePerSale === null)) && texts.valuePerSaleInvalid,
    split === "optimized" && (cap === null || cap <= 0) && texts.capInvalid,
    window === undefined && texts.lastInvalid,
  ].filter((problem): problem is string => typeof problem === "string");
  const typed = form.rates === "typed" ? form.typed.filter(isFilled) : [];
  const readRows = typed.map((row) => ({
    channel: row.channel.trim(),
    conversionRate: parseTargetRoi(row.conversionRate),
    ctr: parseTargetRoi(row.ctr),
    cpm: optionalAmount(row.cpm),
    cpc: optionalAmount(row.cpc),
    share: split === "typed" ? parseTargetRoi(row.share) : null,
  }));
  readRows.forEach((row, i) => {
    // A price per thousand impressions or per click: one of the two.
    const price = row.cpm === null ? row.cpc : row.cpc === null ? row.cpm : NaN;
    const unread = row.conversionRate === null || row.ctr === null || price === null || Number.isNaN(price) || (split === "typed" && row.share === null);
    if (unread) problems.push(texts.typedInvalid(row.channel || String(i + 1)));
  });
  if (problems.length > 0) return { request: null, problems };
  const data =
    form.rates === "data" && table
      ? { headers: table.headers, rows: table.rows, mapping: table.mapping, decimalMarks: decideMarks(table.rows, table.convention).map((column) => column.mark), source: table.source }
      : null;
  return {
    request: {
      goal: { kind: form.goalKind, value: goal! },
      valuePerSale,
      period: form.period.trim(),
      rates: form.rates,
      data,
      typed: form.rates === "typed" ? readRows.map((row) => ({ ...row, conversionRate: row.conversionRate!, ctr: row.ctr! })) : null,
      split,
      cap: cap ?? 2,
      window,
    },
    problems: [],
  };
}
