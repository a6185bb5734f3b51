// What Apps Script's reference says and the add-on must do: the currency of a quoted sign, dates in
// the spreadsheet's time zone, charts that say they have no header row, a missing document lock.
import { describe, expect, it, vi } from "vitest";
import { dateInZone } from "../../src/addon/dateInZone";
import { selectionData } from "../../src/scorecard/selection";
import { emulate } from "../emulation/emulate";
import { buildPlan, selectedData } from "../planner/planSession";
import { buildFromSelection, createSession, sheetValues, workbookWith } from "./scorecardSession";

const CHANNELS = [
  ["Channel", "Spend", "Impressions", "Clicks", "Conversions", "Revenue"],
  ["Facebook", 1200, 61000, 800, 40, 3000],
  ["LinkedIn", 900, 15000, 300, 20, 2600],
  ["TikTok", 400, 48000, 650, 12, 500],
];

/** The sample rows, their spend cells in a number format of the user's. */
function withSpendFormat(format: string, locale = "en_US") {
  const workbook = workbookWith("Data", CHANNELS, locale);
  workbook.sheets[0].formats = CHANNELS.map((_, r) => (r === 0 ? [] : [null, format]));
  return workbook;
}

describe("a spend cell whose format writes its currency sign in quotes", () => {
  it.each([
    ['"£"#,##0.00', "en_US", "£1,200.00"],
    ['"$"#,##0.00', "fr_FR", "1 200,00 $"],
  ])("%s gives the scorecard its currency in a %s spreadsheet", (format, locale, shown) => {
    const session = createSession({ workbook: withSpendFormat(format, locale) });
    buildFromSelection(session, "Data", "A1:F4");
    const view = session.view().sheets.find((sheet) => sheet.name === "Channel scorecard")!;
    const headers = view.cells[2].map((cell) => cell.value);
    const spend = view.cells[3][headers.indexOf("Spend")];
    expect(spend.display.replace(/\s/g, " ")).toBe(shown);
  });
});

describe("dates in the spreadsheet's time zone", () => {
  it("a date cell of the selection reads as its day there, not in UTC", () => {
    vi.stubGlobal("Utilities", emulate().services.Utilities);
    try {
      // Midnight on 1 April in Paris is 22:00 UTC on 31 March.
      const april = new Date(Date.UTC(2026, 2, 31, 22, 0));
      const posted = new Date(Date.UTC(2026, 3, 2, 16, 45));
      const data = selectionData(
        [["Day", "Channel", "Spend", "Conversions"], [april, "Facebook", 12, 1], [posted, "TikTok", 8, 2]],
        { sheetName: "Data", rangeA1: "A1:D3", firstRow: 1, firstColumn: 1 },
        ".",
        (date) => dateInZone(date, "Europe/Paris"),
      );
      expect(data.rows.map((row) => row[0])).toEqual(["2026-04-01", "2026-04-02 18:45:00"]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("'Built on' gives today's date where the spreadsheet is", () => {
    // A day apart at every hour: the script's own zone could match at most one of them.
    for (const timeZone of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      const session = createSession({ workbook: workbookWith("Data", CHANNELS) });
      session.workbook.settings.timeZone = timeZone;
      const today = () => new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
      const before = today();
      buildFromSelection(session, "Data", "A1:F4", { linkToSource: false });
      const subtitle = sheetValues(session, "Channel scorecard").flat().find((value) => String(value).startsWith("Built on"));
      expect([`Built on ${before} from the rows entered.`, `Built on ${today()} from the rows entered.`]).toContain(subtitle);
    }
  });
});

describe("charts", () => {
  it("say that their ranges have no header row, so a first channel is never taken for one", () => {
    const session = createSession({ workbook: workbookWith("Data", CHANNELS) });
    buildFromSelection(session, "Data", "A1:F4");
    buildPlan(session, { rates: "data", data: selectedData(session, "Data", "A1:F4") });
    const charts = ["Channel scorecard", "Budget plan"].flatMap((name) => session.spreadsheet.getSheetByName(name)!.getCharts());
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const chart of charts) expect(chart.getOptions().get("numHeaders")).toBe(0);
    // The first channel is a bar of the chart, not its series' name.
    const roi = session.view().sheets.find((sheet) => sheet.name === "Channel scorecard")!.charts[0];
    expect(roi.labels[0]).toBe("Facebook");
  });
});

describe("without a document lock", () => {
  it.each(["buildScorecard", "buildBudgetPlan"])("%s stops with a message that says what to do, and writes nothing", (build) => {
    const session = createSession({ workbook: workbookWith("Data", CHANNELS) });
    session.select("Data", "A1:F4");
    const before = session.serialize();
    session.documentLock.unavailable = true;
    const request = build === "buildScorecard" ? {} : { goal: { kind: "sales", value: 1000 } };
    expect(() => session.runServerFunction(build, [request])).toThrow("Social ROI could not lock this spreadsheet to build in it safely");
    expect(session.serialize()).toEqual(before);
  });
});
