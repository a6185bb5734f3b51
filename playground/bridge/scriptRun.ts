/**
 * google.script.run and google.script.host for the add-on's sidebar in the playground: calls go
 * to the playground's server, which runs them in the built add-on. Injected into the sidebar page.
 */
import { encodeArguments } from "./wire";

type Handler = (value: unknown, userObject?: unknown) => void;

export const WORKBOOK_CHANGED = "social-roi:workbook-changed";

function tellPageWorkbookChanged(): void {
  window.parent.postMessage({ type: WORKBOOK_CHANGED }, "*");
}

async function callServer(functionName: string, args: unknown[]): Promise<unknown> {
  const response = await fetch(`/api/run/${encodeURIComponent(functionName)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: encodeArguments(args),
  });
  const reply = (await response.json()) as { ok: true; result: unknown } | { ok: false; message: string };
  tellPageWorkbookChanged();
  if (!reply.ok) throw new Error(reply.message);
  return reply.result;
}

function runner(success?: Handler, failure?: Handler, userObject?: unknown): object {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (name === "withSuccessHandler") return (handler: Handler) => runner(handler, failure, userObject);
        if (name === "withFailureHandler") return (handler: Handler) => runner(success, handler, userObject);
        if (name === "withUserObject") return (object: unknown) => runner(success, failure, object);
        return (...args: unknown[]) => {
          callServer(String(name), args).then(
            (result) => success?.(result, userObject),
            (error: unknown) => {
              if (failure) failure(error, userObject);
              else console.error(error);
            },
          );
        };
      },
    },
  );
}

const host = {
  close(): void {
    void fetch("/api/sidebar/close", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).then(tellPageWorkbookChanged);
  },
  editor: { focus(): void {} },
};

(window as unknown as { google: unknown }).google = { script: { run: runner(), host } };
