/**
 * Plans the "Budget plan" sheet as plain data: the inputs in labelled cells at the top, then per
 * channel native formulas from its share of the goal down to its budget, a totals row of sums,
 * the funnel, the what-if block and, when optimized, what the optimization saves. Every figure
 * follows an edited input cell: the optimized split too, which is a formula giving sales to the
 * lowest CPA first, each channel up to its cap.
 *
 * The optimized split stays near linear in channels without sorting (LibreOffice 7.4 and the
 * playground's engine have no SORT): a binary search over ranks (SMALL) finds the marginal CPA, the
 * lowest one whose channels and those below it can reach the goal, in one O(n) cell per halving.
 * Below it a channel takes its cap, above it nothing; channels at it share what is left in list
 * order, through a running sum of their caps.
 */
import { nativeRoundUpWhole } from "../functions/nativeRounding";
import { FUNNEL_CHART, VALUES_ON_BARS } from "../scorecard/chartLayout";
import { columnWidth, RED, type Cell, type ConditionalRulePlan, type SheetGrid } from "../scorecard/plan";
import { columnLetter, guardText } from "../scorecard/sheetText";
import type { PlanChannel, PlanRowRefs, RowCell } from "./channels";
import type { ScorecardCheckTexts, ScorecardLink } from "./scorecardSource";
import type { GoalKind, SplitKind } from "./request";

export const BUDGET_PLAN_METADATA_KEY = "socialRoi.budgetPlan";

export type PlanColumnKey =
  | "channel" | "scorecardRow" | "conversionRate" | "ctr" | "cpm" | "proven" | "spend" | "cpaAtRates" | "share" | "sales"
  | "visitors" | "impressions" | "budget" | "cpa" | "revenue" | "roi" | "change" | "cap" | "capBinds" | "mixBudget" | "valuePerSale"
  | "tiedCaps";

export interface BudgetPlanTexts {
  title: string;
  goal: Record<GoalKind, string>;
  valuePerSale: string;
  salesToReach: string;
  period: string;
  split: string;
  splitKinds: Record<SplitKind, string>;
  cap: string;
  whatIfChange: string;
  /** Said once, on the inputs' row: where every channel's rates come from. */
  ratesFrom: string;
  /** The plan's result beside the inputs: its total budget and results, and when optimized what it saves. */
  headline: { budget: string; sales: string; saved: string };
  /** The live check of a plan whose rates come from the scorecard: its label and what it says. */
  scorecardCheck: string;
  check: ScorecardCheckTexts;
  headers: Record<PlanColumnKey, string>;
  total: string;
  capBinds: string;
  funnel: string;
  funnelStages: { impressions: string; clicks: string; visitors: string; sales: string };
  /** The what-if block's title, saying which input cell the change is in. */
  whatIf: (changeCell: string) => string;
  whatIfRows: { ctrLower: string; ctrHigher: string; rateLower: string; rateHigher: string };
  mixBudget: string;
  saved: string;
  capsAllow: string;
  /** The title of the optimized split's helper cells. */
  marginalTitle: string;
  marginalSearch: string;
  marginalCpa: string;
  capsBelowMarginal: string;
  goalCheck: string;
  goalReached: string;
  goalUnreachable: string;
  funnelChart: string;
  budgetChart: string;
}

export interface BudgetSheetInput {
  sheetName: string;
  channels: readonly PlanChannel[];
  /** How the rows read the channel scorecard, when the rates come from it. */
  scorecard: ScorecardLink | null;
  goal: { kind: GoalKind; value: number };
  valuePerSale: number | null;
  period: string;
  ratesFrom: string;
  split: SplitKind;
  cap: number;
  /** The what-if change of CTR and conversion rate: 0.1 is 10%. */
  whatIf: number;
  moneyFormat: string;
  texts: BudgetPlanTexts;
}

/** 1-based, as Sheets counts. */
export interface CellPosition {
  row: number;
  column: number;
}

export interface BudgetSheetPlan extends SheetGrid {
  sheetName: string;
  conditionalRules: ConditionalRulePlan[];
  channelCount: number;
  /** Where the figures the build reports back are: the total budget, and when optimized the saving and whether the goal is reached. */
  figures: { budget: CellPosition; sales: CellPosition; saved: CellPosition | null; goalReached: CellPosition | null };
}

