// Use selection on exports in pounds, reais, rupees and rupiah, through the built add-on's server
// calls: the scorecard, the sidebar's summary and the budget plans show the export's currency.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import { columnLetters } from "../../playground/emulation/a1";
import type { CellReading, RawCell } from "../../playground/runtime/contract";
import { en } from "../../src/i18n";
import { describeImport } from "../../src/import/describe";
import type { ColumnMapping } from "../../src/import/fields";
import { decideMarks } from "../../src/import/numbers";
import type { BudgetPlanRequest, BudgetPlanResult } from "../../src/planner/request";
import type { ScorecardRequest, ScorecardResult, SelectionData } from "../../src/scorecard/request";
import { fieldLabel } from "../../src/sidebar/scorecard/fieldLabels";
import { reportAsMapped, tableFromSelection } from "../../src/sidebar/scorecard/table";
import { createSession, requestFrom, workbookWith } from "./scorecardSession";

const FIXTURES = new URL("../cli/fixtures/", import.meta.url).pathname;

const digits = (amount: number, decimals: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(amount);

/** The export in a sheet named Export, all of it selected: as text, or with plain numbers as numbers, as Sheets imports them. */
function pasted(file: string, numbers: boolean) {
  const rows = readCsv(readFileSync(`${FIXTURES}${file}`)).rows;
  const width = Math.max(...rows.map((row) => row.length));
  const cells: RawCell[][] = rows.map((row) => Array.from({ length: width }, (_, c) => {
    const cell = row[c] ?? "";
    if (numbers && /^\d+(\.\d+)?$/.test(cell)) return Number(cell);
    // Text Sheets would take for a formula ("--") is typed with an apostrophe.
    return /^[=+\-@]/.test(cell) ? `'${cell}` : cell;
  }));
  const session = createSession({ workbook: workbookWith("Export", cells) });
  session.select("Export", `A1:${columnLetters(width)}${cells.length}`);
  return session;
}

type Session = ReturnType<typeof pasted>;

/** Reads the selection and builds from it as the sidebar does; mapping: the columns the user picked by header, when the sidebar could not tell. */
function useSelection(session: Session, link: boolean, picked: Record<string, string> = {}) {
  const selection = session.runServerFunction("readSelection", []) as SelectionData;
  const mapping: ColumnMapping = { ...selection.mapping };
  for (const [field, header] of Object.entries(picked)) mapping[field as keyof ColumnMapping] = selection.headers.indexOf(header);
  const request: ScorecardRequest = {
    ...requestFrom(selection, { linkToSource: link }),
    mapping,
    decimalMarks: decideMarks(selection.rows, selection.convention).map((column) => column.mark),
  };
  // The sidebar's "What was read", under the columns as the user mapped them.
  const table = reportAsMapped({ ...tableFromSelection(selection), mapping })!;
  const report = describeImport(table, selection.headers, selection.firstRow - (selection.report.headerRow ?? 0), en, (field) => fieldLabel(en, field));
  return { selection, request, report, build: () => session.runServerFunction("buildScorecard", [request]) as ScorecardResult };
}

/** A column of a sheet's table by its header in the given row: each row's shown text, by the text of its first cell. */
function shownColumn(cells: CellReading[][], headerRow: number, header: string): Map<string, string> {
  const column = cells[headerRow].findIndex((cell) => cell.display === header);
  expect(column, header).toBeGreaterThanOrEqual(0);
  return new Map(cells.slice(headerRow + 1).map((row) => [row[0]?.display ?? "", row[column]?.display ?? ""]));
}

const SCORECARD_HEADER_ROW = 2;
const PLAN_HEADER_ROW = 10;

function planRequest(rates: "scorecard" | "data", data: BudgetPlanRequest["data"] = null): BudgetPlanRequest {
  return { goal: { kind: "sales", value: 500 }, valuePerSale: null, period: "", rates, data, typed: null, split: "mix", cap: 2 };
}

interface Case {
  file: string;
  numbers: boolean;
  picked?: Record<string, string>;
  code: string;
  shown: (amount: number) => string;
  spend: Record<string, number>;
  conversions: number;
  line: string;
  /** True when the export has impressions and clicks, which a plan's rates need. */
  plannable: boolean;
}

const CASES: Case[] = [
  {
    file: "meta-uk-gbp.csv",
    numbers: true,
    code: "GBP",
    shown: (amount) => `£${digits(amount, 2)}`,
    spend: { "Autumn Sale - Prospecting": 1234.5, "Autumn Sale - Retargeting": 455.25, "Gift Guide - Advantage+": 980.05, "Halloween Teaser": 0 },
    conversions: 118 + 64 + 37,
    line: "Currency: GBP, from the header “Amount spent (GBP)”.",
    plannable: true,
  },
  {
    file: "google-ads-brazil-excel.csv",
    numbers: false,
    picked: { channel: "Campanha", budget: "Custo", conversions: "Conversões", revenue: "Valor de conv.", clicks: "Cliques", impressions: "Impr." },
    code: "BRL",
    shown: (amount) => `R$ ${digits(amount, 2)}`,
    spend: { "Marca - Pesquisa": 1234.56, "Genérica - Pesquisa": 7307.37, "Remarketing - Display": 236.86, "Prospecção - YouTube": 783.9 },
    conversions: 96 + 71.5 + 18.25 + 3,
    line: "Currency: BRL, from “R$ 1.234,56” in “Custo” (row 4).",
    plannable: true,
  },
  {
    file: "agency-report-india.csv",
    numbers: false,
    code: "INR",
    shown: (amount) => `₹${digits(amount, 2)}`,
    spend: { "Google Search": 123456.78 + 48210.5, Meta: 205880, LinkedIn: 96400.25 },
    conversions: 212 + 41 + 188 + 9,
    line: "Currency: INR, from “₹1,23,456.78” in “Spend” (row 2).",
    plannable: false,
  },
  {
    file: "tiktok-indonesia-idr.csv",
    numbers: true,
    code: "IDR",
    shown: (amount) => `Rp${digits(amount, 0)}`,
    spend: { "Ramadan Sale - Conversions": 15234500, "Spark Ads - Kreator": 8421050, "Prospecting - Broad": 21187500 },
    conversions: 412 + 203 + 388,
    line: "Currency: IDR, from the column “Currency” (row 2).",
    plannable: true,
  },
];

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("Use selection on an export in its own currency", () => {
  it.each(CASES.map((c) => [c.code, c] as const))("%s: the report, the scorecard, the summary, and both plans when the data has impressions and clicks", (_, { file, numbers, picked, code, shown, spend, conversions, line, plannable }) => {
    const session = pasted(file, numbers);
    // Numbers written as text cannot be followed by formulas: those build with the values read.
    const { request, report, build } = useSelection(session, numbers, picked);
    expect(report).toContain(line);
    const result = build();
    const total = sum(Object.values(spend));
    expect(result.currency).toBe(code);
    expect(result.summary).toContain(`total CPA ${shown(total / conversions)}`);

    const spendShown = shownColumn(session.usedCellReadings(result.sheetName), SCORECARD_HEADER_ROW, "Spend");
    for (const [channel, amount] of Object.entries(spend)) expect(spendShown.get(channel), channel).toBe(shown(amount));
    expect(spendShown.get("Total")).toBe(shown(total));

    // The plan on the scorecard's rates, and the plan on the data's: today's spend in the same currency.
    if (!plannable) return;
    for (const plan of [planRequest("scorecard"), planRequest("data", request)]) {
      const built = session.runServerFunction("buildBudgetPlan", [plan]) as BudgetPlanResult;
      const today = shownColumn(session.usedCellReadings(built.sheetName), PLAN_HEADER_ROW, "Today's spend");
      for (const [channel, amount] of Object.entries(spend)) expect(today.get(channel), `${plan.rates}: ${channel}`).toBe(shown(amount));
      expect(today.get("Total")).toBe(shown(total));
    }
  });
});

describe("Use selection on a table in two currencies", () => {
  const refusal = (first: string, second: string) =>
    `Two currencies in one table: ${first}, and ${second}. Amounts in two currencies cannot be added: convert them to one currency, or build from each currency’s rows apart.`;

  it.each([
    [
      "pound and euro amounts written as text, in the report and at the build",
      [["Channel", "Spend", "Purchases"], ["Meta", "£1,234.50", "12"], ["Google", "EUR 980.00", "9"]],
      refusal("£ from “£1,234.50” in “Spend” (row 2)", "EUR from “EUR 980.00” in “Spend” (row 3)"),
      true,
    ],
    [
      // Sheets reads the typed €980.05 as a number in a euro format: the build sees the euro the sheet shows.
      "a header in pounds over an amount shown in euros, at the build",
      [["Campaign name", "Amount spent (GBP)", "Website purchases"], ["Autumn Sale", "455.25", "64"], ["Rentrée", "€980.05", "37"]],
      refusal("GBP from the header “Amount spent (GBP)”", "€ from the number format of “Amount spent (GBP)” (row 3)"),
      false,
    ],
  ])("refuses %s, naming both, and writes nothing", (_, cells, message, reported) => {
    const session = createSession({ workbook: workbookWith("Export", cells) });
    session.select("Export", `A1:C${cells.length}`);
    const before = session.serialize().sheets;
    const { report, build } = useSelection(session, false);
    if (reported) expect(report).toContain(message);
    expect(build).toThrow(message);
    expect(session.serialize().sheets).toEqual(before);
  });

  it("builds in the currency the spend cells are formatted in, when the export says none", () => {
    const cells: RawCell[][] = [["Channel", "Spend", "Purchases"], ["Meta", 1234.5, 12], ["Google", 980, 9]];
    const formats = cells.map((row, r) => row.map((_, c) => (r > 0 && c === 1 ? "[$£]#,##0.00" : null)));
    const session = createSession({ workbook: { ...workbookWith("Export", cells), sheets: [{ ...workbookWith("Export", cells).sheets[0], formats }] } });
    session.select("Export", "A1:C3");
    const result = useSelection(session, true).build();
    expect(result.currency).toBe("GBP");
    expect(result.summary).toContain(`total CPA £${digits((1234.5 + 980) / (12 + 9), 2)}`);
  });

  it("refuses a budget plan on such data the same way", () => {
    const cells = [["Account", "Currency code", "Campaign", "Cost", "Impr.", "Clicks", "Conversions"], ["Northwind UK", "GBP", "Brand", "1482.30", "18204", "2011", "121"], ["Northwind DE", "EUR", "Marke", "1975.60", "22518", "2430", "140"]];
    const session = createSession({ workbook: workbookWith("Export", cells) });
    session.select("Export", "A1:G3");
    const { request } = useSelection(session, false);
    expect(() => session.runServerFunction("buildBudgetPlan", [planRequest("data", request)])).toThrow(
      refusal("GBP from the column “Currency code” (row 2)", "EUR from the column “Currency code” (row 3)"),
    );
  });
});
