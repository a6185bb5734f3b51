// The period section costs the same service calls whatever the number of periods: its cells, formats
// and rules are written with the rest of the sheet, its chart with the others (DESIGN.md §5).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCsv } from "../../playground/cli/buildFromCsv";
import { readCsv } from "../../src/import/csv";
import type { ScorecardResult } from "../../src/scorecard/request";
import { PERIOD_FIXTURES } from "../cli/periodFixtures";

const FILE = `${PERIOD_FIXTURES}google-ads-by-day.csv`;

function callsBy(byPeriod: "day" | "week" | "month", linkToSource: boolean): { calls: number; periods: number } {
  const { session, data } = loadCsv(FILE, readCsv(readFileSync(FILE)), () => ({}), { writesWorkbook: true });
  session.resetServiceCalls();
  const result = session.runServerFunction("buildScorecard", [{ ...data, options: { targetRoi: null, chart: true, linkToSource, byPeriod } }]) as ScorecardResult;
  return { calls: session.serviceCalls().total, periods: result.periods!.count };
}

describe("service calls of a build by period", () => {
  for (const linked of [false, true]) {
    it(`are the same for 3 months, 6 weeks or 42 days${linked ? ", linked" : ""}`, () => {
      const [months, weeks, days] = (["month", "week", "day"] as const).map((by) => callsBy(by, linked));
      expect([months.periods, weeks.periods, days.periods]).toEqual([3, 6, 42]);
      expect(weeks.calls).toBe(months.calls);
      expect(days.calls).toBe(months.calls);
    }, 120_000);
  }
});