// Inputs in column B, each right of its label in column A.
const INPUT_ROWS = { goal: 2, valuePerSale: 3, salesToReach: 4, period: 5, split: 6, cap: 7, whatIf: 8, ratesFrom: 9, scorecardCheck: 10 } as const;
const HEADER_ROW = 11;
/** The headline's labels and values, beside the inputs (1-based columns: D and E). */
const HEADLINE_COLUMN = 4;
const COUNT = "#,##0";
const PERCENT = "0.00%";
const DEFAULT_WIDTH = 110;
const CHANNEL_WIDTH = 180;
/** The channel column stays in view when scrolling right. */
const FROZEN_COLUMNS = 1;
/** A channel's name may be long: past this, it is cut rather than the whole column widened. */
const MAX_LABEL_WIDTH = 320;

/** The input cell of a setting, absolute. */
const input = (key: keyof typeof INPUT_ROWS) => `$B$${INPUT_ROWS[key]}`;

/** Blank when an input is blank or a rate is 0. */
const orBlank = (expression: string) => `=IFERROR(${expression}, "")`;
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

interface Refs {
  cell(key: PlanColumnKey): string;
  /** The column's channel cells, absolute. */
  span(key: PlanColumnKey): string;
  /** The column's cell on the row above, or null on the first channel's row. */
  prior(key: PlanColumnKey): string | null;
}

/** Where the optimized split's marginal CPA and the caps below it are. */
interface MarginalCells {
  cpa: string;
  capsBelow: string;
}

type Format = "text" | "money" | "count" | "percent" | "change" | "row";

interface PlanColumn {
  key: PlanColumnKey;
  format: Format;
  /** The channel rows' cell. */
  cell: (channel: PlanChannel, refs: Refs) => Cell;
  /** The totals row's cell: a sum, or a ratio of sums. */
  total: (refs: Refs) => Cell;
}

const sum = (key: PlanColumnKey) => (refs: Refs) => `=SUM(${refs.span(key)})`;
const none = () => "";
/** A formula's expression, to use inside another formula. */
const expression = (cell: Cell) => (typeof cell === "string" && cell.startsWith("=") ? cell.slice(1) : String(cell));

/** A channel's cell, given the cells of its row it may read. */
function resolve(cell: RowCell, r: Refs): Cell {
  if (typeof cell !== "function") return cell;
  const row: PlanRowRefs = { scorecardRow: r.cell("scorecardRow") };
  return cell(row);
}

