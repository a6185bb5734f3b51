import { describe, expect, it } from "vitest";
import { importRows } from "../../src/import";
import { isTotalsRow } from "../../src/import/totals";

describe("totals rows", () => {
  it.each(["Total", "Total:", "Total: Search", "Total: Account", "Totaux", "Grand total", "Sous-total", "TOTAL", "Total général", "Subtotal"])(
    "skips a row whose channel is '%s'",
    (label) => {
      expect(isTotalsRow([label, "100"], 0)).toBe(true);
    },
  );

  it("skips a row the export marks as totals in another label column while the channel is empty", () => {
    expect(isTotalsRow(["Total: Account", "--", "--", "5,188.30"], 1)).toBe(true);
    expect(isTotalsRow(["", "Total", "120"], 0)).toBe(true);
  });

  it("keeps a channel that merely starts with Total, and a totals label beside a real channel", () => {
    expect(isTotalsRow(["Total Wine ads", "100"], 0)).toBe(false);
    expect(isTotalsRow(["Facebook", "Total", "100"], 0)).toBe(false);
  });

  it("are counted and left out of the sums, so nothing is counted twice", () => {
    const { read } = importRows([
      ["Channel", "Cost", "Conversions"],
      ["Search", "100", "4"],
      ["Display", "50", "1"],
      ["Total", "150", "5"],
    ]);
    expect(read.totalsRows).toEqual([4]);
    expect(read.rows.map((row) => row.values.budget)).toEqual([100, 50]);
  });
});

describe("reading rows", () => {
  const cells = [
    ["Spend report", "", "", "", ""],
    ["", "", "", "", ""],
    ["Channel", "Spend", "Conversions", "Revenue", "Bounce rate"],
    ["Facebook", "$1,200.50", "10", "--", "48.5%"],
    ["", "$300.00", "2", "400", ""],
    ["LinkedIn", "", "3", "900", "n/a"],
    ["TikTok", "0", "0", "0", "50%"],
  ];

  it("numbers every row as the sheet does, below the title lines", () => {
    const { read, report } = importRows(cells, {}, 5);
    expect(report).toMatchObject({ headerRow: 2, linesAbove: 2 });
    expect(read.rows.map((row) => row.row)).toEqual([8, 9, 10, 11]);
  });

  it("keeps blank cells blank, and placeholders too", () => {
    const [facebook, , linkedin] = importRows(cells).read.rows;
    expect(facebook.values).toMatchObject({ budget: 1200.5, conversions: 10, revenue: null, bounceRate: 0.485 });
    expect(linkedin.values).toMatchObject({ budget: null, bounceRate: null });
  });

  it("puts rows without a channel under '(no channel)' and warns, rather than refusing the file", () => {
    const { read } = importRows(cells);
    expect(read.rows[1].channel).toBe("(no channel)");
    expect(read.noChannelRows).toEqual([5]);
    expect(read.issues).toEqual([]);
  });

  it("warns where results meet a blank or zero cost, and not where there is nothing", () => {
    expect(importRows(cells).read.noCostRows).toEqual([6]);
  });

  it("refuses negative costs and counts, and unreadable cells, naming the sheet row", () => {
    const { read } = importRows([
      ["Channel", "Cost", "Clicks", "Leads"],
      ["Facebook", "-12", "4", "1"],
      ["X", "12", "-4", "many"],
    ], {}, 10);
    expect(read.issues.map((issue) => issue.message)).toEqual([
      "Row 11: spend is -12; enter an amount of 0 or more.",
      "Row 12: clicks is -4; enter a count of 0 or more.",
      "Row 12: leads is the text 'many'; enter a number.",
    ]);
  });

  it("keeps channel names literal, never evaluating them", () => {
    const { read } = importRows([
      ["Channel", "Cost", "Leads"],
      ['=HYPERLINK("http://x")', "1", "1"],
      ["+Promo", "1", "1"],
      ["-Retargeting", "1", "1"],
    ]);
    expect(read.rows.map((row) => row.channel)).toEqual(['=HYPERLINK("http://x")', "+Promo", "-Retargeting"]);
  });

  it("reads a French semicolon file's numbers with the file's convention, and reports it", () => {
    const { read, report } = importRows(
      [["Canal", "Dépenses", "Impressions", "Ventes"], ["Facebook", "1 234,50", "1.000", "3"], ["X", "7.307,37", "2.500", "1"]],
      { convention: "," },
    );
    expect(read.rows.map((row) => [row.values.budget, row.values.impressions])).toEqual([[1234.5, 1000], [7307.37, 2500]]);
    expect(report.numbers).toEqual([{ column: 1, mark: ",", reason: "written" }, { column: 2, mark: ",", reason: "convention" }]);
  });

  it("reports a column it cannot settle and names each cell, never guessing", () => {
    const { read, report } = importRows([["Channel", "Impressions", "Clicks"], ["A", "1,000", "5"], ["B", "2,000", "4"]], { convention: null });
    expect(report.numbers).toEqual([{ column: 1, mark: null, reason: "ambiguous" }]);
    expect(read.issues.map((issue) => issue.row)).toEqual([2, 3]);
  });
});

