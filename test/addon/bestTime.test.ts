// Best time to post through the built add-on's server calls, as the sidebar makes them: per-post
// exports pasted into a sheet, selected, read, and built into an owned sheet of weekday x hour
// cells. Expected figures are summed here from the fixtures' literal numbers; weekdays are written
// by hand from the calendar (1 January 2026 is a Thursday).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/import/csv";
import { columnLetters } from "../../playground/emulation/a1";
import type { RawCell } from "../../playground/runtime/contract";
import { workbookFileSchema } from "../../playground/runtime/workbookFile";
import type { BestTimeRequest, BestTimeResult } from "../../src/scorecard/prepareBestTime";
import type { SelectionData } from "../../src/scorecard/request";
import { expectedCells, FACEBOOK_POSTS, GRAPH_POSTS_NEW_YORK, GRAPH_POSTS_PARIS, MON, REVENUE_POSTS, SUN, THU, TUE } from "../support/postFixtures";
import { createSession, sheetValues, workbookWith } from "./scorecardSession";

const FIXTURES = new URL("../cli/fixtures/", import.meta.url).pathname;
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
// Where the sheet puts Monday's values and Monday's post counts (1-based rows), hour 0 in column B.
const VALUES_ROW = 5;
const COUNTS_ROW = 14;

/** The export in a sheet named Export, its plain numbers as numbers, as Sheets imports a CSV. */
function pasted(file: string) {
  const rows = readCsv(readFileSync(`${FIXTURES}${file}`)).rows;
  const width = Math.max(...rows.map((row) => row.length));
  const cells: RawCell[][] = rows.map((row) => Array.from({ length: width }, (_, c) => (/^\d+(\.\d+)?$/.test(row[c] ?? "") ? Number(row[c]) : (row[c] ?? ""))));
  const session = createSession({ workbook: workbookWith("Export", cells) });
  const range = `A1:${columnLetters(width)}${cells.length}`;
  return { session, range };
}

type Session = ReturnType<typeof pasted>["session"];

function buildBestTime(session: Session, range: string): BestTimeResult {
  session.select("Export", range);
  const { headers, rows, mapping, sheetName, rangeA1, firstRow, firstColumn, hasHeader } = session.runServerFunction("readSelection", []) as SelectionData;
  const request: BestTimeRequest = { headers, rows, mapping, source: { sheetName, rangeA1, firstRow, firstColumn, hasHeader } };
  return session.runServerFunction("buildBestTime", [request]) as BestTimeResult;
}

/** The sheet's 7 x 24 values and counts, keyed like expectedCells; every other cell must be blank. */
function sheetCells(session: Session, sheetName: string) {
  const values = sheetValues(session, sheetName);
  const found = new Map<string, { value: number; posts: number }>();
  for (let day = 0; day < 7; day++) {
    expect(values[VALUES_ROW - 1 + day][0]).toBe(DAYS[day]);
    for (let hour = 0; hour < 24; hour++) {
      const [value, posts] = [values[VALUES_ROW - 1 + day][1 + hour], values[COUNTS_ROW - 1 + day][1 + hour]];
      if (value === "" && posts === "") continue;
      found.set(`${day} ${hour}`, { value: value as number, posts: posts as number });
    }
  }
  return found;
}

function expectSameCells(found: Map<string, { value: number; posts: number }>, expected: Map<string, { value: number; posts: number }>) {
  expect([...found.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, { value, posts }] of expected) {
    expect(found.get(key)!.posts, key).toBe(posts);
    expect(found.get(key)!.value, key).toBeCloseTo(value, 10);
  }
}

