// A plan whose rates come from the selected data's last N periods: the request's window, as the
// add-on builds it, with the rates and where they came from read back from the sheet.
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { workbookWith } from "../addon/scorecardSession";
import { buildPlan, readPlan, selectedData } from "./planSession";

// Two weeks of a team's daily sheet; the second week (from Monday 9 February) converts better on Search.
const DAYS = [
  ["Day", "Channel", "Spend", "Impressions", "Clicks", "Conversions"],
  ["2026-02-03", "Search", 220, 11_000, 440, 4],
  ["2026-02-03", "Social", 130, 26_000, 390, 3],
  ["2026-02-06", "Search", 180, 9_000, 360, 2],
  ["2026-02-06", "Social", 150, 30_000, 450, 5],
  ["2026-02-10", "Search", 240, 12_000, 600, 15],
  ["2026-02-10", "Social", 90, 15_000, 240, 2],
  ["2026-02-14", "Search", 160, 8_000, 400, 9],
  ["2026-02-14", "Social", 110, 22_000, 310, 4],
];

describe("a plan on the last week of the selected data", () => {
  const session = createSession({ workbook: workbookWith("Daily", DAYS) });
  const result = buildPlan(session, { goal: { kind: "sales", value: 60 }, rates: "data", data: selectedData(session, "Daily", "A1:F9"), split: "mix", window: { unit: "week", last: 1 } });
  const plan = readPlan(session);
  const lastWeek = DAYS.slice(1).filter((row) => String(row[0]) >= "2026-02-09");
  const sum = (channel: string, column: number) => lastWeek.filter((row) => row[1] === channel).reduce((total, row) => total + Number(row[column]), 0);

  it("measures each channel's rates on that week's rows only", () => {
    for (const channel of ["Search", "Social"]) {
      const row = plan.channels.find((cells) => cells.Channel === channel)!;
      expect(row.CTR).toBeCloseTo(sum(channel, 4) / sum(channel, 3), 12);
      expect(row["Conversion rate (per click)"]).toBeCloseTo(sum(channel, 5) / sum(channel, 4), 12);
      expect(row.CPM).toBeCloseTo((sum(channel, 2) / sum(channel, 3)) * 1000, 9);
      expect(row["Proven results"]).toBe(sum(channel, 5));
    }
    expect(plan.errors).toEqual([]);
  });

  it("says in its Rates from cell, and in its result, which days the rates come from", () => {
    expect(result.window).toEqual({ unit: "week", periods: 1, start: "2026-02-09", end: "2026-02-14", lastPeriodEnd: "2026-02-15", rows: lastWeek.length, undatedRows: 0 });
    expect(plan.labelled("Rates from")).toBe("'Daily'!A1:F9 (figures at build time), the last week (2026-02-09 to 2026-02-14; the last week is partial: it runs to 2026-02-15)");
  });
});

it("refuses a window with rates typed or from the scorecard", () => {
  const session = createSession({ workbook: workbookWith("Daily", DAYS) });
  const typed = [{ channel: "All channels", conversionRate: 0.02, ctr: 0.02, cpm: 2, share: 1 }];
  expect(() => buildPlan(session, { rates: "typed", typed, split: "typed", window: { unit: "week", last: 2 } })).toThrow(/need rates from data/);
  expect(() => buildPlan(session, { rates: "data", data: selectedData(session, "Daily", "A1:F9"), window: { unit: "week", last: 0 } })).toThrow(/of 1 or more/);
});
