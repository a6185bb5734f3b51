import { describe, expect, it } from "vitest";
import { en, fr } from "../../src/i18n";
import { importRows } from "../../src/import";
import { describeColumns, describeImport, describeRows } from "../../src/import/describe";
import { fieldLabel } from "../../src/sidebar/scorecard/fieldLabels";

const GOOGLE_ADS = [
  ["Campaign report"],
  ["All time"],
  ["Campaign", "Budget", "Impr.", "Cost", "Conversions", "Cost / conv."],
  ["Brand", "50.00", "9,265", "1,200.50", "3", "400.17"],
  ["", "", "", "", "", ""],
  ["Total: Account", "--", "9,265", "1,200.50", "3", "400.17"],
];

describe("the import's report in words", () => {
  it("says what it decided, in English", () => {
    const { report, headers, read } = importRows(GOOGLE_ADS);
    expect([...describeImport(report, headers, 1, en, (field) => fieldLabel(en, field)), ...describeRows(read, en)]).toEqual([
      "Headers found in row 3, below 2 title lines.",
      "No channel column: each campaign (“Campaign”) is a row of the scorecard.",
      "“Cost” is the cost; “Budget” is kept as the planned budget.",
      "Ratios left out (the scorecard computes them from the sums): “Cost / conv.”.",
      "“Impr.”: numbers such as 1,000 or 1.000 read with a decimal point, the file’s or spreadsheet’s convention.",
      "1 totals row skipped, so nothing is counted twice (rows 6).",
    ]);
  });

  it("and in French, counting the rows from where the cells start", () => {
    const { report, headers, read } = importRows(GOOGLE_ADS, {}, 10);
    const lines = [...describeImport(report, headers, 10, fr, (field) => fieldLabel(fr, field)), ...describeRows(read, fr)];
    expect(lines[0]).toBe("En-têtes trouvés ligne 12, sous 2 lignes de titre.");
    expect(lines.at(-1)).toBe("1 ligne de total ignorée, pour ne rien compter deux fois (lignes 15).");
  });

  it("lists a few rows, then an ellipsis", () => {
    const cells = [["Channel", "Cost", "Sales"], ...Array.from({ length: 12 }, () => ["", "1", "1"])];
    expect(describeRows(importRows(cells).read, en)).toEqual([
      "12 rows have no channel: grouped under “(no channel)” (rows 2, 3, 4, 5, 6, 7, 8, 9, …).",
    ]);
  });
});

describe("the columns read, every one of them", () => {
  it("names each field with its column, so that a visit is never silently a lead", () => {
    const { mapping, headers, report } = importRows([
      ["Campaign name", "Amount spent (EUR)", "Landing page views", "Leads", "Purchases conversion value"],
      ["Spring", "120.50", "340", "12", ""],
      ["Summer", "80", "210", "9", ""],
    ]);
    expect(describeColumns(mapping, headers, en, (field) => fieldLabel(en, field))).toEqual([
      "Columns read: Channel ← “Campaign name”, Spend ← “Amount spent (EUR)”, Leads ← “Leads”, Visits ← “Landing page views”.",
    ]);
    expect(describeImport(report, headers, 1, fr, (field) => fieldLabel(fr, field))).toContain(
      "«\u00a0Purchases conversion value\u00a0» est vide sur toutes les lignes\u00a0: pas de chiffre d’affaires (et non 0).",
    );
  });
});
