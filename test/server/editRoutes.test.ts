// The page's editing actions over HTTP: paste, clear, undo and redo answer the new view, and the
// workbook file holds the result after each of them.
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WorkbookFile } from "../../playground/runtime/contract";
import { createSession } from "../../playground/runtime/session";
import { Playground, type PlaygroundView } from "../../playground/server/playground";
import { createHandler } from "../../playground/server/routes";

const SHEET = "Channel data";
let server: Server;
let url: string;
let dataPath: string;

beforeAll(async () => {
  dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-routes-")), "workbook.json");
  const playground = new Playground(dataPath, (workbook) => createSession({ workbook }));
  server = createServer(createHandler(playground, { page: "<!doctype html>", bridge: "" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function post(path: string, body: unknown = {}): Promise<{ status: number; reply: PlaygroundView & { message?: string } }> {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify(body),
  });
  return { status: response.status, reply: (await response.json()) as PlaygroundView & { message?: string } };
}

const saved = () => JSON.parse(readFileSync(dataPath, "utf8")) as WorkbookFile;
// The saved raw contents of J2:K3 of the channel sheet, as typed.
const savedBlock = () => saved().sheets[0].cells.slice(1, 3).map((row) => [row[9] ?? null, row[10] ?? null]);
const shownBlock = (view: PlaygroundView) => view.sheets[0].cells.slice(1, 3).map((row) => [row[9]?.display ?? "", row[10]?.display ?? ""]);

describe("the editing routes", () => {
  it("paste a block, clear it, undo and redo, saving the workbook each time", async () => {
    const pasted = await post("/api/paste", { sheet: SHEET, cell: "J2", inputs: [["5", "=J2*2"], ["Retargeting"]] });
    expect(pasted.status).toBe(200);
    expect(shownBlock(pasted.reply)).toEqual([["5", "10"], ["Retargeting", ""]]);
    expect(pasted.reply.history).toEqual({ undo: 1, redo: 0 });
    expect(savedBlock()).toEqual([["5", "=J2*2"], ["Retargeting", null]]);

    const cleared = await post("/api/clear", { sheet: SHEET, range: "J2:K3" });
    expect(shownBlock(cleared.reply)).toEqual([["", ""], ["", ""]]);
    expect(savedBlock()).toEqual([[null, null], [null, null]]);

    const undone = await post("/api/undo");
    expect(shownBlock(undone.reply)).toEqual([["5", "10"], ["Retargeting", ""]]);
    expect([undone.reply.selection, undone.reply.history]).toEqual(["J2:K3", { undo: 1, redo: 1 }]);
    expect(savedBlock()).toEqual([["5", "=J2*2"], ["Retargeting", null]]);

    const redone = await post("/api/redo");
    expect(shownBlock(redone.reply)).toEqual([["", ""], ["", ""]]);
    expect(savedBlock()).toEqual([[null, null], [null, null]]);
  });

  it("answer 400 with what to fix for a paste that is not rows of text, and change nothing", async () => {
    const before = saved();
    const refused = await post("/api/paste", { sheet: SHEET, cell: "J2", inputs: "5\t6" });
    expect(refused.status).toBe(400);
    expect(refused.reply.message).toBe("A paste must be a list of rows, each a list of cells' text.");
    expect(saved()).toEqual(before);
  });
});