describe("best time to post from a per-post export with revenue and 12-hour times", () => {
  it("gives each weekday and hour its revenue per post and its posts, and the best hour of 3 posts or more", () => {
    const { session, range } = pasted("posts-revenue-utm-ampm.csv");
    const result = buildBestTime(session, range);
    expect(result.sheetName).toBe("Best time to post");
    expectSameCells(sheetCells(session, result.sheetName), expectedCells(REVENUE_POSTS));
    // Thursday 14:00, (210 + 0 + 185.40) / 3 = 131.80, beats Tuesday 9:00's 361.75 / 3; Sunday's 310 is one post.
    expect(result.summary).toBe("10 posts; Best: Thursday 14:00, $131.80 (3 posts); 1 post without revenue left out (row 9).");
    expect(sheetValues(session, result.sheetName)[1][1]).toMatch(/^Best: Thursday 14:00, \$131\.80 \(3 posts\)\. Hours as “Published” writes them/);
    expect(result.table.withoutFigures).toEqual([9]);
  });

  it("colours the values with Sheets' colour scale over the cells of 3 posts or more, and greys the cells of fewer", () => {
    const { session, range } = pasted("posts-revenue-utm-ampm.csv");
    buildBestTime(session, range);
    const sheet = session.workbook.sheet("Best time to post")!;
    const [fewPosts, scale] = sheet.rules;
    expect(fewPosts).toMatchObject({ ranges: ["B5:Y11"], criteria: "CUSTOM_FORMULA", values: ["=AND(ISNUMBER(B5), B14<3)"] });
    expect(scale.ranges).toEqual(["B5:Y11"]);
    expect(scale.gradient!.min).toMatchObject({ type: "NUMBER" });
    expect(Number(scale.gradient!.min!.value)).toBeCloseTo((120.5 + 98 + 143.25) / 3, 10);
    expect(Number(scale.gradient!.max!.value)).toBeCloseTo((210 + 0 + 185.4) / 3, 10);
    const painted = new Map(
      session.view().sheets.find((s) => s.name === "Best time to post")!.cells.flatMap((row, r) => row.map((cell, c) => [`${r + 1} ${c}`, cell.background] as const)),
    );
    // Thursday 14:00 is the scale's top, Tuesday 9:00 its bottom; Sunday 12:00 (one post) and Monday 19:00 (two) are grey.
    expect(painted.get(`${VALUES_ROW + THU} ${1 + 14}`)).toBe("#57bb8a");
    expect(painted.get(`${VALUES_ROW + TUE} ${1 + 9}`)).toBe("#ffffff");
    expect(painted.get(`${VALUES_ROW + SUN} ${1 + 12}`)).toBe("#efefef");
    expect(painted.get(`${VALUES_ROW + MON} ${1 + 19}`)).toBe("#efefef");
  });

  it("keeps its colour scale in the saved workbook, which opens again with it", () => {
    const { session, range } = pasted("posts-revenue-utm-ampm.csv");
    buildBestTime(session, range);
    const saved = JSON.parse(JSON.stringify(session.serialize()));
    const parsed = workbookFileSchema.parse(saved);
    const reopened = createSession({ workbook: parsed });
    expect(reopened.workbook.sheet("Best time to post")!.rules).toEqual(session.workbook.sheet("Best time to post")!.rules);
  });

  it("never writes over a user's sheet of the same name, and rebuilds its own", () => {
    const { session, range } = pasted("posts-revenue-utm-ampm.csv");
    const workbook = session.serialize();
    const userSheet = createSession({ workbook: { ...workbook, sheets: [...workbook.sheets, { name: "Best time to post", cells: [["my notes"]], formats: [], frozenRows: 0, metadata: [] }] } });
    const first = buildBestTime(userSheet, range);
    expect(first.sheetName).toBe("Best time to post (2)");
    expect(sheetValues(userSheet, "Best time to post")[0][0]).toBe("my notes");
    expect(buildBestTime(userSheet, range).sheetName).toBe("Best time to post (2)");
  });
});

describe("best time to post from a Meta Business Suite page export, without revenue", () => {
  it("gives the engagement rate of each weekday and hour, engagements and reach summed over its posts", () => {
    const { session, range } = pasted("facebook-page-posts.csv");
    const result = buildBestTime(session, range);
    expect(result.table).toMatchObject({ measure: "engagementRate", base: "reach", posts: 10 });
    expectSameCells(sheetCells(session, result.sheetName), expectedCells(FACEBOOK_POSTS));
    // Wednesday 12:00: (144 + 110 + 197 + 120) / (2100 + 1800 + 2500 + 1950) = 571 / 8350.
    expect(result.table.best).toMatchObject({ weekday: 2, hour: 12, posts: 4 });
    expect(result.summary).toBe("10 posts; Best: Wednesday 12:00, 6.84% (4 posts)");
  });
});

