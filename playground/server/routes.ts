/** The playground's HTTP API: the page reads the workbook view and sends the user's actions. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { decodeArguments } from "../bridge/wire";
import type { ViewWindow } from "../runtime/contract";
import type { Playground } from "./playground";
import { withBridge, type BrowserBundles } from "./browserBundles";
import { foreignHost, foreignRequest, notJson } from "./requestGuard";
import { WorkbookNotSaved } from "./workbookStore";

/** Far above what the sidebar sends for thousands of typed rows. */
const MAX_BODY_BYTES = 5_000_000;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The body as bytes, decoded once: a multi-byte character split across chunks arrives whole. */
async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Refusal(413, `The request body is over ${MAX_BODY_BYTES.toLocaleString("en-US")} bytes.`);
    chunks.push(chunk);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new Refusal(400, "The request body is not UTF-8 text.");
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
  response.end(body);
}

/**
 * No other site may show the page in a frame (clickjacking: an edit typed into a framed copy is
 * saved); the sidebar is framed by the page only, which is the same origin.
 */
const PAGE_FRAMING = { "x-frame-options": "DENY", "content-security-policy": "frame-ancestors 'none'" };
const SIDEBAR_FRAMING = { "x-frame-options": "SAMEORIGIN", "content-security-policy": "frame-ancestors 'self'" };

const json = (response: ServerResponse, value: unknown, status = 200) =>
  send(response, status, "application/json; charset=utf-8", JSON.stringify(value));

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

type Action = (playground: Playground, body: unknown) => void;

/** The rows the page shows, which the view it gets back carries (runtime/contract.ts ViewWindow). */
const VIEW_WINDOW = z.object({ sheet: z.string().optional(), row: z.number().int().min(0), rows: z.number().int().min(1) });

function refusedBody(error: z.ZodError): Refusal {
  const problems = error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`);
  return new Refusal(400, `Bad request: ${problems.join("; ")}.`);
}

/** The window an action's body names in its "window" field, if any; checked before the action runs. */
function bodyWindow(body: unknown): ViewWindow | undefined {
  const parsed = z.object({ window: VIEW_WINDOW.optional() }).safeParse(body);
  if (!parsed.success) throw refusedBody(parsed.error);
  return parsed.data.window;
}

/** GET /api/view?sheet=Data&row=5000&rows=400: the window; none without rows. */
function queryWindow(query: URLSearchParams): ViewWindow | undefined {
  if (!query.has("rows")) return undefined;
  const number = (name: string) => (query.has(name) ? Number(query.get(name)) : undefined);
  const parsed = VIEW_WINDOW.safeParse({ sheet: query.get("sheet") ?? undefined, row: number("row"), rows: number("rows") });
  if (!parsed.success) throw refusedBody(parsed.error);
  return parsed.data;
}

/** An action whose body is checked whole before anything runs, so a bad request changes nothing. */
function action<Schema extends z.ZodType>(schema: Schema, run: (playground: Playground, body: z.infer<Schema>) => void): Action {
  return (playground, body) => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw refusedBody(parsed.error);
    run(playground, parsed.data);
  };
}

const ACTIONS = new Map<string, Action>([
  [
    "/api/edit",
    action(z.object({ sheet: z.string(), cell: z.string(), input: z.string() }), (playground, { sheet, cell, input }) =>
      playground.edit(sheet, cell, input),
    ),
  ],
  [
    "/api/paste",
    // The session checks the block itself, and says what a paste must be.
    action(z.object({ sheet: z.string(), cell: z.string(), inputs: z.custom<string[][]>() }), (playground, { sheet, cell, inputs }) =>
      playground.paste(sheet, cell, inputs),
    ),
  ],
  ["/api/clear", action(z.object({ sheet: z.string(), range: z.string() }), (playground, { sheet, range }) => playground.clear(sheet, range))],
  ["/api/undo", action(z.object({}), (playground) => playground.undo())],
  ["/api/redo", action(z.object({}), (playground) => playground.redo())],
  ["/api/select", action(z.object({ sheet: z.string(), range: z.string() }), (playground, { sheet, range }) => playground.select(sheet, range))],
  ["/api/menu", action(z.object({ functionName: z.string() }), (playground, { functionName }) => playground.runMenuItem(functionName))],
  ["/api/sidebar/close", action(z.object({}), (playground) => playground.closeSidebar())],
  ["/api/reset", action(z.object({}), (playground) => playground.reset())],
]);

/** A body declared JSON: a plain HTML form cannot send one, so no other site's form can act. */
async function readJsonText(request: IncomingMessage): Promise<string> {
  const notJsonProblem = notJson(request);
  if (notJsonProblem) throw new Refusal(415, notJsonProblem);
  return readBody(request);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const text = await readJsonText(request);
  try {
    return JSON.parse(text || "{}");
  } catch {
    throw new Refusal(400, "The request body is not valid JSON.");
  }
}

/** The request's path and query; a request line no browser page could mean (such as "//[/") is refused. */
function requestTarget(request: IncomingMessage): URL {
  try {
    return new URL(request.url ?? "/", "http://localhost");
  } catch {
    throw new Refusal(400, "The request's address is not a valid URL.");
  }
}

export function createHandler(playground: Playground, bundles: BrowserBundles) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      const { pathname, searchParams } = requestTarget(request);
      const route = `${request.method} ${pathname}`;
      const isPage = route === "GET /" || route === "GET /sidebar";
      const refused = isPage ? foreignHost(request) : foreignRequest(request);
      if (refused) throw new Refusal(403, refused);
      if (route === "GET /") return send(response, 200, "text/html; charset=utf-8", bundles.page, PAGE_FRAMING);
      if (route === "GET /api/view") return json(response, playground.view(queryWindow(searchParams)));
      if (route === "GET /sidebar") {
        const html = playground.session.sidebarHtml();
        if (html === null) return send(response, 404, "text/plain; charset=utf-8", "No sidebar is open.");
        return send(response, 200, "text/html; charset=utf-8", withBridge(html, bundles.bridge), SIDEBAR_FRAMING);
      }
      if (route === "GET /download.xlsx") {
        const file = await playground.xlsx();
        response.setHeader("content-disposition", 'attachment; filename="social-roi-playground.xlsx"');
        return send(response, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
      }
      if (request.method === "POST" && pathname.startsWith("/api/run/")) {
        const functionName = decodeURIComponent(pathname.slice("/api/run/".length));
        const args = decodeArguments(await readJsonText(request));
        try {
          const result = playground.runServerFunction(functionName, args);
          return json(response, { ok: true, result: result ?? null });
        } catch (error) {
          return json(response, { ok: false, message: messageOf(error) });
        }
      }
      if (request.method === "POST") {
        const act = ACTIONS.get(pathname);
        if (!act) return json(response, { message: `No such action: ${pathname}` }, 404);
        const body = await readJson(request);
        const window = bodyWindow(body);
        act(playground, body);
        return json(response, playground.view(window));
      }
      return json(response, { message: `Not found: ${route}` }, 404);
    } catch (error) {
      if (error instanceof Refusal && error.status === 413) response.setHeader("connection", "close");
      // 507: the server could not store the change (the playground's own problem, not the request's).
      const status = error instanceof Refusal ? error.status : error instanceof WorkbookNotSaved ? 507 : 400;
      return json(response, { message: messageOf(error) }, status);
    }
  };
}
