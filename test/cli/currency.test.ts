// Exports in pounds, reais, rupees and rupiah through npx social-roi: the money shows in the
// export's currency in the table, the JSON, the .xlsx and the plan; two currencies are refused.
import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cliDir, csvFile, run } from "./runCli";

const FIXTURES = new URL("fixtures/", import.meta.url).pathname;

interface CurrencyCase {
  file: string;
  args: string[];
  code: string;
  /** The money as the tables show it (en_US digits), from the figure. */
  shown: (amount: number) => string;
  /** The scorecard's money format. */
  format: string;
  /** Each channel's spend, in order, copied from the file (totals rows left out). */
  spend: Record<string, number[]>;
  /** The file's conversions, all rows. */
  conversions: number[];
  note: string;
}

const digits = (amount: number, decimals: number) =>
  new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(amount);

const CASES: CurrencyCase[] = [
  {
    file: "meta-uk-gbp.csv",
    args: [],
    code: "GBP",
    shown: (amount) => `£${digits(amount, 2)}`,
    format: "[$£]#,##0.00",
    spend: { "Autumn Sale - Prospecting": [1234.5], "Autumn Sale - Retargeting": [455.25], "Gift Guide - Advantage+": [980.05], "Halloween Teaser": [0] },
    conversions: [118, 64, 37],
    note: "Currency: GBP, from the header “Amount spent (GBP)”.",
  },
  {
    // Google Ads' "Excel CSV" in Portuguese (UTF-16, tabs, R$ 1.234,56), mapped by header name.
    file: "google-ads-brazil-excel.csv",
    args: ["--map", "channel=Campanha,budget=Custo,conversions=Conversões,revenue=Valor de conv.,clicks=Cliques,impressions=Impr."],
    code: "BRL",
    shown: (amount) => `R$ ${digits(amount, 2)}`,
    format: "[$R$ ]#,##0.00",
    spend: { "Marca - Pesquisa": [1234.56], "Genérica - Pesquisa": [7307.37], "Remarketing - Display": [236.86], "Prospecção - YouTube": [783.9] },
    conversions: [96, 71.5, 18.25, 3],
    note: "Currency: BRL, from “R$ 1.234,56” in “Custo” (row 4).",
  },
  {
    // An agency's report downloaded from a Sheets spreadsheet in English (India): ₹ and lakhs.
    file: "agency-report-india.csv",
    args: [],
    code: "INR",
    shown: (amount) => `₹${digits(amount, 2)}`,
    format: "[$₹]#,##0.00",
    spend: { "Google Search": [123456.78, 48210.5], Meta: [205880], LinkedIn: [96400.25] },
    conversions: [212, 41, 188, 9],
    note: "Currency: INR, from “₹1,23,456.78” in “Spend” (row 2).",
  },
  {
    // TikTok's "Excel CSV" with its Currency column; a rupiah has no cents.
    file: "tiktok-indonesia-idr.csv",
    args: [],
    code: "IDR",
    shown: (amount) => `Rp${digits(amount, 0)}`,
    format: "[$Rp]#,##0",
    spend: { "Ramadan Sale - Conversions": [15234500], "Spark Ads - Kreator": [8421050], "Prospecting - Broad": [21187500] },
    conversions: [412, 203, 388],
    note: "Currency: IDR, from the column “Currency” (row 2).",
  },
];

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The table's line for a channel, split on its runs of spaces (a channel's name has single spaces). */
const lineOf = (table: string, channel: string) => table.split("\n").find((line) => line.startsWith(`${channel}  `))?.split(/ {2,}/);

describe("the export's currency through the command line", () => {
  it.each(CASES.map((c) => [c.code, c] as const))("%s: the table, the JSON and the note", async (_, { file, args, code, shown, spend, conversions, note }) => {
    const table = await run("scorecard", `${FIXTURES}${file}`, ...args);
    expect({ code: table.code, stderr: table.stderr }).toMatchObject({ code: 0 });
    expect(table.stderr).toContain(`social-roi: ${note}\n`);
    for (const [channel, amounts] of Object.entries(spend)) expect(lineOf(table.stdout, channel)?.[1]).toBe(shown(sum(amounts)));
    const total = sum(Object.values(spend).flat());
    expect(lineOf(table.stdout, "Total")?.[1]).toBe(shown(total));

    const json = await run("scorecard", `${FIXTURES}${file}`, ...args, "--json");
    const report = JSON.parse(json.stdout) as { currency: string; totals: { budget: number }; summary: string };
    expect(report.currency).toBe(code);
    expect(report.totals.budget).toBeCloseTo(total, 6);
    expect(report.summary).toContain(`total CPA ${shown(total / sum(conversions))}`);
  });

  it.each(CASES.map((c) => [c.code, c] as const))("%s: the .xlsx's money cells carry the currency's format", async (_, { file, args, format, spend }) => {
    const out = join(cliDir, `currency-${file}.xlsx`);
    const { code } = await run("scorecard", `${FIXTURES}${file}`, ...args, "--out", out);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const scorecard = workbook.getWorksheet("Channel scorecard")!;
    const header = scorecard.getRow(3).values as unknown[];
    const spendColumn = header.indexOf("Spend");
    const channels = Object.keys(spend);
    for (let r = 4; r < 4 + channels.length + 1; r++) expect(scorecard.getRow(r).getCell(spendColumn).numFmt, `row ${r}`).toBe(format);
    // The data sheet shows its amounts in the currency too, and its days as days, as Sheets would after importing the file.
    const data = workbook.worksheets.find((sheet) => sheet.name === file.replace(/\.csv$/, ""))!;
    const formats = new Set<string>();
    data.eachRow((row) => row.eachCell((cell) => void (cell.numFmt && cell.numFmt !== "yyyy-mm-dd" && formats.add(cell.numFmt))));
    expect([...formats]).toEqual([format]);
  });

  it("plans a budget in the export's currency", async () => {
    const { code, stdout } = await run("plan", `${FIXTURES}meta-uk-gbp.csv`, "--goal", "500");
    expect(code).toBe(0);
    // Today's spend per channel, in pounds.
    expect(lineOf(stdout, "Autumn Sale - Prospecting")).toContain("£1,234.50");
    expect(lineOf(stdout, "Total")).toContain(`£${digits(1234.5 + 455.25 + 980.05, 2)}`);
  });

  it("refuses a manager account's report in two currencies, naming both, and writes nothing", async () => {
    const out = join(cliDir, "two-currencies.xlsx");
    const { code, stdout, stderr } = await run("scorecard", `${FIXTURES}google-ads-manager-two-currencies.csv`, "--out", out);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toContain("Two currencies in one table: GBP from the column “Currency code” (row 4), and EUR from the column “Currency code” (row 6).");
    expect(existsSync(out)).toBe(false);
  });

  it("keeps the spreadsheet's currency when nothing in the export says one", async () => {
    const { stdout } = await run("scorecard", csvFile("no-currency.csv", "Channel,Spend,Conversions\nFacebook,120.50,6\n"), "--json");
    expect((JSON.parse(stdout) as { currency: string }).currency).toBe("USD");
  });
});
