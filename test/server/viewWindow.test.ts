// A long sheet is sent a window at a time: the page asks for the rows it shows, and the view it
// gets back (from GET /api/view or any action) carries those rows, not the whole sheet.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SheetView, WorkbookFile } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import { Playground, type PlaygroundView } from "../../playground/server/playground";
import { createHandler } from "../../playground/server/routes";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { pageHeaders, postJson, send } from "./httpClient";

const ADS = "Ads";
const AD_ROWS = 100_000;
const HEADER = ["ad_id", "age", "gender", "Impressions", "Clicks", "Spent", "Total_Conversion", "Cost per conversion"];
const AGES = ["30-34", "35-39", "40-44", "45-49"];

interface Ad {
  id: number;
  age: string;
  gender: string;
  impressions: number;
  clicks: number;
  /** As the ads manager exports amounts: a float a hair under the cents, such as 1.429999948. */
  spent: number;
  conversions: number;
}

// An ad-level export like the Facebook one in the shared data, 100,000 ads long (a fixed pseudo-random sequence).
function ads(): Ad[] {
  let seed = 916;
  const next = (max: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % max;
  return Array.from({ length: AD_ROWS }, (_, i) => {
    const impressions = 100 + next(900_000);
    const clicks = next(Math.max(1, Math.floor(impressions / 500)));
    return {
      id: 708_746 + i,
      age: AGES[next(4)],
      gender: next(2) === 0 ? "M" : "F",
      impressions,
      clicks,
      spent: (1 + next(99_999)) / 100 - 0.000000052,
      conversions: next(5),
    };
  });
}

const AD_LIST = ads();

function adsWorkbook(): WorkbookFile {
  const workbook = sampleWorkbook();
  const rows = AD_LIST.map((ad, i) => [ad.id, ad.age, ad.gender, ad.impressions, ad.clicks, ad.spent, ad.conversions, `=IF(G${i + 2}>0, F${i + 2}/G${i + 2}, "")`]);
  workbook.sheets.push({ name: ADS, cells: [HEADER, ...rows], formats: [], frozenRows: 1, metadata: [] });
  workbook.active = { sheet: ADS, range: "A1" };
  return workbook;
}

let server: Server;
let url: string;

beforeAll(async () => {
  const dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-window-")), "workbook.json");
  writeFileSync(dataPath, JSON.stringify(adsWorkbook()));
  const playground = new Playground(dataPath, (workbook) => createSession({ workbook }));
  server = createServer(createHandler(playground, { page: "<!doctype html>", bridge: "" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const getView = (query: string) => send(url, `/api/view${query}`, { headers: pageHeaders(url) });
const adsSheet = (view: PlaygroundView): SheetView => view.sheets.find((sheet) => sheet.name === ADS)!;

/** What the view should hold for the ad on sheet row `row` (1-based, the header being row 1). */
function expectedRow(row: number): (number | string)[] {
  const ad = AD_LIST[row - 2];
  return [ad.id, ad.age, ad.gender, ad.impressions, ad.clicks, ad.spent, ad.conversions, ad.conversions > 0 ? ad.spent / ad.conversions : ""];
}

describe("a view of a 100,000-row sheet", () => {
  // Sheet rows 90,001 to 90,100: what a page scrolled near row 90,000 asks for (a screen and a margin).
  const FIRST = 90_000;
  const ROWS = 100;

  it("holds exactly the rows of the window asked for, computed, with the frozen header, and is small", async () => {
    const reply = await getView(`?sheet=${ADS}&row=${FIRST}&rows=${ROWS}`);
    expect(reply.status).toBe(200);
    const sheet = adsSheet(reply.json<PlaygroundView>());
    expect(sheet.firstRow).toBe(FIRST);
    expect(sheet.usedSize).toEqual({ rows: AD_ROWS + 1, columns: HEADER.length });
    expect(sheet.frozenCells!.map((row) => row.map((cell) => cell.value))).toEqual([HEADER]);
    const expected = Array.from({ length: ROWS }, (_, i) => expectedRow(FIRST + i + 1));
    expect(sheet.cells.map((row) => row.map((cell) => cell.value))).toEqual(expected);
    expect(sheet.cells[0][7].input).toBe(`=IF(G${FIRST + 1}>0, F${FIRST + 1}/G${FIRST + 1}, "")`);
    // The other sheets are named for their tabs and carry their charts, but no cells.
    const others = reply.json<PlaygroundView>().sheets.filter((s) => s.name !== ADS);
    expect(others.map((s) => s.cells.length)).toEqual(others.map(() => 0));
    // 101 rows of 8 cells, each at most 100 bytes of JSON here (value, display, input, whose longest
    // is the 31-character formula, numeric), is 81 KB; the rest (the built-in functions' names for
    // the formula bar, the other sheets' names, widths and charts) is under 10 KB. A view without a
    // window sends the first 2,000 rows: about 20 times as much.
    expect(reply.body.length).toBeLessThan(91_000);
    const whole = await getView("");
    expect(reply.body.length * 10).toBeLessThan(whole.body.length);
  });

  it("answers an edit near row 90,000 with the window sent along, recomputed", async () => {
    const row = FIRST + 20;
    const reply = await postJson(url, "/api/edit", { sheet: ADS, cell: `G${row}`, input: "4", window: { sheet: ADS, row: FIRST, rows: ROWS } });
    expect(reply.status).toBe(200);
    const sheet = adsSheet(reply.json<PlaygroundView>());
    expect(sheet.firstRow).toBe(FIRST);
    const edited = sheet.cells[row - FIRST - 1];
    expect(edited[6].value).toBe(4);
    expect(edited[7].value).toBeCloseTo(AD_LIST[row - 2].spent / 4, 12);
    expect(reply.json().notice).toBeNull();
  });

  it("sends the window from the top when it starts within the frozen rows, and nothing past the used rows", async () => {
    const top = adsSheet((await getView(`?sheet=${ADS}&row=1&rows=30`)).json<PlaygroundView>());
    expect(top.firstRow).toBeUndefined();
    expect(top.frozenCells).toBeUndefined();
    expect(top.cells.length).toBe(31);
    expect(top.cells[30].map((cell) => cell.value)).toEqual(expectedRow(31));
    const end = adsSheet((await getView(`?sheet=${ADS}&row=${AD_ROWS - 10}&rows=400`)).json<PlaygroundView>());
    expect(end.cells.length).toBe(11);
    expect(end.cells[10].map((cell) => cell.value)).toEqual(expectedRow(AD_ROWS + 1));
  });

  it("refuses a window that is not rows of a sheet, saying which field, and changes nothing", async () => {
    const before = await getView(`?sheet=${ADS}&row=${FIRST}&rows=${ROWS}`);
    const badQuery = await getView(`?sheet=${ADS}&row=-5&rows=${ROWS}`);
    expect(badQuery.status).toBe(400);
    expect(badQuery.json().message).toMatch(/^Bad request: row: /);
    const badBody = await postJson(url, "/api/edit", { sheet: ADS, cell: "G3", input: "9", window: { sheet: ADS, row: 0, rows: "all" } });
    expect(badBody.status).toBe(400);
    expect(badBody.json().message).toMatch(/^Bad request: window\.rows: /);
    const after = await getView(`?sheet=${ADS}&row=${FIRST}&rows=${ROWS}`);
    expect(adsSheet(after.json<PlaygroundView>()).cells).toEqual(adsSheet(before.json<PlaygroundView>()).cells);
    expect((await getView(`?sheet=${ADS}&row=0&rows=5`)).json<PlaygroundView>().sheets.find((s) => s.name === ADS)!.cells[2][6].value).toBe(AD_LIST[1].conversions);
  });
});
