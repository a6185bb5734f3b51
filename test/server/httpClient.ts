/** Raw HTTP requests to the playground, with any headers (fetch forbids setting Host). */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json<T = Record<string, unknown>>(): T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export function send(url: string, path: string, { method = "GET", headers = {}, body }: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(new URL(path, url), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text, json: () => JSON.parse(text) });
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** What the playground's own page sends: its origin, and a JSON body. */
export function pageHeaders(url: string): Record<string, string> {
  return { origin: new URL(url).origin, "sec-fetch-site": "same-origin", "content-type": "application/json" };
}

export const postJson = (url: string, path: string, value: unknown, headers: Record<string, string> = pageHeaders(url)) =>
  send(url, path, { method: "POST", headers, body: JSON.stringify(value) });
