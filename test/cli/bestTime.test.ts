// npx social-roi best-time on per-post exports: the JSON's cells and posts equal the sums of the
// fixtures' literal figures (test/support/postFixtures.ts), for 12-hour and 24-hour times, month
// first and day first; an undecidable time column is refused with exit 2.
import { describe, expect, it } from "vitest";
import { expectedCells, FACEBOOK_POSTS, FRENCH_POSTS, GRAPH_POSTS_NEW_YORK, GRAPH_POSTS_PARIS, LINKEDIN_POSTS, REVENUE_POSTS, type Post } from "../support/postFixtures";
import { csvFile, run, runInTimeZone } from "./runCli";

const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

interface JsonCell {
  weekday: string;
  hour: number;
  value: number | null;
  posts: number;
}

async function bestTimeJson(path: string, ...options: string[]) {
  const { code, stdout, stderr } = await run("best-time", path, "--json", ...options);
  expect(stderr).not.toMatch(/cannot|error/i);
  expect(code).toBe(0);
  return JSON.parse(stdout) as { measure: string; base?: string; timeZone?: string; posts: number; withoutFigures: number[]; cells: JsonCell[]; best: JsonCell | null };
}

function expectCells(cells: readonly JsonCell[], posts: readonly Post[]) {
  // Every weekday, Monday first, each with its 24 hours.
  expect(cells.map((cell) => `${cell.weekday} ${cell.hour}`)).toEqual(DAYS.flatMap((day) => Array.from({ length: 24 }, (_, hour) => `${day} ${hour}`)));
  const expected = expectedCells(posts);
  for (const cell of cells) {
    const want = expected.get(`${DAYS.indexOf(cell.weekday)} ${cell.hour}`);
    expect(cell.posts, `${cell.weekday} ${cell.hour}`).toBe(want?.posts ?? 0);
    if (want) expect(cell.value!, `${cell.weekday} ${cell.hour}`).toBeCloseTo(want.value, 10);
    else expect(cell.value).toBeNull();
  }
}

