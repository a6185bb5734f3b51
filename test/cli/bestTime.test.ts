// npx social-roi best-time on per-post exports: the JSON's cells and posts equal the sums of the
// fixtures' literal figures (test/support/postFixtures.ts), for 12-hour and 24-hour times, month
// first and day first; an undecidable time column is refused with exit 2.
import { describe, expect, it } from "vitest";
import { expectedCells, FACEBOOK_POSTS, FRENCH_POSTS, LINKEDIN_POSTS, REVENUE_POSTS, type Post } from "../support/postFixtures";
import { csvFile, run } from "./runCli";

const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

interface JsonCell {
  weekday: string;
  hour: number;
  value: number | null;
  posts: number;
}

async function bestTimeJson(path: string) {
  const { code, stdout, stderr } = await run("best-time", path, "--json");
  expect(stderr).not.toMatch(/cannot|error/i);
  expect(code).toBe(0);
  return JSON.parse(stdout) as { measure: string; base?: string; posts: number; withoutFigures: number[]; cells: JsonCell[]; best: JsonCell | null };
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

  it("keeps its options to itself: --time-column is not the scorecard's, nor --out best-time's", async () => {
    const path = `${FIXTURES}posts-revenue-utm-ampm.csv`;
    expect(await run("scorecard", path, "--time-column", "Published")).toMatchObject({ code: 2, stderr: expect.stringContaining("--time-column is an option of best-time") });
    expect(await run("best-time", path, "--out", "x.xlsx")).toMatchObject({ code: 2, stderr: expect.stringContaining("--out is not an option of best-time") });
  });
});
