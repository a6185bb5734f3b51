// A formula too large for the playground is refused with its size before it runs, so no one
// formula blocks the server; the saved file holds what was typed, not the cells a result fills.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundView } from "../../playground/server/playground";
import { sampleWorkbook } from "../../playground/server/sampleWorkbook";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { postJson, send } from "./httpClient";

const SHEET = "Channel data";
const freshPath = () => join(mkdtempSync(join(tmpdir(), "social-roi-heavy-")), "workbook.json");

describe("formulas too large to compute", () => {
  let running: RunningPlayground;
  let dataPath: string;

  beforeAll(async () => {
    dataPath = freshPath();
    running = await startPlayground({ port: 0, dataPath });
    expect((await postJson(running.url, "/api/edit", { sheet: SHEET, cell: "J2", input: "Typed" })).status).toBe(200);
  });
  afterAll(() => running?.close());

  it.each([
    // Two ranges of 999,999 rows each.
    ["=CPA(B2:B1000000, C2:C1000000)", `The formula in 'Channel data'!K2 reads ${(2 * 999_999).toLocaleString("en-US")} cells; the playground computes formulas reading at most 1,000,000.`],
    ["=SEQUENCE(1000000)", "The formula in 'Channel data'!K2 would fill 1,000,000 cells; the playground takes results of at most 100,000 cells."],
    ["=SEQUENCE(1000, 1000)", "The formula in 'Channel data'!K2 would fill 1,000,000 cells;"],
  ])("refuses %s with its size, and changes nothing on screen or on disk", async (formula, message) => {
    const saved = readFileSync(dataPath, "utf8");
    const before = (await send(running.url, "/api/view")).json<PlaygroundView>();
    const reply = await postJson(running.url, "/api/edit", { sheet: SHEET, cell: "K2", input: formula });
    expect(reply.status).toBe(400);
    expect(reply.json().message).toContain(message);
    expect(readFileSync(dataPath, "utf8")).toBe(saved);
    const after = (await send(running.url, "/api/view")).json<PlaygroundView>();
    expect(after.sheets).toEqual(before.sheets);
  });

  it("refuses a pasted block holding one such formula whole", async () => {
    const saved = readFileSync(dataPath, "utf8");
    const reply = await postJson(running.url, "/api/paste", { sheet: SHEET, cell: "K2", inputs: [["Small"], ["=SEQUENCE(300000)"]] });
    expect(reply.status).toBe(400);
    expect(reply.json().message).toContain("'Channel data'!K3 would fill 300,000 cells");
    expect(readFileSync(dataPath, "utf8")).toBe(saved);
  });

  it("saves a formula filling 100,000 rows as the one formula typed, not its 100,000 results", async () => {
    const before = statSync(dataPath).size;
    const reply = await postJson(running.url, "/api/edit", { sheet: SHEET, cell: "K2", input: "=SEQUENCE(100000)" });
    expect(reply.status).toBe(200);
    expect(reply.json<PlaygroundView>().sheets[0].usedSize?.rows).toBe(100_001);
    const saved = JSON.parse(readFileSync(dataPath, "utf8"));
    expect(saved.sheets[0].cells[1][10]).toBe("=SEQUENCE(100000)");
    // The sample's 8 rows, plus a few bytes: not 100,000 rows of empty cells.
    expect(saved.sheets[0].cells).toHaveLength(8);
    expect(statSync(dataPath).size - before).toBeLessThan(100);
  });
});

describe("a saved workbook holding a formula too large to compute", () => {
  it("is set aside with the reason, and the playground opens the sample at once", async () => {
    const path = freshPath();
    const mine = sampleWorkbook();
    mine.sheets[0].cells[1][10] = "=SEQUENCE(1000000)";
    const written = JSON.stringify(mine);
    writeFileSync(path, written);
    const running = await startPlayground({ port: 0, dataPath: path });
    try {
      const view = (await send(running.url, "/api/view")).json<PlaygroundView>();
      const keptAs = readdirSync(join(path, "..")).find((name) => name.startsWith("workbook.json.corrupt-"));
      expect(view.notice).toBe(
        `The saved workbook ${path} could not be opened (The formula in 'Channel data'!K2 would fill 1,000,000 cells; the playground takes results of at most 100,000 cells. Give it fewer rows.); it was kept as ${join(path, "..", keptAs!)} and the sample workbook was opened instead.`,
      );
      expect(readFileSync(join(path, "..", keptAs!), "utf8")).toBe(written);
    } finally {
      await running.close();
    }
  });
});
