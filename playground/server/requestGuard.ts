/**
 * Who may use the playground's API: only its own page. The server listens on 127.0.0.1, but any
 * web page the user visits can still send requests there (cross-site forms and fetches) or reach
 * it under its own domain name (DNS rebinding); such requests are refused before they act.
 */
import type { IncomingMessage } from "node:http";

/** The Host header a request to this server carries when the browser asked for it by address. */
function ownHosts(request: IncomingMessage): string[] {
  const port = request.socket.localPort;
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Why a request for the page itself is refused, or null: only the Host is checked. */
export function foreignHost(request: IncomingMessage): string | null {
  const host = request.headers.host ?? "";
  return ownHosts(request).includes(host) ? null : `This playground answers only at ${ownHosts(request).join(" or ")}, not at "${host}".`;
}

/** Why an API request is refused, or null when it comes from the playground's own page. */
export function foreignRequest(request: IncomingMessage): string | null {
  const hostProblem = foreignHost(request);
  if (hostProblem) return hostProblem;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host}`) return `Requests from ${origin} are not accepted.`;
  if (request.headers["sec-fetch-site"] === "cross-site") return "Requests from other sites are not accepted.";
  return null;
}

/** Why an action's body is refused, or null when it is declared JSON. */
export function notJson(request: IncomingMessage): string | null {
  const type = (request.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  return type === "application/json" ? null : `Actions take a JSON body (content-type application/json), not "${type || "none"}".`;
}