function planColumns(plan: BudgetSheetInput, marginal: MarginalCells | null): PlanColumn[] {
  const proven = plan.channels.some((channel) => channel.proven !== null);
  // Each channel's own value per sale (its revenue / results) unless one is typed in B3.
  const ownValues = plan.channels.some((channel) => channel.valuePerSale !== null);
  const hasValue = plan.valuePerSale !== null || ownValues;
  const valuePerSale = (r: Refs) => (ownValues ? r.cell("valuePerSale") : input("valuePerSale"));
  /** The total of a column over the channels with revenue. */
  const valued = (r: Refs, key: PlanColumnKey) => `SUMPRODUCT(ISNUMBER(${r.span("revenue")})*${r.span(key)})`;
  const optimized = plan.split === "optimized";
  const goal = input("salesToReach");
  const shareFormula: Record<SplitKind, (channel: PlanChannel, r: Refs) => Cell> = {
    mix: (_, r) => `=IFERROR(${r.cell("proven")}/SUM(${r.span("proven")}), "")`,
    typed: (channel) => channel.share ?? "",
    optimized: (_, r) => `=IFERROR(${r.cell("sales")}/${goal}, "")`,
  };
  // Lowest CPA first: the sales left once the channels of a lower CPA (or an equal one listed above)
  // are at their caps. Below the marginal CPA that is the whole cap; above it, nothing.
  const optimizedSales = (r: Refs) => {
    const { cpa: lambda, capsBelow } = marginal!;
    const cpa = r.cell("cpaAtRates");
    const cap = r.cell("cap");
    const before = `IF(${cpa}<${lambda}, 0, IF(${cpa}=${lambda}, ${capsBelow}+${r.cell("tiedCaps")}-${cap}, ${goal}))`;
    return `=IF(ISNUMBER(${cpa}), MAX(0, MIN(${cap}, ${goal}-${before})), 0)`;
  };
  const tiedCaps = (r: Refs) => {
    const cpa = r.cell("cpaAtRates");
    const own = `IF(ISNUMBER(${cpa}), IF(${cpa}=${marginal!.cpa}, ${r.cell("cap")}, 0), 0)`;
    const prior = r.prior("tiedCaps");
    return prior === null ? `=${own}` : `=${prior}+${own}`;
  };
  // Read left to right: each channel's budget and results first, then against today, then the rates and the working.
  const columns: (PlanColumn | false)[] = [
    { key: "channel", format: "text", cell: (channel) => channel.name, total: () => plan.texts.total },
    { key: "budget", format: "money", cell: (_, r) => `=IFERROR(${r.cell("impressions")}/1000*${r.cell("cpm")}, "")`, total: sum("budget") },
    {
      key: "sales",
      format: "count",
      cell: (_, r) => (optimized ? optimizedSales(r) : `=IF(ISNUMBER(${r.cell("share")}), ${goal}*${r.cell("share")}, "")`),
      total: sum("sales"),
    },
    { key: "share", format: "percent", cell: (channel, r) => shareFormula[plan.split](channel, r), total: sum("share") },
    { key: "cpa", format: "money", cell: (_, r) => `=IFERROR(${r.cell("budget")}/${r.cell("sales")}, "")`, total: (r) => `=IFERROR(${r.cell("budget")}/${r.cell("sales")}, "")` },
    ownValues && {
      key: "valuePerSale",
      format: "money",
      cell: (channel, r) => `=IF(ISNUMBER(${input("valuePerSale")}), ${input("valuePerSale")}, ${channel.valuePerSale === null ? '""' : expression(resolve(channel.valuePerSale, r))})`,
      total: (r) => `=IFERROR(${r.cell("revenue")}/${valued(r, "sales")}, "")`,
    },
    // A channel without a value per sale (its scorecard row has no revenue) has no revenue nor ROI: blank, never a 0 (Sheets reads "" as 0).
    hasValue && {
      key: "revenue",
      format: "money",
      cell: (_, r) => `=IF(ISNUMBER(${valuePerSale(r)}), IFERROR(${r.cell("sales")}*${valuePerSale(r)}, ""), "")`,
      total: sum("revenue"),
    },
    hasValue && {
      key: "roi",
      format: "percent",
      cell: (_, r) => `=IF(ISNUMBER(${r.cell("revenue")}), IFERROR((${r.cell("revenue")}-${r.cell("budget")})/${r.cell("budget")}, ""), "")`,
      // Over the budget of the channels with revenue.
      total: (r) => `=IFERROR((${r.cell("revenue")}-${valued(r, "budget")})/${valued(r, "budget")}, "")`,
    },
    proven && { key: "change", format: "change", cell: (_, r) => `=IFERROR(${r.cell("budget")}-${r.cell("spend")}, "")`, total: sum("change") },
    proven && { key: "spend", format: "money", cell: (channel, r) => resolve(channel.spend ?? "", r), total: sum("spend") },
    proven && { key: "proven", format: "count", cell: (channel, r) => resolve(channel.proven ?? "", r), total: sum("proven") },
    optimized && { key: "cap", format: "count", cell: (_, r) => `=${input("cap")}*${r.cell("proven")}`, total: sum("cap") },
    optimized && {
      key: "capBinds",
      format: "text",
      cell: (_, r) => `=IF(AND(${r.cell("cap")}>0, ${r.cell("sales")}>=${r.cell("cap")}), ${quote(plan.texts.capBinds)}, "")`,
      total: none,
    },
    { key: "conversionRate", format: "percent", cell: (channel, r) => resolve(channel.conversionRate, r), total: none },
    { key: "ctr", format: "percent", cell: (channel, r) => resolve(channel.ctr, r), total: none },
    {
      key: "cpm",
      format: "money",
      cell: (channel, r) => (channel.cpc === null ? resolve(channel.cpm, r) : `=${channel.cpc}*${r.cell("ctr")}*1000`),
      total: none,
    },
    {
      key: "cpaAtRates",
      format: "money",
      cell: (_, r) => `=IFERROR(${r.cell("cpm")}/(1000*${r.cell("conversionRate")}*${r.cell("ctr")}), "")`,
      total: none,
    },
    { key: "visitors", format: "count", cell: (_, r) => orBlank(nativeRoundUpWhole(`${r.cell("sales")}/${r.cell("conversionRate")}`)), total: sum("visitors") },
    {
      key: "impressions",
      format: "count",
      cell: (_, r) => orBlank(nativeRoundUpWhole(`${r.cell("sales")}/${r.cell("conversionRate")}/${r.cell("ctr")}`)),
      total: sum("impressions"),
    },
    optimized && {
      key: "mixBudget",
      format: "money",
      // What today's mix would spend on the same goal: the saving is measured against it.
      cell: (_, r) => orBlank(`${nativeRoundUpWhole(`${goal}*${r.cell("proven")}/SUM(${r.span("proven")})/${r.cell("conversionRate")}/${r.cell("ctr")}`)}/1000*${r.cell("cpm")}`),
      total: sum("mixBudget"),
    },
    plan.scorecard !== null && { key: "scorecardRow", format: "row", cell: (_, r) => plan.scorecard!.rowOf(r.cell("channel")), total: none },
    optimized && { key: "tiedCaps", format: "count", cell: (_, r) => tiedCaps(r), total: none },
  ];
  return columns.filter((column): column is PlanColumn => column !== false);
}

