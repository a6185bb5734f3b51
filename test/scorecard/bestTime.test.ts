// What the best time to post measures, from the fields a per-post export has, and how a cell sums
// its posts. Expected figures are computed here from the literal numbers.
import { describe, expect, it } from "vitest";
import { bestTimeMeasure, bestTimeTable, HOURS } from "../../src/scorecard/bestTime";
import { readRows } from "../../src/import/rows";
import type { ColumnMapping } from "../../src/import/fields";

function tableOf(headers: string[], mapping: ColumnMapping, rows: unknown[][], times: { weekday: number; hour: number }[]) {
  const read = readRows(rows, mapping, headers.map(() => "."), 2);
  return bestTimeTable(read.rows, times, (row) => row.row - 2, bestTimeMeasure(mapping)!);
}

describe("the figure of a post", () => {
  it("is its revenue when the export has some, else its conversions, else its engagements over impressions or reach", () => {
    expect(bestTimeMeasure({ revenue: 1, conversions: 2, engagements: 3, impressions: 4 })).toMatchObject({ measure: "revenuePerPost" });
    expect(bestTimeMeasure({ conversions: 2, engagements: 3, impressions: 4 })).toMatchObject({ measure: "conversionsPerPost" });
    expect(bestTimeMeasure({ engagements: 3, impressions: 4, reach: 5 })).toMatchObject({ measure: "engagementRate", base: "impressions" });
    expect(bestTimeMeasure({ reactions: 1, comments: 2, reach: 5 })).toMatchObject({ measure: "engagementRate", base: "reach" });
    // One kind of engagement alone is not engagement; engagements without what they are a rate of neither.
    expect(bestTimeMeasure({ reactions: 1, reach: 5 })).toBeNull();
    expect(bestTimeMeasure({ engagements: 3 })).toBeNull();
  });
});

describe("a cell of the table", () => {
  it("holds conversions per post, its posts counted, and a post without the figure left out by its row", () => {
    const rows = [
      ["Teaser", 3, 40],
      ["Launch", 5, 62],
      ["Recap", "", 12],
      ["Replay", 1, 9],
    ];
    const tuesday9 = { weekday: 1, hour: 9 };
    const table = tableOf(["Post", "Conversions", "Clicks"], { conversions: 1, clicks: 2 }, rows, [tuesday9, tuesday9, tuesday9, { weekday: 6, hour: 20 }]);
    expect(table.cells[1 * HOURS + 9]).toEqual({ weekday: 1, hour: 9, value: (3 + 5) / 2, posts: 2 });
    expect(table.cells[6 * HOURS + 20]).toEqual({ weekday: 6, hour: 20, value: 1, posts: 1 });
    expect(table.cells.filter((cell) => cell.posts === 0).every((cell) => cell.value === null)).toBe(true);
    expect([table.posts, table.withoutFigures]).toEqual([3, [4]]);
    // Neither cell has 3 posts: no best time to tell.
    expect(table.best).toBeNull();
  });

  it("pools an engagement rate (total engagements / total impressions), never an average of the posts' rates", () => {
    const rows = [
      ["A", 10, 100],
      ["B", 90, 3000],
      ["C", 0, 900],
    ];
    const monday8 = { weekday: 0, hour: 8 };
    const table = tableOf(["Post", "Engagements", "Impressions"], { engagements: 1, impressions: 2 }, rows, [monday8, monday8, monday8]);
    expect(table.cells[8].value).toBeCloseTo((10 + 90 + 0) / (100 + 3000 + 900), 12);
    expect(table.best).toMatchObject({ weekday: 0, hour: 8, posts: 3 });
  });
});
