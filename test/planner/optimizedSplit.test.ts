// The optimized split's live formulas against allocations worked out here: ties in CPA, rates
// edited in the plan, and many channels checked against lowest-CPA-first computed in the test.
import { describe, expect, it } from "vitest";
import { createSession } from "../../playground/runtime/session";
import { workbookWith } from "../addon/scorecardSession";
import { buildPlan, PLAN, readPlan, selectedData } from "./planSession";

const HEADERS = ["Channel", "Spend", "Impressions", "Clicks", "Conversions"];

function optimized(rows: (string | number)[][], goal: number) {
  const session = createSession({ workbook: workbookWith("Spend", [HEADERS, ...rows]) });
  buildPlan(session, { goal: { kind: "sales", value: goal }, rates: "data", data: selectedData(session, "Spend", `A1:E${rows.length + 1}`), split: "optimized", cap: 2 });
  return session;
}

const resultsOf = (session: ReturnType<typeof optimized>) => readPlan(session).channels.map((channel) => [channel.Channel, channel.Results]);

describe("channels of the same CPA", () => {
  /**
   * Worked by hand (cap 2× proven conversions):
   *   Audio: 2,000 / 400,000 impressions / 4,000 clicks / 50 conversions: CPA 40, cap 100
   *   Video: 450 / 45,000 / 900 / 45: CTR 2%, conversion 5%, CPM 10, CPA 10, cap 90
   *   Display: 500 / 250,000 / 2,500 / 100: CTR 1%, conversion 4%, CPM 2, CPA 5, cap 200
   *   Search: 900 / 90,000 / 1,800 / 90: the same rates as Video, CPA 10, cap 180
   */
  const rows = [
    ["Audio", 2000, 400_000, 4000, 50],
    ["Video", 450, 45_000, 900, 45],
    ["Display", 500, 250_000, 2500, 100],
    ["Search", 900, 90_000, 1800, 90],
  ];

  it("fill in the order they are listed: for 350 sales, Display 200, then Video 90 and Search the 60 left", () => {
    const session = optimized(rows, 350);
    expect(resultsOf(session)).toEqual([["Audio", 0], ["Video", 90], ["Display", 200], ["Search", 60]]);
    expect(readPlan(session).labelled("Marginal CPA")).toBeCloseTo(10, 9);
  });

  it("all at their caps when the goal needs the next CPA too: 500 sales leave Audio 30", () => {
    expect(resultsOf(optimized(rows, 500))).toEqual([["Audio", 30], ["Video", 90], ["Display", 200], ["Search", 180]]);
  });
});

describe("a rate edited in the plan", () => {
  it("re-orders the channels live: C at a CPM of 1 costs 8 a sale and goes first", () => {
    // A: CPA 10, cap 200; B: CPA 20, cap 60; C: CTR 1%, conversion 1.25%, CPA 40 at a CPM of 5, cap 100.
    const session = optimized([["C", 2000, 400_000, 4000, 50], ["A", 1000, 100_000, 2000, 100], ["B", 600, 60_000, 1500, 30]], 300);
    expect(resultsOf(session)).toEqual([["C", 40], ["A", 200], ["B", 60]]);
    session.editCell(PLAN, readPlan(session).address("CPM", "C"), "1");
    // 1 / (1,000 × 1.25% × 1%) = 8: C takes its cap of 100, A the 200 left, B nothing.
    expect(resultsOf(session)).toEqual([["C", 100], ["A", 200], ["B", 0]]);
  });
});

describe("many channels", () => {
  // Each channel's CPA a distinct whole number, its rows varied; every fifth an exact copy of the one before (a tie).
  let seed = 7;
  const next = (below: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % below;
  };
  const cpas = Array.from({ length: 48 }, (_, i) => 5 + ((i * 29) % 48));
  const rows: (string | number)[][] = [];
  cpas.forEach((cpa, i) => {
    const conversions = 10 + next(90);
    const clicks = conversions * (5 + next(20));
    rows.push([`Channel ${i + 1}`, cpa * conversions, clicks * (20 + next(80)), clicks, conversions]);
    if (i % 5 === 4) rows.push([`Channel ${i + 1} copy`, ...rows[rows.length - 1].slice(1)]);
  });

  /** Lowest CPA first (spend / conversions), ties in the order listed, each up to 2× its conversions. */
  function expected(goal: number) {
    const order = rows.map((row, position) => ({ row, position })).sort((a, b) => (a.row[1] as number) / (a.row[4] as number) - (b.row[1] as number) / (b.row[4] as number) || a.position - b.position);
    const results = new Map<string, number>();
    let left = goal;
    for (const { row } of order) {
      const sales = Math.max(0, Math.min(2 * (row[4] as number), left));
      results.set(row[0] as string, sales);
      left -= sales;
    }
    return rows.map((row) => [row[0], results.get(row[0] as string)]);
  }

  const capsTotal = rows.reduce((total, row) => total + 2 * (row[4] as number), 0);
  const session = optimized(rows, 1);

  it.each([1, 500, Math.floor(capsTotal / 2), capsTotal - 7, capsTotal, capsTotal + 100])("follows the goal edited to %i as lowest CPA first does", (goal) => {
    session.editCell(PLAN, "B2", String(goal));
    expect(resultsOf(session)).toEqual(expected(goal));
  });
});