/** The optimized plan's rows after the totals before its marginal CPA: the funnel, the what-if and the saving blocks, and its title. */
const ROWS_FROM_TOTALS_TO_MARGINAL = 20;

/**
 * The marginal CPA: the k-th lowest CPA for the least k whose channels' caps, with those of a
 * lower or equal CPA, reach the goal (the highest CPA when none does). Found bit by bit, from the
 * highest bit of the channel count down: each step adds its bit to the count of ranks known to fall
 * short, so every step reads the channels once.
 */
function writeMarginalSearch(
  row: (values: Cell[], formats?: string[]) => number,
  marginalRow: number,
  totals: Refs,
  goal: string,
  channelCount: number,
  moneyFormat: string,
  texts: BudgetPlanTexts,
): void {
  const cpas = totals.span("cpaAtRates");
  const capsUpTo = (cpa: string) => `SUMPRODUCT(ISNUMBER(${cpas})*(${cpas}<=${cpa})*${totals.span("cap")})`;
  const steps = Math.max(1, Math.ceil(Math.log2(channelCount + 1)));
  const firstStep = marginalRow + 2;
  const lastStep = `$B$${firstStep + steps - 1}`;
  const marginal = row(
    [texts.marginalCpa, `=IF(COUNT(${cpas})=0, "", SMALL(${cpas}, MIN(${lastStep}+1, COUNT(${cpas}))))`],
    ["General", moneyFormat],
  );
  if (marginal !== marginalRow) throw new Error(`The marginal CPA is on row ${marginal}, not on row ${marginalRow} where the channels read it.`);
  row([texts.capsBelowMarginal, `=SUMPRODUCT(ISNUMBER(${cpas})*(${cpas}<B${marginalRow})*${totals.span("cap")})`], ["General", COUNT]);
  for (let step = 0; step < steps; step++) {
    const bit = 2 ** (steps - 1 - step);
    const before = step === 0 ? "0" : `B${firstStep + step - 1}`;
    const rank = `${before}+${bit}`;
    row([`${texts.marginalSearch} ${step + 1}`, `=${before}+IF(${rank}>COUNT(${cpas}), 0, IF(${capsUpTo(`SMALL(${cpas}, ${rank})`)}>=${goal}, 0, ${bit}))`], ["General", COUNT]);
  }
}

/**
 * Wide enough for every label: the headers, each text with a value right of it, and every text of
 * the frozen channel column. Elsewhere a title or a text with nothing beside it runs on into the
 * blank cells, as Sheets shows it; it never runs past the frozen column.
 */
function labelWidths(cells: readonly Cell[][], minimums: readonly number[]): number[] {
  const isLabel = (row: readonly Cell[], r: number, c: number) =>
    r + 1 === HEADER_ROW || (!String(row[c]).startsWith("=") && (c < FROZEN_COLUMNS || (row[c + 1] ?? "") !== ""));
  return minimums.map((minimum, c) =>
    cells.reduce((width, row, r) => {
      const text = row[c];
      return typeof text === "string" && isLabel(row, r, c) ? Math.max(width, Math.min(MAX_LABEL_WIDTH, columnWidth(minimum, text))) : width;
    }, minimum),
  );
}

const moneyWithSign = (moneyFormat: string) => `+${moneyFormat};-${moneyFormat};${moneyFormat}`;

