// The currency an export says its money is in: a header's code, a currency column, the cells' signs.
import { describe, expect, it } from "vitest";
import { en, fr } from "../../src/i18n";
import { importRows } from "../../src/import";
import { currencyOf } from "../../src/import/currencies";
import { readCurrency } from "../../src/import/currency";
import { describeImport } from "../../src/import/describe";
import { readNumber } from "../../src/import/numbers";
import { moneyFormat, moneyOf, moneyOfData } from "../../src/scorecard/moneyFormat";
import { fieldLabel } from "../../src/sidebar/scorecard/fieldLabels";

/** The report's lines about the currency, in the language given. */
function currencyLines(cells: unknown[][], language = en): string[] {
  const { report, headers } = importRows(cells);
  return describeImport(report, headers, 1, language, (field) => fieldLabel(language, field)).filter((line) => /^(Currency|Devise|Two currencies|Deux devises)/.test(line));
}

describe("the export's currency", () => {
  it.each([
    ["a Meta header", [["Campaign name", "Amount spent (GBP)", "Website purchases"], ["Autumn Sale", 1234.5, 118]], "Currency: GBP, from the header “Amount spent (GBP)”."],
    ["a Google Ads currency column", [["Campaign", "Currency code", "Cost", "Conversions"], ["Brand", "IDR", 15234500, 412]], "Currency: IDR, from the column “Currency code” (row 2)."],
    ["a French Devise column", [["Canal", "Devise", "Dépenses", "Ventes"], ["Facebook", "EUR", 120, 6]], "Currency: EUR, from the column “Devise” (row 2)."],
    ["a Portuguese Moeda column", [["Channel", "Moeda", "Spend", "Sales"], ["Google", "BRL", 120, 6]], "Currency: BRL, from the column “Moeda” (row 2)."],
    ["a German Währung column", [["Channel", "Währung", "Spend", "Sales"], ["Google", "CHF", 120, 6]], "Currency: CHF, from the column “Währung” (row 2)."],
    ["real signs in the cells", [["Channel", "Spend", "Sales"], ["Google", "R$ 236,86", 6]], "Currency: BRL, from “R$ 236,86” in “Spend” (row 2)."],
    ["a sign after the amount", [["Canal", "Dépenses", "Ventes"], ["Facebook", "1 234,56 €", 6]], "Currency: EUR, from “1 234,56 €” in “Dépenses” (row 2)."],
    ["a code before the amount", [["Channel", "Spend", "Sales"], ["X", "USD 12.00", 6]], "Currency: USD, from “USD 12.00” in “Spend” (row 2)."],
    ["a rupee sign with lakhs", [["Channel", "Spend", "Sales"], ["Meta", "₹2,05,880.00", 6]], "Currency: INR, from “₹2,05,880.00” in “Spend” (row 2)."],
  ])("is read from %s", (_, cells, line) => {
    expect(currencyLines(cells)).toEqual([line]);
  });

  it("is said in French too", () => {
    expect(currencyLines([["Campaign name", "Amount spent (GBP)", "Website purchases"], ["Autumn Sale", 1234.5, 118]], fr)).toEqual([
      "Devise\u00a0: GBP, d’après l’en-tête «\u00a0Amount spent (GBP)\u00a0».",
    ]);
  });

  it("is not said when nothing says it, and the money is then the spreadsheet's as before", () => {
    const cells = [["Channel", "Spend", "Sales"], ["Google", 120.5, 6]];
    expect(currencyLines(cells)).toEqual([]);
    expect(importRows(cells).report.currency).toEqual({ kind: "none" });
    expect(moneyFormat(moneyOf({ kind: "none" }, null, "en_US"), "en_US")).toBe("[$$]#,##0.00");
    expect(moneyFormat(moneyOf({ kind: "none" }, null, "fr_FR"), "fr_FR")).toBe("#,##0.00 [$€]");
    expect(moneyFormat(moneyOf({ kind: "none" }, "[$£]#,##0", "en_US"), "en_US")).toBe("[$£]#,##0.00");
  });

  it("agrees with a dollar sign when the header says which dollar", () => {
    const reading = readCurrency(["Campaign", "Spend (CAD)", "Sales"], [["Brand", "$1,200.00", 6]], { channel: 0, budget: 1, conversions: 2 });
    expect(reading).toMatchObject({ kind: "found", codes: ["CAD"] });
  });

  it("shows a dollar sign alone as a dollar: the locale's when it uses one, else a sign without a code", () => {
    const data = { headers: ["Channel", "Spend", "Sales"], rows: [["Google", "$1,200.00", 6]], mapping: { channel: 0, budget: 1, conversions: 2 } };
    expect(moneyOfData(data, new Map(), "en_US", 2, en)).toEqual({ code: "USD", symbol: "$", decimals: 2 });
    // A French spreadsheet's money is the euro: the cells' "$" is no euro, and is shown as it is.
    expect(moneyOfData(data, new Map(), "fr_FR", 2, en)).toEqual({ code: null, symbol: "$", decimals: 2 });
  });

  it.each([
    ["two codes in the currency column", [["Account", "Currency code", "Campaign", "Cost", "Conversions"], ["Northwind UK", "GBP", "Brand", 1482.3, 121], ["Northwind DE", "EUR", "Marke", 1975.6, 140]],
      "Two currencies in one table: GBP from the column “Currency code” (row 2), and EUR from the column “Currency code” (row 3)."],
    ["pound and euro cells", [["Channel", "Spend", "Sales"], ["Meta", "£1,234.50", 12], ["Google", "€980.00", 9]],
      "Two currencies in one table: £ from “£1,234.50” in “Spend” (row 2), and € from “€980.00” in “Spend” (row 3)."],
    ["a header in pounds over cells in euros", [["Campaign name", "Amount spent (GBP)", "Results"], ["Autumn Sale", "£455.25", 64], ["Rentrée", "€980.05", 37]],
      "Two currencies in one table: GBP from the header “Amount spent (GBP)”, and € from “€980.05” in “Amount spent (GBP)” (row 3)."],
    ["spend in one currency and revenue in another", [["Campaign", "Cost (USD)", "Conversions", "Conv. value (EUR)"], ["Brand", 1200.5, 96, 9840]],
      "Two currencies in one table: USD from the header “Cost (USD)”, and EUR from the header “Conv. value (EUR)”."],
  ])("refuses %s, naming both", (_, cells, refusal) => {
    const [line] = currencyLines(cells);
    expect(line).toBe(`${refusal} Amounts in two currencies cannot be added: convert them to one currency, or build from each currency’s rows apart.`);
    const { headers, report, mapping } = importRows(cells);
    // The build refuses with the same words, counting rows from the first data row it is sent.
    expect(moneyOfData({ headers, rows: cells.slice(1), mapping }, new Map(), "en_US", 2, en)).toEqual({ mixed: line });
    expect(report.currency.kind).toBe("mixed");
  });
});