describe("times written with their offset, as the Graph API writes them in UTC", () => {
  it("are put in the spreadsheet's time zone, Paris: Thursday 23:20 UTC is Friday 0:20 there, and the sheet says so", () => {
    const { session, range } = pasted("facebook-graph-posts-utc.csv");
    session.workbook.settings.timeZone = "Europe/Paris";
    const result = buildBestTime(session, range);
    expectSameCells(sheetCells(session, result.sheetName), expectedCells(GRAPH_POSTS_PARIS));
    // Friday 0:00: (60 + 40 + 55) / (900 + 1100 + 1000) = 5.17%.
    expect(result.summary).toBe("10 posts; Best: Friday 0:00, 5.17% (3 posts)");
    expect(result.converted).toEqual({ timeZone: "Europe/Paris", example: "2026-03-02T17:30:00+0000" });
    expect(sheetValues(session, result.sheetName)[1][1]).toMatch(/^Best: Friday 0:00, 5\.17% \(3 posts\)\. Hours of “Created time” converted from the offset it writes to the spreadsheet's time zone \(Europe\/Paris\)\./);
  });

  it("are put in New York's hours in a spreadsheet set to America/New_York", () => {
    const { session, range } = pasted("facebook-graph-posts-utc.csv");
    session.workbook.settings.timeZone = "America/New_York";
    const result = buildBestTime(session, range);
    expectSameCells(sheetCells(session, result.sheetName), expectedCells(GRAPH_POSTS_NEW_YORK));
    expect(result.summary).toBe("10 posts; no hour with 3 posts or more yet");
  });

  it("beside times without one are refused, the sheet's row named", () => {
    const cells: RawCell[][] = [
      ["Post ID", "Created time", "Impressions", "Engagements"],
      ["104781239875_1", "2026-03-02T17:30:00+0000", 2000, 90],
      ["104781239875_2", "2026-03-05T23:20:00+0000", 900, 60],
      ["104781239875_3", "2026-03-09 18:05:00", 2400, 120],
    ];
    const session = createSession({ workbook: workbookWith("Export", cells) });
    expect(() => buildBestTime(session, "A1:D4")).toThrow("“Created time”, row 4: '2026-03-09 18:05:00' gives no time zone while '2026-03-02T17:30:00+0000' gives its offset");
  });
});

describe("posts without the figure measured", () => {
  it("are left out and said by their rows, whether or not their row has other figures", () => {
    const cells: RawCell[][] = [
      ["Post", "Publish time", "Sessions", "Revenue"],
      ["Teaser", "2026-01-05 08:00:00", 120, 40],
      ["Launch", "2026-01-05 08:30:00", 80, ""],
      ["Recap", "2026-01-05 08:45:00", "", ""],
      ["Replay", "2026-01-05 08:50:00", 30, 12.5],
    ];
    const session = createSession({ workbook: workbookWith("Export", cells) });
    const result = buildBestTime(session, "A1:D5");
    expect(result.table.withoutFigures).toEqual([3, 4]);
    expect(result.table.cells[8]).toEqual({ weekday: MON, hour: 8, value: (40 + 12.5) / 2, posts: 2 });
    expect(result.summary).toBe("2 posts; no hour with 3 posts or more yet; 2 posts without revenue left out (rows 3, 4).");
  });
});

describe("a time column that cannot say when posts went out is refused, never guessed", () => {
  it("names the column and why: day/month or month/day", () => {
    const cells: RawCell[][] = [
      ["Post", "Publish time", "Revenue"],
      ["Teaser", "01/05/2026 08:00", 120],
      ["Launch", "02/05/2026 12:10", 80],
    ];
    const session = createSession({ workbook: workbookWith("Export", cells) });
    expect(() => buildBestTime(session, "A1:C3")).toThrow("“Publish time” cannot give the weekday: every date fits day/month and month/day (01/05/2026 08:00)");
  });
});

describe("a figure that cannot be read", () => {
  it("is refused with its sheet row, as the scorecard refuses it", () => {
    const cells: RawCell[][] = [
      ["Post", "Publish time", "Revenue"],
      ["Teaser", "2026-01-05 08:00:00", 120],
      ["Launch", "2026-01-06 12:10:00", "soon"],
    ];
    const session = createSession({ workbook: workbookWith("Export", cells) });
    expect(() => buildBestTime(session, "A1:C3")).toThrow(/^Row 3: revenue .*'soon'/);
  });
});

describe("the service calls of a build", () => {
  it("are the same for 60 posts and for 2,000: the 7 x 24 grids are written in one batch", () => {
    const callsFor = (posts: number) => {
      const cells: RawCell[][] = [["Post", "Publish time", "Revenue"], ...Array.from({ length: posts }, (_, i) => [`Post ${i}`, `2026-01-${String(1 + (i % 28)).padStart(2, "0")} ${String(9 + (i % 3)).padStart(2, "0")}:15:00`, 10 + (i % 9)])];
      const session = createSession({ workbook: workbookWith("Export", cells) });
      session.select("Export", `A1:C${posts + 1}`);
      session.resetServiceCalls();
      buildBestTime(session, `A1:C${posts + 1}`);
      return session.serviceCalls().byName;
    };
    const few = callsFor(60);
    expect(callsFor(2000)).toEqual(few);
    expect([few["Range.setValues"], few["Range.setNumberFormats"], few["Range.setFontWeights"], few["Sheet.setConditionalFormatRules"]]).toEqual([1, 1, 1, 1]);
  });
});
