// The playground on a laptop: other web pages cannot use its API, and bad requests change nothing.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PlaygroundView } from "../../playground/server/playground";
import { startPlayground, type RunningPlayground } from "../../playground/server/server";
import { pageHeaders, postJson, send } from "./httpClient";

let running: RunningPlayground;
let dataPath: string;

beforeAll(async () => {
  dataPath = join(mkdtempSync(join(tmpdir(), "social-roi-security-")), "workbook.json");
  running = await startPlayground({ port: 0, dataPath });
});

afterAll(() => running?.close());

const port = () => new URL(running.url).port;

async function view(): Promise<PlaygroundView> {
  const reply = await send(running.url, "/api/view", { headers: { "sec-fetch-site": "same-origin" } });
  expect(reply.status).toBe(200);
  return reply.json<PlaygroundView>();
}

async function inputAt(sheet: string, row: number, column: number): Promise<string | undefined> {
  return (await view()).sheets.find((s) => s.name === sheet)?.cells[row]?.[column]?.input;
}

/** What a user could lose: the workbook as shown and as saved. */
async function workbookState() {
  const { revision, sheets, selection } = await view();
  return { revision, sheets, selection, saved: existsSync(dataPath) ? readFileSync(dataPath, "utf8") : null };
}

const edit = { sheet: "Channel data", cell: "A2", input: "Hacked" };

beforeEach(async () => {
  // Every test starts from the sample, as the page's own Reset leaves it.
  expect((await postJson(running.url, "/api/reset", {})).status).toBe(200);
});

describe("who may use the API", () => {
  it("accepts the page's own requests, at 127.0.0.1 or localhost", async () => {
    expect((await postJson(running.url, "/api/edit", edit)).status).toBe(200);
    expect(await inputAt("Channel data", 1, 0)).toBe("Hacked");
    const viaLocalhost = { ...pageHeaders(`http://localhost:${port()}/`), host: `localhost:${port()}` };
    expect((await postJson(running.url, "/api/edit", { ...edit, input: "Back" }, viaLocalhost)).status).toBe(200);
    expect(await inputAt("Channel data", 1, 0)).toBe("Back");
  });

  it.each([
    ["another site's origin", { origin: "https://evil.example" }],
    ["another local port's origin", { origin: "http://127.0.0.1:1" }],
    ["an opaque origin (sandboxed frame, file:)", { origin: "null" }],
    ["a cross-site fetch without an origin", { origin: undefined, "sec-fetch-site": "cross-site" }],
    ["another host name pointing at 127.0.0.1 (DNS rebinding)", { host: "rebind.evil.example:PORT", origin: "http://rebind.evil.example:PORT" }],
  ])("refuses a POST from %s with 403, and changes nothing", async (_, overrides) => {
    const before = await workbookState();
    const headers = Object.fromEntries(
      Object.entries({ ...pageHeaders(running.url), ...overrides })
        .filter((entry): entry is [string, string] => entry[1] !== undefined)
        .map(([name, value]) => [name, value.replace("PORT", port())]),
    );
    for (const [path, body] of [["/api/edit", edit], ["/api/reset", {}], ["/api/run/buildScorecard", []]] as const) {
      const reply = await postJson(running.url, path, body, headers);
      expect(reply.status, path).toBe(403);
    }
    expect(await workbookState()).toEqual(before);
  });

  it("does not show the workbook or the page under a foreign Host", async () => {
    for (const path of ["/api/view", "/download.xlsx", "/"]) {
      const reply = await send(running.url, path, { headers: { host: `rebind.evil.example:${port()}` } });
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain("Facebook");
    }
  });

  it("forbids other sites to frame the page, and lets only the page frame the sidebar", async () => {
    const page = await send(running.url, "/");
    expect(page.status).toBe(200);
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.headers["content-security-policy"]).toBe("frame-ancestors 'none'");
    expect((await postJson(running.url, "/api/menu", { functionName: "showScorecardBuilder" })).status).toBe(200);
    const sidebar = await send(running.url, "/sidebar");
    expect(sidebar.status).toBe(200);
    expect(sidebar.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(sidebar.headers["content-security-policy"]).toBe("frame-ancestors 'self'");
  });

  it.each([
    ["text/plain", "text/plain;charset=UTF-8"],
    ["a form", "application/x-www-form-urlencoded"],
    ["no content type", undefined],
  ])("refuses an action sent as %s (what a form on another page can send), and changes nothing", async (_, type) => {
    const before = await workbookState();
    const headers: Record<string, string> = { origin: new URL(running.url).origin };
    if (type) headers["content-type"] = type;
    const reply = await send(running.url, "/api/edit", { method: "POST", headers, body: JSON.stringify(edit) });
    expect(reply.status).toBe(415);
    expect(reply.json().message).toContain("application/json");
    expect(await workbookState()).toEqual(before);
  });
});

