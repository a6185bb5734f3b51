// The channel scorecard, built by the real add-on in the emulated Sheets: its native formulas,
// computed by the engine, must agree with the TypeScript metrics.
import { describe, expect, it } from "vitest";
import * as metrics from "../../src/metrics";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import type { SelectionData } from "../../src/scorecard/request";
import { buildFromSelection, createSession, requestFrom, scorecardRows, sheetValues, workbookWith, type ScorecardRow as Row } from "./scorecardSession";

const SCORECARD = "Channel scorecard";
const HEADER_ROW_INDEX = 2;


const blankIfNull = (value: number | null) => (value === null ? "" : value);

function expectMetricsAgree(row: Row): void {
  const n = (key: string) => row[key] as number;
  // Over the visits (sessions) when the data has them, else over the leads.
  const visitors = row.Visits === undefined ? n("Leads") : n("Visits");
  expect(row["Conversion rate"]).toBeCloseTo(blankIfNull(metrics.conversionRate(n("Conversions"), visitors)) as number, 12);
  expect(row.CPA).toEqual(blankIfNull(metrics.cpa(n("Spend"), n("Conversions"))));
  expect(row.ROI).toBeCloseTo(metrics.roi(n("Revenue"), n("Spend"))!, 12);
  expect(row.ROAS).toBeCloseTo(metrics.roas(n("Revenue"), n("Spend"))!, 12);
}

describe("a scorecard built from the sample's channel data, linked to it", () => {
  const session = createSession({ workbook: sampleWorkbook() });
  const sourceBefore = structuredClone(session.serialize().sheets[0]);
  const result = buildFromSelection(session, "Channel data", "A1:H8", { targetRoi: 0.2 });
  const { channels, totals } = scorecardRows(sheetValues(session, SCORECARD));

  it("has one row per channel, and a summary naming the best ROI and the total CPA", () => {
    expect(channels.map((row) => row.Channel)).toEqual(["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube", "Pinterest"]);
    expect(result).toMatchObject({ sheetName: SCORECARD, channelCount: 7, best: { channel: "LinkedIn", roi: 2.4 } });
    expect(result.summary).toBe("7 channels; best ROI: LinkedIn 240%; total CPA €28.96");
  });

  it("computes every ratio with native formulas that agree with the metrics", () => {
    for (const row of [...channels, totals]) expectMetricsAgree(row);
    const linkedIn = channels[2];
    expect([linkedIn.CPA, linkedIn.ROI, linkedIn.CTR]).toEqual([2500 / 85, 2.4, 1900 / 95_000]);
  });

  it("computes the totals from sums, never from averages of ratios", () => {
    const sum = (key: string) => channels.reduce((total, row) => total + (row[key] as number), 0);
    expect(totals.Spend).toBe(sum("Spend"));
    expect(totals.Conversions).toBe(sum("Conversions"));
    expect(totals.CPA).toBeCloseTo(sum("Spend") / sum("Conversions"), 12);
    expect(totals["Conversion rate"]).toBeCloseTo(sum("Conversions") / sum("Leads"), 12);
    const bounced = channels.reduce((total, row) => total + (row["Bounce rate"] as number) * (row.Leads as number), 0);
    expect(totals["Bounce rate"]).toBeCloseTo(bounced / sum("Leads"), 12);
  });

  it("gives each channel a verdict against the target ROI", () => {
    expect(Object.fromEntries(channels.map((row) => [row.Channel, row.Verdict]))).toEqual({
      Facebook: "Scale up", Instagram: "Scale up", LinkedIn: "Scale up", X: "Cut", TikTok: "Scale up", YouTube: "Keep", Pinterest: "Scale up",
    });
  });

  it("never writes the source data", () => {
    expect(session.serialize().sheets[0]).toEqual(sourceBefore);
  });

  it("follows the source: a teammate's edit updates the scorecard with no rebuild", () => {
    session.editCell("Channel data", "G4", "170");
    const linkedIn = scorecardRows(sheetValues(session, SCORECARD)).channels[2];
    expect(linkedIn.Conversions).toBe(170);
    expect(linkedIn.CPA).toBeCloseTo(2500 / 170, 12);
  });

  it("is formatted: currency, percentages, multiples, a frozen header, rules and a chart", () => {
    const sheet = session.spreadsheet.getSheetByName(SCORECARD)!;
    expect(sheet.getFrozenRows()).toBe(3);
    const money = "[$€]#,##0.00";
    expect(sheet.getRange("B4:P4").getNumberFormats()[0]).toEqual([
      money, "#,##0", "#,##0", "0.0%", "#,##0", "0.0%", "#,##0", "0.0%", money, money, money, money, "0.0%", '0.0"x"', "General",
    ]);
    const headerCell = session.view().sheets.find((s) => s.name === SCORECARD)!.cells[HEADER_ROW_INDEX][0];
    expect(headerCell).toMatchObject({ display: "Channel", bold: true, background: "#f1f3f4" });
    // ROI red and green, the best CPA, and the linked build's check of spend left out.
    expect(sheet.getConditionalFormatRules()).toHaveLength(4);
    // ROI by channel, and the total's funnel (impressions, clicks, leads, conversions).
    expect(sheet.getCharts()).toHaveLength(2);
  });
});

