/** The playground's HTTP API: the page reads the workbook view and sends the user's actions. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { decodeArguments } from "../bridge/wire";
import type { Playground } from "./playground";
import { withBridge, type BrowserBundles } from "./browserBundles";

const MAX_BODY_BYTES = 1_000_000;

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) {
    body += chunk;
    if (body.length > MAX_BODY_BYTES) throw new Error("request body too large");
  }
  return body;
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(body);
}

const json = (response: ServerResponse, value: unknown, status = 200) =>
  send(response, status, "application/json; charset=utf-8", JSON.stringify(value));

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createHandler(playground: Playground, bundles: BrowserBundles) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const route = `${request.method} ${pathname}`;
    try {
      if (route === "GET /") return send(response, 200, "text/html; charset=utf-8", bundles.page);
      if (route === "GET /api/view") return json(response, playground.view());
      if (route === "GET /sidebar") {
        const html = playground.session.sidebarHtml();
        if (html === null) return send(response, 404, "text/plain; charset=utf-8", "No sidebar is open.");
        return send(response, 200, "text/html; charset=utf-8", withBridge(html, bundles.bridge));
      }
      if (route === "GET /download.xlsx") {
        const file = await playground.xlsx();
        response.setHeader("content-disposition", 'attachment; filename="social-roi-playground.xlsx"');
        return send(response, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
      }
      if (request.method === "POST" && pathname.startsWith("/api/run/")) {
        const functionName = decodeURIComponent(pathname.slice("/api/run/".length));
        try {
          const result = playground.runServerFunction(functionName, decodeArguments(await readBody(request)));
          return json(response, { ok: true, result: result ?? null });
        } catch (error) {
          return json(response, { ok: false, message: messageOf(error) });
        }
      }
      if (request.method === "POST") {
        const body = JSON.parse((await readBody(request)) || "{}") as Record<string, string>;
        if (pathname === "/api/edit") playground.edit(body.sheet, body.cell, body.input);
        else if (pathname === "/api/paste") playground.paste(body.sheet, body.cell, (body as Record<string, unknown>).inputs as string[][]);
        else if (pathname === "/api/clear") playground.clear(body.sheet, body.range);
        else if (pathname === "/api/undo") playground.undo();
        else if (pathname === "/api/redo") playground.redo();
        else if (pathname === "/api/select") playground.select(body.sheet, body.range);
        else if (pathname === "/api/menu") playground.runMenuItem(body.functionName);
        else if (pathname === "/api/sidebar/close") playground.closeSidebar();
        else if (pathname === "/api/reset") playground.reset();
        else return json(response, { message: `No such action: ${pathname}` }, 404);
        return json(response, playground.view());
      }
      return json(response, { message: `Not found: ${route}` }, 404);
    } catch (error) {
      return json(response, { message: messageOf(error) }, 400);
    }
  };
}