describe("npx social-roi best-time", () => {
  it("gives revenue per post by weekday and hour from 12-hour times, the Total row skipped and a post without revenue said", async () => {
    const json = await bestTimeJson(`${FIXTURES}posts-revenue-utm-ampm.csv`);
    expect(json).toMatchObject({ measure: "revenuePerPost", posts: REVENUE_POSTS.length, withoutFigures: [9] });
    expectCells(json.cells, REVENUE_POSTS);
    expect(json.best).toMatchObject({ weekday: "Thursday", hour: 14, posts: 3 });
  });

  it("gives the engagement rate over reach from a Meta Business Suite export, month first", async () => {
    const json = await bestTimeJson(`${FIXTURES}facebook-page-posts.csv`);
    expect(json).toMatchObject({ measure: "engagementRate", base: "reach", posts: FACEBOOK_POSTS.length });
    expectCells(json.cells, FACEBOOK_POSTS);
  });

  it("gives the engagement rate over impressions from a French export, day first", async () => {
    const json = await bestTimeJson(`${FIXTURES}publications-page-facebook-fr.csv`);
    expect(json).toMatchObject({ measure: "engagementRate", base: "impressions", posts: FRENCH_POSTS.length });
    expectCells(json.cells, FRENCH_POSTS);
  });

  it("gives the engagement rate over impressions from a LinkedIn page export with 12-hour times below its title line", async () => {
    const json = await bestTimeJson(`${FIXTURES}linkedin-page-posts-ampm.csv`);
    expect(json).toMatchObject({ measure: "engagementRate", base: "impressions", posts: LINKEDIN_POSTS.length });
    expectCells(json.cells, LINKEDIN_POSTS);
    // Tuesday 9:00: (58 + 39 + 78) / (2410 + 1980 + 2890), the one hour of 3 posts.
    expect(json.best).toMatchObject({ weekday: "Tuesday", hour: 9, posts: 3 });
  });

  it("prints the hours that hold posts, each cell with its posts, too few marked", async () => {
    const { code, stdout } = await run("best-time", `${FIXTURES}posts-revenue-utm-ampm.csv`);
    expect(code).toBe(0);
    expect(stdout).toContain("Revenue per post, by weekday and hour published");
    expect(stdout).toMatch(/Thursday\s+\$131\.80 \(3\)/);
    expect(stdout).toMatch(/Sunday\s+\$310\.00 \(1\)\*/);
  });

  it("refuses a time column whose day and month cannot be told apart, naming it", async () => {
    const path = csvFile("posts-early-january.csv", "Post,Publish time,Revenue\nTeaser,01/05/2026 08:00,120\nLaunch,02/05/2026 12:10,80\n");
    const { code, stderr } = await run("best-time", path, "--json");
    expect(code).toBe(2);
    expect(stderr).toContain("“Publish time” cannot give the weekday: every date fits day/month and month/day (01/05/2026 08:00)");
  });

  it("takes the time column named when several hold times", async () => {
    const path = csvFile("posts-two-times.csv", "Post,Created,Published,Revenue\nA,2026-01-05 08:00,2026-01-06 09:00,10\nB,2026-01-05 08:30,2026-01-06 09:30,30\n");
    const several = await run("best-time", path);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain("Several columns hold dates with a time of day (“Created”, “Published”)");
    const { code, stdout } = await run("best-time", path, "--time-column", "Published", "--json");
    expect(code).toBe(0);
    // 6 January 2026 is a Tuesday: (10 + 30) / 2.
    expect((JSON.parse(stdout) as { cells: JsonCell[] }).cells.find((cell) => cell.weekday === "Tuesday" && cell.hour === 9)).toEqual({ weekday: "Tuesday", hour: 9, value: 20, posts: 2 });
  });

  it("puts times written in UTC (the Graph API's +0000) in the spreadsheet's zone given by --time-zone, clock changes included", async () => {
    const path = `${FIXTURES}facebook-graph-posts-utc.csv`;
    const paris = await bestTimeJson(path, "--time-zone", "Europe/Paris");
    expect(paris).toMatchObject({ measure: "engagementRate", base: "impressions", timeZone: "Europe/Paris", posts: 10 });
    expectCells(paris.cells, GRAPH_POSTS_PARIS);
    // Friday 0:00, (60 + 40 + 55) / (900 + 1100 + 1000), beats Monday 18:00, 430 / 9000; in UTC it would be Thursday 23:00.
    expect(paris.best).toMatchObject({ weekday: "Friday", hour: 0, posts: 3 });
    expect(paris.best!.value).toBeCloseTo(155 / 3000, 12);
    const newYork = await bestTimeJson(path, "--time-zone", "America/New_York");
    expectCells(newYork.cells, GRAPH_POSTS_NEW_YORK);
    expect(newYork.best).toBeNull();
    const text = await run("best-time", path, "--time-zone", "Europe/Paris");
    expect(text.stdout).toContain("Hours in Europe/Paris, converted from the offset each time is written with");
    expect(text.stdout).toContain("Best: Friday 0:00, 5.17% (3 posts)");
  });

  it("refuses times written with an offset without --time-zone, never taking the machine's zone, and refuses a zone it does not know", async () => {
    const path = `${FIXTURES}facebook-graph-posts-utc.csv`;
    for (const TZ of ["UTC", "America/New_York"]) {
      const refused = await runInTimeZone(TZ, "best-time", path);
      expect(refused).toMatchObject({ code: 2, stdout: "" });
      expect(refused.stderr).toContain("the posts' times are written with their offset ('2026-03-02T17:30:00+0000'): give --time-zone");
    }
    for (const zone of ["Europe/Pari", "+01:00", "CET+1"]) {
      expect(await run("best-time", path, "--time-zone", zone)).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining(`--time-zone: '${zone}' is no time zone`) });
    }
    // Times without an offset are already the export's local hours: the zone changes nothing.
    expectCells((await bestTimeJson(`${FIXTURES}facebook-page-posts.csv`, "--time-zone", "America/New_York")).cells, FACEBOOK_POSTS);
  });

  it("refuses a column that mixes times with and without an offset, naming the row", async () => {
    const path = csvFile(
      "graph-mixed-zones.csv",
      "Post ID,Created time,Message,Impressions,Engagements\n" +
        "104781239875_1,2026-03-02T17:30:00+0000,Spring palette,2000,90\n" +
        "104781239875_2,2026-03-05 23:20:00,Late-night restock,900,60\n",
    );
    const { code, stdout, stderr } = await run("best-time", path, "--time-zone", "Europe/Paris");
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toContain("“Created time”, row 3: '2026-03-05 23:20:00' gives no time zone while '2026-03-02T17:30:00+0000' gives its offset");
  });

  it("keeps its options to itself: --time-column is not the scorecard's, nor --out best-time's", async () => {
    const path = `${FIXTURES}posts-revenue-utm-ampm.csv`;
    expect(await run("scorecard", path, "--time-column", "Published")).toMatchObject({ code: 2, stderr: expect.stringContaining("--time-column is an option of best-time") });
    expect(await run("scorecard", path, "--time-zone", "Europe/Paris")).toMatchObject({ code: 2, stderr: expect.stringContaining("--time-zone is an option of best-time") });
    expect(await run("best-time", path, "--out", "x.xlsx")).toMatchObject({ code: 2, stderr: expect.stringContaining("--out is not an option of best-time") });
  });
});
