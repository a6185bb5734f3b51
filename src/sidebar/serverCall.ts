/** google.script.run as promises: the sidebar's one way to reach the add-on's server functions. */

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

// Provided by Apps Script's HtmlService (and by the playground's bridge).
declare const google: { script: { run: ScriptRun } };

/** Calls a server function with plain-JSON arguments; rejects with an Error carrying the server's message. */
export function serverCall<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    (run as unknown as Record<string, (...values: unknown[]) => void>)[name](...args);
  });
}

/** What went wrong, in words for the user: the message without its "Error: " prefix; "" when there is none. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return message.replace(/^(?:Error|Exception|TypeError|ScriptError):\s*/, "").trim();
}