describe("a scorecard from a per-day export, typed or linked", () => {
  // Exports spell a channel in several ways, and name some channels with numbers (campaign ids).
  const days = Array.from({ length: 10 }, (_, day) => [
    [day % 2 ? "Facebook" : " facebook ", 100 + day, 800 + 10 * day, 0.5, 8 + (day % 3), 400 + 7 * day],
    [916, 30, 300, 0.6, 2, 90],
    ["Instagram", 60 + day, 500, 0.4 + day / 100, day % 2, 150],
    ["TikTok", 40, 900 - day, 0.7, 0, 0],
  ]).flat();
  const workbook = workbookWith("Export", [["Channel", "Spend", "Sessions", "Bounce rate", "Purchases", "Revenue"], ...days]);

  it.each([true, false])("sums each channel's days (linked: %s), with metrics agreeing", (linkToSource) => {
    const session = createSession({ workbook });
    buildFromSelection(session, "Export", `A1:F${days.length + 1}`, { linkToSource });
    const { channels, totals } = scorecardRows(sheetValues(session, SCORECARD));
    expect(channels.map((row) => row.Channel)).toEqual(["facebook", "916", "Instagram", "TikTok"]);
    const facebookDays = days.filter((d) => String(d[0]).trim().toLowerCase() === "facebook");
    expect(channels[0].Spend).toBe(facebookDays.reduce((sum, d) => sum + (d[1] as number), 0));
    expect(channels[1].Spend).toBe(300);
    expect(channels[3].CPA).toBe("");
    for (const row of [...channels, totals]) expectMetricsAgree(row);
    const inputs = session.spreadsheet.getSheetByName(SCORECARD)!.getRange("B4").getFormula();
    expect(inputs.startsWith("=SUMIFS(")).toBe(linkToSource);
  });
});

describe("a bounce rate without sessions or leads to weigh it", () => {
  // Two days of each channel: 40% and 60% bounced, but of how many visits the export does not say.
  const workbook = workbookWith("Export", [
    ["Channel", "Spend", "Bounce rate", "Conversions"],
    ["Facebook", 120, 0.4, 3],
    ["Google", 90, 0.55, 2],
    ["Facebook", 80, 0.6, 1],
    ["Google", 70, 0.35, 4],
  ]);

  it.each([true, false])("is left blank, never the days' rates added up (linked: %s)", (linkToSource) => {
    const session = createSession({ workbook });
    buildFromSelection(session, "Export", "A1:D5", { linkToSource });
    const { channels, totals } = scorecardRows(sheetValues(session, SCORECARD));
    expect(channels.map((row) => [row.Channel, row.Spend, row["Bounce rate"]])).toEqual([["Facebook", 200, ""], ["Google", 160, ""]]);
    expect(totals["Bounce rate"]).toBe("");
  });
});

describe("the source material's table, with French headers, for a French user", () => {
  it("builds the « Tableau de bord des canaux » in French", () => {
    const workbook = workbookWith("Données", [
      ["Canal", "Budget", "Leads", "Taux de rebond", "Conversions", "Chiffre d'affaires"],
      ["Facebook", 1000, 400, 0.5, 20, 3000],
      ["LinkedIn", 800, 100, 0.3, 10, 2500],
    ], "fr_FR");
    const session = createSession({ workbook, userLocale: "fr" });
    const result = buildFromSelection(session, "Données", "A1:F3");
    expect(result.sheetName).toBe("Tableau de bord des canaux");
    const values = sheetValues(session, "Tableau de bord des canaux");
    expect(values[HEADER_ROW_INDEX].slice(0, 4)).toEqual(["Canal", "Dépenses", "Leads", "Taux de rebond"]);
    expect(values[5][0]).toBe("Total");
    expect(values[3][values[HEADER_ROW_INDEX].indexOf("Décision")]).toBe("Augmenter");
    // (3000 - 1000) / 1000 = 200%, (2500 - 800) / 800 = 212.5%; CPA 1800 / 30 = 60.
    expect(result.summary).toBe("2 canaux\u00a0; meilleur ROI\u00a0: LinkedIn 212,5\u00a0%\u00a0; CPA total 60,00\u00a0€");
  });

  it("writes the summary of an English spreadsheet in French too, for a French user", () => {
    const french = createSession({ workbook: sampleWorkbook(), userLocale: "fr" });
    const result = buildFromSelection(french, "Channel data", "A1:H8");
    // Total CPA: 18,300 budget / 632 conversions.
    expect(result.summary).toBe(`7 canaux\u00a0; meilleur ROI\u00a0: LinkedIn 240\u00a0%\u00a0; CPA total ${(18300 / 632).toFixed(2).replace(".", ",")}\u00a0€`);
  });
});