/** Sends a request line as written (no client library would send these) and returns the status line. */
function rawStatusLine(target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port()), "127.0.0.1", () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port()}\r\nConnection: close\r\n\r\n`);
    });
    let reply = "";
    socket.on("data", (chunk: Buffer) => (reply += chunk.toString("utf8")));
    socket.on("end", () => resolve(reply.split("\r\n")[0]));
    socket.on("error", reject);
  });
}

describe("bad requests change nothing", () => {
  it.each(["//[/", "http://[::1/", "http://%zz/", "//:99999/", "//x:y@/"])("answers 400 to the request line GET %s and keeps serving", async (target) => {
    // Any web page can send one: <img src="http://127.0.0.1:PORT//[/">.
    const before = await workbookState();
    expect(await rawStatusLine(target)).toBe("HTTP/1.1 400 Bad Request");
    expect(await workbookState()).toEqual(before);
  });

  it.each([
    ["a missing input", { sheet: "Channel data", cell: "A2" }, "input"],
    ["an input that is not text", { sheet: "Channel data", cell: "A2", input: 42 }, "input"],
    ["a missing cell", { sheet: "Channel data", input: "x" }, "cell"],
  ])("an edit with %s answers 400 naming the field, and the cell and file stay", async (_, body, field) => {
    const before = await workbookState();
    const reply = await postJson(running.url, "/api/edit", body);
    expect(reply.status).toBe(400);
    expect(reply.json().message).toContain(field);
    expect(await workbookState()).toEqual(before);
    expect(await inputAt("Channel data", 1, 0)).toBe("Facebook");
  });

  it.each(["/api/delete", "/api/constructor", "/api/__proto__"])("answers 404 to the unknown action %s", async (path) => {
    const before = await workbookState();
    const reply = await postJson(running.url, path, {});
    expect(reply.status).toBe(404);
    expect(reply.json().message).toBe(`No such action: ${path}`);
    expect(await workbookState()).toEqual(before);
  });

  it("refuses a body that is not JSON, or over the size cap, and keeps serving", async () => {
    const before = await workbookState();
    const notJson = await send(running.url, "/api/edit", { method: "POST", headers: pageHeaders(running.url), body: "sheet=Channel data" });
    expect(notJson.status).toBe(400);
    const huge = await postJson(running.url, "/api/edit", { ...edit, input: "x".repeat(6_000_000) });
    expect(huge.status).toBe(413);
    expect(await workbookState()).toEqual(before);
  });

  it("receives a 200 KB body of multi-byte characters intact, whatever the chunk boundaries", async () => {
    // 3-byte and 4-byte UTF-8 characters: the body's 64 KB chunks end inside characters.
    const text = "€é😀 Café «déjà» ".repeat(10_000);
    const body = JSON.stringify({ sheet: "Channel data", cell: "J2", input: text });
    expect(Buffer.byteLength(body)).toBeGreaterThan(200_000);
    const reply = await send(running.url, "/api/edit", { method: "POST", headers: pageHeaders(running.url), body });
    expect(reply.status).toBe(200);
    expect(await inputAt("Channel data", 1, 9)).toBe(text);
    expect(JSON.parse(readFileSync(dataPath, "utf8")).sheets[0].cells[1][9]).toBe(text);
  });

  it("refuses a selection too large to read, with the size, and keeps serving the workbook", async () => {
    const before = await workbookState();
    const reply = await postJson(running.url, "/api/select", { sheet: "Channel data", range: "A1:ZZZ200000" });
    expect(reply.status).toBe(400);
    expect(reply.json().message).toBe(`A1:ZZZ200000 has ${(18_278 * 200_000).toLocaleString("en-US")} cells; the playground selects at most 1,000,000 at once.`);
    // The refused action counts as one (the page orders replies by it); nothing else moves.
    expect(await workbookState()).toEqual({ ...before, revision: before.revision + 1 });
    // The add-on reading the selection still reads the previous one.
    const read = await postJson(running.url, "/api/run/readSelection", []);
    expect(read.status).toBe(200);
    expect((await view()).selection).toBe(before.selection);
  });

  it("sends only the first rows of a formula spilling 100,000 rows, and says so", async () => {
    const reply = await postJson(running.url, "/api/edit", { sheet: "Channel data", cell: "K2", input: "=CPA(B2:B100001, G2:G100001)" });
    expect(reply.status).toBe(200);
    // The first 2,000 rows are about 1 MB; all 100,001 would be 50 times that.
    expect(reply.body.length).toBeLessThan(2_000_000);
    const shown = reply.json<PlaygroundView>().sheets.find((s) => s.name === "Channel data")!;
    expect(shown.cells.length).toBe(2000);
    expect(shown.usedSize).toEqual({ rows: 100_001, columns: 11 });
    expect(shown.cells[1][10].display).toBe("20.00"); // Facebook: 4,200 / 210
    expect(reply.json().notice).toContain(
      '"Channel data" uses 100,001 rows and 11 columns; the playground shows at most the first 2,000 rows and 100 columns.',
    );
  }, 120_000);
});
