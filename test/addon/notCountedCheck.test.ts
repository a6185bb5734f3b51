// A linked scorecard shows, live, the source's spend that its table does not count: a channel
// renamed in the source after the build, in red, until the next build; rows added below the data
// are counted, and the check stays at 0.
import { describe, expect, it } from "vitest";
import type { RawCell } from "../../playground/runtime/contract";
import { buildFromSelection, createSession, scorecardRows, sheetValues, workbookWith } from "./scorecardSession";

const SCORECARD = "Channel scorecard";
const RED = "#fce8e6";
const HEADERS = ["Date", "Channel", "Spend", "Leads", "Purchases", "Revenue"];
const DAYS: RawCell[][] = [
  ["2026-11-01", "Facebook", 120.5, 300, 6, 540],
  ["2026-11-01", "Instagram", 80.25, 150, 3, 210],
  ["2026-11-01", "TikTok", 45, 90, 2, 95],
  ["2026-11-02", "facebook ", 60.1, 100, 1, 70],
  ["2026-11-02", "Instagram", 99.99, 200, 4, 300],
  ["2026-11-02", "TikTok", 30, 40, 1, 60],
];
const sourceSpend = (rows: RawCell[][]) => rows.reduce((sum, row) => sum + (row[2] as number), 0);

function checkCell(session: ReturnType<typeof createSession>, scorecard = SCORECARD) {
  const sheet = session.view().sheets.find((s) => s.name === scorecard)!;
  return { label: sheet.cells[0][2].value, value: sheet.cells[0][4].value, background: sheet.cells[0][4].background };
}

function built(language?: "fr") {
  const session = createSession({ workbook: workbookWith("Ads", [HEADERS, ...DAYS]), ...(language && { userLocale: language }) });
  buildFromSelection(session, "Ads", `A1:F${DAYS.length + 1}`);
  return session;
}

describe("the check of spend left out, on a linked scorecard", () => {
  it("is 0 and not red after a build, with its label in English and in French", () => {
    const session = built();
    expect(checkCell(session)).toEqual({ label: "Spend left out", value: 0, background: undefined });
    expect(checkCell(built("fr"), "Tableau de bord des canaux").label).toBe("Dépenses non comptées");
  });

  it("shows the spend of a channel renamed in the source, in red, and 0 again after a rebuild", () => {
    const session = built();
    // Instagram's second day becomes "Insta": a channel the table does not have.
    session.editCell("Ads", "B6", "Insta");
    const renamed = checkCell(session);
    expect(renamed.value).toBeCloseTo(99.99, 9);
    expect(renamed.background).toBe(RED);
    const { totals } = scorecardRows(sheetValues(session, SCORECARD));
    expect(totals.Spend).toBeCloseTo(sourceSpend(DAYS) - 99.99, 9);

    buildFromSelection(session, "Ads", `A1:F${DAYS.length + 1}`);
    expect(checkCell(session)).toMatchObject({ value: 0, background: undefined });
    const rebuilt = scorecardRows(sheetValues(session, SCORECARD));
    expect(rebuilt.channels.map((row) => row.Channel)).toEqual(["Facebook", "Instagram", "TikTok", "Insta"]);
    expect(rebuilt.totals.Spend).toBeCloseTo(sourceSpend(DAYS), 9);
  });

  it("counts a row appended below the data for a channel the table has, and stays at 0", () => {
    const session = built();
    const appended: RawCell[] = ["2026-11-03", "TIKTOK", 12.75, 20, 1, 40];
    session.editCells("Ads", `A${DAYS.length + 2}`, [appended.map(String)]);
    const { channels, totals } = scorecardRows(sheetValues(session, SCORECARD));
    const tiktok = [...DAYS, appended].filter((row) => String(row[1]).trim().toLowerCase() === "tiktok");
    expect(channels.find((row) => row.Channel === "TikTok")!.Spend).toBeCloseTo(sourceSpend(tiktok), 9);
    expect(totals.Spend).toBeCloseTo(sourceSpend([...DAYS, appended]), 9);
    expect(checkCell(session)).toMatchObject({ value: 0, background: undefined });
  });

  it("shows in red a row appended for a channel the table does not have", () => {
    const session = built();
    session.editCells("Ads", `A${DAYS.length + 2}`, [["2026-11-03", "LinkedIn", "250", "30", "2", "400"]]);
    expect(checkCell(session)).toMatchObject({ value: 250, background: RED });
  });

  it("is not written on a scorecard of typed values, which does not follow the source", () => {
    const session = createSession({ workbook: workbookWith("Ads", [HEADERS, ...DAYS]) });
    buildFromSelection(session, "Ads", `A1:F${DAYS.length + 1}`, { linkToSource: false });
    expect(checkCell(session)).toEqual({ label: "", value: "", background: undefined });
  });
});

describe("the key sheet of a linked scorecard", () => {
  it("is the add-on's own: a sheet of yours with its name is never touched, and a rebuild reuses the one it made", () => {
    const yours: RawCell[][] = [["My notes"], ["Social ROI keys is my name too"]];
    const workbook = workbookWith("Ads", [HEADERS, ...DAYS]);
    workbook.sheets.push({ name: "Social ROI keys", cells: yours, formats: [], frozenRows: 0, metadata: [] });
    const session = createSession({ workbook });
    buildFromSelection(session, "Ads", `A1:F${DAYS.length + 1}`);
    buildFromSelection(session, "Ads", `A1:F${DAYS.length + 1}`);
    const names = session.view().sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("Social ROI keys")).sort()).toEqual(["Social ROI keys", "Social ROI keys (2)"]);
    expect(session.serialize().sheets.find((sheet) => sheet.name === "Social ROI keys")!.cells).toEqual(yours);
    // One key per source row, as the formulas compare names.
    const keys = sheetValues(session, "Social ROI keys (2)").slice(1, DAYS.length + 1).map((row) => row[0]);
    expect(keys).toEqual(["kfacebook", "kinstagram", "ktiktok", "kfacebook", "kinstagram", "ktiktok"]);
    expect(checkCell(session).value).toBe(0);
    expect(scorecardRows(sheetValues(session, SCORECARD)).totals.Spend).toBeCloseTo(sourceSpend(DAYS), 9);
  });
});