describe("rebuilding and sharing the spreadsheet", () => {
  it("replaces its own scorecard on a rebuild: one scorecard, not two", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    buildFromSelection(session, "Channel data", "A1:H8");
    buildFromSelection(session, "Channel data", "A1:H5");
    const names = session.view().sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith(SCORECARD))).toEqual([SCORECARD]);
    expect(scorecardRows(sheetValues(session, SCORECARD)).channels).toHaveLength(4);
    expect(session.spreadsheet.getSheetByName(SCORECARD)!.getCharts()).toHaveLength(2);
  });

  it("never touches a user's sheet that has the scorecard's name", () => {
    const workbook = sampleWorkbook();
    workbook.sheets.push({ name: SCORECARD, cells: [["My own notes"]], formats: [], frozenRows: 0, metadata: [] });
    const session = createSession({ workbook });
    const result = buildFromSelection(session, "Channel data", "A1:H8");
    expect(result.sheetName).toBe(`${SCORECARD} (2)`);
    expect(sheetValues(session, SCORECARD)).toEqual([["My own notes"]]);
  });

  it("keeps channel names that look like formulas or HTML as text", () => {
    const names = ['=IMPORTXML("http://x","//a")', "<img src=x onerror=alert(1)>", "+33 leads", "-promo", "@brand"];
    const workbook = workbookWith("Data", [["Channel", "Budget", "Leads", "Conversions", "Revenue"], ...names.map((name) => [`'${name}`, 100, 50, 5, 300])]);
    const session = createSession({ workbook });
    buildFromSelection(session, "Data", "A1:E6");
    const { channels } = scorecardRows(sheetValues(session, SCORECARD));
    expect(channels.map((row) => row.Channel)).toEqual(names);
    expect(channels.map((row) => row.Spend)).toEqual([100, 100, 100, 100, 100]);
  });
});

describe("bad requests and busy spreadsheets", () => {
  it("asks for a selection with its header row and data rows, in the user's language", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    session.select("Channel data", "B3");
    expect(() => session.runServerFunction("readSelection", [])).toThrow(
      "Select your channel data, header row included (at least two rows), then press Use selection again.",
    );
    const french = createSession({ workbook: sampleWorkbook(), userLocale: "fr" });
    french.select("Channel data", "A10:H12");
    expect(() => french.runServerFunction("readSelection", [])).toThrow(/^La sélection ne contient aucune ligne de données/);
  });

  it("refuses a request with no outcome to cost, writing nothing", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    const before = session.serialize();
    session.select("Channel data", "A1:C8");
    const selection = session.runServerFunction("readSelection", []) as { rows: unknown[][] };
    const request = { ...(selection as object), source: null, options: { targetRoi: 0, chart: true, linkToSource: false } };
    expect(() => session.runServerFunction("buildScorecard", [request])).toThrow("Choose the column that holds conversions, leads or clicks");
    expect(session.serialize()).toEqual({ ...before, active: { sheet: "Channel data", range: "A1:C8" } });
  });

  it("refuses to link rows that no longer match the source, and builds them unlinked", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    session.select("Channel data", "A1:H8");
    const selection = session.runServerFunction("readSelection", []) as SelectionData;
    session.editCell("Channel data", "A3", "Threads");
    expect(() => session.runServerFunction("buildScorecard", [requestFrom(selection)])).toThrow(
      "The rows no longer match A1:H8 in Channel data: use the selection again, or build without the link.",
    );
    expect(session.view().sheets.map((sheet) => sheet.name)).not.toContain(SCORECARD);
    const unlinked = session.runServerFunction("buildScorecard", [requestFrom(selection, { linkToSource: false })]) as { channelCount: number };
    expect(unlinked.channelCount).toBe(7);
  });

  it("lists bad cells with their sheet rows", () => {
    const session = createSession({ workbook: workbookWith("Data", [["Channel", "Budget", "Leads", "Conversions", "Revenue"], ["A", "abc", 1, 1, 1], ["B", 1, 1, -2, 1]]) });
    expect(() => buildFromSelection(session, "Data", "A1:E3")).toThrow(
      "Row 2: spend is the text 'abc'; enter a number. Row 3: conversions is -2; enter a count of 0 or more.",
    );
  });

  it("says so when a teammate's build holds the document lock", () => {
    const session = createSession({ workbook: sampleWorkbook() });
    session.documentLock.heldElsewhere = true;
    expect(() => buildFromSelection(session, "Channel data", "A1:H8")).toThrow(/Another scorecard is being built/);
  });
});

describe("a channel named with bidirectional controls", () => {
  it("reads in the summary without them, so that the figures after the name keep their order", () => {
    const workbook = sampleWorkbook();
    // An unterminated right-to-left override pasted into LinkedIn's name: the sidebar's "Built:" line would show "%042 nIdekniL".
    workbook.sheets[0].cells[3][0] = "Linked\u202eIn";
    const session = createSession({ workbook });
    const result = buildFromSelection(session, "Channel data", "A1:H8", { targetRoi: 0.2 });
    expect(result.summary).toBe("7 channels; best ROI: LinkedIn 240%; total CPA €28.96");
    expect(result.best).toMatchObject({ channel: "Linked\u202eIn", roi: 2.4 });
  });
});