export function planBudgetSheet(plan: BudgetSheetInput): BudgetSheetPlan {
  const { texts, channels } = plan;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + channels.length;
  const totalsRow = last + 1;
  const marginalRow = totalsRow + ROWS_FROM_TOTALS_TO_MARGINAL;
  const marginal = plan.split === "optimized" ? { cpa: `$B$${marginalRow}`, capsBelow: `$B$${marginalRow + 1}` } : null;
  const columns = planColumns(plan, marginal);
  const letters = new Map(columns.map((column, i) => [column.key, columnLetter(i + 1)]));
  const letter = (key: PlanColumnKey) => {
    const found = letters.get(key);
    if (!found) throw new Error(`The budget plan has no ${key} column.`);
    return found;
  };
  const refsFor = (row: number): Refs => ({
    cell: (key) => `${letter(key)}${row}`,
    span: (key) => `$${letter(key)}$${first}:$${letter(key)}$${last}`,
    prior: (key) => (row > first ? `${letter(key)}${row - 1}` : null),
  });
  const totals = refsFor(totalsRow);
  const width = Math.max(columns.length, 3);
  const padded = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(width - cells.length).fill("")];
  const formats: string[][] = [];
  const bold = new Set<number>();
  const cells: Cell[][] = [];
  const row = (values: Cell[], rowFormats: string[] = [], isBold = false) => {
    cells.push(padded(values));
    formats.push([...rowFormats, ...Array<string>(width - rowFormats.length).fill("General")]);
    if (isBold) bold.add(cells.length);
    return cells.length;
  };
  const formatOf = (format: Format) =>
    ({ text: "General", money: plan.moneyFormat, count: COUNT, percent: PERCENT, change: moneyWithSign(plan.moneyFormat), row: "0" })[format];

  const { goal, valuePerSale } = plan;
  const goalFormat = goal.kind === "revenue" ? plan.moneyFormat : COUNT;
  const salesToReach =
    goal.kind === "revenue"
      ? orBlank(nativeRoundUpWhole(`${input("goal")}/${input("valuePerSale")}`))
      : `=${input("goal")}`;
  row([texts.title], [], true);
  row([texts.goal[goal.kind], goal.value], ["General", goalFormat]);
  row([texts.valuePerSale, valuePerSale ?? ""], ["General", plan.moneyFormat]);
  row([texts.salesToReach, salesToReach], ["General", COUNT]);
  row([texts.period, guardText(plan.period)]);
  row([texts.split, texts.splitKinds[plan.split]]);
  row([texts.cap, plan.cap], ["General", '0.0"x"']);
  row([texts.whatIfChange, plan.whatIf], ["General", "0%"]);
  row([texts.ratesFrom, guardText(plan.ratesFrom)]);
  const link = plan.scorecard;
  const checkCell = `$B$${INPUT_ROWS.scorecardCheck}`;
  row(link ? [texts.scorecardCheck, link.check(totals.span("channel"), totals.span("scorecardRow"), texts.check)] : []);
  row(columns.map((column) => texts.headers[column.key]), [], true);
  channels.forEach((channel, i) => row(columns.map((column) => column.cell(channel, refsFor(first + i))), columns.map((column) => formatOf(column.format))));
  // A channel the scorecard no longer has is an error on its row (its rates are not blank, but
  // unknown): the totals show that error rather than sums that leave the channel out.
  const scorecardRows = link && `SUM(${totals.span("scorecardRow")})`;
  const unlessLost = (cell: Cell): Cell =>
    scorecardRows && typeof cell === "string" && cell.startsWith("=") ? `=IF(ISERROR(${scorecardRows}), ${scorecardRows}, ${expression(cell)})` : cell;
  row(columns.map((column) => unlessLost(column.total(totals))), columns.map((column) => formatOf(column.format)), true);

  row([]);
  const funnelRow = row([texts.funnel], [], true) + 1;
  const stages = texts.funnelStages;
  row([stages.impressions, `=${totals.cell("impressions")}`], ["General", COUNT]);
  // Every click that lands is a visitor: the plan needs as many clicks as visitors.
  row([stages.clicks, `=${totals.cell("visitors")}`], ["General", COUNT]);
  row([stages.visitors, `=${totals.cell("visitors")}`], ["General", COUNT]);
  row([stages.sales, `=${totals.cell("sales")}`], ["General", COUNT]);
  const funnelLast = funnelRow + 3;

  row([]);
  row([texts.whatIf(input("whatIf").replace(/\$/g, ""))], [], true);
  const budget = totals.cell("budget");
  const change = input("whatIf");
  // The budget is inversely proportional to CTR and to the conversion rate (before rounding up).
  const whatIf = (factor: string) => `=IFERROR(${budget}/(${factor}), "")`;
  row([texts.whatIfRows.ctrLower, whatIf(`1-${change}`)], ["General", plan.moneyFormat]);
  row([texts.whatIfRows.ctrHigher, whatIf(`1+${change}`)], ["General", plan.moneyFormat]);
  row([texts.whatIfRows.rateLower, whatIf(`1-${change}`)], ["General", plan.moneyFormat]);
  row([texts.whatIfRows.rateHigher, whatIf(`1+${change}`)], ["General", plan.moneyFormat]);

  const totalOf = (key: PlanColumnKey) => ({ row: totalsRow, column: columns.findIndex((column) => column.key === key) + 1 });
  let figures: BudgetSheetPlan["figures"] = { budget: totalOf("budget"), sales: totalOf("sales"), saved: null, goalReached: null };
  if (plan.split === "optimized") {
    row([]);
    row([texts.mixBudget, `=${totals.cell("mixBudget")}`], ["General", plan.moneyFormat]);
    // A saving only for the same goal: short of it, the plan buys fewer results, not the same ones for less.
    // Rounded, so that binary noise in a sum of fractional caps (1.5 × 71.5...) never reads as short of the goal.
    const reached = `ROUND(${totals.cell("sales")}-${input("salesToReach")}, 9)>=0`;
    const saved = row([texts.saved, `=IF(${reached}, IFERROR(${totals.cell("mixBudget")}-${budget}, ""), "")`], ["General", plan.moneyFormat]);
    row([texts.capsAllow, `=${totals.cell("cap")}`], ["General", COUNT]);
    const check = row([texts.goalCheck, `=IF(${reached}, ${quote(texts.goalReached)}, ${quote(texts.goalUnreachable)})`]);
    figures = { ...figures, saved: { row: saved, column: 2 }, goalReached: { row: check, column: 2 } };
    row([]);
    row([texts.marginalTitle], [], true);
    writeMarginalSearch(row, marginalRow, totals, input("salesToReach"), channels.length, plan.moneyFormat, texts);
  }

  const headline: [string, string, string][] = [
    [texts.headline.budget, `=${budget}`, plan.moneyFormat],
    [texts.headline.sales, `=${totals.cell("sales")}`, COUNT],
    ...(figures.saved ? [[texts.headline.saved, `=B${figures.saved.row}`, plan.moneyFormat] as [string, string, string]] : []),
  ];
  headline.forEach(([label, value, format], i) => {
    const r = INPUT_ROWS.goal - 1 + i;
    cells[r].splice(HEADLINE_COLUMN - 1, 2, label, value);
    formats[r].splice(HEADLINE_COLUMN - 1, 2, "General", format);
  });
  const headlineCells = headline.map((_, i) => ({ row: INPUT_ROWS.goal + i, column: HEADLINE_COLUMN + 1 }));

  const channelLabels = `A${first}:A${last}`;
  return {
    sheetName: plan.sheetName,
    conditionalRules: link ? [{ range: checkCell.replace(/\$/g, ""), formula: `=AND(${checkCell}<>"", ${checkCell}<>${quote(texts.check.ok)})`, ...RED }] : [],
    cells,
    numberFormats: formats,
    fontWeights: cells.map((cellRow, r) =>
      cellRow.map((_, c) => (bold.has(r + 1) || headlineCells.some((at) => at.row === r + 1 && at.column === c + 1) ? "bold" : "normal")),
    ),
    headerRow: HEADER_ROW,
    // The inputs and the header take 11 rows: frozen, they would leave little room to scroll.
    frozenRows: 0,
    frozenColumns: FROZEN_COLUMNS,
    wrappedText: null,
    columnWidths: labelWidths(cells, columns.map((column) => (column.key === "channel" ? CHANNEL_WIDTH : DEFAULT_WIDTH))),
    charts: [
      { title: texts.funnelChart, ranges: [`A${funnelRow}:A${funnelLast}`, `B${funnelRow}:B${funnelLast}`], anchorRow: totalsRow + 2, anchorColumn: 4, options: FUNNEL_CHART },
      { title: texts.budgetChart, ranges: [channelLabels, `${letter("budget")}${first}:${letter("budget")}${last}`], anchorRow: totalsRow + 2, anchorColumn: 11, options: VALUES_ON_BARS },
    ],
    channelCount: channels.length,
    figures,
  };
}