describe("money formats", () => {
  const formatOf = (code: string, locale = "en_US") => moneyFormat(moneyOf({ kind: "found", codes: [code], evidence: { written: code, codes: [code], from: { kind: "header", column: 0 } } }, null, locale), locale);

  it.each([
    ["GBP", "[$£]#,##0.00"],
    ["BRL", "[$R$ ]#,##0.00"],
    ["INR", "[$₹]#,##0.00"],
    ["EUR", "[$€]#,##0.00"],
    ["CHF", "[$CHF ]#,##0.00"],
    // No minor units: no cents shown.
    ["IDR", "[$Rp]#,##0"],
    ["JPY", "[$¥]#,##0"],
    ["KRW", "[$₩]#,##0"],
  ])("%s reads %s", (code, format) => {
    expect(formatOf(code)).toBe(format);
  });

  it("puts the sign after the amount where the locale does, as before", () => {
    expect(formatOf("GBP", "fr_FR")).toBe("#,##0.00 [$£]");
    expect(formatOf("EUR", "de_DE")).toBe("#,##0.00 [$€]");
    // Brazil writes R$ 1.234,56, sign first.
    expect(formatOf("BRL", "pt_BR")).toBe("[$R$ ]#,##0.00");
  });

  it("finds the sign of a number format, bracketed, quoted or bare", () => {
    expect(currencyOf("[$R$ ]#,##0.00")).toBe("R$ ");
    expect(currencyOf('"£"#,##0.00')).toBe("£");
    expect(currencyOf('"Total "$#,##0')).toBe("$");
    expect(currencyOf("0.###############")).toBeNull();
  });

  it("keeps the currency of a scorecard's own spend cells, with its minor units", () => {
    expect(moneyOf({ kind: "none" }, "[$Rp]#,##0", "en_US")).toEqual({ code: "IDR", symbol: "Rp", decimals: 0 });
    expect(moneyOf({ kind: "none" }, "#,##0.00 [$R$]", "fr_FR")).toEqual({ code: "BRL", symbol: "R$ ", decimals: 2 });
  });

  it("takes the locale's currency for regions beyond the euro, the pound and the yen", () => {
    expect(moneyOf({ kind: "none" }, null, "pt_BR").code).toBe("BRL");
    expect(moneyOf({ kind: "none" }, null, "hi_IN").code).toBe("INR");
    expect(moneyOf({ kind: "none" }, null, "en_US").code).toBe("USD");
  });
});

describe("Indian grouping", () => {
  it("reads lakhs and crores beside a rupee sign, and still refuses them without one", () => {
    expect(readNumber("₹1,23,45,678.50", ".")).toMatchObject({ kind: "number", value: 12345678.5 });
    expect(readNumber("INR 2,05,880.00", ".")).toMatchObject({ kind: "number", value: 205880 });
    expect(readNumber("1,23,456", ".")).toMatchObject({ kind: "error" });
  });
});

// A money format that writes its sign in quotes, as Sheets' custom formats may, keeps its currency.
/** The scorecard's money format when the data names no currency and the spend cells show this format. */
const moneyFormatFor = (locale: string, spendFormat: string) => moneyFormat(moneyOf({ kind: "none" }, spendFormat, locale), locale);

describe("a quoted currency sign", () => {
  it.each([
    ['"$"#,##0.00', "$"],
    ['"£"#,##0.00', "£"],
    ['#,##0.00" €"', "€"],
    ['"€"#,##0', "€"],
    // Sheets' own "Dollar" preset.
    ["[$$]#,##0.00", "$"],
  ])("%s is money in %s", (format, sign) => {
    expect(currencyOf(format)).toBe(sign);
  });

  it("wins over the spreadsheet locale's currency", () => {
    expect(moneyFormatFor("en_US", '"£"#,##0.00')).toBe("[$£]#,##0.00");
    expect(moneyFormatFor("fr_FR", '"$"#,##0.00')).toBe("#,##0.00 [$$]");
    expect(moneyFormatFor("en_GB", '#,##0.00" €"')).toBe("[$€]#,##0.00");
  });

  it("is not read in quoted words", () => {
    expect(currencyOf('#,##0" units"')).toBeNull();
  });
});