describe("an unlabeled summary row", () => {
  const cells = [
    ["Campaign name", "Amount spent (EUR)", "Website purchases", "Link clicks"],
    ["", "3893.27", "290", "4670"],
    ["Black Friday", "2736.42", "193", "2781"],
    ["Retargeting", "645.80", "97", "1205"],
    ["Lead magnet", "511.05", "", "684"],
  ];

  it("is a totals row when each of its figures is the sum of the other rows", () => {
    const { read } = importRows(cells);
    expect(read.totalsRows).toEqual([2]);
    expect(read.noChannelRows).toEqual([]);
    expect(read.rows.map((row) => row.channel)).toEqual(["Black Friday", "Retargeting", "Lead magnet"]);
  });

  it("stays a row without a channel when one figure is not the sum", () => {
    const changed = cells.map((row, r) => (r === 1 ? ["", "3893.27", "290", "4000"] : row));
    const { read } = importRows(changed);
    expect(read.totalsRows).toEqual([]);
    expect(read.noChannelRows).toEqual([2]);
  });
});

describe("totals rows wherever their label is", () => {
  it.each(["Totaux", "Total geral", "Totales", "Total general", "Gesamt", "Gesamtsumme", "Gesamtergebnis", "Insgesamt", "Summe", "Totale", "Totale complessivo", "Zwischensumme", "Subtotal", "Sous-total", "Total général", "Total : Compte", "Gesamt: Konto", "Totale: account", "Total: Conta"])(
    "reads '%s' as a totals label in the channel column",
    (label) => {
      expect(isTotalsRow([label, "100"], 0)).toBe(true);
    },
  );

  it("skips a row whose first cell names what it totals while the channel column repeats a value", () => {
    expect(isTotalsRow(["Total: Search", "Search", "--", "4,318.68"], 1)).toBe(true);
    expect(isTotalsRow(["Gesamt: Suchnetzwerk", "Suchnetzwerk", "4318,68"], 1)).toBe(true);
    // A label that names what it totals, wherever it is.
    expect(isTotalsRow(["Search", "Search", "Total: Search", "4318.68"], 0)).toBe(true);
    // A bare label at the row's left.
    expect(isTotalsRow(["Totale", "Display", "1516.74"], 1)).toBe(true);
  });

  it("keeps campaigns whose names start with Total, and a bare Total beside a real channel", () => {
    expect(isTotalsRow(["Total Fitness - Partner brand", "Search", "142.90"], 1)).toBe(false);
    expect(isTotalsRow(["Totally Awesome Sale", "Facebook", "10"], 1)).toBe(false);
    expect(isTotalsRow(["Facebook", "Brand", "Total", "100"], 0)).toBe(false);
  });

  it("counts a totals row that repeats the channel's value once, so nothing doubles", () => {
    const { read } = importRows([
      ["Campaign", "Campaign type", "Cost", "Conversions"],
      ["Brand", "Search", "100", "4"],
      ["Generic", "Search", "50", "1"],
      ["Total: Search", "Search", "150", "5"],
    ], { columns: { channel: 1 } });
    expect(read.totalsRows).toEqual([4]);
    expect(read.rows.map((row) => row.values.budget)).toEqual([100, 50]);
  });
});

describe("Meta's summary row, within the rounding of the rows it sums", () => {
  const spends = ["36.17", "58.70", "58.72", "82.69", "67.33", "13.46", "48.51", "29.24", "93.28"];
  const sum = spends.reduce((total, spend) => total + Number(spend), 0);
  const cells = (summarySpend: number, summaryClicks: string) => [
    ["Campaign name", "Amount spent (EUR)", "Link clicks"],
    ["", summarySpend.toFixed(2), summaryClicks],
    ...spends.map((spend, i) => [`Ad ${i + 1}`, spend, i === 2 ? "" : "10"]),
  ];

  it("is a totals row a few cents off the sum of the rows, another row's blank adding nothing", () => {
    const { read } = importRows(cells(sum + 0.03, "80"));
    expect(read.totalsRows).toEqual([2]);
    expect(read.noChannelRows).toEqual([]);
  });

  it("stays a row without a channel when a whole count is off, or the cents are off by more than the rows' rounding", () => {
    expect(importRows(cells(sum, "81")).read.noChannelRows).toEqual([2]);
    expect(importRows(cells(sum + 0.5, "80")).read.noChannelRows).toEqual([2]);
  });
});

describe("rows without figures", () => {
  it("are left out and listed: Meta's “No data available.” under the header is no channel", () => {
    const { read } = importRows([["Campaign name", "Amount spent (EUR)", "Results"], ["No data available.", "", ""]]);
    expect(read.rows).toEqual([]);
    expect(read.rowsWithoutFigures).toEqual([2]);
  });
});
